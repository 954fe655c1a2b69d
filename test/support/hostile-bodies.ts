/**
 * Malformed and hostile API answers, generated with fast-check, for the fuzz tests of the
 * client (Node) and of the elements (Chromium). Each answer starts from a valid body of one
 * endpoint and breaks it: wrong types, missing and extra fields, huge strings, wrong dates,
 * HTML and script payloads in every string, and whole bodies that are not JSON, empty,
 * truncated or of the wrong content type; some are error statuses with fuzzed problem bodies.
 *
 * The payloads mark what they would do if they ever ran or became markup: `window.__pwned`
 * set, or an element with a `data-pwned` attribute in the DOM. A test asserts neither exists.
 */
import fc from 'fast-check';

/** Strings a hostile or broken API might send; the first ones would run script if rendered as HTML. */
export const payloads: readonly string[] = [
  '<script>window.__pwned = 1</script>',
  '<img data-pwned src=x onerror="window.__pwned = 1">',
  '"><svg data-pwned onload="window.__pwned = 1">',
  '\'><iframe data-pwned srcdoc="<script>parent.__pwned = 1</script>">',
  '<a data-pwned href="javascript:window.__pwned = 1">click</a>',
  '</style><style data-pwned>*{display:none}</style>',
  '<!--',
  '${window.__pwned = 1}',
  '{{constructor.constructor("window.__pwned = 1")()}}',
  'javascript:window.__pwned = 1',
  'data:text/html,<script>window.__pwned = 1</script>',
  '\u202egnp.exe',
  '\u0000\u0007\ufffe',
  '__proto__',
  "Robert'); DROP TABLE appointments;--",
  '😷🏥'.repeat(50),
  ' ',
  '',
];

/** Where a payload may go instead of a link: the schemes the elements must never follow. */
export const hostileLinks: readonly string[] = [
  'javascript:window.__pwned = 1',
  'JaVaScRiPt:window.__pwned = 1',
  ' javascript:window.__pwned = 1',
  'java\tscript:window.__pwned = 1',
  'data:text/html,<script>window.__pwned = 1</script>',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'blob:https://clinic.example/1234',
  '//evil.example/steal',
  'ftp://clinic.example/forms',
  'mailto:someone@example.org',
];

/** Past the contract's limits (10,000 for text, 500 for names), up to a megabyte. */
export const hugeLengths = [10_001, 100_000, 1_000_000];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** Every path into the body, objects and arrays included, the root excluded. */
function pathsOf(value: Json, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [];
  const entries: [string | number, Json][] = Array.isArray(value) ? value.map((item, index) => [index, item]) : Object.entries(value);
  return entries.flatMap(([key, inner]) => [[...prefix, key], ...pathsOf(inner, [...prefix, key])]);
}

function parentOf(body: Json, path: Path): { parent: Record<string | number, Json>; key: string | number } | undefined {
  let node: Json = body;
  for (const key of path.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, Json>)[key] as Json;
  }
  if (node === null || typeof node !== 'object') return undefined;
  return { parent: node as Record<string | number, Json>, key: path.at(-1)! };
}

/** What one mutation does at one place in the body. */
type Mutation =
  | { kind: 'delete' }
  | { kind: 'replace'; value: Json }
  | { kind: 'extra'; name: string; value: Json }
  | { kind: 'huge'; length: number; payload: string }
  | { kind: 'payload'; payload: string; append: boolean }
  | { kind: 'date'; value: string };

const wrongDates = [
  '2026-02-30T09:00:00+01:00',
  '2026-13-01T09:00:00+01:00',
  '2026-11-25T25:61:00+01:00',
  '2026-11-25T09:00:00',
  '2026-11-25 09:00',
  '25/11/2026',
  '1970-01-01T00:00:00Z',
  '275760-09-13T00:00:00Z',
  '-000001-01-01T00:00:00Z',
  '2026-11-25',
  'yesterday',
  'NaN',
  '',
];

const jsonValue: fc.Arbitrary<Json> = fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>;

const mutation = (huge: readonly number[]): fc.Arbitrary<Mutation> =>
  fc.oneof(
    fc.constant<Mutation>({ kind: 'delete' }),
    jsonValue.map<Mutation>((value) => ({ kind: 'replace', value })),
    fc.constantFrom<Json>(null, true, false, 0, -1, 1e308, -0.5, '', '0', [], {}, [null], 'true').map<Mutation>((value) => ({ kind: 'replace', value })),
    fc
      .record({ name: fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'innerHTML', 'token')), value: jsonValue })
      .map<Mutation>(({ name, value }) => ({ kind: 'extra', name, value })),
    fc
      .record({ length: fc.constantFrom(...huge), payload: fc.constantFrom(...payloads) })
      .map<Mutation>(({ length, payload }) => ({ kind: 'huge', length, payload })),
    fc
      .record({ payload: fc.constantFrom(...payloads, ...hostileLinks), append: fc.boolean() })
      .map<Mutation>(({ payload, append }) => ({ kind: 'payload', payload, append })),
    fc.constantFrom(...wrongDates).map<Mutation>((value) => ({ kind: 'date', value })),
  );

function apply(body: Json, path: Path, change: Mutation): void {
  const place = parentOf(body, path);
  if (!place) return;
  const { parent, key } = place;
  const current = parent[key];
  switch (change.kind) {
    case 'delete':
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
      return;
    case 'replace':
      // A copy: constants are shared between cases, and a body must never come to contain itself.
      parent[key] = structuredClone(change.value);
      return;
    case 'extra': {
      // defineProperty, as JSON.parse makes them: a field named `__proto__` is a field, not a prototype.
      const target = current !== null && typeof current === 'object' && !Array.isArray(current) ? current : (parent[key] = {});
      Object.defineProperty(target, change.name, { value: structuredClone(change.value), enumerable: true, writable: true, configurable: true });
      return;
    }
    case 'huge':
      parent[key] = (change.payload || 'A').repeat(Math.ceil(change.length / Math.max(1, change.payload.length))).slice(0, change.length);
      return;
    case 'payload':
      parent[key] = change.append && typeof current === 'string' ? `${current}${change.payload}` : change.payload;
      return;
    case 'date':
      parent[key] = change.value;
      return;
  }
}

/** Every string leaf replaced by, or followed by, a payload. */
function everyStringHostile(body: Json, choose: (index: number) => { payload: string; append: boolean }): Json {
  let index = 0;
  const walk = (value: Json): Json => {
    if (typeof value === 'string') {
      const { payload, append } = choose(index++);
      return append ? `${value}${payload}` : payload;
    }
    if (Array.isArray(value)) return value.map(walk);
    if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, walk(inner)]));
    return value;
  };
  return walk(body);
}

/** Bodies built from `valid`: broken in one to four places, every string made hostile, or replaced whole. */
export interface HostileOptions {
  /** Lengths of the huge strings; rendering a megabyte of text takes a browser long, so elements get shorter ones. */
  hugeLengths?: readonly number[];
  /**
   * The contract's check of a body. Given, a good share of bodies stay valid with payloads in
   * every string the contract leaves free (names, addresses, notes): what a compromised or
   * careless API would really send, and what the elements must render as text.
   */
  accepts?: (body: unknown) => boolean;
}

/**
 * Each string of `body` in turn followed by, or replaced with, a payload, kept only where the
 * contract still accepts the body: valid in shape, hostile in its text.
 */
function payloadsInFreeText(body: Json, accepts: (body: unknown) => boolean, choose: (index: number) => { payload: string; append: boolean }): Json {
  const places = pathsOf(body)
    .map((path) => parentOf(body, path))
    .filter((place) => place !== undefined && typeof place.parent[place.key] === 'string');
  places.forEach((place, index) => {
    const { parent, key } = place!;
    const original = parent[key] as string;
    const { payload, append } = choose(index);
    const tries = append ? [`${original}${payload}`, payload] : [payload, `${original}${payload}`];
    parent[key] = original;
    for (const text of tries) {
      parent[key] = text;
      if (accepts(body)) return;
    }
    parent[key] = original;
  });
  return body;
}

export function hostileBody(valid: unknown, options: HostileOptions = {}): fc.Arbitrary<unknown> {
  const base = valid as Json;
  const paths = pathsOf(base);
  const mutated = fc.array(fc.tuple(fc.nat(), mutation(options.hugeLengths ?? hugeLengths)), { minLength: 1, maxLength: 4 }).map((changes) => {
    const body = structuredClone(base);
    for (const [at, change] of changes) apply(body, paths[at % paths.length] ?? [], change);
    return body;
  });
  const hostileStrings = fc
    .array(fc.record({ payload: fc.constantFrom(...payloads), append: fc.boolean() }), { minLength: 1, maxLength: 8 })
    .map((choices) => everyStringHostile(structuredClone(base), (index) => choices[index % choices.length]!));
  // Valid apart from payloads appended where any text is allowed: these must render, as text.
  const appendedText = fc.constantFrom(...payloads).map((payload) => everyStringHostile(structuredClone(base), () => ({ payload, append: true })));
  const accepts = options.accepts;
  const freeText = accepts
    ? fc
        .array(fc.record({ payload: fc.constantFrom(...payloads), append: fc.boolean() }), { minLength: 1, maxLength: 8 })
        .map((choices) => payloadsInFreeText(structuredClone(base), accepts, (index) => choices[index % choices.length]!))
    : undefined;
  return fc.oneof(
    { weight: 6, arbitrary: mutated },
    { weight: 2, arbitrary: hostileStrings },
    { weight: 3, arbitrary: appendedText },
    { weight: 1, arbitrary: jsonValue },
    // About a third of all answers (see hostileAnswer's weights) when the contract is given.
    ...(freeText ? [{ weight: 10, arbitrary: freeText }] : []),
  );
}

/** An answer as it comes over the wire. */
export interface WireAnswer {
  status: number;
  contentType: string;
  /** The body's text; `JSON.stringify` of a body, or something that is not JSON at all. */
  text: string;
  headers?: Record<string, string>;
}

const contentTypes = ['text/html', 'text/plain', 'application/xml', 'application/octet-stream', 'application/jsonx', 'json', 'application/javascript', ''];
const notJson = [
  '',
  ' ',
  '<!doctype html><h1>502 Bad Gateway</h1><script>window.__pwned = 1</script>',
  'undefined',
  'NaN',
  "{'single': 'quotes'}",
  '\ufeff{}',
  '[1,2,',
  'null',
];

const problemBody = (status: number, options: HostileOptions) =>
  hostileBody({ type: 'about:blank', title: 'Problem', status, code: 'server_error', detail: 'Something <b>bad</b> happened' }, options);

/**
 * Answers for an endpoint whose valid body is `valid`: mostly 200 JSON with a hostile body,
 * then error statuses with fuzzed problem bodies and Retry-After, then non-JSON, empty, wrong
 * content types and truncated JSON.
 */
export function hostileAnswer(valid: unknown, okStatus = 200, options: HostileOptions = {}): fc.Arbitrary<WireAnswer> {
  const json = (status: number, body: unknown, type = 'application/json'): WireAnswer => ({ status, contentType: type, text: JSON.stringify(body) ?? '' });
  return fc.oneof(
    { weight: 14, arbitrary: hostileBody(valid, options).map((body) => json(okStatus, body)) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(400, 401, 403, 404, 409, 410, 418, 422, 429, 500, 502, 503, 504).chain((status) =>
        fc
          .record({
            body: problemBody(status, options),
            retryAfter: fc.option(fc.constantFrom('0', '1', '120', '99999999999', '-1', 'soon', 'Wed, 21 Oct 2015 07:28:00 GMT', '<script>')),
          })
          .map(({ body, retryAfter }) => ({
            ...json(status, body, 'application/problem+json'),
            ...(retryAfter === null ? {} : { headers: { 'Retry-After': retryAfter } }),
          })),
      ),
    },
    {
      weight: 1,
      arbitrary: fc
        .record({ contentType: fc.constantFrom(...contentTypes), text: fc.constant(JSON.stringify(valid)) })
        .map(({ contentType, text }) => ({ status: okStatus, contentType, text })),
    },
    { weight: 1, arbitrary: fc.constantFrom(...notJson).map((text) => ({ status: okStatus, contentType: 'application/json', text })) },
    {
      weight: 1,
      arbitrary: fc.nat().map((cut) => {
        const text = JSON.stringify(valid);
        return { status: okStatus, contentType: 'application/json; charset=utf-8', text: text.slice(0, cut % text.length) };
      }),
    },
  );
}

export function toResponse(answer: WireAnswer): Response {
  // A null body for the statuses a Response may not have one with.
  const body = [101, 204, 205, 304].includes(answer.status) ? null : answer.text;
  return new Response(body, { status: answer.status, headers: { ...(answer.contentType ? { 'Content-Type': answer.contentType } : {}), ...answer.headers } });
}

/** Whether any payload ran or became markup in this document, shadow roots included. */
export function pwnedIn(root: Document | ShadowRoot = document): string | undefined {
  if ((globalThis as { __pwned?: unknown }).__pwned !== undefined) return 'window.__pwned was set';
  const found = root.querySelector('[data-pwned]') ?? (root === document ? null : root.querySelector('script, iframe'));
  if (found) return `a <${found.localName}> from a payload is in the DOM`;
  for (const element of root.querySelectorAll('*')) {
    if (element.shadowRoot) {
      const inner = pwnedIn(element.shadowRoot);
      if (inner) return inner;
    }
  }
  return undefined;
}

/** Links an element renders that a patient could follow: only http(s), tel:, mailto: and our own .ics data: link. */
export function unsafeLinks(root: ShadowRoot | Element): string[] {
  const unsafe: string[] = [];
  const walk = (node: ParentNode) => {
    for (const anchor of node.querySelectorAll<HTMLAnchorElement>('a[href]')) {
      const href = anchor.getAttribute('href') ?? '';
      const ours = href.startsWith('data:text/calendar;charset=utf-8,') && anchor.hasAttribute('download');
      let scheme: string;
      try {
        scheme = new URL(href, document.baseURI).protocol;
      } catch {
        scheme = 'invalid';
      }
      if (!ours && !['http:', 'https:', 'tel:', 'mailto:'].includes(scheme)) unsafe.push(href.slice(0, 80));
    }
    for (const element of node.querySelectorAll('*')) if (element.shadowRoot) walk(element.shadowRoot);
  };
  walk(root);
  return unsafe;
}

/**
 * The contract as an OpenAPI 3.1 document, generated from `routes` and the zod schemas, for
 * the clinic's back-end team. `npm run openapi` writes it to docs/openapi.json; a test fails
 * when the committed file and the schemas disagree. Build-time only: no element imports this.
 */
import * as z from 'zod/mini';
import { wholeNumber } from './formats.js';
import { routes } from './routes.js';
import { statusOfProblem } from './problem-codes.js';
import * as schemas from './schemas.js';
import * as waitlistSchemas from './waitlist.js';
import * as holdSchemas from './holds.js';

type JsonObject = Record<string, unknown>;

function errorResponses(codes: readonly schemas.ProblemCode[]): JsonObject {
  const byStatus = new Map<number, string[]>();
  for (const code of [...codes, 'rate_limited', 'server_error'] as const) {
    const status = statusOfProblem[code];
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  return Object.fromEntries(
    [...byStatus].map(([status, statusCodes]) => [
      String(status),
      {
        description: `Problem details with code ${statusCodes.join(' or ')}${status === 429 || status === 503 ? '; see Retry-After' : ''}`,
        content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
      },
    ]),
  );
}

/**
 * Documents the contract's whole numbers (src/api/formats.ts) as `integer` within the range a
 * double holds exactly, as zod documents `z.int()`: a function check alone would read `number`.
 */
function documentWholeNumbers({ zodSchema, jsonSchema }: { zodSchema: unknown; jsonSchema: JsonObject }): void {
  const checks = (zodSchema as z.ZodMiniType)._zod.def.checks ?? [];
  if (!checks.some((check) => check._zod.check === wholeNumber)) return;
  const { type: _number, exclusiveMinimum, minimum, exclusiveMaximum, maximum, ...rest } = jsonSchema;
  // Rebuilt in place, keys in the order zod writes them, so the document reads as before.
  for (const key of Object.keys(jsonSchema)) delete jsonSchema[key];
  Object.assign(jsonSchema, {
    type: 'integer',
    ...(exclusiveMinimum === undefined ? { minimum: minimum ?? Number.MIN_SAFE_INTEGER } : { exclusiveMinimum }),
    ...(exclusiveMaximum === undefined ? { maximum: maximum ?? Number.MAX_SAFE_INTEGER } : { exclusiveMaximum }),
    ...rest,
  });
}

/** A schema's name is its export name in schemas.ts (or waitlist.ts and holds.ts, their parts of the contract). */
function schemaName(schema: z.ZodMiniType): string {
  const entry = Object.entries({ ...schemas, ...waitlistSchemas, ...holdSchemas }).find(([, exported]) => exported === schema);
  if (!entry) throw new Error('A schema used in routes is not exported from schemas.ts, waitlist.ts or holds.ts');
  return entry[0];
}

function usedSchemas(): z.ZodMiniType[] {
  const used = new Set<z.ZodMiniType>([schemas.Problem]);
  for (const route of Object.values(routes)) {
    used.add(route.response);
    if ('request' in route) used.add(route.request);
  }
  return [...used];
}

/** The response header of answers that carry a patient's data or token. */
const cacheControl: JsonObject = {
  required: true,
  description: "`no-store` (or `private`): the answer carries a patient's data or token, so no shared cache (a CDN, a proxy) may keep it.",
  schema: { type: 'string' },
};

export function openApiDocument(): JsonObject {
  const paths: Record<string, Record<string, JsonObject>> = {};
  for (const [operationId, route] of Object.entries(routes)) {
    const parameters: JsonObject[] = [];
    for (const [, name] of route.path.matchAll(/\{(\w+)\}/g)) {
      parameters.push({ name, in: 'path', required: true, schema: { type: 'string' } });
    }
    for (const name of 'query' in route ? route.query : []) {
      parameters.push({ name, in: 'query', required: true, schema: { type: 'string' } });
    }
    for (const name of 'optionalQuery' in route ? route.optionalQuery : []) {
      parameters.push({ name, in: 'query', required: false, schema: { type: 'string' } });
    }
    if ('idempotent' in route) {
      parameters.push({
        name: 'Idempotency-Key',
        in: 'header',
        required: true,
        description: 'One key per attempt; a repeat with the same body replays the first answer.',
        schema: { type: 'string', maxLength: 200 },
      });
    }
    const operation: JsonObject = {
      operationId,
      summary: route.summary,
      parameters,
      responses: {
        [operationId === 'createBooking' || 'created' in route ? '201' : '200']: {
          description: 'OK',
          ...('noStore' in route ? { headers: { 'Cache-Control': cacheControl } } : {}),
          content: { 'application/json': { schema: { $ref: `#/components/schemas/${schemaName(route.response)}` } } },
        },
        ...errorResponses(route.errors),
      },
    };
    if ('request' in route) {
      operation.requestBody = {
        required: true,
        content: { 'application/json': { schema: { $ref: `#/components/schemas/${schemaName(route.request)}` } } },
      };
    }
    if ('simulatorOnly' in route) Object.assign(operation, { tags: ['Simulator only'], 'x-simulator-only': true });
    if ('patientToken' in route) operation.security = [{ patientToken: [] }];
    if ('staff' in route) operation.security = [{ staffSession: [] }, { staffToken: [] }];
    paths[route.path] = { ...paths[route.path], [route.method.toLowerCase()]: operation };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'circle-booking API',
      version: '1',
      description: 'The booking API the circle-booking elements talk to. Errors are RFC 9457 problem details.',
    },
    paths,
    components: {
      schemas: Object.fromEntries(
        usedSchemas().map((schema) => [schemaName(schema), z.toJSONSchema(schema, { unrepresentable: 'any', override: documentWholeNumbers })]),
      ),
      securitySchemes: {
        patientToken: { type: 'http', scheme: 'bearer', description: "The access token from the patient's appointment link." },
        staffSession: { type: 'apiKey', in: 'cookie', name: 'session', description: "The staff dashboard's session." },
        staffToken: { type: 'http', scheme: 'bearer', description: 'A staff token from the dashboard.' },
      },
    },
  };
}

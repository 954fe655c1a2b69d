/**
 * A run of checks: each check gets its own probe, and ends as a pass, a failure (with the
 * request, what was expected and what came back) or a skip. Once the host cannot be reached at
 * all, the checks left are skipped rather than each failing the same way.
 */
import * as z from 'zod/mini';
import { Problem, type ProblemCode } from '../../api/schemas.js';
import { Failure, NoAnswer, Probe, Skip, cut, describeAnswer, describeIssues, type Answer, type CheckResult, type ProbeOptions } from './probe.js';

/** The note of a check left out because the API could not be reached. */
export const unreachable = 'not run: the API could not be reached';
/** The note of a check left out because the run was interrupted. */
export const interrupted = 'not run: interrupted';

export class Session {
  readonly results: CheckResult[] = [];
  private down: string | undefined;

  constructor(
    readonly probeOptions: ProbeOptions,
    private readonly onResult: (result: CheckResult) => void = () => {},
  ) {}

  /**
   * Runs one check; true when it passed. `run` may return a note to show with the pass. A
   * `cleanup` check runs even after an interruption, since it undoes what the run wrote.
   */
  async check(id: string, title: string, run: (probe: Probe) => Promise<string | void>, { cleanup = false } = {}): Promise<boolean> {
    // Not printed one by one: the summary says how many were left.
    if (this.down) return this.record({ id, title, status: 'skip', note: this.down }, false);
    if (this.probeOptions.signal?.aborted && !cleanup) return this.record({ id, title, status: 'skip', note: interrupted }, false);
    const { signal: _interrupt, ...uninterrupted } = this.probeOptions;
    const probe = new Probe(cleanup ? uninterrupted : this.probeOptions);
    try {
      const note = await run(probe);
      return this.record({ id, title, status: 'pass', ...(note ? { note } : {}) });
    } catch (error) {
      if (error instanceof Skip) return this.record({ id, title, status: 'skip', note: error.message });
      const failure =
        error instanceof Failure
          ? error
          : new Failure('the check to run to its end', `the checker stopped: ${cut(String(error instanceof Error ? error.message : error))}`);
      if (error instanceof NoAnswer && error.kind === 'unreachable' && /refused|not found|lookup/.test(error.got)) {
        this.down = unreachable;
      }
      return this.record({
        id,
        title,
        status: 'fail',
        ...(probe.lastRequest ? { request: cut(probe.lastRequest, 300) } : {}),
        expected: cut(failure.expected, 300),
        got: cut(failure.got, 400),
      });
    }
  }

  skip(id: string, title: string, reason: string): void {
    const left = this.down ?? (this.probeOptions.signal?.aborted ? interrupted : undefined);
    this.record({ id, title, status: 'skip', note: left ?? reason }, !left);
  }

  private record(result: CheckResult, show = true): boolean {
    this.results.push(result);
    if (show) this.onResult(result);
    return result.status === 'pass';
  }
}

/** The answer's body parsed by `schema`, after checking its status and that it is JSON. */
export function expectJson<Schema extends z.ZodMiniType>(answer: Answer, statuses: readonly number[], schema: Schema, name: string): z.infer<Schema> {
  const expected = `${statuses.join(' or ')} with a JSON body matching ${name}`;
  if (!statuses.includes(answer.status)) throw new Failure(expected, describeAnswer(answer));
  if (!/^application\/([\w.+-]+\+)?json\b/i.test(answer.headers.get('Content-Type') ?? '')) {
    throw new Failure(expected, describeAnswer(answer, ' (not a JSON content type)'));
  }
  if (answer.json === undefined) throw new Failure(expected, describeAnswer(answer, ' (not valid JSON)'));
  const parsed = schema.safeParse(answer.json);
  if (!parsed.success) throw new Failure(expected, `${answer.status}, ${describeIssues(parsed.error.issues)}`);
  return parsed.data;
}

/**
 * The answer as an RFC 9457 problem document with one of `codes` at its status: the
 * `application/problem+json` content type, the contract's `Problem` shape, and a code and
 * status the contract pairs.
 */
export function expectProblem(answer: Answer, expectations: readonly { status: number; code: ProblemCode }[]): Problem {
  const expected = `a problem document (application/problem+json) with ${expectations.map(({ status, code }) => `${status} "${code}"`).join(' or ')}`;
  if (!expectations.some(({ status }) => status === answer.status)) throw new Failure(expected, describeAnswer(answer));
  if (!/^application\/problem\+json\b/i.test(answer.headers.get('Content-Type') ?? '')) {
    throw new Failure(expected, describeAnswer(answer, ' (not application/problem+json)'));
  }
  const parsed = Problem.safeParse(answer.json);
  if (!parsed.success) throw new Failure(expected, `${answer.status}, not the Problem shape: ${describeIssues(parsed.error.issues)}`);
  const problem = parsed.data;
  if (!expectations.some(({ status, code }) => status === answer.status && code === problem.code)) {
    throw new Failure(expected, `${answer.status} with code "${problem.code}"`);
  }
  if (problem.status !== answer.status) throw new Failure(expected, `${answer.status}, but the body's status says ${problem.status}`);
  return problem;
}

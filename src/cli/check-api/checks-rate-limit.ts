/**
 * The rate-limit check (`--rate-limit`): GET /services, a few at a time, to the given base URL
 * only, until the API answers 429 or the budget (at most `maxRateLimitRequests`) is spent. The
 * 429 must be a rate_limited problem with a Retry-After the client can honour.
 */
import { parseRetryAfter } from '../../api/client.js';
import { statusOfProblem } from '../../api/problem-codes.js';
import { routes } from '../../api/routes.js';
import { Failure, describeAnswer, type Answer } from './probe.js';
import { expectProblem, type Session } from './session.js';

export const maxRateLimitRequests = 500;
/** The longest wait a Retry-After may ask for and still be sane for a patient at a booking form. */
const longestRetryAfterSeconds = 3600;
const parallel = 4;

export async function checkRateLimit(session: Session, budget: number | undefined): Promise<void> {
  const title = 'Requests beyond the rate limit answer a 429 rate_limited problem with a sane Retry-After';
  if (budget === undefined) return session.skip('rate-limit', title, 'give --rate-limit to send up to a few hundred requests and check the 429');
  await session.check('rate-limit', title, async (probe) => {
    let sent = 0;
    let limited: Answer | undefined;
    let stopped = false;
    const worker = async () => {
      try {
        while (!limited && !stopped && sent < budget) {
          sent += 1;
          const answer = await probe.send({ path: routes.listServices.path });
          if (answer.status === statusOfProblem.rate_limited) limited ??= answer;
          else if (answer.status !== 200) throw new Failure('200, then 429 once over the limit', describeAnswer(answer));
        }
      } finally {
        stopped = true; // one worker's failure stops the others: no request after the check ends
      }
    };
    await Promise.all(Array.from({ length: parallel }, worker));
    if (!limited) throw new Failure(`a 429 within ${budget} requests`, `${sent} answers, none a 429`);
    expectProblem(limited, [{ status: statusOfProblem.rate_limited, code: 'rate_limited' }]);
    const header = limited.headers.get('Retry-After');
    const seconds = parseRetryAfter(header);
    if (seconds === undefined || seconds < 1 || seconds > longestRetryAfterSeconds) {
      throw new Failure(
        `Retry-After of 1 to ${longestRetryAfterSeconds} seconds (or an HTTP date as near)`,
        header === null ? 'no Retry-After header' : `Retry-After: ${header}`,
      );
    }
    return `429 after ${sent} requests, Retry-After ${seconds} s`;
  });
}

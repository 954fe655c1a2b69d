/**
 * The CORS checks, for the clinic's website (`--origin`) calling the API from the browser: the
 * preflights of the writes and the token reads, and the Access-Control-Allow-Origin on answers,
 * errors included (without it the browser hides the problem document from the element).
 */
import { routes } from '../../api/routes.js';
import { Failure, describeAnswer, type Answer, type Probe } from './probe.js';
import { unknownId, type Known } from './checks-reads.js';
import type { Session } from './session.js';

export async function checkCors(session: Session, known: Known, origin: string | undefined): Promise<void> {
  const titles = {
    booking: 'Preflight of POST /bookings allows Content-Type and Idempotency-Key from the origin',
    appointment: 'Preflight of GET /appointments/{appointmentId} allows Authorization from the origin',
    change: 'Preflight of POST /appointments/{appointmentId}/cancel allows Authorization, Content-Type and Idempotency-Key from the origin',
    answer: 'GET /services answers Access-Control-Allow-Origin for the origin',
    error: 'A 404 problem answers Access-Control-Allow-Origin for the origin',
  };
  if (!origin) {
    for (const [name, title] of Object.entries(titles)) session.skip(`cors.${name}`, title, 'give --origin https://your-clinic.example to check CORS');
    return;
  }
  const appointmentId = encodeURIComponent(known.appointment?.id ?? unknownId);
  const preflight = (path: string, method: string, headers: string[]) => async (probe: Probe) => {
    const answer = await probe.send({
      method: 'OPTIONS',
      path,
      headers: { Origin: origin, 'Access-Control-Request-Method': method, 'Access-Control-Request-Headers': headers.join(', ').toLowerCase() },
    });
    expectPreflight(answer, origin, method, headers);
  };

  const withId = (template: string) => template.replace('{appointmentId}', appointmentId);
  await session.check('cors.booking', titles.booking, preflight(routes.createBooking.path, 'POST', ['Content-Type', 'Idempotency-Key']));
  await session.check('cors.appointment', titles.appointment, preflight(withId(routes.getAppointment.path), 'GET', ['Authorization']));
  await session.check(
    'cors.change',
    titles.change,
    preflight(withId(routes.cancelAppointment.path), 'POST', ['Authorization', 'Content-Type', 'Idempotency-Key']),
  );
  await session.check('cors.answer', titles.answer, async (probe) => {
    expectAllowOrigin(await probe.send({ path: routes.listServices.path, headers: { Origin: origin } }), origin);
  });
  await session.check('cors.error', titles.error, async (probe) => {
    expectAllowOrigin(
      await probe.send({ path: routes.getService.path.replace('{serviceId}', encodeURIComponent(unknownId)), headers: { Origin: origin } }),
      origin,
    );
  });
}

function expectAllowOrigin(answer: Answer, origin: string): void {
  const allowed = answer.headers.get('Access-Control-Allow-Origin');
  if (allowed !== '*' && allowed !== origin) {
    throw new Failure(
      `Access-Control-Allow-Origin: ${origin} (or *)`,
      allowed === null ? `${answer.status} without Access-Control-Allow-Origin` : `Access-Control-Allow-Origin: ${allowed}`,
    );
  }
}

/**
 * A preflight the browser lets through: a 2xx, the origin allowed, the method allowed, and each
 * header allowed (a `*` covers every header but Authorization, as the Fetch standard has it).
 */
function expectPreflight(answer: Answer, origin: string, method: string, headers: string[]): void {
  const expected = `a 2xx preflight allowing ${origin}, ${method} and ${headers.join(', ')}`;
  if (answer.status < 200 || answer.status >= 300) throw new Failure(expected, describeAnswer(answer));
  expectAllowOrigin(answer, origin);
  const methods = list(answer.headers.get('Access-Control-Allow-Methods'));
  const safelisted = ['get', 'head', 'post'];
  if (!methods.includes(method.toLowerCase()) && !methods.includes('*') && !safelisted.includes(method.toLowerCase())) {
    throw new Failure(expected, `Access-Control-Allow-Methods: ${answer.headers.get('Access-Control-Allow-Methods') ?? '(missing)'}`);
  }
  const allowedHeaders = list(answer.headers.get('Access-Control-Allow-Headers'));
  const missing = headers.filter((header) => {
    const name = header.toLowerCase();
    return !allowedHeaders.includes(name) && !(allowedHeaders.includes('*') && name !== 'authorization');
  });
  if (missing.length) {
    throw new Failure(
      expected,
      `Access-Control-Allow-Headers: ${answer.headers.get('Access-Control-Allow-Headers') ?? '(missing)'}, without ${missing.join(', ')}`,
    );
  }
}

function list(header: string | null): string[] {
  return (header ?? '')
    .split(',')
    .map((item) => item.trim().toLowerCase())
    .filter(Boolean);
}

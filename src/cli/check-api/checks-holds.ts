/**
 * The held-time checks (`--writes`, on a test service): hold a free slot with an
 * Idempotency-Key, replay it, see another patient refused it, and release it. Holds are
 * optional in the contract: an API answering 404 or 501 skips them, since the elements then
 * book without holds. Every hold the run makes is released, whatever failed on the way.
 */
import { statusOfProblem } from '../../api/problem-codes.js';
import { routes } from '../../api/routes.js';
import { Hold, ReleasedHold, type CreateHoldRequest } from '../../api/holds.js';
import { Failure, Skip, describeAnswer, type Probe } from './probe.js';
import type { Known } from './checks-reads.js';
import { freeSlots } from './checks-writes.js';
import { expectJson, expectProblem, type Session } from './session.js';

const titles = {
  'hold.create': 'POST /holds with an Idempotency-Key answers 201 with a Hold (404 or 501: no holds, which the elements accept)',
  'hold.replay': 'POST /holds again with the same Idempotency-Key answers the same hold',
  'hold.refused': 'POST /holds for the held slot under another key answers a 409 slot_held problem',
  'hold.release': 'POST /holds/{holdId}/release answers { id, released: true }, and the slot can be held again',
} as const;

/** Every hold check skipped, for a run without --writes. */
export function skipHolds(session: Session, reason: string): void {
  for (const [id, title] of Object.entries(titles)) session.skip(id, title, reason);
}

export async function checkHolds(session: Session, known: Known): Promise<void> {
  const key = crypto.randomUUID();
  const made = new Set<string>();
  let request: CreateHoldRequest | undefined;
  let first: Hold | undefined;
  const hold = async (probe: Probe, idempotencyKey: string) => {
    const answer = await probe.send({ path: routes.createHold.path, headers: { 'Idempotency-Key': idempotencyKey }, body: request });
    const parsed = answer.status === 201 ? Hold.safeParse(answer.json) : undefined;
    if (parsed?.success) made.add(parsed.data.id);
    return answer;
  };

  await session.check('hold.create', titles['hold.create'], async (probe) => {
    const { variantId, locationId, timeZone } = known;
    if (!variantId || !locationId || !timeZone) throw new Skip('no bookable variant and location found: give --variant of a test service');
    const slots = await freeSlots(probe, variantId, locationId, timeZone);
    request = { variantId, locationId, start: slots.at(-1)!.start };
    const answer = await hold(probe, key);
    if (answer.status === 404 || answer.status === 501) {
      request = undefined;
      throw new Skip(`the API has no holds (it answered ${answer.status}); the elements book without them`);
    }
    first = expectJson(answer, [201], Hold, 'Hold');
    if (Date.parse(first.start) !== Date.parse(request.start)) throw new Failure(`a hold of ${request.start}`, `a hold of ${first.start}`);
    return `held ${first.start} until ${first.heldUntil} (${first.expiresInSeconds} s)`;
  });

  await session.check('hold.replay', titles['hold.replay'], async (probe) => {
    if (!first) throw new Skip('no hold was made');
    const again = expectJson(await hold(probe, key), [201], Hold, 'Hold');
    if (again.id !== first.id) throw new Failure(`the hold ${first.id} again`, `a second hold, ${again.id}`);
  });

  await session.check('hold.refused', titles['hold.refused'], async (probe) => {
    if (!first) throw new Skip('no hold was made');
    expectProblem(await hold(probe, crypto.randomUUID()), [{ status: statusOfProblem.slot_held, code: 'slot_held' }]);
  });

  await session.check(
    'hold.release',
    titles['hold.release'],
    async (probe) => {
      if (!first) throw new Skip('no hold was made');
      const release = (id: string) => probe.send({ path: routes.releaseHold.path.replace('{holdId}', encodeURIComponent(id)), body: {} });
      const released = expectJson(await release(first.id), [200], ReleasedHold, 'ReleasedHold');
      if (released.id !== first.id) throw new Failure(`{ id: "${first.id}", released: true }`, `{ id: "${released.id}" }`);
      made.delete(first.id);
      const again = await hold(probe, crypto.randomUUID());
      for (const id of made) {
        const answer = await release(id);
        if (answer.status !== 200) throw new Failure(`the hold ${id} released`, describeAnswer(answer));
      }
      made.clear();
      if (again.status !== 201) throw new Failure('201: the released slot can be held again', describeAnswer(again));
    },
    { cleanup: true },
  );
}

/**
 * Free times for one variant at one location, fetched a month at a time as the patient moves
 * through the calendar, the following month prefetched so the next tap is instant. Months are
 * cached per variant and location, so going back shows what was fetched without asking again.
 *
 * A controller of its own rather than a LoadController: the day picker needs several windows at
 * once (the one shown, the one prefetched) and each keeps its own state, which one run cannot hold.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ApiClient } from '../api/client.js';
import { getAvailability } from '../api/endpoints.js';
import { AbortedError } from '../api/errors.js';
import { addMonths, monthWindow, slotsByDay, type AvailabilityQuery, type DateWindow, type MonthAvailability } from '../flow/availability-window.js';
import type { Availability, Slot } from '../api/schemas.js';

const empty: ReadonlyMap<string, readonly Slot[]> = new Map();
const pending: MonthAvailability = { status: 'pending', days: empty };

/** @internal The package's own, not its API: left out of custom-elements.json. */
export class AvailabilityController implements ReactiveController {
  private readonly months = new Map<string, MonthAvailability>();
  private readonly requests = new Map<string, AbortController>();
  /** The booking horizon as the last answer gave it. */
  private bookableUntil?: string;

  /** Free slots the catalog's answer carried and that were already used: a refresh asks the API. */
  private readonly used = new WeakSet<Availability>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly client: () => ApiClient,
    /** Told of every failed fetch, so the element can fire `circle-error`. */
    private readonly onError: (error: unknown) => void = () => {},
    /** Free slots already in hand (the service answer's `availability`), shown without asking the API. */
    private readonly known: () => Availability | undefined = () => undefined,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    // Pending months would never complete: forget them so a reconnect fetches again.
    for (const key of this.requests.keys()) this.forget(key);
  }

  /** The month as known now; starts fetching it, and prefetching the next, when not known. */
  get(query: AvailabilityQuery): MonthAvailability {
    this.load(query);
    const following = { ...query, month: addMonths(query.month, 1) };
    if (this.months.get(keyOf(query))?.status === 'complete') this.load(following);
    const month = this.months.get(keyOf(query)) ?? pending;
    return this.bookableUntil && !month.bookableUntil ? { ...month, bookableUntil: this.bookableUntil } : month;
  }

  /** Forgets what is cached for this variant and location, e.g. after a slot was taken meanwhile. */
  refresh(variantId: string, locationId: string): void {
    // A refresh asks the API: the slots in hand, even a catalog loaded again since, are older
    // than what it says now, and its fresh answer is the one shown.
    const known = this.known();
    if (known) this.used.add(known);
    const prefix = `${variantId}|${locationId}|`;
    for (const key of this.months.keys()) if (key.startsWith(prefix)) this.forget(key);
    this.host.requestUpdate();
  }

  /** Tries every failed month again; each is fetched anew when next asked for. */
  retryFailed(): void {
    for (const [key, month] of this.months) if (month.status === 'error') this.months.delete(key);
    this.host.requestUpdate();
  }

  private load(query: AvailabilityQuery): void {
    const key = keyOf(query);
    if (this.months.has(key)) return;
    let window: DateWindow | undefined;
    try {
      window = monthWindow(query.month, query.today);
    } catch {
      // A month past the calendar's end (10000-01 after 9999-12): nothing to ask for. Date
      // arithmetic never throws out of an element.
      window = undefined;
    }
    if (!window) {
      this.months.set(key, { status: 'complete', days: empty });
      return;
    }
    const request = new AbortController();
    this.requests.set(key, request);
    this.months.set(key, pending);
    const { variantId, locationId, timeZone, practitionerId } = query;
    const dates = window;
    const failed = (error: unknown) => {
      if (error instanceof AbortedError) return;
      this.settle(key, request, { status: 'error', days: empty, error });
      this.onError(error);
    };
    const known = this.inHand(query, dates);
    (known ? Promise.resolve(known) : getAvailability(this.client(), { variantId, locationId, ...dates, practitionerId }, { signal: request.signal }))
      .then(async (availability) => {
        // A month can hold thousands of slots: group and render them in a task after the one
        // that read and checked the response, so that neither holds up the patient's input long.
        await new Promise((resolve) => setTimeout(resolve));
        const next = availability.nextAvailableDate;
        if (availability.bookableUntil) this.bookableUntil = availability.bookableUntil;
        this.settle(key, request, {
          status: 'complete',
          days: withinWindow(slotsByDay(availability.slots, timeZone), dates),
          ...(next && isSaneNextDate(next, dates, query.today) ? { nextAvailableDate: next } : {}),
        });
      })
      .catch(failed);
  }

  /**
   * The slots the catalog's answer carried, once, where they are of this variant and location
   * and cover the month's window: the first month then needs no request of its own.
   */
  private inHand({ variantId, locationId, practitionerId }: AvailabilityQuery, { from, to }: DateWindow): Availability | undefined {
    const known = this.known();
    // The answer carried everyone's times: one practitioner's are asked for.
    if (
      !known ||
      practitionerId !== undefined ||
      this.used.has(known) ||
      known.variantId !== variantId ||
      known.locationId !== locationId ||
      known.from > from ||
      known.to < to
    )
      return undefined;
    this.used.add(known);
    return known;
  }

  /** Stops the month's fetch, if under way, and drops what is known of it. */
  private forget(key: string): void {
    this.requests.get(key)?.abort();
    this.requests.delete(key);
    this.months.delete(key);
  }

  private settle(key: string, request: AbortController, month: MonthAvailability): void {
    // A refresh or a disconnect may have replaced or dropped this request meanwhile.
    if (this.requests.get(key) !== request) return;
    this.requests.delete(key);
    this.months.set(key, month);
    this.host.requestUpdate();
  }
}

/**
 * Only the days asked for. A slot outside the window (a valid answer, but absurd: one slot on
 * 9999-12-31 in an answer for December 2026) is ignored: taking it would move the calendar
 * there, and its following month is past the end of the calendar.
 */
function withinWindow(days: Map<string, readonly Slot[]>, { from, to }: DateWindow): Map<string, readonly Slot[]> {
  for (const day of days.keys()) if (day < from || day > to) days.delete(day);
  return days;
}

/** How far ahead a "next free day" is believed: five years. */
const horizonMonths = 60;

/** A next free day after the window and within the horizon; any other is ignored. */
function isSaneNextDate(date: string, window: DateWindow, today: string): boolean {
  return date > window.to && date.slice(0, 7) <= addMonths(today.slice(0, 7), horizonMonths);
}

function keyOf({ variantId, locationId, month, practitionerId }: AvailabilityQuery): string {
  return `${variantId}|${locationId}|${month}|${practitionerId ?? ''}`;
}

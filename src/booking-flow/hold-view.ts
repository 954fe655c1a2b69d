/**
 * What the held-time views (hold-panel.ts, and the lost-time screen it fetches, hold-lost.ts)
 * read from the flow element, apart from both so neither imports the other.
 */
import type { Slot } from '../api/schemas.js';
import type { HoldState } from '../flow/hold-state.js';

export interface HoldPanelView {
  hold: HoldState;
  /** The chosen location's zone: times are the clinic's. */
  timeZone: string;
  locale?: string | undefined;
  /** The free times nearest the lost one, the same practitioner's first; undefined while they load. */
  nearest?: readonly Slot[] | undefined;
  /** The practitioner the lost time was with, when one is known by name: their times are offered apart, first. */
  nearestWith?: { id: string; name: string } | undefined;
  chooseNearTime(slot: Slot): void;
  /** Back to the calendar, for a time further off. */
  chooseAnotherDay(): void;
}

/** The id of the lost-time screen's heading, focused when the patient tries to go on. */
export const lostHeadingId = 'hold-lost-heading';

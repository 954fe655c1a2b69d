/**
 * What the booking flow's views read from the flow element and call back into it: the one
 * interface between `booking-flow.ts` (state and transitions) and the render functions of
 * steps.ts and the calendar layouts, kept apart so neither side imports the other.
 */
import type { MonthAvailability } from '../flow/availability-window.js';
import type { BookingCatalog, BookingFlowState, BookingStep, PatientDraft } from '../flow/booking-flow.js';
import type { MonthTimesView } from './month-times.js';
import type { PractitionerFilterView } from './practitioner-filter.js';
import type { BookerDraft, VisitFor } from '../flow/who-books.js';
import type { HoldPanelView } from './hold-panel.js';
import type { WaitlistView } from './waitlist-entry.js';

/** How days and times are offered: a month grid, a week strip, or a list of the next free times. */
export type CalendarLayout = 'month' | 'week' | 'list';

/**
 * What the steps read from the flow element and call back into it; on the time step, also
 * what the month grid and the day's times read (`MonthTimesView`).
 */
export interface FlowView extends MonthTimesView, PractitionerFilterView, HoldPanelView, WaitlistView {
  catalog: BookingCatalog;
  state: BookingFlowState;
  layout: CalendarLayout;
  shownWeek?: string | undefined;
  listLength: number;
  confirmingNow: boolean;
  chooseVariant(variantId: string): void;
  chooseLocation(locationId: string): void;
  showWeek(start: string): void;
  showMoreDays(): void;
  /** A time of `date`, the chosen day unless given. */
  chooseSlot(start: string, date?: string): void;
  availabilityOf(month: string): MonthAvailability;
  updatePatient(draft: PatientDraft): void;
  continue(): void;
  back(): void;
  change(step: BookingStep): void;
  confirm(): void;
  // Undo a booking just made (issue #23).
  /** An undo request is under way. */
  undoingNow: boolean;
  /** Undoes the booking just made. */
  undo(): void;
  // Who the visit is for, new or returning, and the code step.
  /** The clock the code step's cool-down and expiry are judged by; ticks while that step shows. */
  now: number;
  chooseVisitFor(visitFor: VisitFor): void;
  /** The draft of the patient's form: their details, and any fields that find their record. */
  updatePatientForm(draft: Record<string, string | undefined>): void;
  updateBooker(draft: BookerDraft): void;
  answerReturning(returning: boolean): void;
  enterCode(raw: string): void;
  sendCode(): void;
  resendCode(): void;
  changeEmail(): void;
}

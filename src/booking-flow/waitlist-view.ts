/** What the waitlist's entry and form read from the flow element (issue #23, part 2); a module of its own so neither imports the other. */
import type { ApiClient } from '../api/client.js';
import type { BookingCatalog, BookingFlowState } from '../flow/booking-flow.js';

/** What the entry and the form read from the flow element. */
export interface WaitlistView {
  catalog: BookingCatalog;
  state: BookingFlowState;
  client: ApiClient;
  today: string;
  locale?: string | undefined;
  waitlistOpen: boolean;
  openWaitlist(): void;
  closeWaitlist(): void;
}

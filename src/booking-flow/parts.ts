/**
 * The parts of the booking flow that a page can style through `<circle-book-service>` and
 * `<circle-book-variant>` (`::part(error)`): the flow is an inner element, so each is exported
 * to the host with `exportparts`, and this one list is what both the `exportparts` and the
 * elements' `@csspart` JSDoc (custom-elements.json, docs/elements.md) say; a test holds them together.
 * The status views (error, loading, empty) are drawn by the host itself before the flow loads,
 * and inside the flow for the free times and the booking; both reach the same parts.
 */
export const bookingFlowParts = [
  'flow',
  'header',
  'choices',
  'choice',
  'practitioner',
  'practitioner-card',
  'when',
  'day',
  'times',
  'time',
  'zone-note',
  'call-to-book',
  'notice',
  'label',
  'input',
  'field-error',
  'summary',
  'actions',
  'back-button',
  'continue-button',
  'confirm-button',
  'intake',
  'forms-link',
  'calendar-link',
  'appointment-link',
  'error',
  'loading',
  'empty',
  // Undo a booking just made (issue #23).
  'undo',
  'undo-button',
  // The waitlist (issue #23, part 2).
  'waitlist',
  'waitlist-button',
  'waitlist-join-button',
  'selected',
] as const;

/** The parts the booking elements draw themselves, outside the flow. */
export const bookingHostParts = ['error', 'loading', 'unavailable'] as const;

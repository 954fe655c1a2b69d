/**
 * `circle-booking/embed`: popups for the whole page. Importing it registers
 * `<circle-book-dialog>` and `<circle-book-button>` and makes every element with
 * `data-circle-book-service="<id>"` or `data-circle-book-variant="<id>"` open that booking in a
 * popup, including elements the page adds later: one click listener on the document, not one
 * per element. Pages without popups never load this module.
 */
import { openBookingDialog, type BookingTarget } from '../elements/book-dialog/booking-dialogs.js';
import '../elements/book-button/book-button.js';

export { openBookingDialog, type BookingTarget };
export { CircleBookDialog } from '../elements/book-dialog/book-dialog.js';
export { CircleBookButton } from '../elements/book-button/book-button.js';
export * from '../elements/book-dialog/book-dialog.events.js';

/** The booking a trigger asks for, from its `data-circle-*` attributes; undefined for any other element. */
export function bookingTargetOf(element: HTMLElement): BookingTarget | undefined {
  const {
    circleBookService,
    circleBookVariant,
    circleApiBase,
    circleLocationId,
    circlePractitionerId,
    circleLayout,
    circleLocale,
    circlePrefillFromUrl,
    circleLabel,
  } = element.dataset;
  const id = circleBookVariant || circleBookService;
  if (!id) return undefined;
  return {
    kind: circleBookVariant ? 'variant' : 'service',
    id,
    label: circleLabel,
    attributes: {
      'api-base': circleApiBase,
      'location-id': circleLocationId,
      'practitioner-id': circlePractitionerId,
      layout: circleLayout,
      locale: circleLocale,
      'prefill-from-url': circlePrefillFromUrl,
    },
  };
}

/**
 * Listens for clicks on booking triggers below `root` (the whole document by default) and
 * returns how to stop. Called once when this module loads; a second copy of the library on the
 * page does not wire the page twice.
 */
export function wireBookingTriggers(root: Document | HTMLElement = document): () => void {
  const onClick = (event: Event) => {
    const click = event as MouseEvent;
    // A link opened in a new tab or window keeps doing that: its href is the no-script way in.
    if (event.defaultPrevented || click.button !== 0 || click.ctrlKey || click.metaKey || click.shiftKey || click.altKey) return;
    for (const node of event.composedPath()) {
      const target = node instanceof HTMLElement ? bookingTargetOf(node) : undefined;
      if (!target) continue;
      event.preventDefault();
      openBookingDialog(target, node as HTMLElement);
      return;
    }
  };
  root.addEventListener('click', onClick);
  return () => root.removeEventListener('click', onClick);
}

const wired = Symbol.for('circle-booking.embed.wired');
const page = globalThis as { [wired]?: boolean };
if (!page[wired]) {
  page[wired] = true;
  wireBookingTriggers();
}

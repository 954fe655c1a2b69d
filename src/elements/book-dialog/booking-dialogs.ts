/**
 * The page's booking popups, one per thing to book: the trigger elements and the floating
 * button open the same dialog for the same service, and closing one keeps its booking element
 * (and so the patient's progress) in the page until the page is left. Nothing is stored.
 */
import '../book-service/book-service.js';
import '../book-variant/book-variant.js';
import type { Messages } from '../../i18n/localization.js';
import { CircleBookDialog } from './book-dialog.js';

export interface BookingTarget {
  kind: 'service' | 'variant';
  /** The service or variant id. */
  id: string;
  /** Passed to the booking element as attributes: `api-base`, `location-id`, `practitioner-id`, `layout`, `locale`, `prefill-from-url`. */
  attributes?: Record<string, string | undefined>;
  /** The dialog's title. */
  label?: string | undefined;
  /** The clinic's own wording, for the dialog and the booking element in it. */
  messages?: Messages | undefined;
}

const dialogs = new Map<string, CircleBookDialog>();

/** Opens the booking dialog for `target`, made on first use; focus returns to `opener` on close. */
export function openBookingDialog(target: BookingTarget, opener?: HTMLElement | null): CircleBookDialog {
  // One popup per place and practitioner too: "Book with Anna" and "Book with Jonas" each keep their own.
  const key = `${target.kind}:${target.id}:${target.attributes?.['location-id'] ?? ''}:${target.attributes?.['practitioner-id'] ?? ''}`;
  let dialog = dialogs.get(key);
  if (!dialog?.isConnected) {
    dialog = createDialog(target);
    dialogs.set(key, dialog);
    // After a booking is made, the next open starts a new one rather than showing the confirmation again.
    const made = dialog;
    made.addEventListener('circle-booking-created', () =>
      made.addEventListener(
        'circle-dialog-closed',
        () => {
          if (dialogs.get(key) === made) dialogs.delete(key);
          made.remove();
        },
        { once: true },
      ),
    );
    document.body.append(dialog);
  }
  if (target.label) dialog.label = target.label;
  dialog.show(opener);
  return dialog;
}

function createDialog(target: BookingTarget): CircleBookDialog {
  const dialog = document.createElement('circle-book-dialog');
  const booking = document.createElement(target.kind === 'service' ? 'circle-book-service' : 'circle-book-variant');
  booking.setAttribute(`${target.kind}-id`, target.id);
  for (const [name, value] of Object.entries(target.attributes ?? {})) {
    if (value !== undefined) booking.setAttribute(name, value);
  }
  const locale = target.attributes?.['locale'];
  if (locale) dialog.locale = locale;
  if (target.messages) {
    dialog.messages = target.messages;
    (booking as HTMLElement & { messages?: Messages }).messages = target.messages;
  }
  dialog.append(booking);
  return dialog;
}

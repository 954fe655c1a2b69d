// Demo only: when the patient app is opened without a link, offer a few, since in the demo
// nobody has sent one yet. A clinic's own patient app page would not have this.
import { patientAppUrl } from 'circle-booking/links';

const hint = document.querySelector<HTMLElement>('#demo-links');
if (hint && !new URLSearchParams(location.search).has('circle')) {
  const base = new URL('/patient/', location.href).href;
  const links: Array<[string, string]> = [
    ['Book physiotherapy', patientAppUrl(base, { kind: 'book-service', serviceId: 'svc_physio' })],
    ['Book a check-up with a GP', patientAppUrl(base, { kind: 'book-variant', variantId: 'var_checkup' })],
    // A seeded appointment of the simulator; its token is public demo data.
    ['Maria Schmidt’s physiotherapy appointment', patientAppUrl(base, { kind: 'appointment', appointmentId: 'apt_forms_due', token: 'tok_forms_due_4f1c9a' })],
  ];
  const list = hint.querySelector('ul')!;
  for (const [label, href] of links) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = href;
    link.textContent = label;
    item.append(link);
    list.append(item);
  }
  hint.hidden = false;
}

// How patients reach the clinic, shown when a link doesn't work (cut short by a mail client, say).
const app = document.querySelector('circle-patient-app');
if (app) app.clinic = { name: 'Circle Health Clinic', phone: '+49 30 1234567', email: 'hello@circle-health.example' };

/**
 * <circle-patient-app>: the page a copied link opens. Each story puts its link into the
 * frame's own URL (keeping Storybook's parameters), as a patient's browser would have it.
 */
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/elements/patient-app/patient-app.js';
import { patientAppUrl, type PatientAppTarget } from '../src/links/index.js';
import { seedAppointments } from '../src/mocks/index.js';
import { apiBase, simulate } from './support/simulator.js';

/**
 * Opens `target` in this frame: the story's URL, cleared of an earlier story's link, with this
 * link's parameters added (a string is appended as it is, for links no builder would make).
 */
function open(target?: PatientAppTarget | string): void {
  const here = new URL(location.href);
  here.hash = '';
  for (const name of ['circle', 'service', 'variant', 'location', 'appointment']) here.searchParams.delete(name);
  const url = target === undefined ? here.href : typeof target === 'string' ? `${here.href}${target}` : patientAppUrl(here, target);
  history.replaceState(history.state, '', url);
}

/** A story's setup: its link in the URL and a fresh simulator. */
function withLink(target?: PatientAppTarget | string) {
  return (context: Parameters<ReturnType<typeof simulate>>[0]) => {
    open(target);
    simulate()(context);
  };
}

const render = () => html`<circle-patient-app api-base=${apiBase}></circle-patient-app>`;

export default {
  title: 'Elements/circle-patient-app',
  component: 'circle-patient-app',
  tags: ['autodocs'],
  render,
  parameters: { layout: 'padded', docs: { story: { inline: false } } },
} satisfies Meta;

type Story = StoryObj;

/** A service booking link: the patient still chooses a variant, place and time. */
export const ServiceLink: Story = {
  beforeEach: withLink({ kind: 'book-service', serviceId: 'svc_physio' }),
};

/** A variant booking link, limited to one location. */
export const VariantLink: Story = {
  beforeEach: withLink({ kind: 'book-variant', variantId: 'var_physio_initial', locationId: 'loc_berlin' }),
};

/** An appointment link, with its access token in the fragment. */
export const AppointmentLink: Story = {
  beforeEach: withLink({ kind: 'appointment', appointmentId: seedAppointments.formsDue.id, token: seedAppointments.formsDue.token }),
};

/** The intake-forms link of a booking whose forms are still to fill in. */
export const IntakeFormsLink: Story = {
  beforeEach: withLink({ kind: 'intake-forms', appointmentId: seedAppointments.formsDue.id, token: seedAppointments.formsDue.token }),
};

/** A link whose token was cut off when it was copied. */
export const BrokenLink: Story = {
  beforeEach: withLink(`&circle=appointment&appointment=${seedAppointments.formsDue.id}`),
};

/** The page opened without any link. */
export const NoLink: Story = {
  beforeEach: withLink(),
};

/**
 * The booking flow as end-to-end tests walk it with the mouse: the same patients, the same
 * service steps, the same details form, so a changed label is mended in one place.
 */
import type { Locator } from 'playwright-core';

export interface Patient {
  givenName: string;
  familyName: string;
  email: string;
  phone: string;
  dateOfBirth: string;
}

export const ada: Patient = { givenName: 'Ada', familyName: 'Lovelace', email: 'ada@example.org', phone: '+44 20 7946 0958', dateOfBirth: '1985-12-10' };
export const grace: Patient = { givenName: 'Grace', familyName: 'Hopper', email: 'grace@example.org', phone: '+1 202 555 0143', dateOfBirth: '1976-12-09' };

/** The details form's fields, by their labels, keyed as `Patient` is. */
export function detailFields(booking: Locator): Record<keyof Patient, Locator> {
  return {
    givenName: booking.getByLabel(/first name/i),
    familyName: booking.getByLabel(/last name/i),
    email: booking.getByLabel(/email/i),
    phone: booking.getByLabel(/phone/i),
    dateOfBirth: booking.getByLabel(/date of birth/i),
  };
}

/** The physiotherapy service's first two steps: an initial assessment, at Circle Health Mitte. */
export async function chooseAssessmentAtMitte(booking: Locator): Promise<void> {
  await booking.getByRole('radio', { name: /Initial assessment/ }).check();
  await booking.getByRole('button', { name: 'Continue' }).click();
  await booking.getByRole('radio', { name: /Circle Health Mitte/ }).check();
  await booking.getByRole('button', { name: 'Continue' }).click();
}

/** Types `patient` into the details step. */
export async function fillDetails(booking: Locator, patient: Patient = ada): Promise<void> {
  const fields = detailFields(booking);
  for (const key of Object.keys(fields) as Array<keyof Patient>) await fields[key].fill(patient[key]);
}

/** From the details step: on to the review, confirmed, and waits for the confirmation. */
export async function reviewAndConfirm(booking: Locator): Promise<void> {
  await booking.getByRole('button', { name: 'Review booking' }).click();
  await booking.getByRole('button', { name: 'Confirm booking' }).click();
  await booking.getByRole('heading', { name: 'You’re booked' }).waitFor();
}

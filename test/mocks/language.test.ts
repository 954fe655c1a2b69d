// The simulator's own words (why a service cannot be booked, why cancelling or moving is
// closed, why a link cannot be shared) come in the language Accept-Language asks for.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { seedAppointments } from '../../src/mocks/index.js';
import { languageOf } from '../../src/mocks/language.js';
import { startApiServer, type ApiServer } from '../../src/mocks/http-server.js';
import { now, patientAppBase } from './helpers.js';

let server: ApiServer;
before(async () => {
  server = await startApiServer({ now, patientAppBase });
});
after(() => server.close());

const get = async (path: string, language?: string, token?: string) => {
  const headers: Record<string, string> = {};
  if (language) headers['Accept-Language'] = language;
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(`${server.url}${path}`, { headers });
  assert.equal(response.status, 200, path);
  return response.json();
};

/** Arabic, German, French, Spanish: each has letters no English text has. */
const scripts: Record<string, RegExp> = {
  en: /^[\x20-\x7e’]+$/,
  de: /(bitte|Praxis|Leistung|Termin)/,
  fr: /(cabinet|veuillez|rendez-vous|service)/,
  es: /(clínica|llame|cita|servicio)/,
  ar: /[\u0600-\u06ff]/,
};

describe('the simulator answers in the language asked for', () => {
  for (const language of Object.keys(scripts)) {
    it(`${language}: a paused service, cancelling and moving closed, a cancelled appointment's link`, async () => {
      const hydro = await get('/services/svc_hydro', language);
      const { id, token } = seedAppointments.soon;
      const soon = await get(`/appointments/${id}`, language, token);
      const cancelled = await get(`/share-links/appointment/${seedAppointments.cancelled.id}`, language);
      const reasons = [
        hydro.unavailable.message,
        ...soon.actions.filter((action: { allowed: boolean }) => !action.allowed).map((action: { reason: string }) => action.reason),
        cancelled.unavailable.message,
      ];

      assert.equal(reasons.length, 4, JSON.stringify(reasons));
      for (const reason of reasons) assert.match(reason, scripts[language]!, reason);
      // The clinic's phone number stays as it is written, to be dialled.
      for (const reason of reasons.slice(1, 3)) assert.ok(reason.includes('+49 30 1234567'), reason);
    });
  }

  it('answers in English when no language of ours is asked for', async () => {
    const hydro = await get('/services/svc_hydro', 'ja, zh;q=0.8');
    assert.equal(hydro.unavailable.message, 'Online booking for this service is paused; please call the clinic.');
  });
});

describe('languageOf(Accept-Language)', () => {
  it('takes the first of ours by q-value, by region-less language', () => {
    assert.equal(languageOf('de-CH, en;q=0.5'), 'de');
    assert.equal(languageOf('ja, fr-CA;q=0.4, ar;q=0.9'), 'ar');
    assert.equal(languageOf('es;q=0, fr'), 'fr');
    assert.equal(languageOf(''), 'en');
    assert.equal(languageOf(undefined), 'en');
  });
});

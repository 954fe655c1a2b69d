/** The dashboard's "Check a patient link" field: staff paste a link and read what it does for the patient. */
import { api } from './data.js';
import { h, show } from './dom.js';
import { checkPatientLink, type LinkState } from './link-check.js';

const headlines: Record<LinkState, string> = {
  works: 'Works now',
  'not-ready': 'Not ready to send',
  cancelled: 'The booking is cancelled',
  expired: 'Expired',
  refused: 'Does not work',
  'not-this-clinic': 'Not a link of this clinic',
  damaged: 'Damaged',
  unchecked: 'Not checked',
};

export function mountLinkCheck(region: HTMLElement): void {
  const input = h('input', { id: 'link-to-check', name: 'link', type: 'url', inputmode: 'url', autocomplete: 'off', spellcheck: 'false', required: true });
  const result = h('div', { class: 'link-check__result', role: 'status' });
  const form = h(
    'form',
    { class: 'link-check', novalidate: true },
    h('label', { for: 'link-to-check' }, 'Patient link'),
    h('p', { class: 'hint', id: 'link-hint' }, 'Paste the link you are about to send: it says what the patient will see, before they do.'),
    h('div', { class: 'link-check__row' }, input, h('button', { type: 'submit', class: 'button' }, 'Check')),
    result,
  );
  input.setAttribute('aria-describedby', 'link-hint');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!input.value.trim()) return show(result, h('p', {}, 'Paste a link first.'));
    show(result, h('p', {}, 'Checking…'));
    const verdict = await checkPatientLink(api(), input.value, new URL('/patient/', location.href).href);
    show(
      result,
      h('p', { class: `link-check__state link-check__state--${verdict.state}`, 'data-state': verdict.state }, headlines[verdict.state]),
      verdict.opens && h('p', {}, `Opens: ${verdict.opens}`),
      verdict.reason && h('p', {}, verdict.reason),
      verdict.controls.length > 0 && [
        h('p', {}, 'The patient can:'),
        h(
          'ul',
          {},
          verdict.controls.map((control) => h('li', {}, control)),
        ),
      ],
    );
  });
  show(region, form);
}

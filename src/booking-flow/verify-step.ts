/**
 * The code step: after the API asked to confirm the booker's email, the patient types (or
 * pastes, or lets the phone fill in) the code it sent. A wrong code, an expired one and too many
 * tries each say so, with the way on; "Send a new code" waits out the API's cool-down. The
 * booking and everything typed stay as they are.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '../i18n/localization.js';
import { isolate } from '../i18n/format.js';
import { plural } from '../i18n/plural.js';
import { blockingProblem, canSendCode, resendWait, type CodeStep } from '../flow/code-step.js';
import { codeProblem } from '../ui/describe-error.js';

/** What the code step reads from the flow element and calls back into it. */
export interface VerifyView {
  codeStep: CodeStep;
  /** The clock the step is judged by, ticked by the flow while the step shows. */
  now: number;
  confirmingNow: boolean;
  enterCode(raw: string): void;
  /** Sends the booking again with the typed code. */
  sendCode(): void;
  /** Sends the booking again without a code, so the API sends a new one. */
  resendCode(): void;
  /** Back to the details, to fix the email the code went to. */
  changeEmail(): void;
}

function triesLeft(count: number): string {
  return plural(count, {
    one: () => msg(str`${count} try left.`),
    zero: () => msg(str`${count} tries left.`, { id: 'tries-left.zero' }),
    two: () => msg(str`${count} tries left.`, { id: 'tries-left.two' }),
    few: () => msg(str`${count} tries left.`, { id: 'tries-left.few' }),
    many: () => msg(str`${count} tries left.`, { id: 'tries-left.many' }),
    other: () => msg(str`${count} tries left.`),
  });
}

function resendIn(seconds: number): string {
  return plural(seconds, {
    one: () => msg(str`You can ask for a new code in ${seconds} second.`),
    zero: () => msg(str`You can ask for a new code in ${seconds} seconds.`, { id: 'resend-in.zero' }),
    two: () => msg(str`You can ask for a new code in ${seconds} seconds.`, { id: 'resend-in.two' }),
    few: () => msg(str`You can ask for a new code in ${seconds} seconds.`, { id: 'resend-in.few' }),
    many: () => msg(str`You can ask for a new code in ${seconds} seconds.`, { id: 'resend-in.many' }),
    other: () => msg(str`You can ask for a new code in ${seconds} seconds.`),
  });
}

/** Why the code did not confirm, as a message that says what to do next; nothing while all is well. */
function renderProblem(step: CodeStep, now: number): TemplateResult | typeof nothing {
  const problem = step.problem === 'wrong' ? 'wrong' : blockingProblem(step, now);
  if (!problem) return nothing;
  const code = problem === 'wrong' ? 'verification_code_wrong' : problem === 'expired' ? 'verification_code_expired' : 'verification_attempts_exceeded';
  const [title, body] = codeProblem(code);
  return html`<div class="code-problem" role="alert" data-problem=${problem}>
    <p class="code-problem-title">${title}</p>
    <p>${body}${problem === 'wrong' ? html` ${triesLeft(step.challenge.attemptsLeft)}` : nothing}</p>
  </div>`;
}

export function renderVerifyStep(view: VerifyView): TemplateResult {
  const { codeStep: step, now } = view;
  const { destination, codeLength } = step.challenge;
  const wait = resendWait(step, now);
  const blocked = blockingProblem(step, now);
  const ready = canSendCode(step, now) && !view.confirmingNow;
  const invalid = step.problem === 'wrong' || !!blocked;
  return html`
    <p>${msg(str`We sent a ${codeLength}-digit code to ${isolate(destination)}. Enter it to confirm your booking; it is not made until you do.`)}</p>
    ${renderProblem(step, now)}
    <form class="code-form" novalidate @submit=${(event: Event) => {
      event.preventDefault();
      if (ready) view.sendCode();
    }}>
      <label for="code">${msg('Code')}</label>
      <input
        id="code"
        name="code"
       
        autocomplete="one-time-code"
        inputmode="numeric"
        enterkeyhint="done"
        dir="ltr"
        spellcheck="false"
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby="code-hint"
        .value=${live(step.code)}
        @input=${(event: Event) => view.enterCode((event.target as HTMLInputElement).value)}
      />
      <p id="code-hint" class="hint">${msg(str`${codeLength} digits`)}</p>
    </form>
    <div class="actions" part="actions">
      <button type="button" class="button" @click=${view.changeEmail}>${msg('Change email')}</button>
      <button type="button" class="button primary" part="confirm-button" aria-disabled=${ready ? 'false' : 'true'} @click=${() => ready && view.sendCode()}>
        ${view.confirmingNow ? msg('Booking…') : msg('Confirm booking')}
      </button>
    </div>
    <div class="resend">
      <button
        type="button"
        class="link-button"
       
        aria-disabled=${wait > 0 || view.confirmingNow ? 'true' : 'false'}
        aria-describedby=${wait > 0 ? 'resend-wait' : nothing}
        @click=${() => wait === 0 && !view.confirmingNow && view.resendCode()}
      >${msg('Send a new code')}</button>
      ${wait > 0 ? html`<p id="resend-wait" class="hint">${resendIn(wait)}</p>` : nothing}
    </div>
  `;
}

export const verifyStyles = css`
  .code-form {
    display: grid;
    gap: 0.25rem;
  }
  .code-form label {
    font-weight: 600;
  }
  .code-form input {
    box-sizing: border-box;
    inline-size: min(100%, 12rem);
    min-block-size: max(2.75rem, 44px);
    padding: 0.5rem 0.75rem;
    font: inherit;
    font-size: max(1.25rem, 16px);
    letter-spacing: 0.25em;
    font-variant-numeric: tabular-nums;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .code-form input:focus-visible {
    outline: var(--_focus-ring);
    outline-offset: 2px;
  }
  .code-form input[aria-invalid='true'] {
    border-color: var(--_danger);
    border-width: 2px;
  }
  .code-problem {
    display: grid;
    gap: 0.25rem;
    padding: 0.75rem;
    border-inline-start: 0.25rem solid var(--_danger);
    border-radius: var(--_radius);
  }
  .code-problem-title {
    font-weight: 600;
    color: var(--_danger);
  }
  .resend {
    display: grid;
    gap: 0.25rem;
    justify-items: start;
  }
`;

/**
 * The code that confirms it's them: after the API answers a booking with `verification_required`,
 * the patient types the code it sent, and the booking is sent again with it. A wrong code, an
 * expired one and too many tries each leave a state of their own; asking for a new code waits
 * out the API's cool-down. What the patient typed stays until a new code makes it moot.
 */
import { ProblemError } from '../api/errors.js';
import type { Verification } from '../api/schemas.js';

/** Why the code typed did not confirm the booking. */
export type CodeProblem = 'wrong' | 'expired' | 'too-many';

export interface CodeStep {
  challenge: Verification;
  /** The address the code confirms, as the patient typed it (lower case): a changed address drops the step. Never shown or sent. */
  email: string;
  /** When the API's answer arrived (ms since the epoch): its seconds count from here. */
  receivedAt: number;
  /** The code as typed (digits only). */
  code: string;
  problem?: CodeProblem;
}

const problemOf: Readonly<Record<string, CodeProblem>> = {
  verification_code_wrong: 'wrong',
  verification_code_expired: 'expired',
  verification_attempts_exceeded: 'too-many',
};

/** The code step a failed booking leads to, or undefined when the failure is not about a code. */
export function codeStepAfter(previous: CodeStep | undefined, error: unknown, now: number, email: string): CodeStep | undefined {
  if (!(error instanceof ProblemError) || error.bare) return undefined;
  const challenge = error.details.verification;
  if (!challenge) return undefined;
  if (error.code === 'verification_required') {
    // The same code named again (asked too soon for a new one) keeps what was typed; a new code does not.
    return { challenge, email, receivedAt: now, code: previous?.challenge.id === challenge.id ? previous.code : '' };
  }
  const problem = problemOf[error.code];
  return problem ? { challenge, email, receivedAt: now, code: previous?.code ?? '', problem } : undefined;
}

/**
 * The digits of what was typed, pasted or autofilled ("123 456", "123-456", "Your code: 123456"),
 * at most the code's length.
 */
export function codeDigits(raw: string, length: number): string {
  // NFKC makes full-width digits plain; a phone's keyboard may type Arabic-Indic ones.
  return Array.from(raw.normalize('NFKC').replace(/[^0-9\u0660-\u0669\u06F0-\u06F9]/g, ''), asciiDigit)
    .join('')
    .slice(0, length);
}

function asciiDigit(digit: string): string {
  const code = digit.codePointAt(0)!;
  if (code >= 0x06f0) return String(code - 0x06f0);
  if (code >= 0x0660) return String(code - 0x0660);
  return digit;
}

/** The step with the code typed; a new try clears "wrong", but not "expired" or "too many". */
export function typeCode(step: CodeStep, raw: string): CodeStep {
  const code = codeDigits(raw, step.challenge.codeLength);
  if (code === step.code) return step;
  const { problem, ...rest } = step;
  return problem === 'wrong' ? { ...rest, code } : { ...step, code };
}

/** Seconds until the code expires, counted from the API's answer. */
export function secondsLeft(step: CodeStep, now: number): number {
  return Math.max(0, step.challenge.expiresInSeconds - Math.floor((now - step.receivedAt) / 1000));
}

/** Seconds until "Send a new code" may be used; 0 when it may be now. */
export function resendWait(step: CodeStep, now: number): number {
  return Math.max(0, step.challenge.resendAfterSeconds - Math.floor((now - step.receivedAt) / 1000));
}

/** Why the code cannot be sent now: the API said so, or the clock says it expired. */
export function blockingProblem(step: CodeStep, now: number): CodeProblem | undefined {
  if (step.problem === 'expired' || step.problem === 'too-many') return step.problem;
  return secondsLeft(step, now) === 0 ? 'expired' : undefined;
}

/** Whether the typed code can be sent: complete, and the code still usable. */
export function canSendCode(step: CodeStep, now: number): boolean {
  return step.code.length === step.challenge.codeLength && !blockingProblem(step, now) && step.problem !== 'wrong';
}

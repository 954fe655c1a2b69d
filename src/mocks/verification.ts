/**
 * Codes that confirm a booker's email, as Jane and Doctolib ask of a new patient: the simulator
 * sends one (to its outbox) when an email it has not seen books, and books only once the right
 * code comes back. A code expires, allows a few wrong tries, and a new one can be asked for
 * only after a cool-down.
 */
import type { Verification, VerificationAnswer } from '../api/schemas.js';
import { problem, type SimResult } from './problems.js';

export const codeRules = {
  codeLength: 6,
  validSeconds: 10 * 60,
  resendAfterSeconds: 30,
  attempts: 5,
} as const;

interface Challenge {
  id: string;
  /** The address being confirmed, lower case. */
  email: string;
  code: string;
  sentAt: number;
  attemptsLeft: number;
}

/** What the booking is told: go on, or the problem to answer (with a code to send, when a new one is due). */
export type CodeCheck = { passed: true } | { passed: false; answer: SimResult; send?: { code: string; minutes: number } };

export class VerificationCodes {
  private readonly verified = new Set<string>();
  private challenges = new Map<string, Challenge>();
  private issued = 0;

  /** Whether the address was confirmed with a code before. */
  isVerified(email: string): boolean {
    return this.verified.has(email.toLowerCase());
  }

  clear(): void {
    this.verified.clear();
    this.challenges.clear();
  }

  /**
   * Checks a booking's answer to a code for `email`. With no answer a code is sent, unless one
   * went out less than the cool-down ago: then that one is named again, and nothing is sent.
   */
  check(email: string, answer: VerificationAnswer | undefined, now: number): CodeCheck {
    const address = email.toLowerCase();
    if (!answer) return this.ask(address, now);
    const challenge = this.challenges.get(answer.id);
    if (!challenge || challenge.email !== address) {
      return {
        passed: false,
        answer: problem(422, 'validation', 'Check verification.id.', [
          { field: 'verification.id', message: 'This code was not sent for this email; ask for a new one.' },
        ]),
      };
    }
    if (challenge.attemptsLeft === 0) return this.refuse(403, 'verification_attempts_exceeded', 'Too many wrong codes; ask for a new one.', challenge, now);
    if (now >= challenge.sentAt + codeRules.validSeconds * 1000)
      return this.refuse(410, 'verification_code_expired', 'This code has expired; ask for a new one.', challenge, now);
    if (answer.code !== challenge.code) {
      challenge.attemptsLeft--;
      return challenge.attemptsLeft === 0
        ? this.refuse(403, 'verification_attempts_exceeded', 'Too many wrong codes; ask for a new one.', challenge, now)
        : this.refuse(422, 'verification_code_wrong', 'That code is not the one we sent.', challenge, now);
    }
    this.challenges.delete(challenge.id);
    this.verified.add(address);
    return { passed: true };
  }

  private ask(email: string, now: number): CodeCheck {
    const latest = [...this.challenges.values()].filter((challenge) => challenge.email === email).at(-1);
    if (latest && now < latest.sentAt + codeRules.resendAfterSeconds * 1000) {
      return { passed: false, answer: this.refusal(403, 'verification_required', 'Enter the code we sent to confirm your email.', latest, now) };
    }
    const challenge: Challenge = {
      id: `ver_${String(++this.issued).padStart(4, '0')}`,
      email,
      code: randomCode(),
      sentAt: now,
      attemptsLeft: codeRules.attempts,
    };
    // One live code per address: an older one stops working when a new one is sent.
    if (latest) this.challenges.delete(latest.id);
    this.challenges.set(challenge.id, challenge);
    return {
      passed: false,
      answer: this.refusal(403, 'verification_required', 'Enter the code we sent to confirm your email.', challenge, now),
      send: { code: challenge.code, minutes: codeRules.validSeconds / 60 },
    };
  }

  private refuse(
    status: number,
    code: 'verification_code_wrong' | 'verification_code_expired' | 'verification_attempts_exceeded',
    detail: string,
    challenge: Challenge,
    now: number,
  ): CodeCheck {
    return { passed: false, answer: this.refusal(status, code, detail, challenge, now) };
  }

  private refusal(status: number, code: Parameters<typeof problem>[1], detail: string, challenge: Challenge, now: number): SimResult {
    const result = problem(status, code, detail);
    (result.body as { verification: Verification }).verification = {
      id: challenge.id,
      channel: 'email',
      destination: maskEmail(challenge.email),
      codeLength: codeRules.codeLength,
      expiresInSeconds: Math.max(0, Math.ceil((challenge.sentAt + codeRules.validSeconds * 1000 - now) / 1000)),
      resendAfterSeconds: Math.max(0, Math.ceil((challenge.sentAt + codeRules.resendAfterSeconds * 1000 - now) / 1000)),
      attemptsLeft: challenge.attemptsLeft,
    };
    return result;
  }
}

/** `a•••@example.org`: the first character of the local part, then dots. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  return `${email.slice(0, 1)}•••${email.slice(at)}`;
}

function randomCode(): string {
  const [value] = crypto.getRandomValues(new Uint32Array(1));
  return String(value! % 10 ** codeRules.codeLength).padStart(codeRules.codeLength, '0');
}

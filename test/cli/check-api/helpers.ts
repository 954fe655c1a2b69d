/** Arrange helpers for the checker's tests: run the command line and read its lines. */
import { seedAppointments } from '../../../src/mocks/index.js';
import { runCli } from '../../../src/cli/circle-booking.js';

export interface Run {
  status: number;
  out: string;
  err: string;
  /** The ids of the checks whose line says FAIL, in order. */
  failed: string[];
  passed: string[];
  skipped: string[];
}

export async function run(args: string[]): Promise<Run> {
  let out = '';
  let err = '';
  const status = await runCli(args, { out: (text) => void (out += `${text}\n`), err: (text) => void (err += `${text}\n`) });
  const ids = (mark: string) => [...out.matchAll(new RegExp(`^${mark}  .*\\[([\\w.-]+)\\]`, 'gm'))].map((match) => match[1]!);
  return { status, out, err, failed: ids('FAIL'), passed: ids('PASS'), skipped: ids('SKIP') };
}

/** The staff token the tests' simulators ask for. */
export const staffToken = 'staff-token-for-check-api';

/** Every option, so that every check runs against the simulator's seed. */
export function everything(baseUrl: string): string[] {
  const { expiredLink } = seedAppointments;
  return [
    'check-api',
    baseUrl,
    '--service',
    'svc_physio',
    '--variant',
    'var_physio_initial',
    '--expired-appointment',
    expiredLink.id,
    '--expired-token',
    expiredLink.token,
    '--staff-token',
    staffToken,
    '--origin',
    'https://clinic.example',
    '--writes',
  ];
}

/** The one line of a check, and its details under it. */
export function lineOf(out: string, id: string): string {
  const start = out.split('\n').findIndex((line) => line.endsWith(`[${id}]`) || line.includes(`[${id}]  (`));
  if (start === -1) return '';
  const lines = out.split('\n');
  const details = [];
  for (let i = start + 1; i < lines.length && lines[i]!.startsWith('        '); i += 1) details.push(lines[i]);
  return [lines[start], ...details].join('\n');
}

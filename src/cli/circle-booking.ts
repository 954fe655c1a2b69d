/**
 * The package's command line, `npx circle-booking <command>`. Node only: the build writes it to
 * dist/cli.js on its own, so no browser bundle carries it.
 */
import { checkApi } from './check-api/run.js';
import { checkApiHelp, parseCheckApiArgs, UsageError } from './check-api/options.js';
import { formatHeading, formatResult, formatSummary } from './check-api/report.js';

export interface Output {
  out(text: string): void;
  err(text: string): void;
}

const help = `Usage: circle-booking <command> [options]

Commands:
  check-api <base-url>   check a booking API against the circle-booking contract

Run "circle-booking check-api --help" for its options.
`;

/**
 * Runs the command line; answers the exit status. `signal` interrupts a run: what is left is
 * skipped, but any test booking is still cancelled, and the run counts as failed.
 */
export async function runCli(args: readonly string[], output: Output, signal?: AbortSignal): Promise<number> {
  const [command, ...rest] = args;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    output.out(help);
    return command === undefined ? 2 : 0;
  }
  if (command !== 'check-api') {
    output.err(`circle-booking: unknown command "${command}"\n\n${help}`);
    return 2;
  }
  try {
    const parsed = parseCheckApiArgs(rest);
    if (parsed.help) {
      output.out(checkApiHelp);
      return 0;
    }
    const { options } = parsed;
    if (!options.json) output.out(formatHeading(options.baseUrl));
    const report = await checkApi(options, options.json ? undefined : (result) => output.out(formatResult(result)), signal);
    output.out(options.json ? JSON.stringify(report, null, 2) : formatSummary(report));
    return report.ok && !signal?.aborted ? 0 : 1;
  } catch (error) {
    if (error instanceof UsageError) {
      output.err(`circle-booking check-api: ${error.message}\nRun "circle-booking check-api --help" for the options.`);
      return 2;
    }
    // A defect of the checker itself: say so in one line, never with a stack trace.
    output.err(`circle-booking check-api: the checker failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

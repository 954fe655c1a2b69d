/**
 * The `circle-booking` bin: runs the command line with the process's arguments and streams.
 * The first Ctrl-C (or SIGTERM, as a CI job's time limit sends) stops the checks but lets the
 * run cancel its test bookings; a second one quits at once.
 */
import { runCli } from './circle-booking.js';

const interrupt = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (interrupt.signal.aborted) process.exit(130);
    process.stderr.write('Interrupted: cancelling any test booking, then stopping (press Ctrl-C again to quit now).\n');
    interrupt.abort();
  });
}

process.exitCode = await runCli(
  process.argv.slice(2),
  {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
  },
  interrupt.signal,
);

/** The `circle-booking` bin: runs the command line with the process's arguments and streams. */
import { runCli } from './circle-booking.js';

process.exitCode = await runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
});

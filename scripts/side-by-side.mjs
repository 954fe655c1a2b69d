// Runs npm scripts at the same time and prints each one's output whole once it ends, so the
// logs do not interleave; exits non-zero if any failed. `npm test` runs the package tests
// beside the end-to-end tests this way: the package tests spend most of their time in npm
// installing tarballs and bundlers building, the end-to-end tests waiting on browsers and
// servers, and each fills the other's waits.
import { spawn } from 'node:child_process';

const scripts = process.argv.slice(2);
if (scripts.length === 0) {
  console.error('Usage: node scripts/side-by-side.mjs <npm script> [<npm script> ...]');
  process.exit(2);
}

const runs = scripts.map(
  (script) =>
    new Promise((resolve) => {
      const started = Date.now();
      const child = spawn('npm', ['run', '--silent', script], { stdio: ['ignore', 'pipe', 'pipe'] });
      const output = [];
      child.stdout.on('data', (chunk) => output.push(chunk));
      child.stderr.on('data', (chunk) => output.push(chunk));
      child.on('close', (code, signal) => {
        const seconds = Math.round((Date.now() - started) / 1000);
        process.stdout.write(`\n::: npm run ${script}\n`);
        process.stdout.write(Buffer.concat(output));
        process.stdout.write(`::: npm run ${script}: ${code === 0 ? 'passed' : `failed (${signal ?? code})`} in ${seconds} s\n`);
        resolve(code === 0);
      });
    }),
);

const passed = await Promise.all(runs);
process.exit(passed.every(Boolean) ? 0 : 1);

// `npm start`: builds the bundle, then serves the booking-API simulator over HTTP on 127.0.0.1
// and the demo pages against it, running the built bundle. Prints the URLs; Ctrl+C stops both.
// `npm start -- --port N --api-port N` fixes the demo's and the simulator's ports.
import { parseStartOptions, type StartOptions } from './start-options.js';

const host = '127.0.0.1';

let ports: StartOptions;
try {
  ports = parseStartOptions(process.argv.slice(2));
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}

// The build is silent and takes from seconds to a minute or more on a busy machine: say so at
// once, and every so often while it runs, so nobody takes it for a hang.
const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(0);
console.log('Building the library into dist/ (up to a minute on a busy machine)…');
// Imported after saying so: loading vite alone takes seconds on a busy machine.
const { buildBundle, freePort, startDemoSite } = await import('./demo-server.js');
const { startApiServer } = await import('../src/mocks/http-server.js');
const ticker = setInterval(() => console.log(`  still building… ${seconds()} s`), 10_000);
try {
  await buildBundle();
} finally {
  clearInterval(ticker);
}
console.log(`Built dist/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);

const demoPort = ports.port ?? (await freePort(5173, host));
const demoUrl = `http://${host}:${demoPort}/`;
// A new patient's email is confirmed with a code, as a real clinic may ask; the code arrives in the Outbox.
const api = await startApiServer({ host, port: ports.apiPort ?? (await freePort(4010, host)), patientAppBase: `${demoUrl}patient/`, verifyNewEmails: true });
const demo = await startDemoSite({ apiBase: api.url, host, port: demoPort, reload: true });

console.log(`
circle-booking demo:   ${demo.url}
  clinic website       ${demo.url}
  staff dashboard      ${demo.url}staff/
  patient app          ${demo.url}patient/
Booking API simulator: ${api.url}
`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void Promise.allSettled([demo.close(), api.close()]).then(() => process.exit(0)));
}

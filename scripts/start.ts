// `npm start`: builds the bundle, then serves the booking-API simulator over HTTP on 127.0.0.1
// and the demo pages against it, running the built bundle. Prints the URLs; Ctrl+C stops both.
// `npm start -- --port N --api-port N` fixes the demo's and the simulator's ports.
import { startApiServer } from '../src/mocks/http-server.js';
import { buildBundle, freePort, startDemoSite } from './demo-server.js';
import { parseStartOptions, type StartOptions } from './start-options.js';

const host = '127.0.0.1';

let ports: StartOptions;
try {
  ports = parseStartOptions(process.argv.slice(2));
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}

const started = performance.now();
await buildBundle();
console.log(`Built dist/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);

const demoPort = ports.port ?? (await freePort(5173, host));
const demoUrl = `http://${host}:${demoPort}/`;
const api = await startApiServer({ host, port: ports.apiPort ?? (await freePort(4010, host)), patientAppBase: `${demoUrl}patient/` });
const demo = await startDemoSite({ apiBase: api.url, host, port: demoPort, reload: true });

console.log(`
circle-booking demo:   ${demo.url}
  clinic website       ${demo.url}
  staff dashboard      ${demo.url}staff/
  patient app          ${demo.url}patient/
Booking API simulator: ${api.url}
`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    await Promise.allSettled([demo.close(), api.close()]);
    process.exit(0);
  });
}

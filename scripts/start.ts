// `npm start`: builds the bundle, then serves the booking-API simulator over HTTP on 127.0.0.1
// and the demo pages against it, running the built bundle. Prints the URLs; Ctrl+C stops both.
import { createServer as createNetServer } from 'node:net';
import { startApiServer } from '../src/mocks/http-server.js';
import { buildBundle, startDemoSite } from './demo-server.js';

const host = '127.0.0.1';

/** The preferred port when it is free, else any free one, so a second checkout still starts. */
function freePort(preferred: number): Promise<number> {
  return new Promise((resolve) => {
    const probe = createNetServer();
    probe.once('error', () => resolve(freePort(0)));
    probe.listen(preferred, host, () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

const started = performance.now();
await buildBundle();
console.log(`Built dist/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);

const demoPort = await freePort(5173);
const demoUrl = `http://${host}:${demoPort}/`;
const api = await startApiServer({ host, port: await freePort(4010), patientAppBase: `${demoUrl}patient/` });
const demo = await startDemoSite({ apiBase: api.url, host, port: demoPort });

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

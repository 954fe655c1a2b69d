// `npm start`: the booking-API simulator over HTTP on 127.0.0.1 and the demo pages served by
// vite against it. Prints both URLs; Ctrl+C stops both.
import { createServer as createNetServer } from 'node:net';
import { createServer } from 'vite';
import { startApiServer } from '../src/mocks/http-server.js';

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

const demoPort = await freePort(5173);
const demoUrl = `http://${host}:${demoPort}/`;
const api = await startApiServer({ host, port: await freePort(4010), patientAppBase: `${demoUrl}patient/` });
const demo = await createServer({
  configFile: false,
  root: 'demo',
  server: { host, port: demoPort, strictPort: true },
  define: { 'import.meta.env.VITE_CIRCLE_API_BASE': JSON.stringify(api.url) },
  logLevel: 'warn',
});
await demo.listen();

console.log(`circle-booking demo:   ${demoUrl}`);
console.log(`Booking API simulator: ${api.url}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    await Promise.allSettled([demo.close(), api.close()]);
    process.exit(0);
  });
}

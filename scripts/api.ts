// Serves the booking-API simulator over HTTP:
// `npm run api -- --port N [--host 127.0.0.1] [--patient-app-base URL] [--now ISO] [--latency MS]
// [--rate-limit REQUESTS_PER_MINUTE] [--hold-seconds N]`.
import { parseArgs } from 'node:util';
import { startApiServer, type ApiServerOptions } from '../src/mocks/http-server.js';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4010' },
    host: { type: 'string', default: '127.0.0.1' },
    'patient-app-base': { type: 'string' },
    now: { type: 'string' },
    latency: { type: 'string' },
    'rate-limit': { type: 'string' },
    'hold-seconds': { type: 'string' },
  },
  strict: true,
});

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65_535) fail(`--port must be 0..65535, not ${values.port}`);
const options: ApiServerOptions = { port, host: values.host };
if (values['patient-app-base']) {
  if (!URL.canParse(values['patient-app-base'])) fail(`--patient-app-base must be an absolute URL, not ${values['patient-app-base']}`);
  options.patientAppBase = values['patient-app-base'];
}
if (values.now) {
  const now = new Date(values.now);
  if (Number.isNaN(now.getTime())) fail(`--now must be an ISO instant, not ${values.now}`);
  options.now = now;
}
if (values.latency) {
  const latencyMs = Number(values.latency);
  if (!Number.isInteger(latencyMs) || latencyMs < 0) fail(`--latency must be a whole number of milliseconds, not ${values.latency}`);
  options.latencyMs = latencyMs;
}

if (values['rate-limit']) {
  const requests = Number(values['rate-limit']);
  if (!Number.isInteger(requests) || requests < 1) fail(`--rate-limit must be a whole number of requests per minute, not ${values['rate-limit']}`);
  options.rateLimit = { requests, windowSeconds: 60 };
}

if (values['hold-seconds']) {
  const seconds = Number(values['hold-seconds']);
  if (!Number.isInteger(seconds) || seconds < 1) fail(`--hold-seconds must be a whole number of seconds, not ${values['hold-seconds']}`);
  // Short holds show a hold ending without waiting ten minutes.
  options.holdSeconds = seconds;
}

const server = await startApiServer(options);
console.log(`Booking API simulator on ${server.url}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}

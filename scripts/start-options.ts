// `npm start -- --port N --api-port N`: the ports of the demo site and the booking-API simulator.
// Left out, each takes its usual port (5173, 4010) or, where that is taken, any free one; given,
// it is that port or an error.
import { parseArgs } from 'node:util';

export interface StartOptions {
  /** The demo site's port, when asked for one. */
  port?: number;
  /** The simulator's port, when asked for one. */
  apiPort?: number;
}

function portOf(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const port = Number(text);
  if (!/^\d+$/.test(text) || port < 1 || port > 65_535) throw new Error(`--${name} must be a port number from 1 to 65535, not "${text}".`);
  return port;
}

export function parseStartOptions(args: string[]): StartOptions {
  const { values } = parseArgs({ args, options: { port: { type: 'string' }, 'api-port': { type: 'string' } }, strict: true });
  const port = portOf('port', values.port);
  const apiPort = portOf('api-port', values['api-port']);
  if (port !== undefined && port === apiPort) throw new Error('--port and --api-port must differ.');
  return { ...(port !== undefined && { port }), ...(apiPort !== undefined && { apiPort }) };
}

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseStartOptions } from '../../scripts/start-options.js';

describe('npm start’s options', () => {
  it('takes the demo’s and the simulator’s ports', () => {
    assert.deepEqual(parseStartOptions(['--port', '8080', '--api-port', '9090']), { port: 8080, apiPort: 9090 });
    assert.deepEqual(parseStartOptions(['--port=8081']), { port: 8081 });
  });

  it('leaves both to their defaults when not given', () => {
    assert.deepEqual(parseStartOptions([]), {});
  });

  it('refuses what is not a port, the same port twice, and unknown options', () => {
    assert.throws(() => parseStartOptions(['--port', 'abc']), /--port must be a port number/);
    assert.throws(() => parseStartOptions(['--api-port', '70000']), /--api-port must be a port number/);
    assert.throws(() => parseStartOptions(['--port', '0']), /--port must be a port number/);
    assert.throws(() => parseStartOptions(['--port', '8080', '--api-port', '8080']), /must differ/);
    assert.throws(() => parseStartOptions(['--prot', '8080']), /Unknown option/);
  });
});

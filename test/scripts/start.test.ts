import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';

describe('npm start', () => {
  it('says at once that it is building, long before the build is done', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const started = performance.now();
    try {
      const first = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('npm start printed nothing in 8 s')), 8_000);
        child.stdout.setEncoding('utf8').once('data', (text: string) => {
          clearTimeout(timer);
          resolve(text);
        });
        child.once('exit', (code) => reject(new Error(`npm start ended (${code}) before printing anything`)));
      });

      assert.match(first, /^Building /);
      assert.ok(performance.now() - started < 8_000);
    } finally {
      child.kill('SIGTERM');
    }
  });
});

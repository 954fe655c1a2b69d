import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { startApiServer, type ApiServer } from '../../../src/mocks/http-server.js';
import { seedData } from '../../../src/mocks/index.js';
import { everything, run, staffToken } from './helpers.js';

describe('check-api against the simulator over HTTP', () => {
  let api: ApiServer;
  before(async () => {
    api = await startApiServer({ staffToken, rateLimit: { requests: 120, windowSeconds: 60 } });
  });
  after(() => api.close());

  it('passes every check, writes and rate limit included, and exits 0', async () => {
    const result = await run([...everything(api.url), '--rate-limit', '--rate-limit-requests', '200']);

    assert.equal(result.status, 0, result.out);
    assert.deepEqual(result.failed, []);
    assert.deepEqual(result.skipped, []);
    assert.deepEqual(result.passed.sort(), [
      'cache.appointment',
      'cache.booking',
      'cache.staff-appointments',
      'cors.answer',
      'cors.appointment',
      'cors.booking',
      'cors.change',
      'cors.error',
      'hold.create',
      'hold.refused',
      'hold.release',
      'hold.replay',
      'problem.appointment-not-found',
      'problem.service-not-found',
      'problem.variant-not-found',
      'rate-limit',
      'shape.appointment',
      'shape.availability',
      'shape.availability-practitioner',
      'shape.service',
      'shape.services',
      'shape.share-link',
      'shape.staff-appointments',
      'shape.variant',
      'token.expired',
      'token.missing',
      'token.wrong',
      'undo.booking',
      'waitlist.join',
      'waitlist.replay',
      'write.cancel',
      'write.cleanup',
      'write.create',
      'write.key-reused',
      'write.replay',
      'write.reschedule',
    ]);
    assert.match(result.out, /\n36 passed, 0 failed, 0 skipped\. /);
    // Every check's id is explained, with its fix, where the failure line sends integrators.
    const guide = readFileSync(new URL('../../../docs/integrating.md', import.meta.url), 'utf8');
    assert.deepEqual(
      result.passed.filter((id) => !guide.includes(`\`${id}\``)),
      [],
    );
  });

  it('leaves no test booking behind', async () => {
    api.simulator.reset();
    const before = api.simulator.state().appointments.filter((appointment) => appointment.status === 'booked').length;

    const result = await run(everything(api.url));

    assert.equal(result.status, 0, result.out);
    const booked = api.simulator.state().appointments.filter((appointment) => appointment.status === 'booked');
    assert.equal(booked.length, before);
    assert.ok(api.simulator.state().appointments.some((appointment) => appointment.patient?.familyName === 'Check-API' && appointment.status === 'cancelled'));
  });

  it('discovers a service and a variant from the list when none is given', async () => {
    api.simulator.reset();

    const result = await run(['check-api', api.url]);

    assert.equal(result.status, 0, result.out);
    assert.ok(
      ['shape.services', 'shape.service', 'shape.variant', 'shape.availability'].every((id) => result.passed.includes(id)),
      result.out,
    );
    assert.match(result.out, /\(service svc_\w+\)/);
    // Without --writes, --origin, a token or --rate-limit those checks say what to give.
    assert.match(result.out, /skipped: give --origin https:\/\/your-clinic\.example/);
    assert.match(result.out, /skipped: no appointment to read: give --appointment and --token, or --writes/);
  });

  it('reads a given appointment with its token', async () => {
    api.simulator.reset();
    const { seedAppointments } = await import('../../../src/mocks/index.js');

    const result = await run(['check-api', api.url, '--appointment', seedAppointments.formsDue.id, '--token', seedAppointments.formsDue.token]);

    assert.equal(result.status, 0, result.out);
    assert.ok(
      ['shape.appointment', 'cache.appointment', 'token.missing', 'token.wrong'].every((id) => result.passed.includes(id)),
      result.out,
    );
  });

  it('prints the same results as JSON with --json', async () => {
    api.simulator.reset();

    const result = await run(['check-api', api.url, '--json']);
    const report = JSON.parse(result.out) as { ok: boolean; summary: { failed: number }; checks: { id: string; status: string }[] };

    assert.equal(result.status, 0);
    assert.equal(report.ok, true);
    assert.equal(report.summary.failed, 0);
    assert.equal(report.checks.find((check) => check.id === 'shape.services')?.status, 'pass');
  });
});

describe('check-api interrupted halfway through its writes', () => {
  it('skips what is left but still cancels its test booking', async () => {
    const api = await startApiServer();
    try {
      const interrupt = new AbortController();
      const { checkApi } = await import('../../../src/cli/check-api/run.js');
      const { formatSummary } = await import('../../../src/cli/check-api/report.js');

      const report = await checkApi(
        { baseUrl: api.url, serviceId: 'svc_physio', variantId: 'var_physio_initial', writes: true },
        (result) => {
          if (result.id === 'write.create') interrupt.abort();
        },
        interrupt.signal,
      );

      const status = Object.fromEntries(report.checks.map((check) => [check.id, check.status]));
      assert.equal(status['write.create'], 'pass');
      assert.equal(status['write.replay'], 'skip');
      assert.equal(status['shape.appointment'], 'skip');
      assert.equal(status['write.cleanup'], 'pass');
      assert.deepEqual(
        api.simulator
          .state()
          .appointments.filter((appointment) => appointment.patient?.familyName === 'Check-API')
          .map((appointment) => appointment.status),
        ['cancelled'],
      );
      assert.match(formatSummary(report), /\nInterrupted: \d+ checks did not run\./);
    } finally {
      await api.close();
    }
  });

  it('from the real process on SIGINT: cancels the booking, exits 1', async () => {
    const api = await startApiServer({ staffToken });
    try {
      const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...everything(api.url)], { stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      let interrupted = false;
      child.stderr.on('data', (chunk: Buffer) => void (err += chunk.toString()));
      const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        if (out.includes('[write.create]') && !interrupted) interrupted = child.kill('SIGINT');
      });

      assert.equal(await exited, 1, out + err);
      assert.match(err, /^Interrupted: cancelling any test booking/);
      assert.match(out, /PASS {2}Clean-up: every booking this run made is cancelled {2}\[write\.cleanup\]/);
      const left = api.simulator
        .state()
        .appointments.filter((appointment) => appointment.patient?.familyName === 'Check-API' && appointment.status === 'booked');
      assert.deepEqual(left, []);
    } finally {
      await api.close();
    }
  });
});

describe('check-api against an API that asks its test patient for a code', () => {
  it("checks the verification problem's shape, then skips the writes saying why", async () => {
    const api = await startApiServer({ verifyNewEmails: true, data: (at) => ({ ...seedData(at), patients: [] }) });
    try {
      const result = await run(everything(api.url));

      assert.deepEqual(result.failed, []);
      assert.ok(result.skipped.includes('write.create'), result.out);
      assert.match(result.out, /asks check-api@example\.com for a code, sent to c•••@example\.com/);
    } finally {
      await api.close();
    }
  });
});

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openApiDocument } from '../../src/api/openapi.js';
import { routes } from '../../src/api/routes.js';

describe('docs/openapi.json', () => {
  it('is what the schemas generate (run `npm run openapi` after changing the contract)', () => {
    const committed = JSON.parse(readFileSync(new URL('../../docs/openapi.json', import.meta.url), 'utf8'));
    assert.deepEqual(committed, JSON.parse(JSON.stringify(openApiDocument())));
  });

  it('documents every route with its method, its Idempotency-Key and its credentials', () => {
    const document = openApiDocument() as { paths: Record<string, Record<string, { parameters: Array<{ name: string }>; security?: unknown }>> };
    for (const [name, route] of Object.entries(routes)) {
      const operation = document.paths[route.path]?.[route.method.toLowerCase()];
      assert.ok(operation, name);
      assert.equal(
        operation.parameters.some((p) => p.name === 'Idempotency-Key'),
        'idempotent' in route,
        name,
      );
      assert.equal(operation.security !== undefined, 'patientToken' in route || 'staff' in route, name);
    }
  });

  it("asks for Cache-Control on every answer that carries a patient's data or token", () => {
    const document = openApiDocument() as { paths: Record<string, Record<string, { responses: Record<string, { headers?: Record<string, unknown> }> }>> };
    const documented = Object.entries(routes)
      .filter(([, route]) =>
        Object.values(document.paths[route.path]![route.method.toLowerCase()]!.responses).some((response) => response.headers?.['Cache-Control']),
      )
      .map(([name]) => name);

    assert.deepEqual(documented, [
      'createBooking',
      'getAppointment',
      'cancelAppointment',
      'rescheduleAppointment',
      'listAppointments',
      'getShareLink',
      'undoBooking',
      'getOutbox',
      'createHold',
      'releaseHold',
      'joinWaitlist',
      'listWaitlist',
    ]);
  });

  it("marks the outbox as the simulator's alone, and no other route", () => {
    const document = openApiDocument() as { paths: Record<string, Record<string, { 'x-simulator-only'?: boolean; tags?: string[] }>> };
    const marked = Object.entries(routes)
      .filter(([, route]) => document.paths[route.path]![route.method.toLowerCase()]!['x-simulator-only'] === true)
      .map(([name]) => name);

    assert.deepEqual(marked, ['getOutbox']);
    assert.deepEqual(document.paths['/outbox']!.get!.tags, ['Simulator only']);
  });

  it('documents the verification problem and what a booking sends back with its code', () => {
    const { components } = openApiDocument() as { components: { schemas: Record<string, { properties: Record<string, unknown> }> } };

    assert.ok(components.schemas.Problem!.properties.verification);
    assert.ok(components.schemas.CreateBookingRequest!.properties.verification);
    assert.ok(components.schemas.CreateBookingRequest!.properties.bookedBy);
  });
});

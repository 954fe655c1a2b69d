// Every TypeScript snippet of the README, compiled with `tsc` (strict) in a fresh app that
// installed the packed package, React 19 and the tools the snippets name, as an integrator
// who copies them would. `npm run build` first (npm test does).
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { consumerProject, root, writeFiles } from './support/consumer.mjs';
import { snippets } from './support/readme.mjs';

const run = promisify(execFile);

const readme = readFileSync(join(root, 'README.md'), 'utf8');
const typed = snippets(readme, ['ts', 'tsx']);

const tsconfig = {
  compilerOptions: {
    target: 'ES2022',
    module: 'ESNext',
    moduleResolution: 'Bundler',
    lib: ['ES2023', 'DOM', 'DOM.Iterable'],
    strict: true,
    jsx: 'react-jsx',
    noEmit: true,
    isolatedModules: true,
    verbatimModuleSyntax: true,
    // The package's own declarations are checked too, not only their use; other packages' are theirs.
    skipLibCheck: false,
    types: ['node'], // the Playwright and msw/node snippets run in Node
  },
  include: ['snippets'],
};

const fileOf = (snippet) => `snippets/line-${snippet.line}.${snippet.language}`;

/**
 * Beyond the README: what circle-booking/react types, and what it refuses. Each
 * `@ts-expect-error` fails the compile when its line is not an error.
 */
const reactTypings = `
import type {} from 'circle-booking/react';
import type { PatientDraft } from 'circle-booking';

const patient: PatientDraft = { givenName: 'Ada' };
export const ok = [
  <circle-book-service service-id="svc_physio" layout="week" prefill-from-url patient={patient} serviceId="svc_physio" />,
  <circle-book-variant variant-id="var_checkup" oncircle-step-changed={(event) => event.detail.step} oncircle-error={(event) => event.detail.code} />,
  <circle-appointment appointment-id="apt_1" token="tok" oncircle-appointment-cancelled={(event) => event.detail.appointmentId} />,
  <circle-share-menu kind="appointment" record-id="apt_1" oncircle-link-copied={(event) => event.detail.url} />,
  <circle-book-dialog label="Book" oncircle-dialog-closed={(event) => event.type}><button slot="trigger">Book</button></circle-book-dialog>,
  <circle-book-button service-id="svc_physio" corner="top-start" offset="5rem">Book</circle-book-button>,
  <circle-patient-app api-base="/booking-api" className="app" />,
];
export const refused = [
  // @ts-expect-error: the event's detail has no such field
  <circle-book-service oncircle-booking-created={(event) => event.detail.patientEmail} />,
  // @ts-expect-error: not a layout
  <circle-book-service layout="grid" />,
  // @ts-expect-error: not a corner
  <circle-book-button corner="middle" />,
  // @ts-expect-error: no such attribute
  <circle-book-service service="svc_physio" />,
  // @ts-expect-error: patient is an object, not a string
  <circle-book-service patient="Ada" />,
];
`;
let project;
/** tsc's report, one line per error, for every snippet at once. */
let report = [];

before(async () => {
  // The tools the snippets import: React for its quick start, msw and Playwright for the simulator's.
  project = await consumerProject(['react@19', 'react-dom@19', '@types/react@19', 'msw@^2.15.0', '@playwright/test@1', '@types/node@20']);
  writeFiles(project.dir, {
    'tsconfig.json': JSON.stringify(tsconfig),
    'snippets/react-typings.tsx': reactTypings,
    ...Object.fromEntries(typed.map((s) => [fileOf(s), s.code])),
  });
  const { stdout } = await run(join(root, 'node_modules/.bin/tsc'), ['-p', project.dir, '--pretty', 'false'], { cwd: project.dir }).catch((error) => error);
  report = String(stdout).split('\n').filter(Boolean);
});

after(() => project?.remove());

describe('circle-booking/react', () => {
  it('types the attributes, properties and on<event> handlers of every element in JSX', () => {
    assert.deepEqual(
      report.filter((line) => line.startsWith('snippets/react-typings')),
      [],
    );
  });
});

describe('the README', () => {
  it('has the snippets this test compiles', () => {
    assert.ok(
      typed.some((s) => s.language === 'tsx' && s.code.includes('<circle-book-service')),
      'the React quick start',
    );
    assert.ok(
      typed.some((s) => s.code.includes("import 'circle-booking/elements/book-service'") && s.code.includes('event.detail')),
      'the bundler quick start',
    );
  });

  it('leaves tsc nothing to report elsewhere', () => {
    assert.deepEqual(
      report.filter((line) => !line.startsWith('snippets/line-') && !line.startsWith('snippets/react-typings')),
      [],
    );
  });

  for (const snippet of typed) {
    it(`compiles its ${snippet.language} snippet at line ${snippet.line}`, () => {
      // One program for all snippets: each test reports its own file's errors, and the package's.
      const errors = report.filter((line) => line.startsWith(fileOf(snippet)) || line.includes('node_modules/circle-booking/'));

      assert.deepEqual(errors, []);
    });
  }
});

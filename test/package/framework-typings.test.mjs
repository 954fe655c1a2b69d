// circle-booking/vue and circle-booking/svelte, checked by the frameworks' own checkers
// (vue-tsc, svelte-check) in a fresh app that installed the packed package: the README's Vue and
// Svelte snippets, and templates the typings must accept and refuse. `npm run build` first.
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

const tsconfig = {
  compilerOptions: {
    target: 'ES2022',
    module: 'ESNext',
    moduleResolution: 'Bundler',
    lib: ['ES2023', 'DOM', 'DOM.Iterable'],
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    verbatimModuleSyntax: true,
  },
};

let project;

before(async () => {
  project = await consumerProject(['vue@3', 'vue-tsc@3', 'svelte@5', 'svelte-check@4', 'typescript@5']);
});

after(() => project?.remove());

/** Runs a checker from the app's own node_modules; its report, whatever its exit code. */
async function check(command, args, cwd) {
  const { stdout = '', stderr = '' } = await run(join(project.dir, 'node_modules/.bin', command), args, { cwd, maxBuffer: 1 << 24 }).catch((error) => error);
  return `${stdout}${stderr}`;
}

describe('circle-booking/vue', () => {
  it('types the README snippet and the elements in templates for vue-tsc', async () => {
    const [snippet] = snippets(readme, ['vue']);
    assert.ok(snippet, 'the README has its Vue snippet');
    const dir = writeFiles(join(project.dir, 'vue'), {
      'tsconfig.json': JSON.stringify({ ...tsconfig, include: ['*.vue'] }),
      'Readme.vue': snippet.code,
      'Typings.vue': `<script setup lang="ts">
import 'circle-booking';
import type {} from 'circle-booking/vue';
</script>
<template>
  <circle-book-variant variant-id="var_checkup" layout="week" :patient="{ givenName: 'Ada' }" @circle-step-changed="(event) => event.detail.step" />
  <circle-appointment appointment-id="apt_1" :token="'tok'" @circle-appointment-cancelled="(event) => event.detail.appointmentId" />
  <circle-share-menu kind="appointment" record-id="apt_1" @circle-link-copied="(event) => event.detail.url" />
  <!-- @vue-expect-error the event's detail has no such field -->
  <circle-book-service @circle-booking-created="(event) => event.detail.patientEmail" />
  <!-- @vue-expect-error not a layout -->
  <circle-book-service layout="grid" />
</template>
`,
    });

    const report = await check('vue-tsc', ['--noEmit', '-p', 'tsconfig.json'], dir);

    assert.equal(report.trim(), '');
  });
});

describe('circle-booking/svelte', () => {
  it('types the README snippet and the elements in markup for svelte-check', async () => {
    const [snippet] = snippets(readme, ['svelte']);
    assert.ok(snippet, 'the README has its Svelte snippet');
    const dir = writeFiles(join(project.dir, 'svelte'), {
      'tsconfig.json': JSON.stringify({ ...tsconfig, include: ['*.svelte'] }),
      'Readme.svelte': snippet.code,
      'Typings.svelte': `<script lang="ts">
  import 'circle-booking';
  import type {} from 'circle-booking/svelte';
</script>

<circle-book-variant variant-id="var_checkup" layout="week" patient={{ givenName: 'Ada' }} oncircle-step-changed={(event) => event.detail.step}></circle-book-variant>
<circle-share-menu kind="appointment" record-id="apt_1" oncircle-link-copied={(event) => event.detail.url}></circle-share-menu>
`,
      'Refused.svelte': `<script lang="ts">
  import 'circle-booking';
  import type {} from 'circle-booking/svelte';
</script>

<circle-book-service oncircle-booking-created={(event) => event.detail.patientEmail}></circle-book-service>
<circle-book-service layout="grid"></circle-book-service>
`,
    });

    const report = await check('svelte-check', ['--tsconfig', './tsconfig.json', '--output', 'machine'], dir);
    const errors = report.split('\n').filter((line) => /\bERROR\b/.test(line));

    assert.deepEqual(
      errors.filter((line) => !line.includes('Refused.svelte')),
      [],
    );
    const refused = errors.filter((line) => line.includes('Refused.svelte'));
    assert.equal(refused.length, 2, `both refusals:\n${errors.join('\n')}`);
    assert.match(refused[0], /'patientEmail' does not exist on type 'BookingCreatedDetail'/);
    assert.match(refused[1], /grid.*is not assignable/);
  });
});

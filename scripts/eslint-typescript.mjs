/**
 * typescript-eslint reads types through TypeScript's compiler API, which TypeScript 7 (the
 * project's compiler, native) does not have yet; it supports TypeScript up to 6.0. So the
 * linter alone runs on TypeScript 6.0, installed as `typescript-6`: this module, imported
 * first by eslint.config.js, sends the linter's `require('typescript')` there. Typecheck and
 * build keep TypeScript 7. Drop it (and `typescript-6`, and the `$typescript` overrides in
 * package.json) once typescript-eslint runs on the project's TypeScript.
 */
import Module, { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === 'typescript' || request.startsWith('typescript/')) return require.resolve(request.replace('typescript', 'typescript-6'));
  return resolve.call(this, request, ...rest);
};

// Writes docs/openapi.json from the contract in src/api: `npm run openapi`.
import { writeFileSync } from 'node:fs';
import { openApiDocument } from '../src/api/openapi.js';

const file = new URL('../docs/openapi.json', import.meta.url);
writeFileSync(file, `${JSON.stringify(openApiDocument(), null, 2)}\n`);
console.log(`Wrote ${file.pathname}`);

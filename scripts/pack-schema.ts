// Writes docs/factpack.schema.json from lib/pack/schema.ts (a test checks it is up to date).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packJsonSchema } from '../lib/pack/json-schema';

const out = join(import.meta.dirname, '..', 'docs', 'factpack.schema.json');
writeFileSync(out, `${JSON.stringify(packJsonSchema(), null, 2)}\n`);
// Formatted as the linter wants it, so the committed file passes `npm run lint`.
execFileSync('npx', ['biome', 'format', '--write', out], { stdio: 'ignore' });
console.log(`wrote ${out}`);

import 'reflect-metadata';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApiModule } from '@jazari/api';
import { loadConfig } from '@jazari/config';
import { previewOpenApiDocument } from '@jazari/http';
import { generateApiTypes } from './lib/api-types.js';

/**
 * `npm run web:api-types`: writes the web app's client types, generated from the API's OpenAPI document
 * (apps/web/src/api/schema.d.ts). `--check` writes nothing and exits 1 when the committed file differs (CI).
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = path.join(root, 'apps', 'web', 'src', 'api');
const check = process.argv.includes('--check');

// Preview mode connects to nothing (these addresses are never dialled); the configuration must be valid.
const config = loadConfig({
  NODE_ENV: 'test',
  DATABASE_URL: 'postgres://preview@127.0.0.1:1/preview',
  REDIS_URL: 'redis://127.0.0.1:1',
});
const document = await previewOpenApiDocument(ApiModule.forRoot(config));
const files = { 'schema.d.ts': await generateApiTypes(document) };
let stale = 0;
for (const [name, content] of Object.entries(files)) {
  const file = path.join(out, name);
  let current = '';
  try {
    current = readFileSync(file, 'utf8');
  } catch {
    // not written yet
  }
  if (current === content) continue;
  if (check) {
    stale++;
    process.stderr.write(
      `${path.relative(root, file)} differs from the API: run \`npm run web:api-types\`\n`,
    );
  } else {
    mkdirSync(out, { recursive: true });
    writeFileSync(file, content);
    process.stdout.write(`wrote ${path.relative(root, file)}\n`);
  }
}
if (check && stale === 0) process.stdout.write('the web app’s API types match the API\n');
process.exit(stale > 0 ? 1 : 0);

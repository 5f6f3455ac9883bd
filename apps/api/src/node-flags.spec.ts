import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { API_NODE_FLAGS } from './node-flags.js';

const root = new URL('../../../', import.meta.url);
const read = (file: string): string => readFileSync(new URL(file, root), 'utf8');

describe('the API process flags', () => {
  it('are the same in the container entry point and in npm run start:api', () => {
    const flags = API_NODE_FLAGS.join(' ');
    expect(read('docker/entrypoint.sh')).toContain(`api)     exec node ${flags} dist/apps/api/src/main.js`);
    const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts;
    expect(scripts['start:api']).toBe(`node ${flags} dist/apps/api/src/main.js`);
  });
});

// Orders test files longest first, so that two Jest workers finish together instead of one running a long
// file alone at the end. Jest's own sequencer does this from its cache of last run's durations, which a
// fresh clone (CI) does not have: it then falls back to file size, which says little (the seeded chaos suite
// is small and runs for a minute and a half). This one falls back to the durations recorded in
// test/support/durations.json; a file not listed there (a new one) runs first, as Jest does for files it has
// never timed. `JAZARI_RECORD_DURATIONS=1 npm test` (or any tier) rewrites the file's entries for the files
// that ran. See docs/testing.md.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import TestSequencer from '@jest/test-sequencer';

const durationsFile = fileURLToPath(new URL('./durations.json', import.meta.url));
const rootDir = path.resolve(path.dirname(durationsFile), '../..');

function readDurations() {
  try {
    return JSON.parse(readFileSync(durationsFile, 'utf8'));
  } catch {
    return {};
  }
}

export default class DurationSequencer extends TestSequencer {
  recorded = readDurations();

  time(test) {
    return super.time(test) ?? this.recorded[path.relative(rootDir, test.path)];
  }

  cacheResults(tests, results) {
    super.cacheResults(tests, results);
    if (!process.env.JAZARI_RECORD_DURATIONS) return;
    const durations = readDurations();
    for (const result of results.testResults) {
      if (result.skipped || result.testExecError) continue;
      const { runtime, start, end } = result.perfStats;
      durations[path.relative(rootDir, result.testFilePath)] = Math.round(runtime ?? end - start);
    }
    const sorted = Object.fromEntries(Object.entries(durations).sort(([a], [b]) => a.localeCompare(b)));
    writeFileSync(durationsFile, `${JSON.stringify(sorted, null, 2)}\n`);
  }
}

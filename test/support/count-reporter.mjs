// Prints, at the end of a run, how many tests ran and how many assertions they made (counted by
// test/support/count-assertions.ts in each test file), per Jest project and in total.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export default class CountReporter {
  constructor() {
    // Jest's workers are spawned after the reporters are built, so they inherit this variable.
    this.dir = mkdtempSync(path.join(tmpdir(), 'jazari-test-counts-'));
    process.env.JAZARI_TEST_COUNTS_DIR = this.dir;
  }

  onRunComplete(_contexts, results) {
    const byFile = new Map();
    for (const name of readdirSync(this.dir)) {
      for (const line of readFileSync(path.join(this.dir, name), 'utf8').split('\n')) {
        if (line.trim() === '') continue;
        const entry = JSON.parse(line);
        byFile.set(entry.file, entry);
      }
    }
    rmSync(this.dir, { recursive: true, force: true });
    const projects = new Map();
    let assertions = 0;
    for (const file of results.testResults) {
      const project = file.displayName?.name ?? 'tests';
      const row = projects.get(project) ?? { files: 0, tests: 0, assertions: 0 };
      row.files += 1;
      row.tests += file.numPassingTests + file.numFailingTests;
      row.assertions += byFile.get(file.testFilePath)?.assertions ?? 0;
      projects.set(project, row);
    }
    for (const row of projects.values()) assertions += row.assertions;
    const lines = [...projects].map(
      ([name, row]) => `  ${name}: ${row.files} files, ${row.tests} tests, ${row.assertions} assertions`,
    );
    process.stderr.write(
      `\nTest counts (tests that ran, passed or failed; assertions they made):\n${lines.join('\n')}\n` +
        `  total: ${results.numPassedTests + results.numFailedTests} tests, ${assertions} assertions\n`,
    );
  }
}

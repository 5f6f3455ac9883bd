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
    if (process.env.JAZARI_TEST_PROFILE) this.printProfile(results, byFile);
    process.stderr.write(
      `\nTest counts (tests that ran, passed or failed; assertions they made):\n${lines.join('\n')}\n` +
        `  total: ${results.numPassedTests + results.numFailedTests} tests, ${assertions} assertions\n`,
    );
  }

  /**
   * `JAZARI_TEST_PROFILE=1`: per file, Jest's wall time (environment and database clone included), the
   * test file's own wall time and the CPU time of the Jest worker in it, longest first, then the sums.
   */
  printProfile(results, byFile) {
    const rows = results.testResults.map((file) => {
      const entry = byFile.get(file.testFilePath) ?? {};
      const { start, end } = file.perfStats;
      return {
        name: path.relative(process.cwd(), file.testFilePath),
        jest: (end - start) / 1000,
        wall: (entry.wallMs ?? 0) / 1000,
        cpu: (entry.cpuMs ?? 0) / 1000,
      };
    });
    rows.sort((a, b) => b.jest - a.jest);
    const sum = (key) => rows.reduce((total, row) => total + row[key], 0);
    const line = (name, row) =>
      `${row.jest.toFixed(1).padStart(8)} ${row.wall.toFixed(1).padStart(8)} ${row.cpu.toFixed(1).padStart(8)}  ${name}`;
    process.stderr.write(
      `\nPer file, seconds: Jest's wall, the file's wall, the worker's CPU in it\n` +
        rows.map((row) => line(row.name, row)).join('\n') +
        `\n${line('total', { jest: sum('jest'), wall: sum('wall'), cpu: sum('cpu') })}\n`,
    );
  }
}

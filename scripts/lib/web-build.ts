import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The checkout's root (this file runs from dist/scripts/lib). */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const WEB = path.join(ROOT, 'apps', 'web');

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

/** Whether apps/web/dist is missing or older than a source, a public file or the build's configuration. */
export function webBuildIsStale(): boolean {
  const built = path.join(WEB, 'dist', 'index.html');
  if (!existsSync(built)) return true;
  const sources = Math.max(
    newest(path.join(WEB, 'src')),
    newest(path.join(WEB, 'public')),
    statSync(path.join(WEB, 'index.html')).mtimeMs,
    statSync(path.join(WEB, 'vite.config.ts')).mtimeMs,
    statSync(path.join(ROOT, 'package-lock.json')).mtimeMs,
  );
  return sources > statSync(built).mtimeMs;
}

/** Builds the browser app (`npm run build:web`) when it is stale; `npm start` calls it. */
export async function ensureWebBuild(say: (line: string) => void): Promise<void> {
  if (!webBuildIsStale()) return;
  say('building the web app (apps/web)…');
  const vite = path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  await new Promise<void>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [vite, 'build', '--config', path.join(WEB, 'vite.config.ts'), '--logLevel', 'warn'],
      { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] },
    );
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`building the web app failed (exit ${code})`)),
    );
  });
}

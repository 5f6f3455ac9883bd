import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_THEME } from '@mantine/core';
import { theme } from './theme.js';

/**
 * A colour written with an explicit shade (`color="green.9"`, `c="orange.8"`) is the text or the filled
 * background of white text: either way it needs 4.5:1 against white (WCAG AA). The page sweeps only see
 * the states a journey reaches (a badge that appears after enrolment, a warning on /verify), so every such
 * literal in the web app is checked here. Backgrounds (`bg="gray.0"`) are light by intent and skipped.
 */
const SRC = fileURLToPath(new URL('..', import.meta.url));
const palette: Record<string, readonly string[]> = { ...DEFAULT_THEME.colors, ...theme.colors } as never;

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const onWhite = (hex: string) => 1.05 / (luminance(hex) + 0.05);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(join(dir, e.name))
      : /\.tsx?$/.test(e.name) && !/\.spec\./.test(e.name)
        ? [join(dir, e.name)]
        : [],
  );
}

function shadeLiterals(): { where: string; color: string; shade: number }[] {
  const found: { where: string; color: string; shade: number }[] = [];
  for (const file of sources(SRC)) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        for (const m of line.matchAll(/['"]([a-z]+)\.(\d)['"]/g)) {
          if (!(m[1]! in palette)) continue;
          // A background attribute: `bg="gray.0"`, `bg={dragging ? 'jazari.0' : undefined}`.
          if (/\bbg=\{?[^=]*$/.test(line.slice(0, m.index))) continue;
          found.push({ where: `${file.slice(SRC.length)}:${i + 1}`, color: m[1]!, shade: Number(m[2]) });
        }
      });
  }
  return found;
}

describe('colours the web app names by shade', () => {
  it('checks the ratio the way WCAG does (black 21:1, white 1:1, Mantine green 9 4.37:1)', () => {
    expect(onWhite('#000000')).toBeCloseTo(21, 5);
    expect(onWhite('#ffffff')).toBeCloseTo(1, 5);
    expect(onWhite('#2b8a3e')).toBeCloseTo(4.37, 2);
  });

  it('finds the literals (the text and filled colours of the pages)', () => {
    expect(shadeLiterals().length).toBeGreaterThan(10);
  });

  it('gives text and filled backgrounds 4.5:1 against white', () => {
    const short = shadeLiterals()
      .map((l) => ({ ...l, ratio: onWhite(palette[l.color]![l.shade]!) }))
      .filter((l) => l.ratio < 4.5)
      .map((l) => `${l.where} ${l.color}.${l.shade} ${l.ratio.toFixed(2)}:1`);
    expect(short).toEqual([]);
  });
});

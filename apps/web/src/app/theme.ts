import {
  Badge,
  DEFAULT_THEME,
  createTheme,
  type CSSVariablesResolver,
  type MantineColorsTuple,
} from '@mantine/core';

// Jazari green (a deep, readable green; 4.5:1 on white from shade 7), with gold as the accent.
const jazari: MantineColorsTuple = [
  '#e7f6f0',
  '#d2ebe1',
  '#a5d6c2',
  '#74c0a1',
  '#4cad86',
  '#33a175',
  '#239a6c',
  '#0b6e4f',
  '#0a5f44',
  '#034a34',
];

/**
 * The darkest shade of a colour is the one a page names for white text on it or for text on white, and
 * the library's green 9 (4.37:1) and orange 9 (4.30:1) fall short of 4.5:1 (contrast.spec.ts checks every
 * shade the pages name). Darker, same hue.
 */
const darkest = (color: 'green' | 'orange', shade: string): MantineColorsTuple =>
  [...DEFAULT_THEME.colors[color].slice(0, 9), shade] as unknown as MantineColorsTuple;

export const theme = createTheme({
  // A person who asks their system for less motion gets dialogs and menus without transitions.
  respectReducedMotion: true,
  primaryColor: 'jazari',
  primaryShade: 7,
  colors: { jazari, green: darkest('green', '#1c6a2c'), orange: darkest('orange', '#b03d0a') },
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  defaultRadius: 'md',
  cursorType: 'pointer',
  focusRing: 'auto',
  components: {
    // Capitals shout in French and mean nothing in Arabic: badges keep the case they are written in.
    Badge: Badge.extend({ styles: { label: { textTransform: 'none' } } }),
  },
});

/**
 * Contrast (WCAG AA, 4.5:1): the library's secondary text (gray 6) and the text of its light and outline
 * badges, buttons and alerts fall short on white; these shades pass on white and on their own light
 * backgrounds. Given to MantineProvider, so they come after the library's own variables.
 */
const TEXT_SHADES: Record<string, string> = {
  orange: '#963606',
  red: '#a11818',
  yellow: '#6e4a00',
  blue: '#134e9c',
  grape: '#74258a',
  green: '#1c6a2c',
  teal: '#0a6354',
  cyan: '#0a5f70',
  violet: '#5529a8',
  indigo: '#303c9e',
  gray: '#454e57',
  jazari: '#08553d',
};

export const contrastVariables: CSSVariablesResolver = () => ({
  variables: {},
  dark: {},
  light: {
    '--mantine-color-dimmed': '#5c6670',
    // Field messages: the default error red (red 6, 3.3:1 on white) is too light.
    '--mantine-color-error': 'var(--mantine-color-red-8)',
    ...Object.fromEntries(
      Object.entries(TEXT_SHADES).flatMap(([color, shade]) => [
        [`--mantine-color-${color}-light-color`, shade],
        [`--mantine-color-${color}-outline`, shade],
      ]),
    ),
  },
});

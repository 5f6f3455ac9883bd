import { Badge, createTheme, type MantineColorsTuple } from '@mantine/core';

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

export const theme = createTheme({
  primaryColor: 'jazari',
  primaryShade: 7,
  colors: { jazari },
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

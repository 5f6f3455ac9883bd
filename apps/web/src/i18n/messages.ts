import { ns } from './messages/catalog';
import { currentLocale, type Locale } from './locale';
import type { MessageKey } from './messages/fr';

export type Messages = Readonly<Record<MessageKey, string>>;
type Some = Readonly<Record<string, string>>;

/**
 * The web app's messages arrive in pieces, so the sign-in and home pages download only what they show:
 * each language's `core` (common, auth, shell, nav, role, home, ui) at start, and a page's own namespace
 * with the page (`page(load, ['projects'])` in app/router.tsx). A namespace loaded once stays loaded, in
 * every language the person switches to. A message missing at runtime is a console error (provider.tsx),
 * which the browser journeys fail on: a page that forgets to declare a namespace cannot pass them.
 */
export const PAGE_NAMESPACES = [
  'projects',
  'resources',
  'workshops',
  'inbox',
  'profile',
  'admin',
  'conventions',
  'reports',
  'dashboards',
  'verify',
] as const;
export type PageNamespace = (typeof PAGE_NAMESPACES)[number];

const CORE: Readonly<Record<Locale, () => Promise<Some>>> = {
  fr: () => import('./messages/fr/core').then((m) => m.core),
  ar: () => import('./messages/ar/core').then((m) => m.core),
  en: () => import('./messages/en/core').then((m) => m.core),
};

/** Every page namespace of every language, each its own chunk (a file exports a const named after it). */
const PAGE_FILES = import.meta.glob<Readonly<Record<string, Some>>>([
  './messages/*/*.ts',
  '!./messages/*/index.ts',
  '!./messages/*/core.ts',
  '!./messages/*/{common,auth,shell,nav,role,home,ui}.ts',
]);

const loads = new Map<string, Promise<Some>>();

function piece(locale: Locale, name: 'core' | PageNamespace): Promise<Some> {
  const key = `${locale}/${name}`;
  let load = loads.get(key);
  if (!load) {
    const file = PAGE_FILES[`./messages/${key}.ts`];
    load =
      name === 'core'
        ? CORE[locale]()
        : file
          ? file().then((m) => ns(name, m[name] ?? {}))
          : Promise.reject(new Error(`no messages for ${key}`));
    // A failed download (a network blip) is tried again next time rather than remembered.
    load.catch(() => loads.delete(key));
    loads.set(key, load);
  }
  return load;
}

/** The namespaces pages have asked for so far. */
const wanted = new Set<PageNamespace>();
let shown: { locale: Locale; messages: Messages; names: ReadonlySet<PageNamespace> } | undefined;
const listeners = new Set<() => void>();

/** Core plus every wanted namespace in `locale`; asks again if a page wanted more while it loaded. */
async function catalogue(locale: Locale): Promise<{ messages: Messages; names: Set<PageNamespace> }> {
  for (;;) {
    const names = [...wanted];
    const parts = await Promise.all([piece(locale, 'core'), ...names.map((n) => piece(locale, n))]);
    if (wanted.size === names.length) {
      return { messages: Object.assign({}, ...parts) as Messages, names: new Set(names) };
    }
  }
}

/** Loads the current language's messages (with every namespace wanted so far) and shows them. */
export async function showLocale(): Promise<void> {
  const locale = currentLocale();
  const { messages, names } = await catalogue(locale);
  if (locale !== currentLocale()) return; // another language was chosen meanwhile: its load shows it
  if (shown?.locale === locale && shown.names.size >= names.size) return; // a later load showed as much
  shown = { locale, messages, names };
  for (const listener of listeners) listener();
}

/** True when `names` are shown in the current language: a page needing them may render now. */
export function namespacesShown(names: readonly PageNamespace[]): boolean {
  const now = shown;
  return now?.locale === currentLocale() && names.every((n) => now.names.has(n));
}

/** Resolves once `names` are shown in the current language (a page waits for this before it renders). */
export async function ensureNamespaces(names: readonly PageNamespace[]): Promise<void> {
  for (const n of names) wanted.add(n);
  // Again if the language changed while loading: the page must show in the language now chosen.
  while (!namespacesShown(names)) await showLocale();
}

export function shownMessages(): { locale: Locale; messages: Messages } | undefined {
  return shown;
}

export function subscribeMessages(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The three languages of Jazari. French is the default; Arabic reads right to left. */
export const LOCALES = ['fr', 'ar', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

export const DIRECTION: Readonly<Record<Locale, 'ltr' | 'rtl'>> = { fr: 'ltr', ar: 'rtl', en: 'ltr' };

/** The Intl locale behind each language: Moroccan conventions (ar-MA: Maghreb month names, Latin digits). */
export const INTL_LOCALE: Readonly<Record<Locale, string>> = { fr: 'fr-MA', ar: 'ar-MA', en: 'en-GB' };

export const NETWORK_TIME_ZONE = 'Africa/Casablanca';

const STORAGE_KEY = 'jazari.locale';
/** A choice not yet saved to the profile survives a reload until it is. */
const PENDING_KEY = 'jazari.locale.pending';

function store(key: string, value: string | undefined): void {
  try {
    if (value === undefined) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, value);
  } catch {
    // storage may be unavailable (private mode): the choice then lasts for this page only
  }
}

function stored(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

let locale: Locale = 'fr';
/** A language the person chose here (`?lang=`, a language menu) that their profile should remember. */
let chosen: Locale | undefined;
const listeners = new Set<() => void>();

/**
 * The language at start-up: `?lang=` on the URL, else the one chosen last in this browser, else the
 * browser's own preference, else French. Once signed in, the profile's language wins unless `?lang=` asked.
 */
export function initialLocale(): Locale {
  const fromUrl = new URLSearchParams(window.location.search).get('lang');
  if (isLocale(fromUrl)) {
    chosen = fromUrl;
    store(PENDING_KEY, fromUrl);
    return fromUrl;
  }
  const pending = stored(PENDING_KEY);
  if (isLocale(pending)) {
    chosen = pending;
    return pending;
  }
  const remembered = stored(STORAGE_KEY);
  if (isLocale(remembered)) return remembered;
  for (const tag of navigator.languages ?? []) {
    const base = tag.slice(0, 2).toLowerCase();
    if (isLocale(base)) return base;
  }
  return 'fr';
}

export function currentLocale(): Locale {
  return locale;
}

export function setLocale(next: Locale): void {
  if (next === locale && document.documentElement.lang === next) return;
  locale = next;
  document.documentElement.lang = next;
  document.documentElement.dir = DIRECTION[next];
  store(STORAGE_KEY, next);
  for (const listener of listeners) listener();
}

export function subscribeLocale(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The person picks a language: shown at once, and remembered on their profile once signed in. */
export function chooseLocale(next: Locale): void {
  chosen = next;
  store(PENDING_KEY, next);
  setLocale(next);
}

/** The choice the profile should remember, if any (kept until `savedChosenLocale`). */
export function chosenLocale(): Locale | undefined {
  return chosen;
}

/** The profile now has the choice. */
export function savedChosenLocale(): void {
  chosen = undefined;
  store(PENDING_KEY, undefined);
}

import { useEffect, useSyncExternalStore, type ReactNode } from 'react';
import { IntlProvider, ReactIntlErrorCode } from 'react-intl';
import { currentLocale, INTL_LOCALE, NETWORK_TIME_ZONE, subscribeLocale, type Locale } from './locale';
import { showLocale, shownMessages, subscribeMessages } from './messages';

export function useLocale(): Locale {
  return useSyncExternalStore(subscribeLocale, currentLocale);
}

/**
 * Messages of the current language (core at start, a page's namespace with the page: messages.ts), dates
 * in Africa/Casablanca. While another language loads, the page keeps the previous one rather than blanking.
 */
export function I18nProvider({ children, fallback }: { children: ReactNode; fallback: ReactNode }) {
  const locale = useLocale();
  const shown = useSyncExternalStore(subscribeMessages, shownMessages);
  useEffect(() => {
    void showLocale();
  }, [locale]);
  if (!shown) return fallback;
  return (
    <IntlProvider
      locale={INTL_LOCALE[shown.locale]}
      defaultLocale="fr-MA"
      messages={shown.messages}
      timeZone={NETWORK_TIME_ZONE}
      onError={(error) => {
        // Never crash a page for a message; but a missing one is a bug the browser journeys fail on
        // (they treat console errors as failures), e.g. a page that forgot to declare its namespace.
        if (error.code === ReactIntlErrorCode.MISSING_TRANSLATION) console.error(`[i18n] ${error.message}`);
        else if (import.meta.env.DEV) console.warn(error.message);
      }}
    >
      {children}
    </IntlProvider>
  );
}

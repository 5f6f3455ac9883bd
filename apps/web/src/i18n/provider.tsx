import { useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import { currentLocale, INTL_LOCALE, NETWORK_TIME_ZONE, subscribeLocale, type Locale } from './locale';
import { loadMessages, type Messages } from './messages';

export function useLocale(): Locale {
  return useSyncExternalStore(subscribeLocale, currentLocale);
}

/**
 * Messages of the current language (loaded on demand), dates in Africa/Casablanca. While another language
 * loads, the page keeps the previous one rather than blanking.
 */
export function I18nProvider({ children, fallback }: { children: ReactNode; fallback: ReactNode }) {
  const locale = useLocale();
  const [loaded, setLoaded] = useState<{ locale: Locale; messages: Messages }>();
  useEffect(() => {
    let live = true;
    void loadMessages(locale).then((messages) => {
      if (live) setLoaded({ locale, messages });
    });
    return () => {
      live = false;
    };
  }, [locale]);
  if (!loaded) return fallback;
  return (
    <IntlProvider
      locale={INTL_LOCALE[loaded.locale]}
      defaultLocale="fr-MA"
      messages={loaded.messages}
      timeZone={NETWORK_TIME_ZONE}
      onError={(error) => {
        // A missing message is a bug the catalogue test catches; never crash a page for it.
        if (import.meta.env.DEV) console.warn(error.message);
      }}
    >
      {children}
    </IntlProvider>
  );
}

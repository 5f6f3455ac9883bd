import { ActionIcon, Menu } from '@mantine/core';
import { IconLanguage } from '@tabler/icons-react';
import { api } from '../../api/client';
import { getSession } from '../../auth/session';
import { meKey } from '../../features/identity/me';
import { useT } from '../../i18n/format';
import { chooseLocale, LOCALES, savedChosenLocale, type Locale } from '../../i18n/locale';
import { useLocale } from '../../i18n/provider';
import { queryClient } from '../query-client';

/** Each language named in itself, so anyone finds theirs whatever the page is in. */
export const LANGUAGE_NAMES: Readonly<Record<Locale, string>> = {
  fr: 'Français',
  ar: 'العربية',
  en: 'English',
};

/** Switches the page's language and, when signed in, remembers it on the profile (e-mails follow it). */
export function LanguageMenu() {
  const t = useT();
  const current = useLocale();
  const pick = (locale: Locale) => {
    chooseLocale(locale);
    if (getSession().status !== 'signed-in') return;
    void api.PATCH('/api/v1/me', { body: { locale } }).then(({ response }) => {
      if (response.ok) savedChosenLocale();
      return queryClient.invalidateQueries({ queryKey: meKey });
    });
  };
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <ActionIcon
          variant="default"
          size="lg"
          aria-label={t('shell.language', { language: LANGUAGE_NAMES[current] })}
        >
          <IconLanguage size={18} aria-hidden />
        </ActionIcon>
      </Menu.Target>
      <Menu.Dropdown>
        {LOCALES.map((locale) => (
          <Menu.Item
            key={locale}
            lang={locale}
            dir={locale === 'ar' ? 'rtl' : 'ltr'}
            onClick={() => pick(locale)}
            aria-current={locale === current ? 'true' : undefined}
            fw={locale === current ? 700 : undefined}
          >
            {LANGUAGE_NAMES[locale]}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}

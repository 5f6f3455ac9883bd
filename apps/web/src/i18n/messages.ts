import type { Locale } from './locale';
import type { MessageKey } from './messages/fr';

export type Messages = Readonly<Record<MessageKey, string>>;

/** Each language's messages are their own chunk: a page loads only the language it shows. */
export function loadMessages(locale: Locale): Promise<Messages> {
  switch (locale) {
    case 'fr':
      return import('./messages/fr').then((m) => m.messages);
    case 'ar':
      return import('./messages/ar').then((m) => m.messages);
    case 'en':
      return import('./messages/en').then((m) => m.messages);
  }
}

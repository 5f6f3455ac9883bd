import type { EventTemplate, Locale } from '../notification.types.js';

export interface RenderedEmail {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

const FOOTER: Record<Locale, string> = {
  fr: 'Jazari — réseau national des centres d’excellence en IA',
  ar: 'الجزري — الشبكة الوطنية لمراكز التميز في الذكاء الاصطناعي',
  en: 'Jazari — national network of AI centres of excellence',
};

function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export function fill(text: string, vars: Readonly<Record<string, string>>): string {
  return text.replace(/\{([a-z_]+)\}/g, (whole, key: string) => vars[key] ?? whole);
}

/** HTML and plain text of one event in one locale; Arabic is laid out right to left. */
export function renderEmail(
  template: EventTemplate,
  locale: Locale,
  vars: Readonly<Record<string, string>>,
  url: string,
): RenderedEmail {
  const subject = fill(template.subject, vars);
  const body = fill(template.body, vars);
  const dir = locale === 'ar' ? 'rtl' : 'ltr';
  const text = `${body}\n\n${template.action}: ${url}\n\n-- \n${FOOTER[locale]}\n`;
  const html =
    `<!doctype html>\n<html lang="${locale}" dir="${dir}"><head><meta charset="utf-8">` +
    `<title>${escapeHtml(subject)}</title></head>` +
    `<body dir="${dir}" style="font-family:sans-serif;text-align:${dir === 'rtl' ? 'right' : 'left'}">` +
    `<p>${escapeHtml(body)}</p>` +
    `<p><a href="${escapeHtml(url)}">${escapeHtml(template.action)}</a></p>` +
    `<hr><p style="color:#666;font-size:12px">${escapeHtml(FOOTER[locale])}</p></body></html>\n`;
  return { subject, text, html };
}

const DIGEST_WORDS: Record<Locale, { subject: string; intro: string; open: string }> = {
  fr: {
    subject: 'Votre résumé Jazari du {day} ({count})',
    intro: 'Voici les nouvelles de vos espaces Jazari depuis votre dernier résumé :',
    open: 'Ouvrir',
  },
  ar: {
    subject: 'ملخص الجزري ليوم {day} ({count})',
    intro: 'إليك مستجدات فضاءاتك في الجزري منذ آخر ملخص:',
    open: 'فتح',
  },
  en: {
    subject: 'Your Jazari digest for {day} ({count})',
    intro: 'Here is what happened in your Jazari spaces since your last digest:',
    open: 'Open',
  },
};

/** One daily digest: a line per item (its title in the person's locale and its link). */
export function renderDigest(
  locale: Locale,
  day: string,
  items: readonly { title: string; url: string }[],
): RenderedEmail {
  const words = DIGEST_WORDS[locale];
  const subject = fill(words.subject, { day, count: String(items.length) });
  const dir = locale === 'ar' ? 'rtl' : 'ltr';
  const text =
    `${words.intro}\n\n` +
    items.map((i) => `- ${i.title}\n  ${i.url}`).join('\n') +
    `\n\n-- \n${FOOTER[locale]}\n`;
  const html =
    `<!doctype html>\n<html lang="${locale}" dir="${dir}"><head><meta charset="utf-8">` +
    `<title>${escapeHtml(subject)}</title></head>` +
    `<body dir="${dir}" style="font-family:sans-serif;text-align:${dir === 'rtl' ? 'right' : 'left'}">` +
    `<p>${escapeHtml(words.intro)}</p><ul>` +
    items
      .map(
        (i) =>
          `<li>${escapeHtml(i.title)} — <a href="${escapeHtml(i.url)}">${escapeHtml(words.open)}</a></li>`,
      )
      .join('') +
    `</ul><hr><p style="color:#666;font-size:12px">${escapeHtml(FOOTER[locale])}</p></body></html>\n`;
  return { subject, text, html };
}

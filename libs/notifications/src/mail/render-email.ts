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

/**
 * The address a person or system opens for a notice: a path of the web app joined to PUBLIC_URL, with the
 * tenant it concerns them in (`?tenant=`), so the app opens it in that tenant when they have several.
 * An absolute link (an invitation's accept link, with its own secret) is kept as it is.
 */
export function publicLink(publicUrl: string, link: string, tenantId: string): string {
  if (/^https?:\/\//.test(link)) return link;
  const separator = link.includes('?') ? '&' : '?';
  return `${publicUrl}${link}${separator}tenant=${encodeURIComponent(tenantId)}`;
}

import { authFetch } from '../api/client';
import { problemFrom } from '../api/problem';

/** The file name a `Content-Disposition` header gives (RFC 6266: `filename*` first, then `filename`). */
export function filenameFrom(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const star = /filename\*\s*=\s*([^']*)''([^;]+)/i.exec(header);
  if (star?.[2]) {
    try {
      return decodeURIComponent(star[2].trim().replace(/^"|"$/g, ''));
    } catch {
      // fall through to the plain name
    }
  }
  const plain = /filename\s*=\s*("([^"]*)"|[^;]+)/i.exec(header);
  const name = plain?.[2] ?? plain?.[1];
  return name ? name.trim() : fallback;
}

/**
 * Downloads a file of the API with the session's token (a plain link would carry none): fetched as a blob,
 * then saved under the name the API gives. A refusal is thrown as the API's problem.
 */
export async function downloadWithSession(path: string, fallbackName: string): Promise<string> {
  const response = await authFetch(new Request(path, { method: 'GET' }));
  if (!response.ok) {
    const body: unknown = await response.json().catch(() => ({}));
    throw problemFrom(response.status, body);
  }
  const blob = await response.blob();
  const name = filenameFrom(response.headers.get('content-disposition'), fallbackName);
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  anchor.style.display = 'none';
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}

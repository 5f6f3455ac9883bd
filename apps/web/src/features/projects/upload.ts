import { networkProblem, problemFrom } from '../../api/problem';
import { bearer, recover } from '../../auth/session';
import { currentLocale } from '../../i18n/locale';
import type { DeliverableFile } from './projects';

/** Types the API accepts for a deliverable file, by extension, when the browser does not name one. */
const BY_EXTENSION: Readonly<Record<string, string>> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  odp: 'application/vnd.oasis.opendocument.presentation',
  zip: 'application/zip',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  csv: 'text/csv',
  txt: 'text/plain',
  md: 'text/markdown',
  json: 'application/json',
  ipynb: 'application/x-ipynb+json',
};

export const ACCEPTED_FILES = Object.keys(BY_EXTENSION)
  .map((e) => `.${e}`)
  .join(',');

export function contentTypeOf(file: File): string {
  const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
  return BY_EXTENSION[extension] ?? (file.type || 'application/octet-stream');
}

function send(
  url: string,
  file: File,
  token: string | undefined,
  onProgress: (percent: number) => void,
): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    if (token) xhr.setRequestHeader('authorization', `Bearer ${token}`);
    xhr.setRequestHeader('content-type', contentTypeOf(file));
    xhr.setRequestHeader('accept-language', currentLocale());
    xhr.withCredentials = true;
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onload = () => {
      let body: unknown = {};
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // not JSON: the status says enough
      }
      resolve({ status: xhr.status, body });
    };
    xhr.onerror = () => reject(networkProblem());
    xhr.send(file);
  });
}

/**
 * Uploads a deliverable's file as the API expects it (the body is the file, with its own Content-Type; the
 * name in `?filename=`), with the session's token, reporting the bytes sent (XMLHttpRequest's upload
 * progress: fetch cannot report it). One recovery on a 401, as every other request of the app.
 */
export async function uploadDeliverableFile(
  projectId: string,
  deliverableId: string,
  file: File,
  onProgress: (percent: number) => void,
): Promise<DeliverableFile> {
  const url = `/api/v1/projects/${projectId}/deliverables/${deliverableId}/files?filename=${encodeURIComponent(file.name)}`;
  const token = await bearer();
  let answer = await send(url, file, token, onProgress);
  if (answer.status === 401 && token) {
    const renewed = await recover();
    if (renewed) {
      onProgress(0);
      answer = await send(url, file, renewed, onProgress);
    }
  }
  if (answer.status < 200 || answer.status >= 300) throw problemFrom(answer.status, answer.body);
  return answer.body as DeliverableFile;
}

import {
  checkedContent,
  unsupportedMediaType,
  type ContentSignature,
  type ProblemException,
} from '@jazari/http';

/**
 * What a deliverable file may be: the accepted types and the check of their first bytes (the shared
 * upload checks are @jazari/http's `upload-content`).
 */
type Signature = ContentSignature;

/** The content types a deliverable file may have, and the check its first bytes must pass. */
export const UPLOAD_CONTENT_TYPES: Readonly<Record<string, Signature>> = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'office-zip',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'office-zip',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'office-zip',
  'application/vnd.oasis.opendocument.text': 'office-zip',
  'application/vnd.oasis.opendocument.spreadsheet': 'office-zip',
  'application/vnd.oasis.opendocument.presentation': 'office-zip',
  'application/zip': 'zip',
  'image/png': 'png',
  'image/jpeg': 'jpeg',
  'text/csv': 'text',
  'text/plain': 'text',
  'text/markdown': 'text',
  'application/json': 'text',
  'application/x-ipynb+json': 'text',
};

export const ALLOWED_UPLOAD_TYPES = Object.keys(UPLOAD_CONTENT_TYPES);

export function notAccepted(contentType: string | undefined, detail: string): ProblemException {
  return unsupportedMediaType(contentType, detail, ALLOWED_UPLOAD_TYPES);
}

/** The signature a declared content type requires; 415 when the type is not one we accept. */
export function signatureFor(contentType: string | undefined): Signature {
  const signature = contentType === undefined ? undefined : UPLOAD_CONTENT_TYPES[contentType];
  if (!signature) {
    throw notAccepted(
      contentType,
      contentType === undefined
        ? 'Send the file with its Content-Type.'
        : `${contentType} is not one of the accepted file types.`,
    );
  }
  return signature;
}

/** The upload's bytes, checked against its declared type as they stream to the store. */
export function checkedUpload(
  source: AsyncIterable<Uint8Array>,
  contentType: string,
  signature: Signature,
): AsyncGenerator<Buffer> {
  return checkedContent(source, signature, () =>
    notAccepted(contentType, `The file's content is not ${contentType}.`),
  );
}

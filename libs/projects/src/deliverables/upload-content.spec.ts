import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { describe, expect, it } from '@jest/globals';
import {
  attachmentDisposition,
  mediaTypeOf,
  ProblemException,
  SNIFF_BYTES,
  uploadFilename,
} from '@jazari/http';
import { checkedUpload, signatureFor } from './upload-content.js';

const PNG_HEAD = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

async function run(type: string, ...parts: Buffer[]): Promise<Buffer> {
  return buffer(Readable.from(checkedUpload(Readable.from(parts), type, signatureFor(type))));
}

async function problemOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'no problem';
  } catch (error) {
    if (!(error instanceof ProblemException)) throw error;
    return `${error.getStatus()} ${error.slug}`;
  }
}

describe('what a deliverable file may be', () => {
  it('accepts the listed types only, whatever the parameters and case', () => {
    expect(mediaTypeOf('Application/PDF; charset=binary')).toBe('application/pdf');
    expect(signatureFor('application/pdf')).toBe('pdf');
    expect(signatureFor('text/csv')).toBe('text');
    expect(() => signatureFor('image/gif')).toThrow(ProblemException);
    expect(() => signatureFor('application/x-msdownload')).toThrow(ProblemException);
    expect(() => signatureFor(undefined)).toThrow(ProblemException);
  });

  it('passes every byte through, in order, when the beginning matches the type', async () => {
    const pdf = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 'x')]);
    expect(
      (await run('application/pdf', pdf.subarray(0, 3), pdf.subarray(3, 1500), pdf.subarray(1500))).equals(
        pdf,
      ),
    ).toBe(true);
    expect((await run('application/pdf', Buffer.from('%PDF-'))).toString()).toBe('%PDF-');
    expect((await run('text/csv', Buffer.from('a,b\n1,2\n'))).toString()).toBe('a,b\n1,2\n');
  });

  it('refuses a file whose first bytes say it is something else, and an empty file', async () => {
    expect(await problemOf(run('application/pdf', PNG_HEAD))).toBe('415 unsupported-media-type');
    expect(await problemOf(run('image/png', Buffer.from('%PDF-1.4')))).toBe('415 unsupported-media-type');
    expect(
      await problemOf(
        run('application/vnd.openxmlformats-officedocument.wordprocessingml.document', Buffer.from('%PDF')),
      ),
    ).toBe('415 unsupported-media-type');
    expect(await problemOf(run('text/plain', PNG_HEAD))).toBe('415 unsupported-media-type');
    expect(await problemOf(run('text/plain', Buffer.alloc(SNIFF_BYTES + 10, 'a'), Buffer.from([0])))).toBe(
      'no problem',
    );
    expect(await problemOf(run('application/pdf'))).toBe('422 empty-file');
  });

  it('takes the name from ?filename= or Content-Disposition, keeping only its last segment', () => {
    expect(uploadFilename('report.pdf', undefined)).toBe('report.pdf');
    expect(uploadFilename(undefined, 'attachment; filename="rapport final.pdf"')).toBe('rapport final.pdf');
    expect(
      uploadFilename(
        undefined,
        `attachment; filename="x.pdf"; filename*=UTF-8''%D8%AA%D9%82%D8%B1%D9%8A%D8%B1.pdf`,
      ),
    ).toBe('تقرير.pdf');
    expect(uploadFilename('../../etc/passwd', undefined)).toBe('passwd');
    expect(uploadFilename('C:\\Users\\a\\evil\u202Efdp.exe', undefined)).toBe('evilfdp.exe');
    expect(() => uploadFilename(undefined, undefined)).toThrow(ProblemException);
    expect(() => uploadFilename('..', undefined)).toThrow(ProblemException);
    expect(() => uploadFilename('a'.repeat(256), undefined)).toThrow(ProblemException);
  });

  it('names a download for every client', () => {
    expect(attachmentDisposition('Évaluation (v2).pdf')).toBe(
      `attachment; filename="_valuation (v2).pdf"; filename*=UTF-8''%C3%89valuation%20%282%29.pdf`.replace(
        '%282%29',
        '%28v2%29',
      ),
    );
    expect(attachmentDisposition('a"b.txt')).toBe(
      `attachment; filename="a_b.txt"; filename*=UTF-8''a%22b.txt`,
    );
  });
});

import { describe, expect, it } from '@jest/globals';
import { deflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';
import { readPdfInfo } from './pdf-info.js';

async function pdfkit(pages: number, info: Record<string, string> = {}): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', info });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  for (let n = 1; n <= pages; n++) {
    if (n > 1) doc.addPage();
    doc.text(`Page ${n}`);
  }
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

/** A PDF 1.5 whose catalog, page tree, pages and info sit in a compressed object stream. */
function withObjectStream(): Buffer {
  const bodies = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>',
    '<< /Type /Page /Parent 2 0 R >>',
    '<< /Type /Page /Parent 2 0 R >>',
    '<< /Title <FEFF0645062A0641> /Producer (Writer \\(v2\\)) /Author 7 0 R >>',
  ];
  let offsets = '';
  let content = '';
  bodies.forEach((b, i) => {
    offsets += `${i + 1} ${content.length} `;
    content += `${b}\n`;
  });
  const packed = deflateSync(Buffer.from(offsets + content, 'latin1'));
  const head = `%PDF-1.5\n6 0 obj\n<< /Type /ObjStm /N 5 /First ${offsets.length} /Filter /FlateDecode /Length ${packed.length} >>\nstream\n`;
  const tail = `\nendstream\nendobj\n7 0 obj\n(Anne \\351crit)\nendobj\ntrailer\n<< /Root 1 0 R /Info 5 0 R >>\n%%EOF\n`;
  return Buffer.concat([Buffer.from(head, 'latin1'), packed, Buffer.from(tail, 'latin1')]);
}

describe('readPdfInfo', () => {
  it("reads pdfkit's page count and info strings, Arabic included", async () => {
    expect(readPdfInfo(await pdfkit(1))).toMatchObject({ pageCount: 1, title: null, producer: 'PDFKit' });
    expect(readPdfInfo(await pdfkit(3, { Title: 'Convention – version 2', Author: 'مركز الجزري' }))).toEqual({
      pageCount: 3,
      title: 'Convention – version 2',
      author: 'مركز الجزري',
      producer: 'PDFKit',
    });
  });

  it('reads objects packed in a compressed object stream, hex and escaped strings, references', () => {
    expect(readPdfInfo(withObjectStream())).toEqual({
      pageCount: 2,
      title: 'متف',
      author: 'Anne écrit',
      producer: 'Writer (v2)',
    });
  });

  it('answers unknown for what it cannot read, never a guess', () => {
    expect(readPdfInfo(Buffer.from('%PDF-1.7\n% v1\n%%EOF\n', 'latin1'))).toEqual({
      pageCount: null,
      title: null,
      author: null,
      producer: null,
    });
    const encrypted = Buffer.from(
      '%PDF-1.4\n1 0 obj\n<< /Type /Pages /Count 4 >>\nendobj\n2 0 obj\n<< /Title (x\\001y) >>\nendobj\ntrailer\n<< /Info 2 0 R /Encrypt 3 0 R >>\n',
      'latin1',
    );
    expect(readPdfInfo(encrypted)).toEqual({ pageCount: 4, title: null, author: null, producer: null });
  });
});

import PDFDocument from 'pdfkit';
import { pdfLine, usePdfFonts } from '@jazari/http';
import { localTime, type WorkshopRow } from '../workshop.types.js';

const KIND_LABEL: Record<string, string> = {
  workshop: 'Atelier — Workshop',
  seminar: 'Séminaire — Seminar',
  co_design: 'Session de co-conception — Co-design session',
  training: 'Formation — Training',
  steering_committee: 'Comité de pilotage — Steering committee',
};

/** A one-page attendance certificate: who attended which workshop, when, organised by whom. */
export function renderAttendanceCertificate(input: {
  workshop: WorkshopRow;
  attendeeName: string;
  checkedInAt: Date;
  registrationId: string;
  generatedAt: Date;
}): Promise<Buffer> {
  const { workshop: w } = input;
  const doc = new PDFDocument({
    size: 'A4',
    margin: 60,
    info: { Title: `Attendance certificate — ${w.title}`, Author: 'Jazari' },
  });
  usePdfFonts(doc); // names and titles may be in Arabic
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.fontSize(20).text('Attestation de participation', { align: 'center' });
  doc.fontSize(14).text('Certificate of attendance', { align: 'center' });
  doc.moveDown(1.5).fontSize(12);
  doc.text('This certifies that / Nous attestons que', { align: 'center' });
  doc.moveDown(0.5).fontSize(16).text(pdfLine(input.attendeeName), { align: 'center' });
  doc.moveDown(0.5).fontSize(12).text('attended / a participé à', { align: 'center' });
  doc.moveDown(0.5).fontSize(15).text(pdfLine(w.title), { align: 'center' });
  doc
    .moveDown(0.3)
    .fontSize(11)
    .text(KIND_LABEL[w.kind] ?? w.kind, { align: 'center' });
  doc.moveDown(1).fontSize(11);
  doc.text(`From / Du: ${localTime(w.startsAt, w.timeZone)}`);
  doc.text(`To / Au: ${localTime(w.endsAt, w.timeZone)}`);
  if (w.venue) doc.text(pdfLine(`Venue / Lieu: ${w.venue}`));
  if (w.onlineUrl) doc.text(`Online / En ligne: ${w.onlineUrl}`);
  doc.text(pdfLine(`Organised by / Organisé par: ${w.organiserName}`));
  doc.text(`Checked in / Présence enregistrée: ${localTime(input.checkedInAt, w.timeZone)}`);
  doc.moveDown(2).fontSize(8);
  doc.text(
    `Workshop ${w.id}, registration ${input.registrationId}. Generated ${input.generatedAt.toISOString()} by Jazari.`,
  );
  doc.end();
  return done;
}

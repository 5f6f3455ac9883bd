import PDFDocument from 'pdfkit';
import { PDF_FONT, pdfLine, usePdfFonts } from '@jazari/http';
import type { EvidenceBundle } from './evidence-verifier.js';

/**
 * The one-page signing certificate: parties, signers and their signing times (UTC), the SHA-256 of the
 * document signed, the evidence chain's head hash and the seal's key id. It summarises the evidence
 * bundle; the bundle, not this page, is what `npm run evidence:verify` checks.
 */
export function renderCertificate(bundle: EvidenceBundle, generatedAt: Date): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    info: { Title: `Signing certificate ${bundle.convention.reference}`, Author: 'Jazari' },
  });
  usePdfFonts(doc); // party, signer names and titles may be in Arabic
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const { convention } = bundle;
  const partyName = new Map(convention.parties.map((p) => [p.tenantId, p.name]));
  const signerName = new Map(bundle.signers.map((s) => [s.id, s.name ?? s.userId]));
  const seal = bundle.seals[bundle.seals.length - 1];
  const head = seal ? bundle.events[seal.headSeq - 1] : bundle.events[bundle.events.length - 1];
  const signedDocuments = new Set(bundle.signatures.map((s) => s.documentSha256));

  doc.fontSize(18).text('Certificat de signature — Signing certificate');
  doc.moveDown(0.5).fontSize(11);
  doc.text(pdfLine(`Convention: ${convention.reference} — ${convention.title}`));
  doc.text(`Status: ${convention.status}    Activated: ${convention.activatedAt ?? '—'} (UTC)`);
  doc.moveDown(0.5).fontSize(13).text('Parties');
  doc.fontSize(10);
  for (const party of convention.parties) doc.text(pdfLine(`• ${party.name} (${party.roleLabel})`));
  doc.moveDown(0.5).fontSize(13).text('Signatures');
  doc.fontSize(10);
  for (const signature of bundle.signatures.filter((s) => !s.cancelledAt)) {
    doc.text(
      pdfLine(
        `• ${signerName.get(signature.signerId) ?? signature.userId} for ${
          partyName.get(signature.partyTenantId) ?? signature.partyTenantId
        } — ${signature.signedAt} (UTC), by ${signature.method}`,
      ),
    );
  }
  doc.moveDown(0.5).fontSize(13).text('Document signed');
  doc.fontSize(9).font('Courier');
  for (const sha of signedDocuments) doc.text(`SHA-256 ${sha}`);
  doc.font(PDF_FONT).moveDown(0.5).fontSize(13).text('Evidence');
  doc.fontSize(9).font('Courier');
  doc.text(`Head: event ${head?.seq ?? '—'}, hash ${head?.hash ?? '—'}`);
  doc.text(`Seal key id: ${seal?.keyId ?? '—'} (Ed25519), sealed ${seal?.sealedAt ?? '—'}`);
  doc.font(PDF_FONT).fontSize(8).moveDown(1);
  doc.text(
    `Generated ${generatedAt.toISOString()}. Check the full evidence with GET /api/v1/conventions/${convention.id}/evidence ` +
      'and `npm run evidence:verify`, and any copy of the document with GET /api/v1/verify/documents/{sha256}.',
  );
  doc.end();
  return done;
}

import { describe, expect, it } from '@jest/globals';
import type { NationalDashboard, PartnerDashboard } from '@jazari/dashboards';
import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { buildReportDocument } from './report-document.js';
import { pdfText, pdfTextItems, type PdfTextItem } from '@jazari/testing';
import { renderReport } from './report.renderer.js';

const L = (fr: string, ar: string, en: string) => ({ fr, ar, en });

const national: NationalDashboard = {
  asOf: '2026-10-01T05:00:00.000Z',
  filters: { from: '2026-07', to: '2026-09' },
  network: { institutes: 3, partners: 2 },
  projects: {
    total: 7,
    byStatus: [
      { key: 'active', label: L('Actif', 'نشط', 'Active'), count: 5 },
      { key: 'draft', count: 2 },
    ],
    byType: [{ key: 'research', count: 7 }],
    byRegion: [
      { key: 'MA-06', label: L('Casablanca-Settat', 'الدار البيضاء سطات', 'Casablanca-Settat'), count: 7 },
    ],
    byPriority: [{ key: 'P1', count: 7 }],
    budgetCommittedMad: '1250000.50',
    budgetSpentMad: '300000.00',
  },
  beneficiaries: { total: 9, startups: 4, smes: 5 },
  conventions: {
    active: 2,
    awaitingSignature: 1,
    expiringWithin90Days: 1,
    byPartner: [
      {
        partnerTenantId: 'p-1',
        name: L('Partenaire Un', 'الشريك', 'Partner One'),
        obligationsTotal: 4,
        obligationsMet: 3,
        obligationsOverdue: 1,
        executedPercent: 75,
      },
    ],
    byRegion: [{ key: 'MA-06', active: 2, awaitingSignature: 1 }],
  },
  resources: {
    byKind: [
      {
        kind: 'compute',
        unit: 'gpu_hours',
        capacity: '1000',
        allocated: '400',
        used: '100',
        usedPercent: 25,
      },
    ],
    byInstitute: [],
    byRegion: [],
  },
  workshops: {
    held: 2,
    participants: 40,
    byKind: [{ key: 'seminar', held: 2, participants: 40 }],
    byRegion: [],
  },
  deliverables: { accepted: 4, acceptedOnTime: 3, onTimePercent: 75 },
  coverage: {
    priorities: [{ code: 'P1', label: L('Santé', 'الصحة', 'Health') }],
    regions: [
      { code: 'MA-06', label: L('Casablanca-Settat', 'الدار البيضاء سطات', 'Casablanca-Settat') },
      { code: 'MA-01', label: L('Tanger', 'طنجة', 'Tangier') },
    ],
    cells: [
      { priority: 'P1', region: 'MA-06', projects: 7, budgetMad: '1250000.50', beneficiaries: 9 },
      { priority: 'P1', region: 'MA-01', projects: 0, budgetMad: '0.00', beneficiaries: 0 },
    ],
  },
  series: [
    {
      month: '2026-07',
      projectsActive: 5,
      projectsStarted: 1,
      budgetCommittedMad: '100.00',
      conventionsSigned: 1,
      workshopsHeld: 1,
      beneficiariesSupported: 2,
      declared: null,
    },
  ],
};

const period = { from: '2026-07', to: '2026-09', label: '2026-Q3' };
const generatedAt = new Date('2026-10-01T06:00:00Z');

async function workbook(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(buffer as unknown as ArrayBuffer);
  return book;
}

describe('report renderers', () => {
  it('writes one sheet per section, with the figures as numbers, and reports each section done', async () => {
    const document = buildReportDocument(
      { scope: 'national', figures: national },
      { locale: 'en', period, generatedAt },
    );
    const seen: number[] = [];
    const xlsx = await renderReport('xlsx', document, (done, total) => {
      seen.push(Math.round((done / total) * 100));
      return Promise.resolve();
    });
    expect(seen.at(-1)).toBe(100);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    const book = await workbook(xlsx);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      'National report',
      'Network',
      'Projects by status',
      'Projects by type',
      'Projects by region',
      'Projects by priority',
      'Budget',
      'Beneficiaries',
      'Conventions',
      'Partner execution',
      'Resources by kind',
      'Resources by institute',
      'Workshops by kind',
      'Workshops by region',
      'Deliverables',
      'Coverage matrix',
      'Monthly series',
    ]);
    const status = book.getWorksheet('Projects by status')!;
    expect(status.getRow(2).values).toEqual([undefined, 'active', 'Active', 5]);
    expect(status.getRow(3).values).toEqual([undefined, 'draft', 'draft', 2]);
    expect(book.getWorksheet('Budget')!.getRow(2).getCell(3).value).toBe(1250000.5);
    expect(book.getWorksheet('Network')!.getRow(2).getCell(3).value).toBe(3);
    const coverage = book.getWorksheet('Coverage matrix')!;
    expect(coverage.rowCount).toBe(3);
    expect(coverage.getRow(3).values).toEqual([undefined, 'P1', 'Health', 'MA-01', 'Tangier', 0, 0, 0]);
    expect(book.getWorksheet('Partner execution')!.getRow(2).getCell(6).value).toBe(75);
  });

  it('puts the figures declared before Jazari in a section of their own, never in the recorded series', async () => {
    const declared = {
      projectsActive: 4,
      projectsStarted: 1,
      budgetCommittedMad: '250000.00',
      conventionsSigned: 0,
      workshopsHeld: 1,
      beneficiariesSupported: 7,
    };
    const withHistory: NationalDashboard = {
      ...national,
      series: [
        {
          month: '2026-06',
          projectsActive: 0,
          projectsStarted: 0,
          budgetCommittedMad: '0.00',
          conventionsSigned: 0,
          workshopsHeld: 0,
          beneficiariesSupported: 0,
          declared,
        },
        ...national.series,
      ],
    };
    const document = buildReportDocument(
      { scope: 'national', figures: withHistory },
      { locale: 'en', period, generatedAt },
    );
    const book = await workbook(await renderReport('xlsx', document));
    expect(book.worksheets.map((w) => w.name).slice(-2)).toEqual([
      'Monthly series',
      'Declared before Jazari (months)',
    ]);
    expect(book.getWorksheet('Monthly series')!.getRow(2).values).toEqual([
      undefined,
      '2026-06',
      0,
      0,
      0,
      0,
      0,
      0,
    ]);
    const carried = book.getWorksheet('Declared before Jazari (months)')!;
    expect(carried.rowCount).toBe(2);
    expect(carried.getRow(2).values).toEqual([undefined, '2026-06', 4, 1, 250000, 0, 1, 7]);
    const csv = (await renderReport('csv', document)).toString('utf8').split('\r\n');
    expect(csv).toContain('series,2026-06,beneficiaries_supported,0');
    expect(csv).toContain('series_declared,2026-06,beneficiaries_supported,7');
    expect(csv.filter((l) => l.startsWith('series_declared,2026-07'))).toEqual([]);
  });

  it('writes Arabic headings into an Arabic workbook, right to left', async () => {
    const document = buildReportDocument(
      { scope: 'national', figures: national },
      { locale: 'ar', period, generatedAt },
    );
    const book = await workbook(await renderReport('xlsx', document));
    expect(book.worksheets[0].name).toBe('التقرير الوطني');
    expect(book.getWorksheet('المشاريع حسب الحالة')!.getRow(2).values).toEqual([
      undefined,
      'active',
      'نشط',
      5,
    ]);
  });

  it('writes a CSV of section,key,column,value rows', async () => {
    const document = buildReportDocument(
      { scope: 'national', figures: national },
      { locale: 'fr', period, generatedAt },
    );
    const csv = (await renderReport('csv', document)).toString('utf8');
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('section,key,column,value');
    expect(lines).toContain('projects_status,active,count,5');
    expect(lines).toContain('budget,budget_committed,value,1250000.5');
    expect(lines).toContain('coverage,P1,region,MA-01');
    expect(lines).toContain('report,period,value,2026-Q3');
  });

  it('writes a PDF with a title page, tables and the figures as text', async () => {
    const document = buildReportDocument(
      { scope: 'national', figures: national },
      { locale: 'fr', period, generatedAt },
    );
    const pdf = await renderReport('pdf', document, undefined, { pdfCompress: false });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.subarray(-6).toString('latin1')).toContain('%%EOF');
    const text = await pdfText(pdf);
    expect(text).toContain('Rapport national');
    expect(text).toContain('2026-Q3');
  });

  it('names each PDF chart bar by its category, values by their names, partners by name; no label cut', async () => {
    const partnerId = '6f1c2a4e-8d3b-4c1a-9e2f-0a1b2c3d4e5f';
    const longPriority = 'Infrastructure numérique et données souveraines pour les services publics';
    const month = (m: string, active: number) => ({
      month: m,
      projectsActive: active,
      projectsStarted: 1,
      budgetCommittedMad: '100.00',
      conventionsSigned: 1,
      workshopsHeld: 1,
      beneficiariesSupported: 2,
      declared: null,
    });
    const figures: NationalDashboard = {
      ...national,
      projects: {
        ...national.projects,
        byStatus: [
          { key: 'active', count: 5 },
          { key: 'on_hold', count: 2 },
        ],
        byType: [{ key: 'applied_rnd', count: 7 }],
      },
      conventions: {
        ...national.conventions,
        byPartner: [{ ...national.conventions.byPartner[0], partnerTenantId: partnerId }],
      },
      workshops: {
        ...national.workshops,
        byKind: [
          { key: 'seminar', held: 2, participants: 40 },
          { key: 'training', held: 1, participants: 12 },
        ],
        byRegion: [{ key: 'MA-06', held: 3, participants: 52 }],
      },
      coverage: {
        ...national.coverage,
        priorities: [{ code: 'P1', label: L(longPriority, 'البنية', 'Infrastructure') }],
      },
      series: [month('2026-07', 41), month('2026-08', 42), month('2026-09', 43)],
    };
    const document = buildReportDocument(
      { scope: 'national', figures },
      { locale: 'fr', period, generatedAt },
    );
    const text = await pdfText(await renderReport('pdf', document, undefined, { pdfCompress: false }));
    /** What a section shows between its title and its table's first heading: its chart. */
    const flat = text.replace(/\s+/g, ' ');
    const chart = (title: string, headings: string) => {
      const start = flat.indexOf(title);
      expect(start).toBeGreaterThanOrEqual(0);
      const end = flat.indexOf(headings, start + title.length);
      expect(end).toBeGreaterThan(start);
      return flat.slice(start + title.length, end);
    };
    // Bars are named by their month, not by another column's count.
    expect(chart('Séries mensuelles', 'Mois')).toMatch(/2026-07 1\b.*2026-08 1\b.*2026-09 1\b/s);
    expect(chart('Ateliers par type', 'Type')).toMatch(/Séminaire 2\b.*Formation 1\b/s);
    expect(chart('Ateliers par région', 'Région')).toMatch(/Casablanca-Settat 3\b/);
    expect(chart('Projets par statut', 'Statut')).toMatch(/En cours 5\b.*Suspendu 2\b/s);
    expect(chart('Projets par type', 'Type')).toMatch(/R&D appliquée 7\b/);
    expect(chart('Exécution par partenaire', 'Partenaire Obligations')).toMatch(/Partenaire Un 75\.0 %/);
    // Codes and ids stay in the spreadsheet: the PDF names things.
    for (const code of [
      'on_hold',
      'applied_rnd',
      'projects_total',
      'budget_committed',
      partnerId.slice(0, 8),
    ])
      expect(text).not.toContain(code);
    // A long label wraps instead of being cut.
    expect(flat).toContain(longPriority);
    // The coverage is a priority × region grid (names and numbers), not a list of cells with their columns.
    const coverage = flat.slice(flat.indexOf('Matrice de couverture'), flat.indexOf('Séries mensuelles'));
    expect(coverage).toContain('Casablanca-Settat');
    expect(coverage).toContain('Tanger');
    expect(coverage).toMatch(/7/);
    expect(coverage).not.toContain('Budget (MAD)');
  });

  it("writes an Arabic report's PDF in Arabic (a font with Arabic glyphs is embedded)", async () => {
    const document = buildReportDocument(
      { scope: 'national', figures: national },
      { locale: 'ar', period, generatedAt },
    );
    const pdf = await renderReport('pdf', document);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = await pdfText(pdf);
    // Arabic letters come out (in visual order, so words may be split): no '?' placeholders.
    expect((text.match(/[\u0600-\u06ff]/g) ?? []).length).toBeGreaterThan(100);
    expect(text).not.toMatch(/\?{3}/);
    // The period, written left to right inside the right-to-left line (extracted in visual order).
    expect(text).toMatch(/2026-Q3|Q3-2026/);
    if (process.env.REPORT_PDF_SAMPLE) writeFileSync(process.env.REPORT_PDF_SAMPLE, pdf);
  });

  it('mirrors the bar charts of an Arabic PDF: names on the right, bars growing leftward, values at their ends', async () => {
    const figures: NationalDashboard = {
      ...national,
      workshops: {
        ...national.workshops,
        byKind: [
          { key: 'seminar', held: 6, participants: 40 },
          { key: 'training', held: 2, participants: 12 },
          { key: 'co_design', held: 1, participants: 9 },
        ],
      },
    };
    const pdfOf = async (locale: 'fr' | 'ar') =>
      pdfTextItems(
        await renderReport(
          'pdf',
          buildReportDocument({ scope: 'national', figures }, { locale, period, generatedAt }),
          undefined,
          { pdfCompress: false },
        ),
      );
    const pageWidth = 595.28;
    // Shaped Arabic comes out of the PDF with the glyph runs' control marks and spaces: compare letters.
    const letters = (text: string) =>
      [...text].filter((c) => c.charCodeAt(0) > 0x1f && !/\s/.test(c)).join('');
    // and the extracted letters of shaped glyphs may lose their dots (ي read as ث, س as ش): compare the
    // letters' skeletons, which are what the shaped glyphs show.
    const SKELETON: Record<string, string> = {};
    for (const group of ['بتثنيىئ', 'جحخ', 'دذ', 'رز', 'سش', 'صض', 'طظ', 'عغ', 'فق', 'ةه', 'اأإآ']) {
      for (const letter of group) SKELETON[letter] = group[0]!;
    }
    const skeleton = (text: string) => [...letters(text)].map((c) => SKELETON[c] ?? c).join('');
    /** The bars of the chart under `title`: per line (top to bottom), its pieces of text left to right. */
    const bars = (items: PdfTextItem[], title: RegExp, values: string[]) => {
      const heading = items.find((i) => title.test(letters(i.text)));
      expect(heading).toBeDefined();
      const after = items.filter(
        (i) => i.page === heading!.page && i.y > heading!.y && i.y < heading!.y + 90,
      );
      return values.map((value) => {
        const figure = after.find((i) => i.text.trim() === value);
        expect(figure).toBeDefined();
        const line = after.filter((i) => Math.abs(i.y - figure!.y) < 2).sort((a, b) => a.x - b.x);
        return { figure: figure!, line };
      });
    };
    // French: name, then its bar and value to the right, names at the left margin.
    const fr = bars(await pdfOf('fr'), /^Atelierspartype$/, ['6', '2', '1']);
    for (const { figure, line } of fr) {
      expect(line[0].x).toBeLessThan(60);
      expect(line[0].x).toBeLessThan(figure.x);
    }
    // Arabic: the same bars in the same order (top to bottom), mirrored: each name, shaped and whole, stands
    // right-aligned at the right margin, its value on its left, a larger value further left (a longer bar
    // growing from the axis beside the names). The chart comes before its table: the first of each name.
    const arabic = await pdfOf('ar');
    const ar = ['ندوة', 'تكوين', 'تصميم مشترك'].map((kind) => {
      const name = arabic.find((i) => skeleton(i.text) === skeleton(kind));
      expect(name).toBeDefined();
      const line = arabic.filter((i) => i.page === name!.page && Math.abs(i.y - name!.y) < 3);
      const figure = line.filter((i) => /^\d+$/.test(i.text.trim()));
      expect(figure).toHaveLength(1);
      return { name: name!, figure: figure[0] };
    });
    expect(ar.map((b) => b.figure.text.trim())).toEqual(['6', '2', '1']);
    expect(ar.map((b) => b.name.y)).toEqual([...ar.map((b) => b.name.y)].sort((a, b) => a - b));
    for (const { name, figure } of ar) {
      expect(name.x + name.width).toBeGreaterThan(pageWidth - 48 - 8);
      expect(figure.x + figure.width).toBeLessThan(name.x);
    }
    expect(ar[0].figure.x).toBeLessThan(ar[1].figure.x);
    expect(ar[1].figure.x).toBeLessThan(ar[2].figure.x);
  });

  it("renders a partner's figures", async () => {
    const partner: PartnerDashboard = {
      asOf: '2026-10-01T05:00:00.000Z',
      tenantId: 'p-1',
      name: L('Partenaire Un', 'الشريك', 'Partner One'),
      conventions: { byStatus: [{ key: 'active', count: 2 }], expiringWithin90Days: 0 },
      signaturesPending: [],
      obligations: {
        weOwe: { open: 1, met: 2, overdue: 0, waived: 0 },
        owedToUs: { open: 0, met: 1, overdue: 1, waived: 0 },
      },
      upcomingWorkshops: [],
      workshopsAttended: 3,
      period: { from: '2026-07', to: '2026-09' },
      conventionsSigned: 1,
      workshops: {
        held: 2,
        participants: 17,
        byKind: [{ key: 'co_design', held: 2, participants: 17 }],
        byRegion: [{ key: 'MA-06', held: 2, participants: 17 }],
      },
      series: [
        { month: '2026-07', conventionsSigned: 1, workshopsHeld: 0, declared: null },
        { month: '2026-08', conventionsSigned: 0, workshopsHeld: 2, declared: null },
        { month: '2026-09', conventionsSigned: 0, workshopsHeld: 0, declared: null },
      ],
    };
    const document = buildReportDocument(
      { scope: 'partner', figures: partner },
      { locale: 'en', period, generatedAt },
    );
    expect(document.subject).toBe('Partner One');
    const book = await workbook(await renderReport('xlsx', document));
    expect(book.getWorksheet('Obligations')!.getRow(3).values).toEqual([
      undefined,
      'owed_to_us',
      'Owed to the partner',
      0,
      1,
      1,
      0,
    ]);
    // The period's own figures, and a month per row of the period.
    const conventions = book.getWorksheet('Conventions')!;
    const values = new Map(
      conventions.getSheetValues().flatMap((row) => (Array.isArray(row) ? [[row[1], row[3]] as const] : [])),
    );
    expect(values.get('conventions_signed')).toBe(1);
    expect(values.get('workshops_held')).toBe(2);
    expect(values.get('participants')).toBe(17);
    const months = book.getWorksheet(document.sections.at(-1)!.title)!;
    expect(months.getRow(3).values).toEqual([undefined, '2026-08', 0, 2]);
  });
});

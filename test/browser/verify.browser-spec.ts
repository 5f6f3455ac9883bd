import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { evidenceFixtures } from '../fixtures/evidence-bundles.js';
import { describeViolations, seriousViolations } from './lib/axe.js';
import { screenshot, signInAs, startBrowserWorld, type BrowserWorld } from './lib/browser-world.js';

jest.setTimeout(120_000);

const PARTNER = 'admin@atlas-ai.ma';

/** What a person reads on /verify, in each language (the assertions look for it). */
const WORDS = {
  fr: {
    bundle: 'Dossier de preuve',
    verifyLink: 'Vérifier ce dossier',
    platformKey: 'Clé de la plateforme',
    valid: 'Dossier valide',
    tampered: 'Dossier altéré',
    section: 'les signatures',
    unknownKey: 'Signé par une clé inconnue',
  },
  ar: {
    bundle: 'ملف الإثبات',
    verifyLink: 'التحقق من هذا الملف',
    platformKey: 'مفتاح المنصة',
    valid: 'ملف إثبات سليم',
    tampered: 'ملف إثبات معدَّل',
    section: 'التوقيعات',
    unknownKey: 'موقّع بمفتاح غير معروف',
  },
} as const;

/**
 * Issue 19, "verify in the browser, trust no server": Atlas's admin downloads a sealed convention's
 * evidence bundle from its page; someone signed out opens /verify, the network is cut, and the page checks
 * the bundle by itself — valid; a copy with one signature's IP changed is tampered, with the section
 * named; the shared fixtures' bundle, sealed by another key, is signed by an unknown key. In French and
 * in Arabic.
 */
describe('/verify: a sealed convention checked in the browser, by anyone, offline', () => {
  let world: BrowserWorld;
  let conventionId: string;
  const dir = mkdtempSync(path.join(tmpdir(), 'jazari-verify-'));

  beforeAll(async () => {
    world = await startBrowserWorld();
    const { rows } = await world.admin.query<{ id: string }>(
      `SELECT c.id FROM convention c
         JOIN convention_party p ON p.tenant_id = c.tenant_id AND p.convention_id = c.id
         JOIN tenant t ON t.id = p.party_tenant_id
        WHERE c.status = 'active' AND t.slug = 'atlas-ai-labs'
          AND EXISTS (SELECT 1 FROM convention_seal s WHERE s.convention_id = c.id)
        ORDER BY c.reference LIMIT 1`,
    );
    expect(rows).toHaveLength(1);
    conventionId = rows[0].id;
  });
  afterAll(async () => {
    await world?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  for (const lang of ['fr', 'ar'] as const) {
    const w = WORDS[lang];

    it(`downloads a sealed bundle and verifies it signed out, with the network off, in ${lang}`, async () => {
      // The partner downloads the bundle from the convention's sealed state.
      const partner = await world.newPage({ locale: lang });
      const p = partner.page;
      await signInAs(p, world.baseUrl, PARTNER, `/conventions/${conventionId}`, lang);
      const sealed = p.getByTestId('sealed');
      await sealed.waitFor({ timeout: 30_000 });
      expect(await sealed.getByRole('link', { name: w.verifyLink }).getAttribute('href')).toBe('/verify');
      const [download] = await Promise.all([
        p.waitForEvent('download'),
        sealed.getByRole('button', { name: w.bundle }).click(),
      ]);
      const good = path.join(dir, `evidence-${lang}.json`);
      await download.saveAs(good);
      const bundle = JSON.parse(readFileSync(good, 'utf8')) as {
        keyId: string;
        signatures: { ip: string | null }[];
        publicKey: string;
      };
      expect(partner.errors).toEqual([]);

      // Someone signed out: the page loads with the platform's key, then the network goes.
      const visitor = await world.newPage({ locale: lang });
      const v = visitor.page;
      await v.goto(`${world.baseUrl}/verify?lang=${lang}`);
      await v.getByTestId('verify-key').getByText(`${w.platformKey}`).waitFor();
      expect(await v.getByTestId('verify-key').innerText()).toContain(bundle.keyId);
      await visitor.context.setOffline(true);
      const requests: string[] = [];
      v.on('request', (r) => requests.push(r.url()));

      const result = v.getByTestId('verify-result');
      const input = v.locator('input[type="file"]');
      await input.setInputFiles(good);
      await result.and(v.locator('[data-outcome="valid"]')).waitFor();
      expect(await result.innerText()).toContain(w.valid);
      expect(await result.innerText()).toContain(bundle.keyId);
      expect(describeViolations('verify-valid', await seriousViolations(v))).toBe('');
      await screenshot(v, lang, 'verify-valid');

      const changed = structuredClone(bundle);
      changed.signatures[0].ip = '10.6.6.6';
      const tampered = path.join(dir, `tampered-${lang}.json`);
      writeFileSync(tampered, JSON.stringify(changed));
      await input.setInputFiles(tampered);
      await result.and(v.locator('[data-outcome="tampered"]')).waitFor();
      expect(await result.getAttribute('data-location')).toBe('signatures[0].ip');
      const text = await result.innerText();
      expect(text).toContain(w.tampered);
      expect(text).toContain(w.section);
      expect(describeViolations('verify-tampered', await seriousViolations(v))).toBe('');
      await screenshot(v, lang, 'verify-tampered');

      // The shared fixtures' bundle, consistent but sealed by another key, with its signed PDF.
      const fixtures = evidenceFixtures();
      const foreign = path.join(dir, `foreign-${lang}.json`);
      writeFileSync(foreign, JSON.stringify(fixtures.wrongKey));
      const pdf = path.join(dir, `signed-${lang}.pdf`);
      writeFileSync(pdf, fixtures.document);
      await input.setInputFiles([foreign, pdf]);
      await result.and(v.locator('[data-outcome="unknown-key"]')).waitFor();
      expect(await result.innerText()).toContain(w.unknownKey);
      expect(await result.innerText()).toContain(fixtures.wrongKey.keyId);
      expect(await v.getByTestId('verify-document').getAttribute('data-signed')).toBe('true');
      await screenshot(v, lang, 'verify-unknown-key');

      expect(requests).toEqual([]);
      expect(visitor.errors).toEqual([]);
    });
  }

  it('serves the self-contained verifier, unchanged, at a stable public address', async () => {
    const response = await fetch(`${world.baseUrl}/jazari-verify.mjs`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/javascript/);
    expect(await response.text()).toBe(
      readFileSync(path.resolve('apps/web/src/features/verify/jazari-verify.mjs'), 'utf8'),
    );
  });
});

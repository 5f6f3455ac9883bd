import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApi } from '@jazari/api';
import { adminClient, createTenant, createUser, signIn, testConfig, type TestUser } from '@jazari/testing';
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import request from 'supertest';

/**
 * Issue 16, point 6 (and issue 15 §6): a problem document's title, detail and per-field messages are in
 * the signed-in user's profile language, else the one `Accept-Language` asks for, else French; `type`
 * stays the same in every language, and `Content-Language` says which one was chosen.
 */
jest.setTimeout(120_000);

type Language = 'fr' | 'ar' | 'en';

const EXPECTED = {
  invalid: {
    fr: 'Votre requête n’est pas valide',
    ar: 'طلبك غير صالح',
    en: 'Your request is not valid',
  },
  email: {
    fr: 'email doit être une adresse e-mail',
    ar: 'يجب أن يكون email بريدًا إلكترونيًا',
    en: 'email must be an email',
  },
  unknownField: {
    fr: 'le champ nickname n’existe pas',
    ar: 'الحقل nickname غير موجود',
    en: 'property nickname should not exist',
  },
  notFound: { fr: 'Introuvable', ar: 'غير موجود', en: 'Not found' },
  // A service's own detail (problem-catalogue.ts).
  noSuchMember: { fr: 'Ce membre n’existe pas.', ar: 'هذا العضو غير موجود.', en: 'No such member.' },
  alreadyMember: {
    fr: 'Cette personne est déjà membre',
    ar: 'هذا الشخص عضو بالفعل',
    en: 'This person is already a member',
  },
} as const;

describe('problem documents in the caller’s language', () => {
  let api: NestFastifyApplication;
  let admin: pg.Client;
  const managers = {} as Record<Language, TestUser>;
  const tokens = {} as Record<Language, string>;
  const server = () => request(api.getHttpServer());

  function expectLanguage(res: request.Response, status: number, slug: string, language: Language): void {
    expect({
      status: res.status,
      contentType: res.headers['content-type'],
      contentLanguage: res.headers['content-language'],
      type: res.body.type,
    }).toEqual({
      status,
      contentType: expect.stringMatching(/^application\/problem\+json/),
      contentLanguage: language,
      type: `https://jazari.ma/problems/${slug}`,
    });
  }

  function messagesOf(res: request.Response, field: string): string[] {
    return (res.body.errors as { field: string; messages: string[] }[])
      .filter((e) => e.field === field)
      .flatMap((e) => e.messages);
  }

  beforeAll(async () => {
    admin = await adminClient();
    const institute = await createTenant(admin, 'institute');
    api = await createApi(testConfig());
    for (const locale of ['fr', 'ar', 'en'] as const) {
      managers[locale] = await createUser(admin, [{ tenant: institute, role: 'institute_manager' }], {
        locale,
      });
      tokens[locale] = (await signIn(api, managers[locale].email, managers[locale].password)).accessToken;
    }
  });
  afterAll(async () => {
    await api?.close();
    await admin?.end();
  });

  describe.each(['fr', 'ar', 'en'] as const)('a user whose profile is %s', (language) => {
    // The profile wins over Accept-Language, which asks for another language here.
    const other = language === 'en' ? 'ar' : 'en';

    it('gets a bad request’s title and field messages in that language', async () => {
      const res = await server()
        .post('/api/v1/invitations')
        .auth(tokens[language], { type: 'bearer' })
        .set('accept-language', other)
        .send({ email: 'not-an-email', role: 'researcher', nickname: 'x' });
      expectLanguage(res, 400, 'validation-failed', language);
      expect(res.body.title).toBe(EXPECTED.invalid[language]);
      expect(messagesOf(res, 'email')).toContain(EXPECTED.email[language]);
      expect(messagesOf(res, 'nickname')).toEqual([EXPECTED.unknownField[language]]);
      expect(res.body.detail).toContain(EXPECTED.email[language]);
    });

    it('gets a 404 in that language', async () => {
      const res = await server()
        .get(`/api/v1/members/${randomUUID()}`)
        .auth(tokens[language], { type: 'bearer' })
        .set('accept-language', other);
      expectLanguage(res, 404, 'not-found', language);
      expect(res.body.title).toBe(EXPECTED.notFound[language]);
      expect(res.body.detail).toBe(EXPECTED.noSuchMember[language]);
    });

    it('gets a 409 in that language', async () => {
      const res = await server()
        .post('/api/v1/invitations')
        .auth(tokens[language], { type: 'bearer' })
        .set('accept-language', other)
        .send({ email: managers.fr.email, role: 'researcher' });
      expectLanguage(res, 409, 'already-member', language);
      expect(res.body.title).toBe(EXPECTED.alreadyMember[language]);
    });
  });

  describe('without a user', () => {
    it.each([
      ['en', 'en'],
      ['en-GB,en;q=0.9', 'en'],
      ['de, ar;q=0.8, en;q=0.5', 'ar'],
      ['fr-MA', 'fr'],
      ['de', 'fr'],
      [undefined, 'fr'],
    ] as const)('Accept-Language %s gets a bad request in %s', async (header, language) => {
      const req = server().post('/api/v1/auth/login');
      if (header) void req.set('accept-language', header);
      const res = await req.send({ email: 'not-an-email', password: 'x', nickname: 'x' });
      expectLanguage(res, 400, 'validation-failed', language);
      expect(res.body.title).toBe(EXPECTED.invalid[language]);
      expect(messagesOf(res, 'email')).toContain(EXPECTED.email[language]);
      expect(messagesOf(res, 'nickname')).toEqual([EXPECTED.unknownField[language]]);
    });

    it.each(['fr', 'ar', 'en'] as const)('gets a 404 in %s', async (language) => {
      const res = await server().get('/api/v1/no-such-route').set('accept-language', language);
      expectLanguage(res, 404, 'not-found', language);
      expect(res.body.title).toBe(EXPECTED.notFound[language]);
    });

    it('gets the input guard’s messages in its language', async () => {
      const res = await server()
        .post('/api/v1/auth/login')
        .set('accept-language', 'ar')
        .send({ email: 'a\u0000@b.ma', password: 'x' });
      expectLanguage(res, 400, 'validation-failed', 'ar');
      expect(messagesOf(res, 'email')).toEqual(['يجب ألا يحتوي email على المحرف NUL (U+0000)']);
    });
  });
});

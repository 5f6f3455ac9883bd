import { Injectable } from '@nestjs/common';
import type { TenantTx, Tx } from '@jazari/database';

export interface PasskeyRow {
  readonly id: string;
  readonly name: string;
  readonly createdAt: Date;
  readonly lastUsedAt: Date | null;
}

export interface PasskeyCredentialRow {
  readonly id: string;
  readonly credentialId: string;
  readonly publicKey: Buffer;
  readonly counter: number;
  readonly transports: string[];
}

export type Ceremony = 'registration' | 'authentication';
export type CeremonyPurpose = 'enrol' | 'sign-in' | 'confirm';

/**
 * A person's passkeys and the challenges of their ceremonies. Every query needs a transaction that names
 * the user (`app.user_id`): the rows' policy shows a person their own rows and nobody else's. SQL only.
 */
@Injectable()
export class PasskeyRepository {
  async list(tx: TenantTx, userId: string): Promise<PasskeyRow[]> {
    const rows = await tx.query<{ id: string; name: string; created_at: Date; last_used_at: Date | null }>(
      `SELECT id, name, created_at, last_used_at FROM user_passkey WHERE user_id = $1 ORDER BY created_at, id`,
      [userId],
    );
    return rows.map((r) => ({ id: r.id, name: r.name, createdAt: r.created_at, lastUsedAt: r.last_used_at }));
  }

  async count(tx: Tx, userId: string): Promise<number> {
    const rows = await tx.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM user_passkey WHERE user_id = $1`,
      [userId],
    );
    return rows[0].n;
  }

  /** What a ceremony needs: ids (for `allowCredentials`/`excludeCredentials`) and transports. */
  async credentials(tx: TenantTx, userId: string): Promise<{ credentialId: string; transports: string[] }[]> {
    const rows = await tx.query<{ credential_id: string; transports: string[] }>(
      `SELECT credential_id, transports FROM user_passkey WHERE user_id = $1 ORDER BY created_at, id`,
      [userId],
    );
    return rows.map((r) => ({ credentialId: r.credential_id, transports: r.transports }));
  }

  /** The person's passkey with this credential id, locked: two assertions at once settle on its counter. */
  async byCredential(
    tx: TenantTx,
    userId: string,
    credentialId: string,
  ): Promise<PasskeyCredentialRow | undefined> {
    const rows = await tx.query<{
      id: string;
      credential_id: string;
      public_key: Buffer;
      counter: string;
      transports: string[];
    }>(
      `SELECT id, credential_id, public_key, counter, transports FROM user_passkey
        WHERE user_id = $1 AND credential_id = $2 FOR UPDATE`,
      [userId, credentialId],
    );
    const r = rows[0];
    return (
      r && {
        id: r.id,
        credentialId: r.credential_id,
        publicKey: r.public_key,
        counter: Number(r.counter),
        transports: r.transports,
      }
    );
  }

  /** Answers false when the person already has this credential. */
  async insert(
    tx: TenantTx,
    row: {
      userId: string;
      id: string;
      credentialId: string;
      publicKey: Buffer;
      counter: number;
      transports: readonly string[];
      name: string;
    },
  ): Promise<boolean> {
    const rows = await tx.query<{ id: string }>(
      `INSERT INTO user_passkey (user_id, id, credential_id, public_key, counter, transports, name)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (user_id, credential_id) DO NOTHING RETURNING id`,
      [row.userId, row.id, row.credentialId, row.publicKey, row.counter, row.transports, row.name],
    );
    return rows.length === 1;
  }

  /** Records a use; the counter only moves forward (a counter of 0 is an authenticator that keeps none). */
  async used(tx: TenantTx, userId: string, id: string, counter: number): Promise<boolean> {
    const rows = await tx.query<{ id: string }>(
      `UPDATE user_passkey SET counter = $3, last_used_at = now()
        WHERE user_id = $1 AND id = $2 AND (counter < $3 OR (counter = 0 AND $3 = 0)) RETURNING id`,
      [userId, id, counter],
    );
    return rows.length === 1;
  }

  async remove(tx: TenantTx, userId: string, id: string): Promise<{ name: string } | undefined> {
    const rows = await tx.query<{ name: string }>(
      `DELETE FROM user_passkey WHERE user_id = $1 AND id = $2 RETURNING name`,
      [userId, id],
    );
    return rows[0];
  }

  async insertChallenge(
    tx: TenantTx,
    row: {
      userId: string;
      id: string;
      challenge: string;
      ceremony: Ceremony;
      purpose: CeremonyPurpose;
      expiresAt: Date;
    },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO webauthn_challenge (user_id, id, challenge, ceremony, purpose, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [row.userId, row.id, row.challenge, row.ceremony, row.purpose, row.expiresAt],
    );
  }

  /**
   * Uses up a challenge of this ceremony and purpose if it is unused and unexpired; answers false
   * otherwise (replayed, expired, unknown, or made for another ceremony). The update's row lock settles two
   * concurrent answers: one wins.
   */
  async useChallenge(
    tx: TenantTx,
    userId: string,
    challenge: string,
    ceremony: Ceremony,
    purposes: readonly CeremonyPurpose[],
  ): Promise<boolean> {
    const rows = await tx.query<{ id: string }>(
      `UPDATE webauthn_challenge SET used_at = now()
        WHERE user_id = $1 AND challenge = $2 AND ceremony = $3 AND purpose = ANY($4::text[])
          AND used_at IS NULL AND expires_at > now()
       RETURNING id`,
      [userId, challenge, ceremony, purposes],
    );
    return rows.length === 1;
  }
}

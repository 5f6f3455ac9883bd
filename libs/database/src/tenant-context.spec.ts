import { describe, expect, it } from '@jest/globals';
import { beginTransactionSql, InvalidDbContextError } from './tenant-context.js';

describe('beginTransactionSql', () => {
  it('opens the transaction and sets all three settings in one message', () => {
    const sql = beginTransactionSql({
      tenantId: '0190f5a2-7b4e-7c3d-8e9f-0a1b2c3d4e5f',
      tenantKind: 'institute',
      userId: null,
    });
    expect(sql).toBe(
      "BEGIN; SELECT set_config('app.tenant_id', '0190f5a2-7b4e-7c3d-8e9f-0a1b2c3d4e5f', true), " +
        "set_config('app.tenant_kind', 'institute', true), set_config('app.user_id', '', true)",
    );
  });

  it('refuses anything that is not a UUID or a known kind, so nothing can be injected', () => {
    expect(() =>
      beginTransactionSql({ tenantId: "x'; DROP TABLE t; --", tenantKind: null, userId: null }),
    ).toThrow(InvalidDbContextError);
    expect(() =>
      beginTransactionSql({ tenantId: null, tenantKind: "root'--" as never, userId: null }),
    ).toThrow(InvalidDbContextError);
  });
});

import 'reflect-metadata';
import { verifyAllChains, type TenantChainVerification } from '@jazari/audit';
import { ConfigError, runEntryPoint } from '@jazari/config';
import pg from 'pg';

// Recomputes every tenant's audit hash chain as the owner role (the `verifier_read` policy lets it read
// them all). One line per tenant; exit status 1 when any chain is broken. See docs/audit.md.

function describeChain(chain: TenantChainVerification): string {
  if (!chain.firstInvalid) return `ok      tenant=${chain.tenantId} entries=${chain.checked}`;
  const { seq, id, reason } = chain.firstInvalid;
  return `BROKEN  tenant=${chain.tenantId} seq=${seq} id=${id} reason=${reason}`;
}

await runEntryPoint('audit-verify', async (config) => {
  const url = config.database.ownerUrl;
  if (!url) throw new ConfigError(['DATABASE_OWNER_URL is required to verify the audit log']);
  const client = new pg.Client({ connectionString: url, application_name: 'jazari-audit-verify' });
  await client.connect();
  try {
    const result = await verifyAllChains(client);
    for (const chain of result.chains) process.stdout.write(`${describeChain(chain)}\n`);
    const broken = result.chains.filter((chain) => !chain.valid).length;
    if (broken > 0) {
      process.exitCode = 1;
      return `${broken} of ${result.chains.length} chains BROKEN (${result.checked} entries checked)`;
    }
    return `${result.chains.length} chains valid (${result.checked} entries)`;
  } finally {
    await client.end();
  }
});

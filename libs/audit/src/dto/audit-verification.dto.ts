import { ApiProperty } from '@nestjs/swagger';
import type { ChainBreakReason } from '../audit-chain.js';

const REASONS: readonly ChainBreakReason[] = ['hash-mismatch', 'broken-link', 'gap'];

class AuditChainBreakDto {
  @ApiProperty({ example: 17 })
  seq!: number;

  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({
    enum: REASONS,
    description:
      "`hash-mismatch`: the entry's content is not what was hashed; `broken-link`: its prev_hash is not " +
      "the previous entry's hash; `gap`: its seq does not follow the previous one (an entry is missing)",
  })
  reason!: ChainBreakReason;
}

class AuditChainDto {
  @ApiProperty({ format: 'uuid' })
  tenantId!: string;

  @ApiProperty()
  valid!: boolean;

  @ApiProperty({ description: 'Entries checked; a broken chain is checked up to its first invalid entry' })
  checked!: number;

  @ApiProperty({ type: AuditChainBreakDto, nullable: true })
  firstInvalid!: AuditChainBreakDto | null;
}

export class AuditVerificationDto {
  @ApiProperty({ description: 'Every chain verified' })
  valid!: boolean;

  @ApiProperty()
  checked!: number;

  @ApiProperty({ type: [AuditChainDto], description: "Root sees every tenant's chain; others their own" })
  chains!: AuditChainDto[];
}

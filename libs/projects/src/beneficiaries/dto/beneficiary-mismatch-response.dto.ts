import { ApiProperty } from '@nestjs/swagger';
import {
  MISMATCH_FIELDS,
  type BeneficiaryDifference,
  type BeneficiaryMismatch,
  type MismatchField,
} from '../beneficiary.types.js';

/** One field described otherwise than the registry. */
export class BeneficiaryDifferenceResponseDto {
  @ApiProperty({ enum: MISMATCH_FIELDS })
  field!: MismatchField;

  @ApiProperty({ description: "The registry's value (kept)", example: 'Sahara Vision SARL' })
  registry!: string;

  @ApiProperty({ description: 'The value the request gave', example: 'Sahara Vision' })
  declared!: string;

  static from(d: BeneficiaryDifference): BeneficiaryDifferenceResponseDto {
    return { field: d.field, registry: d.registry, declared: d.declared };
  }
}

/** The registry's entry was kept although the request described the company otherwise. */
export class BeneficiaryMismatchResponseDto {
  @ApiProperty({ format: 'uuid', description: 'The mismatch recorded for Root to review' })
  id!: string;

  @ApiProperty({ type: [BeneficiaryDifferenceResponseDto], description: 'Field by field, at least one' })
  differences!: BeneficiaryDifferenceResponseDto[];

  static from(m: BeneficiaryMismatch): BeneficiaryMismatchResponseDto {
    return { id: m.id, differences: m.differences.map((d) => BeneficiaryDifferenceResponseDto.from(d)) };
  }
}

import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsCalendarDate } from '../attention/calendar.js';
import { Trim } from '../attention/work-list.js';
import { IsDecimalString, ToDecimalString } from '../kpis/decimal.js';

const NAME_MAX = 200;

/** One structured result of a `model_evaluation` deliverable: a model, on a benchmark, by a metric. */
export class CreateEvaluationDto {
  @ApiProperty({ maxLength: NAME_MAX, example: 'darija-asr' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(NAME_MAX)
  modelName!: string;

  @ApiProperty({ maxLength: NAME_MAX, example: '1.2.0' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(NAME_MAX)
  modelVersion!: string;

  @ApiProperty({ maxLength: NAME_MAX, example: 'DarijaSpeech test split' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(NAME_MAX)
  benchmark!: string;

  @ApiProperty({ maxLength: NAME_MAX, example: 'WER' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(NAME_MAX)
  metric!: string;

  @ApiProperty({
    oneOf: [{ type: 'string' }, { type: 'number' }],
    example: '0.183',
    description: 'A decimal string (kept exactly) or a number',
  })
  @ToDecimalString()
  @IsDecimalString()
  score!: string;

  @ApiProperty({ format: 'date', example: '2026-02-14' })
  @IsCalendarDate()
  evaluatedOn!: string;

  @ApiProperty({
    maxLength: NAME_MAX,
    description: 'Who ran the evaluation',
    example: 'Jazari Rabat ML team',
  })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(NAME_MAX)
  evaluator!: string;
}

export class EvaluationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) deliverableId!: string;
  @ApiProperty() modelName!: string;
  @ApiProperty() modelVersion!: string;
  @ApiProperty() benchmark!: string;
  @ApiProperty() metric!: string;
  @ApiProperty({ description: 'Decimal, as a string', example: '0.183' }) score!: string;
  @ApiProperty({ format: 'date' }) evaluatedOn!: string;
  @ApiProperty() evaluator!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

export class EvaluationPageDto {
  @ApiProperty({ type: [EvaluationDto] }) data!: EvaluationDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page' })
  nextCursor!: string | null;
}

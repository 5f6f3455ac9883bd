import { ApiProperty } from '@nestjs/swagger';
import {
  CONVENTION_STATUSES,
  CONVENTION_TYPES,
  CURRENCY,
  type ConventionListItem,
  type ConventionStatus,
  type ConventionType,
  type ConventionView,
} from '../../convention.types.js';

export class ConventionTenantDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['root', 'institute', 'partner'] }) kind!: string;
  @ApiProperty() slug!: string;
  @ApiProperty({ description: 'Legal name' }) name!: string;
}

export class ConventionPartyDto extends ConventionTenantDto {
  @ApiProperty() roleLabel!: string;
  @ApiProperty() position!: number;
}

export class ConventionProjectRefDto {
  @ApiProperty({ format: 'uuid', description: 'The institute that owns the project' }) tenantId!: string;
  @ApiProperty({ format: 'uuid' }) id!: string;
}

export class ConventionDocumentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: '1, 2, … per convention' }) version!: number;
  @ApiProperty() filename!: string;
  @ApiProperty({ example: 'application/pdf' }) contentType!: string;
  @ApiProperty() sizeBytes!: number;
  @ApiProperty({ description: 'SHA-256 of the content, hex' }) sha256!: string;
  @ApiProperty({ format: 'uuid' }) uploadedBy!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: "The uploader's name as it was at upload (null if unknown)",
  })
  uploadedByName!: string | null;
  @ApiProperty({ format: 'date-time' }) uploadedAt!: string;
  @ApiProperty({
    type: Number,
    nullable: true,
    description:
      'Pages in the PDF, read at upload; null if unknown (uploaded before it was recorded, or unreadable)',
  })
  pageCount!: number | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: "The PDF's own Title (its Info dictionary), if any",
  })
  pdfTitle!: string | null;
  @ApiProperty({ type: String, nullable: true, description: "The PDF's own Author, if any" })
  pdfAuthor!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: "The PDF's Producer (the software that wrote it), if any",
  })
  pdfProducer!: string | null;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When this version was sent for signature (the last time), null if it never was',
  })
  sentForSignatureAt!: string | null;
  @ApiProperty({ description: 'This is the version every party signed and the evidence chain sealed' })
  sealed!: boolean;
}

export class ConventionSignerDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) partyTenantId!: string;
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty({ type: String, nullable: true }) displayName!: string | null;
  @ApiProperty() step!: number;
  @ApiProperty({ enum: ['pending', 'signed', 'declined', 'cancelled'] }) status!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) actedAt!: string | null;
}

export class ConventionSignersSummaryDto {
  @ApiProperty() total!: number;
  @ApiProperty() pending!: number;
  @ApiProperty() signed!: number;
  @ApiProperty() declined!: number;
  @ApiProperty() cancelled!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'The lowest step with pending signers' })
  currentStep!: number | null;
  @ApiProperty({ type: [ConventionSignerDto] }) signers!: ConventionSignerDto[];
}

export class ObligationCountsDto {
  @ApiProperty() total!: number;
  @ApiProperty() open!: number;
  @ApiProperty() met!: number;
  @ApiProperty() waived!: number;
}

export class ExecutionFigureDto {
  @ApiProperty({ description: 'Obligations due on or before today, not waived' }) due!: number;
  @ApiProperty({ description: 'Of those, met' }) met!: number;
  @ApiProperty({ description: 'Open obligations past their due date' }) overdue!: number;
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'met / due, in percent with one decimal; null while nothing is due',
  })
  executedPercent!: number | null;
}

export class PartyExecutionDto extends ExecutionFigureDto {
  @ApiProperty({ format: 'uuid', description: 'The responsible party' }) tenantId!: string;
  @ApiProperty() name!: string;
}

export class ConventionExecutionDto extends ExecutionFigureDto {
  @ApiProperty({ format: 'date', description: 'The day counted on (Africa/Casablanca)' }) asOf!: string;
  @ApiProperty({ type: [PartyExecutionDto] }) byParty!: PartyExecutionDto[];
}

export class LineageEntryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) parentId!: string | null;
  @ApiProperty() reference!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: CONVENTION_TYPES }) type!: ConventionType;
  @ApiProperty({ enum: CONVENTION_STATUSES }) status!: ConventionStatus;
}

export class ConventionLineageDto {
  @ApiProperty({ type: [LineageEntryDto], description: 'The parent chain, nearest first' })
  ancestors!: LineageEntryDto[];
  @ApiProperty({ type: [LineageEntryDto], description: 'Amendments below, at any depth' })
  amendments!: LineageEntryDto[];
}

export class ConventionResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'JZR-2026-0001' }) reference!: string;
  @ApiProperty({ type: ConventionTenantDto }) owner!: ConventionTenantDto;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: CONVENTION_TYPES }) type!: ConventionType;
  @ApiProperty({ enum: CONVENTION_STATUSES }) status!: ConventionStatus;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) parentId!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) effectiveDate!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) expiryDate!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '2500000.00' }) valueMad!: string | null;
  @ApiProperty({ enum: [CURRENCY] }) currency!: typeof CURRENCY;
  @ApiProperty({ type: String, format: 'date', nullable: true }) signingDeadline!: string | null;
  @ApiProperty() reminderIntervalDays!: number;
  @ApiProperty({ description: 'Also the ETag' }) version!: number;
  @ApiProperty({ type: [ConventionPartyDto] }) parties!: ConventionPartyDto[];
  @ApiProperty({ type: [String] }) priorityCodes!: string[];
  @ApiProperty({ type: [ConventionProjectRefDto] }) projects!: ConventionProjectRefDto[];
  @ApiProperty({ type: [ConventionDocumentDto], description: 'Every version, oldest first' })
  documents!: ConventionDocumentDto[];
  @ApiProperty({ type: ConventionSignersSummaryDto }) signers!: ConventionSignersSummaryDto;
  @ApiProperty({ type: ObligationCountsDto }) obligations!: ObligationCountsDto;
  @ApiProperty({ type: ConventionLineageDto }) lineage!: ConventionLineageDto;
  @ApiProperty({
    enum: CONVENTION_STATUSES,
    isArray: true,
    description:
      'The statuses this caller can move the convention to: the managers’ moves, a signer’s in turn (declined, ' +
      'and active for the last signature); never the reminders job’s (expired)',
  })
  allowedTransitions!: ConventionStatus[];
  @ApiProperty() isOwner!: boolean;
  @ApiProperty() isParty!: boolean;
  @ApiProperty({ description: "The caller is one of the owner's managers" }) canManage!: boolean;
  @ApiProperty({ description: 'The caller is a pending signer of the step now signing' }) canSign!: boolean;
  @ApiProperty({ type: ConventionExecutionDto, description: 'How far obligations due to date are met' })
  execution!: ConventionExecutionDto;
  @ApiProperty({ format: 'uuid' }) createdBy!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) sentAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) activatedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) closeReason!: string | null;

  static from(v: ConventionView): ConventionResponseDto {
    const count = (status: string) => v.signers.filter((s) => s.status === status).length;
    const pendingSteps = v.signers.filter((s) => s.status === 'pending').map((s) => s.step);
    return {
      id: v.id,
      reference: v.reference,
      owner: v.owner,
      title: v.title,
      type: v.type,
      status: v.status,
      parentId: v.parentId,
      effectiveDate: v.effectiveDate,
      expiryDate: v.expiryDate,
      valueMad: v.valueMad,
      currency: CURRENCY,
      signingDeadline: v.signingDeadline,
      reminderIntervalDays: v.reminderIntervalDays,
      version: v.version,
      parties: v.parties,
      priorityCodes: v.priorityCodes,
      projects: v.projects,
      documents: v.documents.map((d) => ({
        ...d,
        uploadedAt: d.uploadedAt.toISOString(),
        sentForSignatureAt: d.sentForSignatureAt?.toISOString() ?? null,
      })),
      signers: {
        total: v.signers.length,
        pending: count('pending'),
        signed: count('signed'),
        declined: count('declined'),
        cancelled: count('cancelled'),
        currentStep: pendingSteps.length === 0 ? null : Math.min(...pendingSteps),
        signers: v.signers.map((s) => ({ ...s, actedAt: s.actedAt?.toISOString() ?? null })),
      },
      obligations: v.obligations,
      lineage: { ancestors: v.ancestors, amendments: v.amendments },
      allowedTransitions: [...v.allowedTransitions],
      isOwner: v.isOwner,
      isParty: v.isParty,
      canManage: v.canManage,
      canSign: v.canSign,
      execution: v.execution,
      createdBy: v.createdBy,
      createdAt: v.createdAt.toISOString(),
      updatedAt: v.updatedAt.toISOString(),
      sentAt: v.sentAt?.toISOString() ?? null,
      activatedAt: v.activatedAt?.toISOString() ?? null,
      closedAt: v.closedAt?.toISOString() ?? null,
      closeReason: v.closeReason,
    };
  }
}

export class ConventionListPartyDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() roleLabel!: string;
}

export class ConventionDeadlineDto {
  @ApiProperty({ enum: ['signing', 'expiry'] }) kind!: 'signing' | 'expiry';
  @ApiProperty({ format: 'date' }) date!: string;
}

export class ConventionListItemDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() reference!: string;
  @ApiProperty({ type: ConventionTenantDto }) owner!: ConventionTenantDto;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: CONVENTION_TYPES }) type!: ConventionType;
  @ApiProperty({ enum: CONVENTION_STATUSES }) status!: ConventionStatus;
  @ApiProperty({ type: [ConventionListPartyDto] }) parties!: ConventionListPartyDto[];
  @ApiProperty({
    type: ConventionDeadlineDto,
    nullable: true,
    description: 'The signing deadline until active, then the expiry date',
  })
  nextDeadline!: ConventionDeadlineDto | null;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;

  static from(item: ConventionListItem): ConventionListItemDto {
    return { ...item, updatedAt: item.updatedAt.toISOString() };
  }
}

export class ConventionPageDto {
  @ApiProperty({ type: [ConventionListItemDto] }) data!: ConventionListItemDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` for the next page' })
  nextCursor!: string | null;
}

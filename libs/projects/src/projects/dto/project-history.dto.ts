import { ApiProperty } from '@nestjs/swagger';
import type { ProjectHistoryEntry } from '../../project-history.js';
import type { Page } from '../project.types.js';

export class ProjectHistoryEntryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'date-time' }) occurredAt!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Null for an API key' })
  actorUserId!: string | null;
  @ApiProperty({ example: 'project.updated', description: '`<object>.<verb>`' }) action!: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    example: { title: { from: 'Ancien titre', to: 'Nouveau titre' } },
    description: 'For edits `{ field: { from, to } }` of the changed fields; see docs/projects.md per action',
  })
  changes!: Record<string, unknown>;

  static from(entry: ProjectHistoryEntry): ProjectHistoryEntryDto {
    return {
      id: entry.id,
      occurredAt: entry.occurredAt.toISOString(),
      actorUserId: entry.actorUserId,
      action: entry.action,
      changes: { ...entry.changes },
    };
  }
}

export class ProjectHistoryPageDto {
  @ApiProperty({ type: [ProjectHistoryEntryDto] }) data!: ProjectHistoryEntryDto[];

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Pass as `cursor` to get the next page; null on the last page',
  })
  nextCursor!: string | null;

  static from(page: Page<ProjectHistoryEntry>): ProjectHistoryPageDto {
    return { data: page.data.map((e) => ProjectHistoryEntryDto.from(e)), nextCursor: page.nextCursor };
  }
}

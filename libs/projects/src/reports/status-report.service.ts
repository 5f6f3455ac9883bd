import { Injectable } from '@nestjs/common';
import { actorContext, type Actor } from '@jazari/access';
import { TransactionRunner, uuidv7 } from '@jazari/database';
import { ValidationProblem } from '@jazari/http';
import { type Page, pageSize, datedCursor } from '../attention/work-list.js';
import { requirePerson, WorkProblems } from '../attention/work-problems.js';
import { ProjectAccess } from '../project-access.js';
import { ProjectHistory } from '../project-history.js';
import type { CreateStatusReportDto, StatusReportDto } from './status-report.dto.js';
import { StatusReportRepository, type StatusReportRow } from './status-report.repository.js';

/** A project's periodic status reports: a RAG rating, what happened, what could go wrong. Never edited. */
@Injectable()
export class StatusReportService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly access: ProjectAccess,
    private readonly history: ProjectHistory,
    private readonly reports: StatusReportRepository,
  ) {}

  list(
    actor: Actor,
    projectId: string,
    query: { cursor?: string; limit?: number },
  ): Promise<Page<StatusReportDto>> {
    const after = datedCursor.decodeOptional(query.cursor);
    const limit = pageSize(query.limit);
    return this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.access.read(tx, actor, projectId);
      const page = datedCursor.page(await this.reports.list(tx, scope, after, limit + 1), limit, (r) => [
        r.periodEnd,
        r.id,
      ]);
      return { data: page.data.map(toDto), nextCursor: page.nextCursor };
    });
  }

  get(actor: Actor, projectId: string, reportId: string): Promise<StatusReportDto> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.access.read(tx, actor, projectId);
      const report = await this.reports.find(tx, scope, reportId);
      if (!report) throw WorkProblems.notFound('status report');
      return toDto(report);
    });
  }

  create(actor: Actor, projectId: string, input: CreateStatusReportDto): Promise<StatusReportDto> {
    return this.transactions.run(actorContext(actor), async (tx) => {
      const scope = await this.access.edit(tx, actor, projectId);
      const author = requirePerson(actor);
      if (input.periodEnd < input.periodStart) {
        throw new ValidationProblem([
          { field: 'periodEnd', messages: ['periodEnd must not be before periodStart'] },
        ]);
      }
      const report = await this.reports.insert(tx, scope, {
        id: uuidv7(),
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        rag: input.rag,
        narrative: input.narrative,
        risks: input.risks ?? '',
        authorId: author.userId,
      });
      await this.history.record(tx, scope, actor, 'status_report.added', {
        reportId: report.id,
        periodStart: report.periodStart,
        periodEnd: report.periodEnd,
        rag: report.rag,
      });
      return toDto(report);
    });
  }
}

function toDto(r: StatusReportRow): StatusReportDto {
  return {
    id: r.id,
    projectId: r.projectId,
    periodStart: r.periodStart,
    periodEnd: r.periodEnd,
    rag: r.rag,
    narrative: r.narrative,
    risks: r.risks,
    authorId: r.authorId,
    createdAt: r.createdAt.toISOString(),
  };
}

import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentActor, RequirePermission, type Actor } from '@jazari/access';
import { uuidParam } from '@jazari/http';
import { CreateReportScheduleDto, ReportScheduleDto, ReportSchedulePageDto } from '../report.dto.js';
import { ReportScheduleService } from './report-schedule.service.js';

const PROBLEM = 'Problem (application/problem+json), type ';

@ApiTags('reports')
@Controller('report-schedules')
export class ReportScheduleController {
  constructor(private readonly schedules: ReportScheduleService) {}

  @Post()
  @RequirePermission('reports.schedule')
  @ApiOperation({
    summary: 'Schedule a recurring report (monthly or quarterly)',
    description:
      'On the 1st of each month (or quarter) at 06:00 Africa/Casablanca, a report on the previous month ' +
      '(or quarter) is produced once, whatever the number of workers, and its creator is notified.',
  })
  @ApiCreatedResponse({ type: ReportScheduleDto })
  @ApiBadRequestResponse({ description: `${PROBLEM}validation-failed` })
  @ApiForbiddenResponse({ description: `${PROBLEM}forbidden` })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found (an institute or partner that is not yours)` })
  create(@CurrentActor() actor: Actor, @Body() body: CreateReportScheduleDto): Promise<ReportScheduleDto> {
    return this.schedules.create(actor, body);
  }

  @Get()
  @RequirePermission('reports.read')
  @ApiOperation({ summary: "Your tenant's recurring reports" })
  @ApiOkResponse({ type: ReportSchedulePageDto })
  list(@CurrentActor() actor: Actor): Promise<ReportSchedulePageDto> {
    return this.schedules.list(actor);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission('reports.schedule')
  @ApiOperation({ summary: 'Stop a recurring report (its reports stay)' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  remove(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<void> {
    return this.schedules.remove(actor, id);
  }
}

import { Body, Controller, Get, HttpCode, Param, Post, Res, StreamableFile } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { CurrentActor, RequirePermission, type Actor } from '@jazari/access';
import { uuidParam } from '@jazari/http';
import type { FastifyReply } from 'fastify';
import {
  AttendanceDto,
  CheckInDto,
  InvitationResultDto,
  InviteDto,
  RegistrationDto,
} from './registration.dto.js';
import { AttendanceService } from './attendance.service.js';
import { RegistrationService } from './registration.service.js';

const PROBLEM = 'Problem (application/problem+json), type ';

@ApiTags('workshops')
@Controller('workshops/:id')
export class RegistrationController {
  constructor(
    private readonly registrations: RegistrationService,
    private readonly attendances: AttendanceService,
  ) {}

  @Post('register')
  @HttpCode(200)
  @RequirePermission('workshops.register')
  @ApiOperation({ summary: 'Register yourself: a seat if one is free, else the waitlist' })
  @ApiOkResponse({ type: RegistrationDto })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  @ApiForbiddenResponse({ description: `${PROBLEM}not-in-audience` })
  @ApiConflictResponse({ description: `${PROBLEM}registration-closed, already-registered` })
  register(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<RegistrationDto> {
    return this.registrations.register(actor, id);
  }

  @Post('cancel-registration')
  @HttpCode(200)
  @RequirePermission('workshops.register')
  @ApiOperation({ summary: 'Give up your place; the first on the waitlist takes a freed seat' })
  @ApiOkResponse({ type: RegistrationDto })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  @ApiConflictResponse({ description: `${PROBLEM}not-registered, registration-closed` })
  cancel(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<RegistrationDto> {
    return this.registrations.cancel(actor, id);
  }

  @Post('invitations')
  @HttpCode(200)
  @RequirePermission('workshops.manage')
  @ApiOperation({ summary: 'Invite named people (organisers); each may accept or decline' })
  @ApiOkResponse({ type: InvitationResultDto })
  @ApiBadRequestResponse({ description: `${PROBLEM}validation-failed` })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  @ApiForbiddenResponse({ description: `${PROBLEM}workshop-read-only` })
  @ApiConflictResponse({ description: `${PROBLEM}registration-closed` })
  invite(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() body: InviteDto,
  ): Promise<InvitationResultDto> {
    return this.registrations.invite(actor, id, body);
  }

  @Post('invitation/accept')
  @HttpCode(200)
  @RequirePermission('workshops.register')
  @ApiOperation({ summary: 'Accept your invitation: a seat if one is free, else the waitlist' })
  @ApiOkResponse({ type: RegistrationDto })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  @ApiConflictResponse({ description: `${PROBLEM}not-invited, registration-closed` })
  accept(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<RegistrationDto> {
    return this.registrations.accept(actor, id);
  }

  @Post('invitation/decline')
  @HttpCode(200)
  @RequirePermission('workshops.register')
  @ApiOperation({ summary: 'Decline your invitation' })
  @ApiOkResponse({ type: RegistrationDto })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  @ApiConflictResponse({ description: `${PROBLEM}not-invited` })
  decline(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<RegistrationDto> {
    return this.registrations.decline(actor, id);
  }

  @Post('check-in')
  @HttpCode(200)
  @RequirePermission('workshops.register')
  @ApiOperation({ summary: 'Check yourself in with the code shown at the venue' })
  @ApiOkResponse({ type: RegistrationDto })
  @ApiBadRequestResponse({ description: `${PROBLEM}validation-failed` })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  @ApiConflictResponse({ description: `${PROBLEM}not-registered, check-in-closed` })
  @ApiUnprocessableEntityResponse({ description: `${PROBLEM}wrong-check-in-code` })
  @ApiTooManyRequestsResponse({ description: `${PROBLEM}too-many-requests (5 wrong codes)` })
  checkIn(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() body: CheckInDto,
  ): Promise<RegistrationDto> {
    return this.attendances.checkIn(actor, id, body.code);
  }

  @Post('registrations/:registrationId/check-in')
  @HttpCode(200)
  @RequirePermission('workshops.manage')
  @ApiOperation({ summary: 'Check a registered person in (organisers)' })
  @ApiOkResponse({ type: RegistrationDto })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  @ApiForbiddenResponse({ description: `${PROBLEM}workshop-read-only` })
  @ApiConflictResponse({ description: `${PROBLEM}not-registered, check-in-closed` })
  checkInFor(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Param('registrationId', uuidParam('registrationId')) registrationId: string,
  ): Promise<RegistrationDto> {
    return this.attendances.checkInFor(actor, id, registrationId);
  }

  @Get('attendance')
  @RequirePermission('workshops.manage')
  @ApiOperation({
    summary: 'The attendance list: registrations, waitlist, invitations, check-ins (organisers)',
  })
  @ApiOkResponse({ type: AttendanceDto })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  @ApiForbiddenResponse({ description: `${PROBLEM}workshop-read-only` })
  attendance(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<AttendanceDto> {
    return this.attendances.attendance(actor, id);
  }

  @Get('certificate.pdf')
  @RequirePermission('workshops.read')
  @ApiOperation({ summary: 'Your attendance certificate (PDF), once you checked in' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ description: 'A PDF', schema: { type: 'string', format: 'binary' } })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  @ApiForbiddenResponse({ description: `${PROBLEM}not-attended` })
  async certificate(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const pdf = await this.attendances.certificate(actor, id);
    void reply
      .header('content-type', 'application/pdf')
      .header('content-disposition', `inline; filename="attendance-${id}.pdf"`)
      .header('cache-control', 'private, no-cache');
    return new StreamableFile(pdf);
  }
}

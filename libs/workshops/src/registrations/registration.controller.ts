import { Body, Controller, Param, Res, StreamableFile } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentActor, type Actor, ReadRoute, ActionRoute } from '@jazari/access';
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

  @ActionRoute({
    method: 'post',
    path: 'register',
    status: 200,
    permission: 'workshops.register',
    summary: 'Register yourself: a seat if one is free, else the waitlist',
    ok: RegistrationDto,
    problems: {
      403: `${PROBLEM}not-in-audience`,
      404: `${PROBLEM}not-found`,
      409: `${PROBLEM}registration-closed, already-registered`,
    },
  })
  register(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<RegistrationDto> {
    return this.registrations.register(actor, id);
  }

  @ActionRoute({
    method: 'post',
    path: 'cancel-registration',
    status: 200,
    permission: 'workshops.register',
    summary: 'Give up your place; the first on the waitlist takes a freed seat',
    ok: RegistrationDto,
    problems: { 404: `${PROBLEM}not-found`, 409: `${PROBLEM}not-registered, registration-closed` },
  })
  cancel(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<RegistrationDto> {
    return this.registrations.cancel(actor, id);
  }

  @ActionRoute({
    method: 'post',
    path: 'invitations',
    status: 200,
    permission: 'workshops.manage',
    summary: 'Invite named people (organisers); each may accept or decline',
    ok: InvitationResultDto,
    problems: {
      400: `${PROBLEM}validation-failed`,
      403: `${PROBLEM}workshop-read-only`,
      404: `${PROBLEM}not-found`,
      409: `${PROBLEM}registration-closed`,
    },
  })
  invite(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() body: InviteDto,
  ): Promise<InvitationResultDto> {
    return this.registrations.invite(actor, id, body);
  }

  @ActionRoute({
    method: 'post',
    path: 'invitation/accept',
    status: 200,
    permission: 'workshops.register',
    summary: 'Accept your invitation: a seat if one is free, else the waitlist',
    ok: RegistrationDto,
    problems: { 404: `${PROBLEM}not-found`, 409: `${PROBLEM}not-invited, registration-closed` },
  })
  accept(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<RegistrationDto> {
    return this.registrations.accept(actor, id);
  }

  @ActionRoute({
    method: 'post',
    path: 'invitation/decline',
    status: 200,
    permission: 'workshops.register',
    summary: 'Decline your invitation',
    ok: RegistrationDto,
    problems: { 404: `${PROBLEM}not-found`, 409: `${PROBLEM}not-invited` },
  })
  decline(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<RegistrationDto> {
    return this.registrations.decline(actor, id);
  }

  @ActionRoute({
    method: 'post',
    path: 'check-in',
    status: 200,
    permission: 'workshops.register',
    summary: 'Check yourself in with the code shown at the venue',
    ok: RegistrationDto,
    problems: {
      400: `${PROBLEM}validation-failed`,
      404: `${PROBLEM}not-found`,
      409: `${PROBLEM}not-registered, check-in-closed`,
      422: `${PROBLEM}wrong-check-in-code`,
      429: `${PROBLEM}too-many-requests (5 wrong codes)`,
    },
  })
  checkIn(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() body: CheckInDto,
  ): Promise<RegistrationDto> {
    return this.attendances.checkIn(actor, id, body.code);
  }

  @ActionRoute({
    method: 'post',
    path: 'registrations/:registrationId/check-in',
    status: 200,
    permission: 'workshops.manage',
    summary: 'Check a registered person in (organisers)',
    ok: RegistrationDto,
    problems: {
      403: `${PROBLEM}workshop-read-only`,
      404: `${PROBLEM}not-found`,
      409: `${PROBLEM}not-registered, check-in-closed`,
    },
  })
  checkInFor(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Param('registrationId', uuidParam('registrationId')) registrationId: string,
  ): Promise<RegistrationDto> {
    return this.attendances.checkInFor(actor, id, registrationId);
  }

  @ReadRoute({
    path: 'attendance',
    permission: 'workshops.manage',
    summary: 'The attendance list: registrations, waitlist, invitations, check-ins (organisers)',
    ok: AttendanceDto,
    problems: { 403: `${PROBLEM}workshop-read-only`, 404: `${PROBLEM}not-found` },
  })
  attendance(@CurrentActor() actor: Actor, @Param('id', uuidParam()) id: string): Promise<AttendanceDto> {
    return this.attendances.attendance(actor, id);
  }

  @ReadRoute({
    path: 'certificate.pdf',
    permission: 'workshops.read',
    summary: 'Your attendance certificate (PDF), once you checked in',
    ok: { description: 'A PDF', schema: { type: 'string', format: 'binary' } },
    problems: { 403: `${PROBLEM}not-attended`, 404: `${PROBLEM}not-found` },
  })
  @ApiProduces('application/pdf')
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

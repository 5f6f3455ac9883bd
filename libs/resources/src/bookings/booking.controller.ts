import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentActor, RequirePermission, type Actor } from '@jazari/access';
import { CALENDAR_MEDIA_TYPE, uuidParam } from '@jazari/http';
import type { FastifyReply } from 'fastify';
import { BOOKING_ID, PROBLEM, RESOURCE_ID } from '../resource-http.js';
import { BookingPageDto, BookingResponseDto, CreateBookingDto, ListBookingsQueryDto } from './booking.dto.js';
import { BookingService } from './booking.service.js';

@ApiTags('resources')
@Controller('resources/:id')
export class BookingController {
  constructor(private readonly bookings: BookingService) {}

  @Post('bookings')
  @RequirePermission('resources.request')
  @ApiOperation({
    summary:
      'Book a time slot of a slot-based resource, inside an approved allocation (or directly if allowed)',
    description:
      'Two live bookings of one resource never overlap (an exclusion constraint): the loser gets 409.',
  })
  @ApiParam(RESOURCE_ID)
  @ApiCreatedResponse({ type: BookingResponseDto })
  @ApiBadRequestResponse({ description: `${PROBLEM}validation-failed` })
  @ApiForbiddenResponse({ description: `${PROBLEM}person-required` })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  @ApiConflictResponse({
    description: `${PROBLEM}slot-taken, not-bookable, resource-unavailable, allocation-required, outside-allocation`,
  })
  async book(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Body() body: CreateBookingDto,
  ): Promise<BookingResponseDto> {
    const booking = await this.bookings.book(actor, id, {
      startsAt: new Date(body.startsAt),
      endsAt: new Date(body.endsAt),
      allocationId: body.allocationId ?? null,
      note: body.note ?? null,
    });
    return BookingResponseDto.from(booking);
  }

  @Get('bookings')
  @RequirePermission('resources.read')
  @ApiOperation({
    summary: "A resource's bookings overlapping a window, by start time, in cursor pages",
    description: 'The window defaults to 30 days ago … a year ahead; `nextCursor` continues it.',
  })
  @ApiParam(RESOURCE_ID)
  @ApiOkResponse({ type: BookingPageDto })
  @ApiBadRequestResponse({ description: `${PROBLEM}validation-failed` })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  async list(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Query() query: ListBookingsQueryDto,
  ): Promise<BookingPageDto> {
    const page = await this.bookings.list(
      actor,
      id,
      {
        from: query.from ? new Date(query.from) : undefined,
        to: query.to ? new Date(query.to) : undefined,
        includeCancelled: query.includeCancelled,
      },
      { cursor: query.cursor, limit: query.limit },
    );
    return { data: page.data.map((b) => BookingResponseDto.from(b)), nextCursor: page.nextCursor };
  }

  @Post('bookings/:bookingId/cancel')
  @HttpCode(200)
  @RequirePermission('resources.request')
  @ApiOperation({
    summary: 'Cancel a booking (who booked, their managers, or the owner’s managers): frees the slot',
  })
  @ApiParam(RESOURCE_ID)
  @ApiParam(BOOKING_ID)
  @ApiOkResponse({ type: BookingResponseDto })
  @ApiForbiddenResponse({ description: `${PROBLEM}resource-read-only, person-required` })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  @ApiConflictResponse({ description: `${PROBLEM}illegal-transition (already cancelled)` })
  async cancel(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Param('bookingId', uuidParam('bookingId')) bookingId: string,
  ): Promise<BookingResponseDto> {
    return BookingResponseDto.from(await this.bookings.cancel(actor, id, bookingId));
  }

  @Get('calendar.ics')
  @RequirePermission('resources.read')
  @ApiOperation({ summary: "The resource's bookings as an iCalendar feed (RFC 5545)" })
  @ApiParam(RESOURCE_ID)
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'text/calendar', schema: { type: 'string' } })
  @ApiNotFoundResponse({ description: `${PROBLEM}not-found` })
  async calendar(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const body = await this.bookings.calendar(actor, id);
    void reply.header('content-type', CALENDAR_MEDIA_TYPE);
    void reply.header('content-disposition', 'inline; filename="resource.ics"');
    return body;
  }
}

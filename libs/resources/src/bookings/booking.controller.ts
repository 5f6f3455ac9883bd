import { Body, Controller, Param, Query, Res } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentActor, type Actor, ReadRoute, ActionRoute } from '@jazari/access';
import { CALENDAR_MEDIA_TYPE, uuidParam } from '@jazari/http';
import type { FastifyReply } from 'fastify';
import { BOOKING_ID, PROBLEM, RESOURCE_ID } from '../resource-http.js';
import { BookingPageDto, BookingResponseDto, CreateBookingDto, ListBookingsQueryDto } from './booking.dto.js';
import { BookingService } from './booking.service.js';

@ApiTags('resources')
@Controller('resources/:id')
export class BookingController {
  constructor(private readonly bookings: BookingService) {}

  @ActionRoute({
    method: 'post',
    path: 'bookings',
    permission: 'resources.request',
    summary:
      'Book a time slot of a slot-based resource, inside an approved allocation (or directly if allowed)',
    description:
      'Two live bookings of one resource never overlap (an exclusion constraint): the loser gets 409.',
    params: [RESOURCE_ID],
    created: BookingResponseDto,
    problems: {
      400: `${PROBLEM}validation-failed`,
      403: `${PROBLEM}person-required`,
      404: `${PROBLEM}not-found`,
      409: `${PROBLEM}slot-taken, not-bookable, resource-unavailable, allocation-required, outside-allocation`,
    },
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

  @ReadRoute({
    path: 'bookings',
    permission: 'resources.read',
    summary: "A resource's bookings overlapping a window, by start time, in cursor pages",
    description: 'The window defaults to 30 days ago … a year ahead; `nextCursor` continues it.',
    params: [RESOURCE_ID],
    ok: BookingPageDto,
    problems: { 400: `${PROBLEM}validation-failed`, 404: `${PROBLEM}not-found` },
  })
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

  @ActionRoute({
    method: 'post',
    path: 'bookings/:bookingId/cancel',
    status: 200,
    permission: 'resources.request',
    summary: 'Cancel a booking (who booked, their managers, or the owner’s managers): frees the slot',
    params: [RESOURCE_ID, BOOKING_ID],
    ok: BookingResponseDto,
    problems: {
      403: `${PROBLEM}resource-read-only, person-required`,
      404: `${PROBLEM}not-found`,
      409: `${PROBLEM}illegal-transition (already cancelled)`,
    },
  })
  async cancel(
    @CurrentActor() actor: Actor,
    @Param('id', uuidParam()) id: string,
    @Param('bookingId', uuidParam('bookingId')) bookingId: string,
  ): Promise<BookingResponseDto> {
    return BookingResponseDto.from(await this.bookings.cancel(actor, id, bookingId));
  }

  @ReadRoute({
    path: 'calendar.ics',
    permission: 'resources.read',
    summary: "The resource's bookings as an iCalendar feed (RFC 5545)",
    params: [RESOURCE_ID],
    ok: { description: 'text/calendar', schema: { type: 'string' } },
    problems: { 404: `${PROBLEM}not-found` },
  })
  @ApiProduces('text/calendar')
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

/** OpenAPI descriptions name the problem `type` slug(s) a response may carry. */
export const PROBLEM = 'Problem (application/problem+json), type ';
export const RESOURCE_ID = { name: 'id', format: 'uuid', description: 'Resource id' } as const;
export const ALLOCATION_ID = { name: 'id', format: 'uuid', description: 'Allocation id' } as const;
export const BOOKING_ID = { name: 'bookingId', format: 'uuid', description: 'Booking id' } as const;
export const ETAG_HEADER = {
  ETag: { description: 'The version, `"<version>"`', schema: { type: 'string' } },
} as const;

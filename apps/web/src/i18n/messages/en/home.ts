import type { Translation } from '../catalog';
import type { home as source } from '../fr/home';

export const home: Translation<typeof source> = {
  title: 'Hello {name}',
  'late.title': 'Late',
  'late.none': 'Nothing late: every milestone and deliverable is on time.',
  'late.all': 'See late projects',
  'late.milestone': 'Milestone',
  'late.deliverable': 'Deliverable',
  'late.days': '{count, plural, one {# day late} other {# days late}}',
  'reviews.title': 'Deliverables to review',
  'reviews.none': 'No deliverable is waiting for your review.',
  'reviews.waiting':
    '{count, plural, =0 {submitted today} one {waiting for # day} other {waiting for # days}}',
  'allocations.title': 'Allocations ending within {days} days',
  'allocations.none': 'No allocation ends soon.',
  'allocations.all': 'All my allocations',
  'allocations.endsOn': 'until {date}',
  'allocations.used': '{percent} used',
  'unread.title': 'Unread notifications',
  'unread.none': 'You have read everything.',
  'unread.all': 'All notifications',
  'sign.title': 'To sign',
  'sign.all': 'Every convention awaiting your signature',
};

import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { components } from '../../api/schema';

export type Report = components['schemas']['ReportDto'];
export type ReportStatus = Report['status'];
export type ReportScope = Report['scope'];
export type ReportFormat = Report['format'];

export const REPORT_STATUS_COLOR: Readonly<Record<ReportStatus, string>> = {
  queued: 'gray',
  running: 'blue',
  ready: 'green',
  failed: 'red',
  expired: 'gray',
};

const inFlight = (r: Report) => r.status === 'queued' || r.status === 'running';

/** The tenant's reports, newest first; read again every few seconds while one is rendering. */
export function useReports() {
  const params = { limit: 25 };
  return useInfiniteQuery({
    queryKey: ['/api/v1/reports', params],
    queryFn: ({ pageParam }) =>
      unwrap(api.GET('/api/v1/reports', { params: { query: { ...params, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    refetchInterval: (query) => (query.state.data?.pages.some((p) => p.data.some(inFlight)) ? 2_000 : false),
  });
}

/** One report; polled while it is queued or rendering, so its progress moves on the page. */
export function useReport(id: string) {
  return useQuery({
    queryKey: ['/api/v1/reports/{id}', { id }],
    queryFn: () => unwrap(api.GET('/api/v1/reports/{id}', { params: { path: { id } } })),
    refetchInterval: (query) => (query.state.data && inFlight(query.state.data) ? 1_500 : false),
  });
}

/** The last `count` full quarters before today, newest first (`2026-Q3`). */
export function recentQuarters(today: Date, count: number): string[] {
  let year = today.getUTCFullYear();
  let quarter = Math.floor(today.getUTCMonth() / 3); // the current one, 0-based; the last full is one before
  const out: string[] = [];
  for (let i = 0; i < count; i += 1) {
    if (quarter === 0) {
      year -= 1;
      quarter = 4;
    }
    out.push(`${year}-Q${quarter}`);
    quarter -= 1;
  }
  return out;
}

/** Whether a ready report's file may still be downloaded. */
export function downloadable(r: Report, now = Date.now()): boolean {
  return r.status === 'ready' && (!r.expiresAt || Date.parse(r.expiresAt) > now);
}

import { PageCursor, PageLimit } from '@jazari/http';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../beneficiary.types.js';

export class PageQueryDto {
  @PageCursor()
  cursor?: string;

  @PageLimit(MAX_PAGE_SIZE, DEFAULT_PAGE_SIZE)
  limit?: number;
}

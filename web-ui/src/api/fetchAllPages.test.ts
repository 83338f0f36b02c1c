import { describe, expect, it, vi } from 'vitest';
import { fetchAllPages, type CursorPage } from './fetchAllPages';

/** A list of `total` numbers served `size` at a time, with the cursor being the next offset. */
function pagedList(total: number, size: number) {
  return vi.fn(async (cursor: string | undefined): Promise<CursorPage<number>> => {
    const from = cursor ? Number(cursor) : 0;
    const to = Math.min(total, from + size);
    return { items: Array.from({ length: to - from }, (_, i) => from + i), nextCursor: to < total ? String(to) : null };
  });
}

describe('fetchAllPages', () => {
  it('follows each next cursor, in order, until the list ends', async () => {
    const fetchPage = pagedList(7, 3);
    const all = await fetchAllPages(fetchPage, 10);
    expect(all).toEqual({ items: [0, 1, 2, 3, 4, 5, 6], truncated: false });
    expect(fetchPage.mock.calls.map(([cursor]) => cursor)).toEqual([undefined, '3', '6']);
  });

  it('reads a single page once when there is no next cursor', async () => {
    const fetchPage = pagedList(2, 3);
    expect(await fetchAllPages(fetchPage, 10)).toEqual({ items: [0, 1], truncated: false });
    expect(fetchPage).toHaveBeenCalledTimes(1);
  });

  it('stops at the page bound and says the list was cut short', async () => {
    const fetchPage = pagedList(100, 3);
    const all = await fetchAllPages(fetchPage, 4);
    expect(all.items).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(all.truncated).toBe(true);
    expect(fetchPage).toHaveBeenCalledTimes(4);
  });

  it('is not truncated when the last page allowed is also the last page there is', async () => {
    expect(await fetchAllPages(pagedList(12, 3), 4)).toEqual({ items: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], truncated: false });
  });

  it('passes a failing page on to the caller instead of returning part of the list', async () => {
    const fetchPage = vi.fn(async (cursor: string | undefined): Promise<CursorPage<number>> => {
      if (cursor) throw new Error('page 2 failed');
      return { items: [1], nextCursor: 'next' };
    });
    await expect(fetchAllPages(fetchPage, 10)).rejects.toThrow('page 2 failed');
  });
});

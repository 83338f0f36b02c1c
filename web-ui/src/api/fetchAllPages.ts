/** One page of a cursor-paginated list, the shape every list endpoint of the contract returns. */
export interface CursorPage<T> {
  items: T[];
  nextCursor?: string | null;
}

export interface AllPages<T> {
  items: T[];
  /** The bound was reached while the server still offered a next page. */
  truncated: boolean;
}

/**
 * Follows nextCursor until the list ends. Bounded so a runaway cursor can never spin forever; `truncated`
 * tells the caller whether the bound cut the list short.
 */
export async function fetchAllPages<T>(
  fetchPage: (cursor: string | undefined) => Promise<CursorPage<T>>,
  maxPages: number,
): Promise<AllPages<T>> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let i = 0; i < maxPages; i++) {
    const page = await fetchPage(cursor);
    items.push(...page.items);
    if (!page.nextCursor) return { items, truncated: false };
    cursor = page.nextCursor;
  }
  return { items, truncated: true };
}

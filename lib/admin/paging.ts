// Cursor paging shared by the admin lists: a page of items and the cursor of the next page.
import { z } from "zod";

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 50;

export const pageSize = z.coerce
  .number("limit must be an integer")
  .int("limit must be an integer")
  .min(1, "limit must be at least 1")
  .max(MAX_PAGE_SIZE, `limit must be at most ${MAX_PAGE_SIZE}`)
  .default(DEFAULT_PAGE_SIZE);

export type Page<T> = { items: T[]; next_cursor: string | null };

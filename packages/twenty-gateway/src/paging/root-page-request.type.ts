import { type z } from 'zod';

// Twenty's QUERY_MAX_RECORDS: the largest page a root query returns.
export const ROOT_PAGE_SIZE = 200;
// Root fields sent in one document; Twenty also refuses the same root field twice in one document.
export const MAX_ROOT_FIELDS_PER_DOCUMENT = 20;

/**
 * One root query read to its end with cursor paging. Twenty ignores `first`, `filter` and
 * `orderBy` on nested one-to-many connections (at most 60 rows, hasNextPage false:
 * process-nested-relations-v2.helper.ts), so every list the app needs is a root query.
 */
export type RootPageRequest<TNode extends z.ZodType = z.ZodType> = {
  /** The root field, e.g. `creditAllocations`. */
  field: string;
  /** The object's GraphQL type name, e.g. `CreditAllocation` (for `CreditAllocationFilterInput`). */
  typeName: string;
  filter: Record<string, unknown>;
  /** The node's fields, GraphQL selection syntax. */
  selection: string;
  node: TNode;
};

export type RootPageRequests = Record<string, RootPageRequest>;

export type RootPages<TRequests extends RootPageRequests> = {
  [TKey in keyof TRequests]: z.infer<TRequests[TKey]['node']>[];
};

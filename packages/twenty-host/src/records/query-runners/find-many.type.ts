import { type ObjectMetadata } from '../../manifest/object-metadata.type';
import { type ApiRecord } from '../record-format.util';

export type FindManyArgs = {
  filter?: unknown;
  orderBy?: unknown;
  first?: number | null;
  last?: number | null;
  after?: string | null;
  before?: string | null;
  offset?: number | null;
};

export type FindManyResult = {
  edges: { cursor: string; node: ApiRecord }[];
  pageInfo: {
    startCursor: string | null;
    endCursor: string | null;
    hasNextPage: boolean;
    hasPreviousPage: boolean;
  };
  /** Scope of the query without paging, for totalCount and aggregates. */
  scope: { object: ObjectMetadata; filter: unknown };
};

import { type ObjectMetadata } from '../../manifest/object-metadata.type';
import { type ColumnDefinition } from '../../database/columns.util';
import { type ApiRecord } from '../record-format.util';
import { type AggregateOperation } from './aggregate-operation.type';

/** Reads one aggregate of one group; the first read runs the grouped query for every group. */
export type GroupAggregates = {
  read: (spec: {
    operation: AggregateOperation | 'totalCount';
    column: ColumnDefinition | null;
  }) => Promise<number | string | null>;
};

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
  scope: {
    object: ObjectMetadata;
    filter: unknown;
    /** A group of a `…GroupBy` answer: its aggregates come from one grouped query for all groups. */
    groupAggregates?: GroupAggregates;
  };
};

import { type DatabaseService } from '../database/database.service';
import { type ObjectMetadata } from '../manifest/object-metadata.type';
import { buildWhere, mentionsDeletedAt } from '../records/filter.util';
import { assertOperationPermitted } from '../permissions/assert-operation-permitted.util';
import { type FindManyResult } from '../records/query-runners/find-many.type';
import { toRecordsException } from '../records/query-runners/utils/to-records-exception.util';
import { type WriteContext } from '../records/record-event.type';
import { SqlParams } from '../records/sql-params.util';
import { getGroupByExpression } from './get-group-by-expression.util';
import { getGroupScopeFilter } from './get-group-scope-filter.util';
import { buildGroupByOrderClause } from './group-by-order.util';
import { parseGroupByArgs } from './parse-group-by-args.util';
import {
  buildAggregateSelect,
  readAggregateValue,
} from '../records/query-runners/aggregate-query-runner.service';
import { type GroupAggregates } from '../records/query-runners/find-many.type';

// Twenty: api/common/common-query-runners/common-group-by-query-runner.service.ts and
// graphql-query-runner/group-by/utils/get-group-limit.util.ts (DEFAULT_NUMBER_OF_GROUPS_LIMIT).
export const DEFAULT_NUMBER_OF_GROUPS_LIMIT = 50;

export type GroupByArgs = {
  groupBy: unknown;
  filter?: unknown;
  orderBy?: unknown;
  limit?: unknown;
};

/** One `…GroupByConnection`: its dimension values and the scope its aggregates read. */
export type GroupByResult = FindManyResult & {
  groupByDimensionValues: unknown[];
};

const getGroupLimit = (limit: unknown): number =>
  typeof limit === 'number' && Number.isInteger(limit) && limit > 0
    ? limit
    : DEFAULT_NUMBER_OF_GROUPS_LIMIT;

export class GroupByQueryRunnerService {
  constructor(private readonly database: DatabaseService) {}

  async run({
    object,
    args,
    context,
  }: {
    object: ObjectMetadata;
    args: GroupByArgs;
    context: WriteContext;
  }): Promise<GroupByResult[]> {
    assertOperationPermitted({
      permissions: context.permissions,
      object,
      operation: 'select',
    });
    const dimensions = parseGroupByArgs({ object, groupBy: args.groupBy });
    const params = new SqlParams();
    const where = buildWhere(object, args.filter, params);
    const scope = mentionsDeletedAt(args.filter)
      ? where
      : `(${where}) AND t."deletedAt" IS NULL`;
    const selects = dimensions.map(
      (dimension, index) => `${getGroupByExpression(dimension)} AS "d${index}"`,
    );
    const groupBy = dimensions.map((_dimension, index) => `${index + 1}`);
    const orderBy = buildGroupByOrderClause({
      object,
      dimensions,
      orderBy: args.orderBy,
    });
    const sql = `SELECT ${selects.join(', ')} FROM ${this.database.table(object)} t WHERE ${scope} GROUP BY ${groupBy.join(', ')} ORDER BY ${orderBy} LIMIT ${getGroupLimit(args.limit)}`;
    let rows: Record<string, unknown>[];
    try {
      rows = (await this.database.query(sql, params.values)) as Record<
        string,
        unknown
      >[];
    } catch (error) {
      throw toRecordsException(error);
    }
    // Twenty computes a group's aggregates in the grouped query itself
    // (common-group-by-query-runner.service.ts): each aggregate asked for is read here once for
    // every group with the same GROUP BY, not once per group.
    const keyOf = (values: unknown[]) => JSON.stringify(values);
    const loaded = new Map<string, Promise<Map<string, string | null>>>();
    const read = ({
      operation,
      column,
    }: Parameters<GroupAggregates['read']>[0]): Promise<
      Map<string, string | null>
    > => {
      const select =
        operation === 'totalCount' || column === null
          ? 'count(*)::text'
          : buildAggregateSelect(operation, column);
      let values = loaded.get(select);
      if (values === undefined) {
        values = this.database
          .query(
            `SELECT ${selects.join(', ')}, ${select} AS "value" FROM ${this.database.table(object)} t WHERE ${scope} GROUP BY ${groupBy.join(', ')}`,
            params.values,
          )
          .then(
            (grouped) =>
              new Map(
                (grouped as Record<string, unknown>[]).map((row) => [
                  keyOf(
                    dimensions.map((_dimension, index) => row[`d${index}`]),
                  ),
                  (row.value as string | null) ?? null,
                ]),
              ),
            (error: unknown) => {
              throw toRecordsException(error);
            },
          );
        loaded.set(select, values);
      }
      return values;
    };
    return rows.map((row) => {
      const values = dimensions.map((_dimension, index) => row[`d${index}`]);
      const groupAggregates: GroupAggregates = {
        read: async (spec) => {
          const value = (await read(spec)).get(keyOf(values)) ?? null;
          if (spec.operation === 'totalCount' || spec.column === null)
            return Number(value ?? 0);
          return readAggregateValue(value, spec.operation, spec.column);
        },
      };
      const groupFilters = dimensions.map((dimension, index) =>
        getGroupScopeFilter({ dimension, value: values[index] }),
      );
      const filter = {
        and: [
          ...(args.filter === undefined || args.filter === null
            ? []
            : [args.filter]),
          ...groupFilters,
        ],
      };
      return {
        groupByDimensionValues: values,
        edges: [],
        pageInfo: {
          startCursor: null,
          endCursor: null,
          hasNextPage: false,
          hasPreviousPage: false,
        },
        scope: { object, filter, groupAggregates },
      };
    });
  }
}

import { type ObjectMetadata } from '../../../manifest/object-metadata.type';
import { buildWhere, mentionsDeletedAt } from '../../filter.util';
import { type SqlParams } from '../../sql-params.util';

/**
 * The WHERE of a query: the filter, plus `deletedAt IS NULL` unless the filter mentions
 * deletedAt (Twenty: GraphqlQueryParser.applyDeletedAtToBuilder) or the caller includes
 * deleted rows.
 */
export const buildScopeWhere = ({
  object,
  filter,
  params,
  includeDeleted = false,
}: {
  object: ObjectMetadata;
  filter: unknown;
  params: SqlParams;
  includeDeleted?: boolean;
}): string => {
  const where = buildWhere(object, filter, params);
  if (includeDeleted || mentionsDeletedAt(filter)) return where;
  return `(${where}) AND t."deletedAt" IS NULL`;
};

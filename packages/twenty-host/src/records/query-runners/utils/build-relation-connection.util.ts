import { type ObjectMetadata } from '../../../manifest/object-metadata.type';
import { buildOrderTerms, encodeCursor } from '../../order-by.util';
import { type RecordRow, rowToRecord } from '../../record-format.util';
import { type FindManyResult } from '../find-many.type';

/** A parent's nested connection: its rows, no next page, totalCount over all its children. */
export const buildRelationConnection = ({
  object,
  joinColumn,
  parentId,
  rows,
}: {
  object: ObjectMetadata;
  joinColumn: string;
  parentId: string;
  rows: RecordRow[];
}): FindManyResult => {
  const terms = buildOrderTerms(object, undefined);
  const edges = rows.map((row) => ({
    cursor: encodeCursor(terms, row),
    node: rowToRecord(object, row),
  }));
  return {
    edges,
    pageInfo: {
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
      hasNextPage: false,
      hasPreviousPage: false,
    },
    scope: { object, filter: { [joinColumn]: { eq: parentId } } },
  };
};

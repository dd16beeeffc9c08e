import { type SqlExecutor } from '../../../database/database.service';
import { type FieldMetadata } from '../../../manifest/object-metadata.type';
import { RecordsException } from '../../records.exception';
import { type RecordsQueryRunnerDeps } from '../records-query-runner-deps.type';
import { findObjectOrThrow } from './find-object.util';
import { isPlainObject } from './is-plain-object.util';
import { selectRows } from './select-rows.util';

/** The join-column value of a `{ connect: { where } }` / `{ disconnect: true }` input. */
export const resolveConnect = async ({
  deps,
  executor,
  field,
  value,
}: {
  deps: RecordsQueryRunnerDeps;
  executor: SqlExecutor;
  field: FieldMetadata;
  value: unknown;
}): Promise<string | null> => {
  if (!isPlainObject(value)) {
    throw new RecordsException(
      `Relation "${field.name}" expects { connect } or { disconnect }`,
      'INVALID_INPUT',
    );
  }
  if (value.disconnect === true) return null;
  const where = isPlainObject(value.connect) ? value.connect.where : undefined;
  if (!isPlainObject(where)) {
    throw new RecordsException(
      `Relation "${field.name}" expects connect.where`,
      'INVALID_INPUT',
    );
  }
  const target = findObjectOrThrow({
    metadata: deps.metadata,
    universalIdentifier: field.relation?.targetObjectUniversalIdentifier ?? '',
  });
  const filter: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(where)) {
    if (inner === undefined || inner === null) continue;
    filter[key] = isPlainObject(inner)
      ? Object.fromEntries(
          Object.entries(inner).map(([sub, subValue]) => [
            sub,
            { eq: subValue },
          ]),
        )
      : { eq: inner };
  }
  const found = await selectRows({
    deps,
    executor,
    object: target,
    filter,
    includeDeleted: false,
    forUpdate: false,
  });
  const [match] = found;
  if (match === undefined || found.length > 1) {
    throw new RecordsException(
      `Cannot connect ${field.name}: no ${target.nameSingular} matches ${JSON.stringify(where)}`,
      'CONNECT_RECORD_NOT_FOUND',
    );
  }
  return match.id;
};

import { type SqlExecutor } from '../../../database/database.service';
import { type ObjectMetadata } from '../../../manifest/object-metadata.type';
import { type ApiRecord } from '../../record-format.util';
import { RecordsException } from '../../records.exception';
import { type RecordsQueryRunnerDeps } from '../records-query-runner-deps.type';
import { type ColumnValues } from './column-values.type';
import { selectRows } from './select-rows.util';

/**
 * The record an upsert input matches on id or a unique field, soft-deleted rows included
 * (Twenty: common-create-many-query-runner/utils/get-conflicting-fields.util.ts).
 */
export const findUpsertMatch = async ({
  deps,
  executor,
  object,
  input,
}: {
  deps: RecordsQueryRunnerDeps;
  executor: SqlExecutor;
  object: ObjectMetadata;
  input: ColumnValues;
}): Promise<ApiRecord | undefined> => {
  const alternatives: Record<string, unknown>[] = [];
  const id = input.get('id');
  if (typeof id === 'string') alternatives.push({ id: { eq: id } });
  for (const field of object.fields) {
    if (field.isUnique !== true) continue;
    if (field.uniqueSubField !== undefined) {
      const column = `${field.name}${field.uniqueSubField.charAt(0).toUpperCase()}${field.uniqueSubField.slice(1)}`;
      const value = input.get(column);
      if (typeof value === 'string' && value !== '') {
        alternatives.push({
          [field.name]: { [field.uniqueSubField]: { eq: value } },
        });
      }
      continue;
    }
    const value = input.get(field.name);
    if (value !== undefined && value !== null && value !== '') {
      alternatives.push({ [field.name]: { eq: value } });
    }
  }
  if (alternatives.length === 0) return undefined;
  const matches = await selectRows({
    deps,
    executor,
    object,
    filter: { or: alternatives },
    includeDeleted: true,
  });
  if (matches.length > 1) {
    throw new RecordsException(
      `Multiple ${object.namePlural} match the upsert input on id or unique fields`,
      'UPSERT_MULTIPLE_MATCHING_RECORDS_CONFLICT',
    );
  }
  return matches[0];
};

import { type ObjectMetadata } from '../../manifest/object-metadata.type';
import { assertOperationPermitted } from '../../permissions/assert-operation-permitted.util';
import { type WriteContext } from '../record-event.type';
import { type ApiRecord } from '../record-format.util';
import { type RecordsQueryRunnerDeps } from './records-query-runner-deps.type';
import { setDeletedAt } from './utils/set-deleted-at.util';

/**
 * `delete<Object>(id)` / `delete<Objects>(filter)`: soft delete, `.deleted` events (Twenty:
 * api/common/common-query-runners/common-delete-many-query-runner.service.ts).
 */
export class DeleteManyQueryRunnerService {
  constructor(private readonly deps: RecordsQueryRunnerDeps) {}

  run({
    object,
    filter,
    context,
    expectOne = false,
  }: {
    object: ObjectMetadata;
    filter: unknown;
    context: WriteContext;
    expectOne?: boolean;
  }): Promise<ApiRecord[]> {
    assertOperationPermitted({
      permissions: context.permissions,
      object,
      operation: 'soft-delete',
    });
    return setDeletedAt({
      deps: this.deps,
      object,
      filter,
      includeDeleted: false,
      deletedAt: new Date().toISOString(),
      action: 'deleted',
      context,
      expectOne,
    });
  }
}

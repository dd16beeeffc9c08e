import { type ObjectMetadata } from '../../manifest/object-metadata.type';
import { assertOperationPermitted } from '../../permissions/assert-operation-permitted.util';
import { type WriteContext } from '../record-event.type';
import { type ApiRecord } from '../record-format.util';
import { type RecordsQueryRunnerDeps } from './records-query-runner-deps.type';
import { setDeletedAt } from './utils/set-deleted-at.util';

/**
 * `restore<Object>(id)` / `restore<Objects>(filter)`: soft-deleted matches only, `.restored`
 * events (Twenty: api/common/common-query-runners/common-restore-many-query-runner.service.ts).
 */
export class RestoreManyQueryRunnerService {
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
      operation: 'restore',
    });
    return setDeletedAt({
      deps: this.deps,
      object,
      filter: { and: [filter ?? {}, { deletedAt: { is: 'NOT_NULL' } }] },
      includeDeleted: true,
      deletedAt: null,
      action: 'restored',
      context,
      expectOne,
    });
  }
}

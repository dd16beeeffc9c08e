import { type ColumnDefinition } from '../database/columns.util';
import {
  type ObjectMetadata,
  type WorkspaceMetadata,
} from '../manifest/object-metadata.type';
import { type WriteContext } from './record-event.type';
import { type ApiRecord } from './record-format.util';
import { type AggregateOperation } from './query-runners/aggregate-operation.type';
import { AggregateQueryRunnerService } from './query-runners/aggregate-query-runner.service';
import { CountQueryRunnerService } from './query-runners/count-query-runner.service';
import { CreateManyQueryRunnerService } from './query-runners/create-many-query-runner.service';
import { DeleteManyQueryRunnerService } from './query-runners/delete-many-query-runner.service';
import { DestroyManyQueryRunnerService } from './query-runners/destroy-many-query-runner.service';
import { FindByIdsQueryRunnerService } from './query-runners/find-by-ids-query-runner.service';
import { FindManyQueryRunnerService } from './query-runners/find-many-query-runner.service';
import {
  type FindManyArgs,
  type FindManyResult,
} from './query-runners/find-many.type';
import { FindOneQueryRunnerService } from './query-runners/find-one-query-runner.service';
import { FindRelationRecordsQueryRunnerService } from './query-runners/find-relation-records-query-runner.service';
import { type RecordsQueryRunnerDeps } from './query-runners/records-query-runner-deps.type';
import { RestoreManyQueryRunnerService } from './query-runners/restore-many-query-runner.service';
import { UpdateManyQueryRunnerService } from './query-runners/update-many-query-runner.service';
import { findObjectOrThrow } from './query-runners/utils/find-object.util';

export { type AggregateOperation } from './query-runners/aggregate-operation.type';
export {
  type FindManyArgs,
  type FindManyResult,
} from './query-runners/find-many.type';
export { type RecordsLimits } from './query-runners/records-query-runner-deps.type';

type ObjectArgs = { object: ObjectMetadata };
type FilterArgs = ObjectArgs & { filter: unknown };
type MutationArgs = FilterArgs & {
  context: WriteContext;
  /** By-id mutation: NOT_FOUND when nothing matches. */
  expectOne?: boolean;
};

/**
 * The records API of the host: one query runner per operation, as twenty-server splits them
 * (api/common/common-query-runners/common-*-query-runner.service.ts). This class only routes.
 */
export class RecordsService {
  private readonly findManyRunner: FindManyQueryRunnerService;
  private readonly findOneRunner: FindOneQueryRunnerService;
  private readonly findByIdsRunner: FindByIdsQueryRunnerService;
  private readonly findRelationRecordsRunner: FindRelationRecordsQueryRunnerService;
  private readonly countRunner: CountQueryRunnerService;
  private readonly aggregateRunner: AggregateQueryRunnerService;
  private readonly createManyRunner: CreateManyQueryRunnerService;
  private readonly updateManyRunner: UpdateManyQueryRunnerService;
  private readonly deleteManyRunner: DeleteManyQueryRunnerService;
  private readonly restoreManyRunner: RestoreManyQueryRunnerService;
  private readonly destroyManyRunner: DestroyManyQueryRunnerService;

  constructor(private readonly deps: RecordsQueryRunnerDeps) {
    this.findManyRunner = new FindManyQueryRunnerService(deps);
    this.findOneRunner = new FindOneQueryRunnerService(this.findManyRunner);
    this.findByIdsRunner = new FindByIdsQueryRunnerService(deps);
    this.findRelationRecordsRunner = new FindRelationRecordsQueryRunnerService(
      deps,
    );
    this.countRunner = new CountQueryRunnerService(deps);
    this.aggregateRunner = new AggregateQueryRunnerService(deps);
    this.createManyRunner = new CreateManyQueryRunnerService(deps);
    this.updateManyRunner = new UpdateManyQueryRunnerService(deps);
    this.deleteManyRunner = new DeleteManyQueryRunnerService(deps);
    this.restoreManyRunner = new RestoreManyQueryRunnerService(deps);
    this.destroyManyRunner = new DestroyManyQueryRunnerService(deps);
  }

  get metadata(): WorkspaceMetadata {
    return this.deps.metadata;
  }

  getObject(nameSingular: string): ObjectMetadata {
    return findObjectOrThrow({ metadata: this.deps.metadata, nameSingular });
  }

  findMany(
    args: ObjectArgs & { args: FindManyArgs; context: WriteContext },
  ): Promise<FindManyResult> {
    return this.findManyRunner.run(args);
  }

  findOne(args: FilterArgs & { context: WriteContext }): Promise<ApiRecord> {
    return this.findOneRunner.run(args);
  }

  findByIds(
    args: ObjectArgs & { ids: string[]; context: WriteContext },
  ): Promise<Map<string, ApiRecord>> {
    return this.findByIdsRunner.run(args);
  }

  /** A nested one-to-many connection, as Twenty serves it (see the runner). */
  findRelationRecords(
    args: ObjectArgs & {
      joinColumn: string;
      parentId: string;
      context: WriteContext;
      batchScope: object;
      batchKey: string;
    },
  ): Promise<FindManyResult> {
    return this.findRelationRecordsRunner.run(args);
  }

  count(args: FilterArgs): Promise<number> {
    return this.countRunner.run(args);
  }

  aggregate(
    args: FilterArgs & {
      operation: AggregateOperation;
      column: ColumnDefinition;
    },
  ): Promise<number | string | null> {
    return this.aggregateRunner.run(args);
  }

  createMany(
    args: ObjectArgs & {
      data: Record<string, unknown>[];
      upsert: boolean;
      context: WriteContext;
    },
  ): Promise<ApiRecord[]> {
    return this.createManyRunner.run(args);
  }

  updateMany(
    args: MutationArgs & { data: Record<string, unknown> },
  ): Promise<ApiRecord[]> {
    return this.updateManyRunner.run(args);
  }

  softDeleteMany(args: MutationArgs): Promise<ApiRecord[]> {
    return this.deleteManyRunner.run(args);
  }

  restoreMany(args: MutationArgs): Promise<ApiRecord[]> {
    return this.restoreManyRunner.run(args);
  }

  destroyMany(args: MutationArgs): Promise<ApiRecord[]> {
    return this.destroyManyRunner.run(args);
  }
}

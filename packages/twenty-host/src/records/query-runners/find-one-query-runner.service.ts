import { type ObjectMetadata } from '../../manifest/object-metadata.type';
import { type WriteContext } from '../record-event.type';
import { type ApiRecord } from '../record-format.util';
import { RecordsException } from '../records.exception';
import { type FindManyQueryRunnerService } from './find-many-query-runner.service';

/**
 * Root `<object>(filter)` query: the first match or NOT_FOUND (Twenty:
 * api/common/common-query-runners/common-find-one-query-runner.service.ts).
 */
export class FindOneQueryRunnerService {
  constructor(private readonly findMany: FindManyQueryRunnerService) {}

  async run({
    object,
    filter,
    context,
  }: {
    object: ObjectMetadata;
    filter: unknown;
    context: WriteContext;
  }): Promise<ApiRecord> {
    const result = await this.findMany.run({
      object,
      args: { filter, first: 1 },
      context,
    });
    const node = result.edges[0]?.node;
    if (node === undefined) {
      throw new RecordsException('Record not found', 'RECORD_NOT_FOUND');
    }
    return node;
  }
}

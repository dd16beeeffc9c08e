import { type GroupByQueryRunnerService } from '../group-by/group-by-query-runner.service';
import { type RecordsService } from '../records/records.service';
import { type WriteContext } from '../records/record-event.type';

export type GraphqlContext = {
  records: RecordsService;
  groupBy: GroupByQueryRunnerService;
  writeContext: WriteContext;
};

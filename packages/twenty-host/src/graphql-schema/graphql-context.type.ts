import { type RecordsService } from '../records/records.service';
import { type WriteContext } from '../records/record-event.type';

export type GraphqlContext = {
  records: RecordsService;
  writeContext: WriteContext;
};

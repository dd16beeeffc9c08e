import { type DatabaseService } from '../../database/database.service';
import { type WorkspaceMetadata } from '../../manifest/object-metadata.type';
import { type RecordEventBatch } from '../record-event.type';

export type RecordsLimits = {
  /** QUERY_MAX_RECORDS: default page size and the cap on batch writes. */
  queryMaxRecords: number;
};

/** What every query runner shares (Twenty: the common-base-query-runner's injected services). */
export type RecordsQueryRunnerDeps = {
  database: DatabaseService;
  metadata: WorkspaceMetadata;
  limits: RecordsLimits;
  /** Called after a write transaction commits, with the events it produced. */
  onCommitted: (batches: RecordEventBatch[]) => void;
};

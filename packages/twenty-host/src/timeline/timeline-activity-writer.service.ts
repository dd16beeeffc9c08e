import {
  type ObjectMetadata,
  type TimelineActivityTypeDefinition,
} from '../manifest/object-metadata.type';
import {
  type RecordEventBatch,
  type WriteContext,
} from '../records/record-event.type';
import { type RecordsService } from '../records/records.service';
import {
  planTimelineActivities,
  resolveTimelineRules,
  type PlannedTimelineActivity,
  type TimelineDiff,
  type TimelineRule,
} from './plan-timeline-activities.util';

// Twenty writes timeline rows itself, outside any user's permissions.
const TIMELINE_CONTEXT: WriteContext = {
  actor: {
    source: 'SYSTEM',
    workspaceMemberId: null,
    name: 'System',
    context: {},
  },
};

// modules/timeline/repositories/timeline-activity.repository.ts: a row of the same type, record,
// linked record and member created in the last ten minutes takes the new diff instead.
const MERGE_WINDOW_MS = 10 * 60 * 1000;

/** objectRecordDiffMerge: the oldest `before` and the newest `after` of each field. */
const mergeDiffs = (older: TimelineDiff, newer: TimelineDiff): TimelineDiff => {
  const merged: TimelineDiff = { ...older };
  for (const [key, change] of Object.entries(newer))
    merged[key] = {
      before: older[key] === undefined ? change.before : older[key].before,
      after: change.after,
    };
  return merged;
};

/**
 * Writes the timeline rows of the app's timeline activity types after each committed write,
 * one batch after another (Twenty queues them as upsert-timeline-activity jobs). Never raises
 * events of its own: Twenty emits none for timelineActivity.
 */
export class TimelineActivityWriter {
  private chain: Promise<void> = Promise.resolve();
  private readonly timelineObject: ObjectMetadata | undefined;
  private readonly rules: TimelineRule[];

  constructor(
    private readonly deps: {
      records: RecordsService;
      types: readonly TimelineActivityTypeDefinition[];
      objects: readonly ObjectMetadata[];
      onError: (error: unknown) => void;
    },
  ) {
    this.timelineObject = deps.objects.find(
      (object) => object.nameSingular === 'timelineActivity',
    );
    // Resolved once: every committed write passes through record().
    this.rules =
      this.timelineObject === undefined
        ? []
        : resolveTimelineRules({
            types: deps.types,
            timelineObject: this.timelineObject,
            objects: deps.objects,
          });
  }

  /** Plans the batches' rows now and writes them in turn; resolves once they are written. */
  record(batches: readonly RecordEventBatch[]): Promise<void> | null {
    const timelineObject = this.timelineObject;
    if (this.rules.length === 0 || timelineObject === undefined) return null;
    const now = new Date();
    const rows = batches.flatMap((batch) =>
      planTimelineActivities({ batch, rules: this.rules, now }),
    );
    if (rows.length === 0) return null;
    this.chain = this.chain
      .then(() => this.write(timelineObject, rows))
      .catch(this.deps.onError);
    return this.chain;
  }

  private async write(
    timelineObject: ObjectMetadata,
    rows: PlannedTimelineActivity[],
  ): Promise<void> {
    const inserts: PlannedTimelineActivity[] = [];
    for (const row of rows) {
      const merged =
        row.workspaceMemberId === null
          ? false
          : await this.mergeIntoRecent(timelineObject, row);
      if (!merged) inserts.push(row);
    }
    if (inserts.length === 0) return;
    const data = inserts.map(({ targetColumn, targetId, ...fields }) => ({
      ...fields,
      [targetColumn]: targetId,
    }));
    try {
      await this.deps.records.createMany({
        object: timelineObject,
        data,
        upsert: false,
        context: TIMELINE_CONTEXT,
      });
    } catch {
      // A target deleted meanwhile: Twenty retries without the rows whose target is gone.
      for (const row of data)
        await this.deps.records
          .createMany({
            object: timelineObject,
            data: [row],
            upsert: false,
            context: TIMELINE_CONTEXT,
          })
          .catch(() => undefined);
    }
  }

  // In Twenty a row without a member never merges (`IN (NULL)` matches nothing).
  private async mergeIntoRecent(
    timelineObject: ObjectMetadata,
    row: PlannedTimelineActivity,
  ): Promise<boolean> {
    const recent = await this.deps.records.findMany({
      object: timelineObject,
      args: {
        filter: {
          [row.targetColumn]: { eq: row.targetId },
          workspaceMemberId: { eq: row.workspaceMemberId },
          timelineActivityTypeId: { eq: row.timelineActivityTypeId },
          linkedRecordId: { eq: row.linkedRecordId },
          createdAt: {
            gt: new Date(Date.now() - MERGE_WINDOW_MS).toISOString(),
          },
        },
        first: 1,
      },
      context: TIMELINE_CONTEXT,
    });
    const existing = recent.edges[0]?.node;
    if (existing === undefined) return false;
    const older = (existing.properties as { diff?: TimelineDiff } | null)?.diff;
    await this.deps.records.updateMany({
      object: timelineObject,
      filter: { id: { eq: existing.id } },
      data: {
        properties: {
          diff: mergeDiffs(older ?? {}, row.properties.diff ?? {}),
        },
      },
      context: TIMELINE_CONTEXT,
    });
    return true;
  }
}

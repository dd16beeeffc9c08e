import { join } from 'node:path';

import { loadWorkspaceMetadata } from '../manifest/manifest.service';
import {
  type ObjectMetadata,
  type TimelineActivityTypeDefinition,
} from '../manifest/object-metadata.type';
import {
  type DatabaseEventAction,
  type RecordEvent,
} from '../records/record-event.type';
import {
  planTimelineActivities,
  resolveTimelineRules,
} from './plan-timeline-activities.util';

const metadata = loadWorkspaceMetadata(
  join(__dirname, '..', '..', 'test-fixtures', 'app', 'manifest.json'),
);
const objectNamed = (name: string) =>
  metadata.objects.find((o) => o.nameSingular === name) as ObjectMetadata;
const widget = objectNamed('widget');
const timelineObject = objectNamed('timelineActivity');
const uidOf = (name: string) =>
  widget.fields.find((f) => f.name === name)?.universalIdentifier ?? '';

const type = (
  action: string,
  extra: Partial<TimelineActivityTypeDefinition> = {},
): TimelineActivityTypeDefinition => ({
  universalIdentifier: `type-${action}`,
  name: `widget${action}`,
  label: `Widget ${action}`,
  icon: null,
  action,
  objectUniversalIdentifier: widget.universalIdentifier,
  targetRelationFieldUniversalIdentifier: uidOf('company'),
  triggerFieldUniversalIdentifiers: null,
  ...extra,
});

const after = {
  id: 'w1',
  name: 'Lamp',
  companyId: 'c1',
  updatedAt: '2026-11-30T08:00:00.000Z',
};

const plan = (
  action: DatabaseEventAction,
  event: Partial<RecordEvent['properties']>,
  types: TimelineActivityTypeDefinition[],
) =>
  planTimelineActivities({
    batch: {
      name: `widget.${action}`,
      action,
      object: widget,
      events: [{ recordId: 'w1', workspaceMemberId: 'm1', properties: event }],
    },
    rules: resolveTimelineRules({
      types,
      timelineObject,
      objects: metadata.objects,
    }),
    now: new Date('2026-11-30T09:00:00.000Z'),
  });

describe('planTimelineActivities (Twenty: timeline-activity.service.ts, direct relation)', () => {
  it('gives every app object a target on the timeline', () => {
    expect(timelineObject.fields.map((f) => f.name)).toEqual(
      expect.arrayContaining([
        'targetWidget',
        'targetCompany',
        'targetOpportunity',
      ]),
    );
    expect(widget.fields.map((f) => f.name)).toContain('timelineActivities');
  });

  it("writes a created record on its related record's timeline, with who and an empty diff", () => {
    expect(plan('created', { after }, [type('created')])).toEqual([
      expect.objectContaining({
        targetColumn: 'targetCompanyId',
        targetId: 'c1',
        timelineActivityTypeId: 'type-created',
        happensAt: after.updatedAt,
        properties: {},
        workspaceMemberId: 'm1',
        linkedRecordId: 'w1',
        linkedObjectMetadataId: widget.id,
        linkedRecordCachedName: 'Lamp',
      }),
    ]);
  });

  it.each([
    ['a trigger field changed', { price: { before: 1, after: 2 } }, 1],
    ['only other fields changed', { quantity: { before: 1, after: 2 } }, 0],
    ['only the position changed', { position: { before: 1, after: 2 } }, 0],
  ])('when %s, an update writes %d row(s)', (_case, diff, rows) => {
    const updated = type('updated', {
      triggerFieldUniversalIdentifiers: [uidOf('price')],
    });
    const planned = plan('updated', { before: after, after, diff }, [updated]);
    expect(planned).toHaveLength(rows);
    if (rows > 0) expect(planned[0]?.properties).toEqual({ diff });
  });

  it('keeps the whole diff but drops position', () => {
    const diff = {
      price: { before: 1, after: 2 },
      quantity: { before: 3, after: 4 },
      position: { before: 0, after: 1 },
    };
    const [row] = plan('updated', { before: after, after, diff }, [
      type('updated'),
    ]);
    expect(row?.properties).toEqual({
      diff: { price: diff.price, quantity: diff.quantity },
    });
  });

  it('reads the target of a deleted record from before, and writes nothing without one', () => {
    expect(
      plan('deleted', { before: after }, [type('deleted')])[0]?.targetId,
    ).toBe('c1');
    expect(
      plan('created', { after: { ...after, companyId: null } }, [
        type('created'),
      ]),
    ).toEqual([]);
  });

  it('ignores types of another action, another object, or without a relation', () => {
    expect(
      plan('created', { after }, [
        type('updated'),
        type('created', { objectUniversalIdentifier: 'other' }),
        type('created', { targetRelationFieldUniversalIdentifier: null }),
      ]),
    ).toEqual([]);
  });
});

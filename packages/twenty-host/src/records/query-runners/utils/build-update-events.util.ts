import { type ObjectMetadata } from '../../../manifest/object-metadata.type';
import { type RecordEvent, type WriteContext } from '../../record-event.type';
import { type ApiRecord, computeDiff } from '../../record-format.util';
import { buildEventBase } from './build-event-base.util';

/** before / after / diff / updatedFields events of an update-like write. */
export const buildUpdateEvents = ({
  object,
  befores,
  afters,
  context,
}: {
  object: ObjectMetadata;
  befores: ApiRecord[];
  afters: ApiRecord[];
  context: WriteContext;
}): RecordEvent[] => {
  const beforeById = new Map(befores.map((before) => [before.id, before]));
  return afters.flatMap((after) => {
    const before = beforeById.get(after.id);
    if (before === undefined) return [];
    const diff = computeDiff(object, before, after);
    return [
      {
        ...buildEventBase(context),
        recordId: after.id,
        properties: { before, after, updatedFields: Object.keys(diff), diff },
      },
    ];
  });
};

import { type ObjectMetadata } from '../../../manifest/object-metadata.type';
import {
  type DatabaseEventAction,
  type RecordEvent,
  type RecordEventBatch,
} from '../../record-event.type';

/** `<object>.<action>` as one batch, or none when there is no event. */
export const buildEventBatches = ({
  object,
  action,
  events,
}: {
  object: ObjectMetadata;
  action: DatabaseEventAction;
  events: RecordEvent[];
}): RecordEventBatch[] =>
  events.length === 0
    ? []
    : [{ name: `${object.nameSingular}.${action}`, action, object, events }];

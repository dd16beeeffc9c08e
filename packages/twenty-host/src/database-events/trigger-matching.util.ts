import { type AppLogicFunction } from '../manifest/object-metadata.type';
import { type RecordEvent } from '../records/record-event.type';

/** `company.updated` against `company.updated`, `*.updated`, `company.*`, `*.*`. */
export const isEventNameMatching = (pattern: string, eventName: string) => {
  const [patternObject, patternAction] = pattern.split('.');
  const [object, action] = eventName.split('.');
  return (
    (patternObject === '*' || patternObject === object) &&
    (patternAction === '*' || patternAction === action)
  );
};

/**
 * Events of a batch that a function's database-event trigger accepts. `updatedFields`
 * filters `.updated` events only (twenty-sdk 2.43 servers ignore it on `.upserted`,
 * twentyhq/twenty#22876): an updated event passes when one listed field changed.
 */
export const selectEventsForTrigger = (
  logicFunction: AppLogicFunction,
  eventName: string,
  events: RecordEvent[],
): RecordEvent[] => {
  const settings = logicFunction.databaseEventTriggerSettings;
  if (settings === undefined) return [];
  if (!isEventNameMatching(settings.eventName, eventName)) return [];
  const watched = settings.updatedFields;
  if (
    watched === undefined ||
    watched.length === 0 ||
    !eventName.endsWith('.updated')
  ) {
    return events;
  }
  return events.filter((event) =>
    (event.properties.updatedFields ?? []).some((field) =>
      watched.includes(field),
    ),
  );
};

import { type RecordEvent, type WriteContext } from '../../record-event.type';

/** The writer's ids every event of a write carries. */
export const buildEventBase = (
  context: WriteContext,
): Omit<RecordEvent, 'recordId' | 'properties'> => ({
  ...(context.userId === undefined ? {} : { userId: context.userId }),
  ...(context.workspaceMemberId === undefined
    ? {}
    : { workspaceMemberId: context.workspaceMemberId }),
});

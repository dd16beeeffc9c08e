import { type WriteContext } from '../../record-event.type';

/** The createdBy / updatedBy composite columns for the writer. */
export const buildActorColumns = ({
  prefix,
  context,
}: {
  prefix: 'createdBy' | 'updatedBy';
  context: WriteContext;
}): [string, unknown][] => [
  [`${prefix}Source`, context.actor.source],
  [`${prefix}WorkspaceMemberId`, context.actor.workspaceMemberId],
  [`${prefix}Name`, context.actor.name],
  [`${prefix}Context`, context.actor.context],
];

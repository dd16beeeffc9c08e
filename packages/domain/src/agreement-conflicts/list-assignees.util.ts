import { type WorkspaceMemberId } from '../shared/ids.type';

/** The distinct people who must act, in the order given; [null] when nobody is known (unassigned). */
export const listAssignees = (
  candidates: readonly (WorkspaceMemberId | null)[],
): (WorkspaceMemberId | null)[] => {
  const people = [...new Set(candidates.filter((id) => id !== null))];
  return people.length > 0 ? people : [null];
};

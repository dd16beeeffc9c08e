import { type WorkspaceMemberId } from '../shared/ids.type';
import { type AgreementConflictKind } from './agreement-conflict.type';

/** Deterministic dedupe key: kind, the situation's scope (e.g. opportunity id), the assignee. */
export const buildAgreementConflictKey = ({
  kind,
  scope,
  assigneeId,
}: {
  kind: AgreementConflictKind;
  scope: string;
  assigneeId: WorkspaceMemberId | null;
}): string => `${kind}:${scope}:${assigneeId ?? 'unassigned'}`;

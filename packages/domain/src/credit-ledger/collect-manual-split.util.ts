import { type PolicyEntry } from '../credit-policy/credit-policy.type';
import {
  MAX_OVERLAY_BASIS_POINTS,
  MAX_REVENUE_HOLDERS,
} from '../credit-policy/credit-policy.type';
import { FULL_SHARE_BASIS_POINTS } from '../money/basis-points.util';
import { type CreditType } from '../shared/data-model.constants';
import { fail, ok, type Result } from '../shared/result.type';
import { type ManualSplitError } from './credit-engine-error.type';
import { isManualDefinition, type CreditLine } from './credit-line.type';

export type ManualSplit = {
  entries: PolicyEntry[];
  linesByRecipient: Map<string, CreditLine>;
};

const NO_MANUAL_SPLIT = ok(undefined);

const refuse = (
  creditType: CreditType,
  message: string,
): { success: false; error: ManualSplitError } =>
  fail({
    code: 'INVALID_MANUAL_SPLIT',
    creditType,
    message: `manual ${creditType.toLowerCase()} lines: ${message}`,
  });

/**
 * A manager's MANUAL lines replace the policy for their credit type; undefined when there are
 * none. Revenue lines must sum to exactly 100.00 %, one line per person, at most 10 holders.
 */
export const collectManualSplit = (
  lines: readonly CreditLine[],
  creditType: CreditType,
): Result<ManualSplit | undefined, ManualSplitError> => {
  if (lines.length === 0) return NO_MANUAL_SPLIT;
  const manual = lines.filter(
    (line) => line.creditType === creditType && isManualDefinition(line),
  );
  if (manual.length === 0) return ok(undefined);
  const maxBasisPoints =
    creditType === 'REVENUE'
      ? FULL_SHARE_BASIS_POINTS
      : MAX_OVERLAY_BASIS_POINTS;
  const linesByRecipient = new Map<string, CreditLine>();
  let total = 0;
  for (const line of manual) {
    if (linesByRecipient.has(line.recipientId))
      return refuse(
        creditType,
        `${line.recipientId} has more than one line; keep one line per person`,
      );
    if (
      !Number.isInteger(line.basisPoints) ||
      line.basisPoints < 0 ||
      line.basisPoints > maxBasisPoints
    ) {
      return refuse(
        creditType,
        `a percentage must be between 0 and ${maxBasisPoints / 100}, got ${line.basisPoints / 100}`,
      );
    }
    linesByRecipient.set(line.recipientId, line);
    total += line.basisPoints;
  }
  if (creditType === 'REVENUE' && manual.length > MAX_REVENUE_HOLDERS) {
    return refuse(
      creditType,
      `at most ${MAX_REVENUE_HOLDERS} people may share revenue, got ${manual.length}`,
    );
  }
  if (creditType === 'REVENUE' && total !== FULL_SHARE_BASIS_POINTS) {
    return refuse(
      creditType,
      `percentages must sum to exactly 100.00, they sum to ${(total / 100).toFixed(2)}`,
    );
  }
  const entries = manual.map((line) => ({
    holder: { kind: 'person' as const, workspaceMemberId: line.recipientId },
    basisPoints: line.basisPoints,
  }));
  return ok({ entries, linesByRecipient });
};

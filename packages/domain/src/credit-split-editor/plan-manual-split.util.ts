import { MAX_REVENUE_HOLDERS } from '../credit-policy/credit-policy.type';
import { FULL_SHARE_BASIS_POINTS } from '../money/basis-points.util';
import {
  formatSharePercent,
  parseSharePercent,
} from './parse-share-percent.util';

/** A live ORIGINAL revenue line of the deal, as the editor starts from. */
export type EditableSplitLine = {
  id: string;
  recipientId: string;
  basisPoints: number;
  source: string;
};

/** One row of the manager's draft: a person and the share typed for them. */
export type SplitDraftRow = { recipientId: string | null; share: string };

/** What saving the draft writes: MANUAL revenue lines to create, re-weight and remove. */
export type ManualSplitWrites = {
  create: { recipientId: string; basisPoints: number }[];
  update: { id: string; basisPoints: number }[];
  remove: string[];
};

export type ManualSplitPlan = {
  /** "100.00 %" when whole. */
  total: string;
  isWhole: boolean;
  /** Sentences for the manager; empty when the draft can be saved. */
  problems: string[];
  /** null while there are problems; empty lists when the draft is the stored split. */
  writes: ManualSplitWrites | null;
};

const manualLinesOf = (current: readonly EditableSplitLine[]) =>
  current.filter((line) => line.source === 'MANUAL');

const readRows = (
  draft: readonly SplitDraftRow[],
): {
  shares: Map<string, number>;
  total: number;
  problems: string[];
} => {
  const shares = new Map<string, number>();
  const problems: string[] = [];
  let total = 0;
  draft.forEach((row, index) => {
    const rowName = `Row ${index + 1}`;
    const share = parseSharePercent(row.share);
    if (share.success) total += share.data;
    else problems.push(`${rowName}: ${share.error}`);
    if (row.recipientId === null || row.recipientId === '') {
      problems.push(`${rowName}: choose who is credited.`);
      return;
    }
    if (shares.has(row.recipientId)) {
      problems.push(
        `${rowName} credits a person who already has a row: keep one row per person.`,
      );
      return;
    }
    shares.set(row.recipientId, share.success ? share.data : 0);
  });
  return { shares, total, problems };
};

/**
 * Checks a manager's revenue split as it is typed (every share readable, one row per person,
 * at most 10 people, exactly 100.00 % in all) and, once it is valid, the one set of writes
 * that turns the stored MANUAL lines into it. The engine then computes amounts that add up
 * to the deal's amount, as for a policy split (CREDIT-RULES.md: manual lines).
 */
export const planManualSplit = (
  current: readonly EditableSplitLine[],
  draft: readonly SplitDraftRow[],
): ManualSplitPlan => {
  const { shares, total, problems } = readRows(draft);
  if (draft.length === 0) problems.push('Add at least one person.');
  if (draft.length > MAX_REVENUE_HOLDERS)
    problems.push(
      `At most ${MAX_REVENUE_HOLDERS} people may share revenue; the draft has ${draft.length}.`,
    );
  const isWhole = total === FULL_SHARE_BASIS_POINTS;
  if (!isWhole && draft.length > 0)
    problems.push(
      `The shares add up to ${formatSharePercent(total)}; they must add up to exactly 100.00 %.`,
    );
  const summary = { total: formatSharePercent(total), isWhole, problems };
  if (problems.length > 0) return { ...summary, writes: null };

  const manual = manualLinesOf(current);
  const stored = new Map(manual.map((line) => [line.recipientId, line]));
  const writes: ManualSplitWrites = { create: [], update: [], remove: [] };
  for (const [recipientId, basisPoints] of shares) {
    const line = stored.get(recipientId);
    if (line === undefined) writes.create.push({ recipientId, basisPoints });
    else if (line.basisPoints !== basisPoints)
      writes.update.push({ id: line.id, basisPoints });
  }
  for (const line of manual)
    if (!shares.has(line.recipientId)) writes.remove.push(line.id);
  return { ...summary, writes };
};

/** Back to the policy: the manager's MANUAL lines go; the engine writes the policy split again. */
export const planBackToPolicy = (
  current: readonly EditableSplitLine[],
): ManualSplitWrites => ({
  create: [],
  update: [],
  remove: manualLinesOf(current).map((line) => line.id),
});

export const hasSplitWrites = (writes: ManualSplitWrites): boolean =>
  writes.create.length + writes.update.length + writes.remove.length > 0;

/** The editor's first draft: the split the deal has now, policy or manual. */
export const draftFromSplit = (
  current: readonly EditableSplitLine[],
): SplitDraftRow[] =>
  current.map((line) => ({
    recipientId: line.recipientId,
    share: (line.basisPoints / 100).toFixed(2),
  }));

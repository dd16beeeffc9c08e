import { formatAmountForPeople } from '../agreement-alerts/format-for-people.util';
import { microsToMinorUnits } from '../hierarchy-rollups/micros-to-minor-units.util';
import { FULL_SHARE_BASIS_POINTS } from '../money/basis-points.util';
import { parseCurrencyCode } from '../money/currency.util';
import { compareInTurn, compareText } from '../shared/sort-small.util';

/** A credit line of one deal, as the explanation reads it (REVERSED lines are left out). */
export type ExplainedLineInput = {
  recipientName: string | null;
  countryCode: string | null;
  creditType: string | null;
  basisPoints: number;
  amountMicros: bigint;
  currency: string | null;
  status: string | null;
  entryType: string | null;
  source: string | null;
  reason: string | null;
};

export type ExplainedLine = {
  recipient: string;
  countryCode: string | null;
  creditType: string;
  /** "60.00 %" */
  share: string;
  amount: string | null;
  status: string;
  entryType: string;
  source: string;
  reason: string;
};

export type CreditSplitExplanation = {
  lines: ExplainedLine[];
  /** Per credit type, the shares of the original lines: a split is whole at 100.00 %. */
  shares: { creditType: string; total: string; isWhole: boolean }[];
};

const formatShare = (basisPoints: number): string =>
  `${(basisPoints / 100).toFixed(2)} %`;

// A manager's MANUAL line carries no reason of the engine's: it is there because they set it.
const reasonOf = (line: ExplainedLineInput): string =>
  line.reason !== null && line.reason !== ''
    ? line.reason
    : line.source === 'MANUAL'
      ? 'set by hand by a manager'
      : '';

const TYPE_ORDER = ['REVENUE', 'OVERLAY'];
const typeRank = (creditType: string): number => {
  const rank = TYPE_ORDER.indexOf(creditType);
  return rank === -1 ? TYPE_ORDER.length : rank;
};

/**
 * Why each line of a deal's credit exists: its recipient, office, share, amount and the
 * reason the engine wrote (the policy role, or the manager's split), revenue first, largest
 * share first; REVERSED lines are history and left out. The shares of the ORIGINAL lines of
 * each credit type add up to 100.00 % when the split is whole.
 */
export const explainCreditSplit = (
  lines: readonly ExplainedLineInput[],
): CreditSplitExplanation => {
  const live = lines.filter((line) => line.status !== 'REVERSED');
  const totals = new Map<string, number>();
  for (const line of live) {
    if (line.entryType !== 'ORIGINAL') continue;
    const creditType = line.creditType ?? '—';
    totals.set(creditType, (totals.get(creditType) ?? 0) + line.basisPoints);
  }
  const explained = live
    .map((line) => {
      const currency = parseCurrencyCode(line.currency ?? '');
      const explainedLine: ExplainedLine = {
        recipient: line.recipientName ?? 'Nobody',
        countryCode: line.countryCode,
        creditType: line.creditType ?? '—',
        share: formatShare(line.basisPoints),
        amount: currency.success
          ? formatAmountForPeople({
              amountMinor: Number(
                microsToMinorUnits(line.amountMicros, currency.data),
              ),
              currency: currency.data,
            })
          : null,
        status: line.status ?? '—',
        entryType: line.entryType ?? '—',
        source: line.source ?? '—',
        reason: reasonOf(line),
      };
      return { line: explainedLine, basisPoints: line.basisPoints };
    })
    .sort((a, b) =>
      compareInTurn(
        typeRank(a.line.creditType) - typeRank(b.line.creditType),
        Number(a.line.entryType !== 'ORIGINAL') -
          Number(b.line.entryType !== 'ORIGINAL'),
        b.basisPoints - a.basisPoints,
        compareText(a.line.recipient, b.line.recipient),
      ),
    );
  return {
    lines: explained.map((entry) => entry.line),
    shares: [...totals]
      .sort(([a], [b]) => typeRank(a) - typeRank(b))
      .map(([creditType, total]) => ({
        creditType,
        total: formatShare(total),
        isWhole: total === FULL_SHARE_BASIS_POINTS,
      })),
  };
};

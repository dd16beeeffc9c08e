import { type CreditLineId } from '../shared/ids.type';
import { type CreditLedgerDiff, type CreditLine } from './credit-line.type';

/** The stored ledger after a diff is written; new lines get ids from `nextId`. */
export const applyCreditLedgerDiff = (
  lines: readonly CreditLine[],
  diff: CreditLedgerDiff,
  nextId: () => CreditLineId,
): CreditLine[] => {
  const changed = new Map(
    [...diff.updates, ...diff.reversals].map((update) => [
      update.id,
      update.fields,
    ]),
  );
  const kept = lines.map((line) => {
    const fields = changed.get(line.id);
    return fields === undefined ? line : { ...fields, id: line.id };
  });
  return [
    ...kept,
    ...diff.creates.map((fields) => ({ ...fields, id: nextId() })),
  ];
};

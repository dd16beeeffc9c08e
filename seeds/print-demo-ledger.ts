// The main job until the sandbox exists: runs the credit engine on the worked examples of
// CREDIT-RULES.md and prints the resulting ledger as a table.
import {
  basisPointsToPercent,
  computeCreditLedger,
  describeCreditEngineError,
  formatMoney,
  type CreditLineFields,
} from '@global-accounts/domain';

import {
  buildDemoInput,
  DEMO_DEALS,
  DEMO_PEOPLE,
} from './credit-rules-demo.seed';

const COLUMNS = [
  'recipient',
  'type',
  'entry',
  'period',
  'status',
  'percent',
  'amount',
  'reason',
] as const;

const toRow = (line: CreditLineFields): string[] => [
  DEMO_PEOPLE[line.recipientId] ?? line.recipientId,
  line.creditType,
  line.entryType,
  line.period,
  line.status,
  `${basisPointsToPercent(line.basisPoints).toFixed(2)} %`,
  formatMoney(line.amount),
  line.reason,
];

const printTable = (rows: readonly string[][]): void => {
  const widths = COLUMNS.map((column, index) =>
    Math.max(column.length, ...rows.map((row) => (row[index] ?? '').length)),
  );
  const format = (cells: readonly string[]): string =>
    cells
      .map((cell, index) =>
        index === 6
          ? cell.padStart(widths[index] ?? 0)
          : cell.padEnd(widths[index] ?? 0),
      )
      .join('  ');
  console.log(format(COLUMNS));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  rows.forEach((row) => console.log(format(row).trimEnd()));
};

for (const deal of DEMO_DEALS) {
  const outcome = computeCreditLedger(buildDemoInput(deal));
  console.log(`\n${deal.title}`);
  if (!outcome.success) {
    console.log(`  refused: ${describeCreditEngineError(outcome.error)}`);
    continue;
  }
  printTable(outcome.data.diff.creates.map(toRow));
  outcome.data.conflicts.forEach((conflict) =>
    console.log(`  conflict ${conflict.kind}: ${conflict.summary}`),
  );
}

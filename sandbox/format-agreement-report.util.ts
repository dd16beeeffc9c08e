import { formatMoney, moneyFromMicros } from '@global-accounts/domain';

import {
  type AgreementConflictRow,
  type AgreementReportRow,
  type ApiMoney,
} from './agreement-report.type';
import { formatTable } from './summarise-ledger.util';

const EMPTY = '—';

const money = (value: ApiMoney): string => {
  if (value?.amountMicros == null || value.currencyCode == null) return EMPTY;
  const parsed = moneyFromMicros(value.amountMicros, value.currencyCode);
  return parsed.success ? formatMoney(parsed.data) : EMPTY;
};

const records = (count: number): string =>
  `${String(count)} record${count === 1 ? '' : 's'}`;

const percent = (value: number | null): string =>
  value === null ? EMPTY : `${String(value)}%`;

// The tier the volume reached, from the agreement's own tiers (AGREEMENTS.md: the highest
// tier whose fromVolume <= volume); thresholds in another currency are not compared.
const describeTier = (row: AgreementReportRow): string => {
  const volume = row.volumeToDate;
  const tiers = row.tiers
    .filter(
      (tier) =>
        tier.fromVolume?.amountMicros != null &&
        tier.fromVolume.currencyCode === row.currency,
    )
    .map((tier) => ({
      from: tier.fromVolume?.amountMicros ?? 0,
      percent: tier.rebatePercent,
    }))
    .sort((left, right) => left.from - right.from);
  if (volume?.amountMicros == null || volume.currencyCode !== row.currency)
    return `${EMPTY} of ${String(tiers.length)}`;
  const reached = tiers.filter(
    (tier) => tier.from <= (volume.amountMicros ?? 0),
  );
  const current = reached.at(-1);
  return current === undefined
    ? `below tier 1 of ${String(tiers.length)}`
    : `${String(reached.length)} of ${String(tiers.length)} (${percent(current.percent)})`;
};

const describeConflicts = (
  conflicts: readonly AgreementConflictRow[],
  indent: string,
): string[] => {
  // One line per situation: the same summary for the GAM and the deal owner is one line.
  const lines = new Map<string, { line: string; assignees: string[] }>();
  for (const conflict of conflicts) {
    const about =
      conflict.opportunityName === null ? '' : ` [${conflict.opportunityName}]`;
    const line = `${conflict.kind}${about}: ${conflict.summary ?? ''}`;
    const entry = lines.get(line) ?? { line, assignees: [] };
    entry.assignees.push(conflict.assignee);
    lines.set(line, entry);
  }
  return [...lines.values()]
    .sort((left, right) => left.line.localeCompare(right.line))
    .map(
      ({ line, assignees }) =>
        `${indent}${line} (for ${[...new Set(assignees)].sort().join(', ')})`,
    );
};

const describeAgreement = (
  row: AgreementReportRow,
  conflicts: readonly AgreementConflictRow[],
): string[] => {
  const settlements = [...row.settlements].sort((left, right) =>
    left.period.localeCompare(right.period),
  );
  const figures = formatTable(
    ['figure', 'value'],
    [
      ['volume to date', money(row.volumeToDate)],
      ['tier', describeTier(row)],
      ['current rebate', percent(row.currentRebatePercent)],
      ['rebate to date', money(row.rebateToDate)],
      ['next tier at', money(row.nextTierThreshold)],
      ['gap to next tier', money(row.gapToNextTier)],
      ['off-agreement volume', money(row.offAgreementVolume)],
    ],
    1,
  )
    .split('\n')
    .slice(2)
    .map((line) => `  ${line}`);
  const settlementLines =
    settlements.length === 0
      ? ['  Settlements: none yet']
      : [
          '  Settlements',
          ...formatTable(
            ['period', 'status', 'cumulative volume', 'rebate', 'settlement'],
            settlements.map((settlement) => [
              settlement.period,
              settlement.status ?? EMPTY,
              money(settlement.cumulativeVolume),
              money(settlement.rebateAmount),
              money(settlement.settlementAmount),
            ]),
            3,
          )
            .split('\n')
            .map((line) => `    ${line}`),
        ];
  const header = [row.agreementNumber, row.status, row.currency]
    .filter((part) => part !== null && part !== '')
    .join(', ');
  return [
    `${row.name}${header === '' ? '' : ` (${header})`}`,
    ...figures,
    ...settlementLines,
    `  Open agreement conflicts (${records(conflicts.length)}, one per person who must act)`,
    ...describeConflicts(conflicts, '    '),
  ];
};

/**
 * The sandbox's agreement section: per agreement its progress fields, tier, settlements by
 * period and open agreement conflicts; then the conflicts no single agreement owns (a deal two
 * agreements cover). Empty fields (not computed yet) show as "—".
 */
export const formatAgreementReport = ({
  agreements,
  conflicts,
}: {
  agreements: readonly AgreementReportRow[];
  conflicts: readonly AgreementConflictRow[];
}): string => {
  const known = new Set(agreements.map((agreement) => agreement.id));
  const sorted = [...agreements].sort((left, right) =>
    left.name.localeCompare(right.name),
  );
  const unowned = conflicts.filter(
    (conflict) =>
      conflict.frameworkAgreementId === null ||
      !known.has(conflict.frameworkAgreementId),
  );
  const sections = sorted.map((agreement) =>
    describeAgreement(
      agreement,
      conflicts.filter(
        (conflict) => conflict.frameworkAgreementId === agreement.id,
      ),
    ).join('\n'),
  );
  if (unowned.length > 0)
    sections.push(
      [
        `Agreement conflicts no single agreement owns (${records(unowned.length)})`,
        ...describeConflicts(unowned, '  '),
      ].join('\n'),
    );
  return [
    `Framework agreements (${String(agreements.length)})`,
    ...sections,
  ].join('\n\n');
};

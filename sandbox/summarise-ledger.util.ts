import {
  formatMoney,
  moneyFromMicros,
  type Money,
} from '@global-accounts/domain';

export type LedgerRow = {
  recipient: string;
  countryCode: string | null;
  creditType: string;
  period: string;
  status: string;
  reportingAmount: {
    amountMicros: number | null;
    currencyCode: string | null;
  } | null;
};

export type SummaryRow = {
  period: string;
  recipient: string;
  country: string;
  revenue: string;
  overlay: string;
};

type Totals = { revenue: Money | null; overlay: Money | null };

const add = (total: Money | null, amount: Money): Money =>
  total === null
    ? amount
    : {
        amountMinor: total.amountMinor + amount.amountMinor,
        currency: total.currency,
      };

const toReportingMoney = (row: LedgerRow): Money | null => {
  const value = row.reportingAmount;
  if (
    value?.amountMicros == null ||
    value.currencyCode == null ||
    value.currencyCode === ''
  )
    return null;
  const money = moneyFromMicros(value.amountMicros, value.currencyCode);
  return money.success ? money.data : null;
};

/**
 * Credit per period, recipient and country in the reporting currency: revenue and overlay
 * apart, reversed lines left out, amounts added only within one currency.
 */
export const summariseLedger = (
  rows: readonly LedgerRow[],
): { rows: SummaryRow[]; unconverted: number } => {
  const totals = new Map<
    string,
    Totals & { period: string; recipient: string; country: string }
  >();
  let unconverted = 0;
  for (const row of rows) {
    if (row.status === 'REVERSED') continue;
    const money = toReportingMoney(row);
    if (money === null) {
      unconverted += 1;
      continue;
    }
    const country = row.countryCode ?? '—';
    const key = `${row.period}|${row.recipient}|${country}|${money.currency}`;
    const current = totals.get(key) ?? {
      period: row.period,
      recipient: row.recipient,
      country,
      revenue: null,
      overlay: null,
    };
    if (row.creditType === 'REVENUE')
      current.revenue = add(current.revenue, money);
    else current.overlay = add(current.overlay, money);
    totals.set(key, current);
  }
  const summary = [...totals.values()]
    .sort((left, right) =>
      `${left.period}|${left.recipient}|${left.country}`.localeCompare(
        `${right.period}|${right.recipient}|${right.country}`,
      ),
    )
    .map((total) => ({
      period: total.period,
      recipient: total.recipient,
      country: total.country,
      revenue: total.revenue === null ? '—' : formatMoney(total.revenue),
      overlay: total.overlay === null ? '—' : formatMoney(total.overlay),
    }));
  return { rows: summary, unconverted };
};

/** A plain-text table; the last columns (amounts) align right. */
export const formatTable = (
  header: readonly string[],
  rows: readonly (readonly string[])[],
  rightAligned: number,
): string => {
  const widths = header.map((title, index) =>
    Math.max(title.length, ...rows.map((row) => (row[index] ?? '').length)),
  );
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, index) =>
        index >= header.length - rightAligned
          ? cell.padStart(widths[index] ?? 0)
          : cell.padEnd(widths[index] ?? 0),
      )
      .join('  ')
      .trimEnd();
  return [
    line(header),
    widths.map((width) => '-'.repeat(width)).join('  '),
    ...rows.map(line),
  ].join('\n');
};

import { formatAmountForPeople } from '../agreement-alerts/format-for-people.util';
import { microsToMinorUnits } from '../hierarchy-rollups/micros-to-minor-units.util';
import { parseCurrencyCode, type CurrencyCode } from '../money/currency.util';
import { compareInTurn, compareText } from '../shared/sort-small.util';
import {
  type CockpitCreditLine,
  type OfficeCreditRow,
} from './account-cockpit.type';

type OfficeSums = {
  countryCode: string;
  currency: CurrencyCode;
  credited: bigint;
  provisional: bigint;
};

const NO_OFFICE = '—';

const toRow = (sums: OfficeSums): OfficeCreditRow => {
  const creditedMinor = Number(
    microsToMinorUnits(sums.credited, sums.currency),
  );
  const provisionalMinor = Number(
    microsToMinorUnits(sums.provisional, sums.currency),
  );
  const format = (amountMinor: number) =>
    formatAmountForPeople({ amountMinor, currency: sums.currency });
  return {
    countryCode: sums.countryCode,
    currency: sums.currency,
    creditedMinor,
    provisionalMinor,
    credited: format(creditedMinor),
    provisional: format(provisionalMinor),
  };
};

/**
 * Revenue credit received by each office (the recipient's country), won (CREDITED) apart
 * from PROVISIONAL. OVERLAY credit (the GAM's layer on top) is not an office's share, and
 * REVERSED and HELD lines count nowhere, and a row never adds two currencies:
 * lines in another currency than the account's get rows of their own. Micros are summed
 * exactly and rounded to minor units once per figure. Largest offices first, per currency.
 */
export const sumCreditByOffice = (
  lines: readonly CockpitCreditLine[],
): OfficeCreditRow[] => {
  const sums = new Map<string, OfficeSums>();
  for (const line of lines) {
    if (line.creditType !== 'REVENUE') continue;
    if (line.status !== 'CREDITED' && line.status !== 'PROVISIONAL') continue;
    const currency = parseCurrencyCode(line.reportingCurrency ?? '');
    if (!currency.success) continue;
    const countryCode = line.countryCode ?? NO_OFFICE;
    const key = `${countryCode} ${currency.data}`;
    const office = sums.get(key) ?? {
      countryCode,
      currency: currency.data,
      credited: 0n,
      provisional: 0n,
    };
    if (line.status === 'CREDITED')
      office.credited += line.reportingAmountMicros;
    else office.provisional += line.reportingAmountMicros;
    sums.set(key, office);
  }
  return [...sums.values()]
    .map(toRow)
    .sort((a, b) =>
      compareInTurn(
        compareText(a.currency, b.currency),
        b.creditedMinor +
          b.provisionalMinor -
          (a.creditedMinor + a.provisionalMinor),
        compareText(a.countryCode, b.countryCode),
      ),
    );
};

import { getCurrencyExponent } from '../money/currency.util';
import { type CountryAmount } from '../hierarchy-rollups/global-account-rollup.type';
import {
  type MeasuredFigures,
  type PlanObjective,
} from './objective-measure.type';

// Twenty's NUMBER field holds major units (500000 = 500,000.00): converted once, here.
const toMajorUnits = (amounts: readonly CountryAmount[]): number => {
  const first = amounts[0];
  if (first === undefined) return 0;
  const minor = amounts.reduce(
    (sum, entry) => sum + entry.amount.amountMinor,
    0,
  );
  return minor / 10 ** getCurrencyExponent(first.amount.currency);
};

const inCountry = (
  amounts: readonly CountryAmount[],
  countryCode: string | null,
): CountryAmount[] =>
  countryCode === null
    ? [...amounts]
    : amounts.filter(
        (entry) => entry.countryCode === countryCode.toUpperCase(),
      );

/**
 * The currentValue an objective should show, from the measured figures; null when the app does
 * not measure it (MANUAL, or a country objective without a country): its value is left alone.
 */
export const measureObjectiveValue = ({
  objective,
  figures,
}: {
  objective: PlanObjective;
  figures: MeasuredFigures;
}): number | null => {
  switch (objective.measure) {
    case 'WON_REVENUE_IN_COUNTRY':
      return objective.countryCode === null
        ? null
        : toMajorUnits(
            inCountry(figures.wonRevenueByCountry, objective.countryCode),
          );
    case 'PIPELINE':
      return toMajorUnits(
        inCountry(figures.pipelineByCountry, objective.countryCode),
      );
    case 'NEW_COMPANIES_IN_FAMILY':
      return figures.newFamilyCompanies;
    case 'MANUAL':
      return null;
  }
};

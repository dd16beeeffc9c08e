import { formatAmountForPeople } from '../agreement-alerts/format-for-people.util';
import { type CountryAmount } from '../hierarchy-rollups/global-account-rollup.type';
import { compareInTurn, compareText } from '../shared/sort-small.util';
import {
  type AccountCockpit,
  type AccountCockpitInput,
  type CockpitConflict,
  type CockpitConflictRow,
  type CountryFiguresRow,
} from './account-cockpit.type';
import { buildFamilyTree } from './build-family-tree.util';
import { describeAgreementProgress } from './describe-agreement-progress.util';
import { sumCreditByOffice } from './sum-credit-by-office.util';

export const DEFAULT_COCKPIT_ACTIVITY_LIMIT = 10;

const NO_COUNTRY = '—';
const SEVERITY_ORDER = ['CRITICAL', 'WARNING', 'INFO'];

/** Pipeline and won revenue side by side, per ship-to country; null when not computed. */
const mergeCountryFigures = (
  pipeline: readonly CountryAmount[] | null,
  won: readonly CountryAmount[] | null,
): CountryFiguresRow[] => {
  const rows = new Map<string, CountryFiguresRow>();
  const rowOf = (countryCode: string | null): CountryFiguresRow => {
    const key = countryCode ?? NO_COUNTRY;
    const row = rows.get(key) ?? {
      countryCode: key,
      pipeline: null,
      won: null,
    };
    rows.set(key, row);
    return row;
  };
  for (const entry of pipeline ?? [])
    rowOf(entry.countryCode).pipeline = formatAmountForPeople(entry.amount);
  for (const entry of won ?? [])
    rowOf(entry.countryCode).won = formatAmountForPeople(entry.amount);
  return [...rows.values()].sort((a, b) =>
    compareText(a.countryCode, b.countryCode),
  );
};

const severityRank = (conflict: CockpitConflictRow): number => {
  const rank = SEVERITY_ORDER.indexOf(conflict.severity ?? '');
  return rank === -1 ? SEVERITY_ORDER.length : rank;
};

/** One row per cause (kind, severity, summary) with its assignees; most severe first. */
const groupConflicts = (
  conflicts: readonly CockpitConflict[],
): CockpitConflictRow[] => {
  const rows = new Map<string, CockpitConflictRow>();
  for (const conflict of conflicts) {
    const key = JSON.stringify([
      conflict.kind,
      conflict.severity,
      conflict.summary,
    ]);
    const row = rows.get(key) ?? {
      kind: conflict.kind,
      severity: conflict.severity,
      summary: conflict.summary,
      assignees: [],
    };
    if (
      conflict.assigneeName !== null &&
      !row.assignees.includes(conflict.assigneeName)
    )
      row.assignees.push(conflict.assigneeName);
    rows.set(key, row);
  }
  return [...rows.values()]
    .map((row) => ({ ...row, assignees: [...row.assignees].sort(compareText) }))
    .sort((a, b) =>
      compareInTurn(
        severityRank(a) - severityRank(b),
        compareText(a.kind ?? '', b.kind ?? ''),
        compareText(a.summary ?? '', b.summary ?? ''),
      ),
    );
};

/**
 * The global account's 360° cockpit from what the app keeps: the family tree with coverage,
 * pipeline and won revenue by country (the roll-up's own figures, so the page and the
 * account's fields agree), credit by office, agreement tier progress, open conflicts (one
 * row per cause, most severe first) and the family's most recent activity. Pure: the components only render it.
 */
export const buildAccountCockpit = (
  input: AccountCockpitInput,
): AccountCockpit => {
  const companyNames = new Map(
    input.companies.map((company) => [company.id, company.name]),
  );
  const limit = input.activityLimit ?? DEFAULT_COCKPIT_ACTIVITY_LIMIT;
  return {
    account: {
      id: input.account.id,
      name: input.account.name ?? input.account.id,
      ultimateParent: input.account.ultimateParent,
      reportingCurrency: input.rollup.reportingCurrency,
      rollupStatus: input.rollup.rollupStatus,
      problem: input.rollup.problem?.message ?? null,
    },
    familyTree: buildFamilyTree({
      companies: input.companies,
      uncoveredCountries: input.rollup.uncoveredCountries,
    }),
    memberCountries: input.rollup.memberCountries,
    uncoveredCountries: input.rollup.uncoveredCountries,
    byCountry: mergeCountryFigures(
      input.rollup.pipelineByCountry,
      input.rollup.wonRevenueByCountry,
    ),
    creditByOffice: sumCreditByOffice(input.creditLines),
    agreements: describeAgreementProgress(input.agreements),
    conflicts: groupConflicts(input.conflicts),
    recentActivity: [...input.activity]
      .sort((a, b) => compareText(b.at, a.at))
      .slice(0, Math.max(0, limit))
      .map((item) => ({
        ...item,
        companyName:
          item.companyId === null
            ? null
            : (companyNames.get(item.companyId) ?? null),
      })),
  };
};

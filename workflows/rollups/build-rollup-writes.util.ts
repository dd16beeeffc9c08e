import {
  ACCOUNT_PLAN_STATUSES,
  computeGlobalAccountRollup,
  findUltimateParent,
  isPlanReviewOverdue,
  measureObjectiveValue,
  OBJECTIVE_MEASURE_KINDS,
  resolveObjectiveStatus,
  toIsoDate,
  type AccountPlanStatus,
  type CompanyId,
  type GlobalAccountId,
  type GlobalAccountRollup,
  type ObjectiveMeasureKind,
} from '@global-accounts/domain';
import {
  type ObjectiveWrite,
  type RollupContext,
  type RollupWrite,
} from '@global-accounts/twenty-gateway';

import { type AppConfig } from '../shared/get-app-config.util';

export type RollupConfig = Pick<AppConfig, 'credit' | 'rollups'>;

const isMeasure = (value: string | null): value is ObjectiveMeasureKind =>
  (OBJECTIVE_MEASURE_KINDS as readonly (string | null)[]).includes(value);

const isPlanStatus = (value: string | null): value is AccountPlanStatus =>
  (ACCOUNT_PLAN_STATUSES as readonly (string | null)[]).includes(value);

/**
 * The family's top company: the end of the parent chain (inside the family) that most member
 * companies reach; ties go to the name first in alphabetical order. Empty without members.
 */
export const describeUltimateParent = (
  companies: RollupContext['companies'],
): string => {
  const byId = new Map(companies.map((company) => [company.id, company]));
  const parentOf = (id: CompanyId): CompanyId | null => {
    const parent = byId.get(id)?.parentCompanyId ?? null;
    return parent !== null && byId.has(parent) ? (parent as CompanyId) : null;
  };
  const reached = new Map<string, number>();
  for (const company of companies) {
    const top = findUltimateParent({
      companyId: company.id as CompanyId,
      parentOf,
    });
    reached.set(top, (reached.get(top) ?? 0) + 1);
  }
  const label = (id: string): string => {
    const company = byId.get(id);
    const name = company?.name ?? id;
    const country = company?.countryCode ?? '';
    return country === '' ? name : `${name} (${country})`;
  };
  const [best] = [...reached].sort(([idA, countA], [idB, countB]) =>
    countB !== countA ? countB - countA : label(idA).localeCompare(label(idB)),
  );
  return best === undefined ? '' : label(best[0]);
};

const sameNumber = (a: number | null, b: number): boolean =>
  a !== null && Math.abs(a - b) < 0.005;

/** The plans' measurable objectives whose currentValue or status moved. */
const buildObjectiveWrites = ({
  context,
  rollup,
  today,
}: {
  context: RollupContext;
  rollup: GlobalAccountRollup;
  today: string;
}): ObjectiveWrite[] => {
  const fiscalStart = rollup.fiscalYear?.startDate ?? null;
  const figures = {
    wonRevenueByCountry: rollup.wonRevenueByCountry ?? [],
    pipelineByCountry: rollup.pipelineByCountry ?? [],
    newFamilyCompanies:
      fiscalStart === null
        ? 0
        : context.companies.filter(
            (company) =>
              company.globalAccountSince !== null &&
              company.globalAccountSince.slice(0, 10) >= fiscalStart &&
              company.globalAccountSince.slice(0, 10) <= today,
          ).length,
  };
  const moneyKnown = rollup.rollupStatus === 'OK';
  return context.objectives.flatMap((node): ObjectiveWrite[] => {
    if (!isMeasure(node.measure) || node.measure === 'MANUAL') return [];
    if (node.measure !== 'NEW_COMPANIES_IN_FAMILY' && !moneyKnown) return [];
    const value = measureObjectiveValue({
      objective: {
        measure: node.measure,
        countryCode: node.countryCode,
        targetValue: node.targetValue,
        currentValue: node.currentValue,
        dueDate: node.dueDate,
      },
      figures,
    });
    if (value === null) return [];
    const status = resolveObjectiveStatus({
      targetValue: node.targetValue,
      currentValue: value,
      startDate: fiscalStart ?? node.createdAt.slice(0, 10),
      dueDate: node.dueDate === null ? null : node.dueDate.slice(0, 10),
      today,
    });
    const statusMoved = status !== null && status !== node.status;
    if (sameNumber(node.currentValue, value) && !statusMoved) return [];
    return [{ id: node.id, currentValue: value, status }];
  });
};

/**
 * One account's roll-up fields and its measured objectives, from its loaded context: the
 * domain decides (computeGlobalAccountRollup), this only maps to what the gateway writes.
 */
export const buildRollupWrites = ({
  context,
  config,
  now,
}: {
  context: RollupContext;
  config: RollupConfig;
  now: Date;
}): {
  account: RollupWrite;
  objectives: ObjectiveWrite[];
  rollup: GlobalAccountRollup;
} => {
  const today = toIsoDate(now);
  const rollup = computeGlobalAccountRollup({
    globalAccount: {
      id: context.account.id as GlobalAccountId,
      reportingCurrency:
        context.account.reportingCurrency === null ||
        context.account.reportingCurrency.trim() === ''
          ? null
          : context.account.reportingCurrency.trim().toUpperCase(),
    },
    opportunityGroups: context.opportunityGroups,
    companyCountries: context.companyCountries,
    team: context.team,
    openConflictCount: context.openConflictCount,
    rates: config.credit.rates,
    today,
    settings: {
      fiscalYearStartMonth: config.rollups.fiscalYearStartMonth,
      wonStages: config.credit.settings.wonStages,
      lostStages: config.credit.settings.lostStages,
      defaultReportingCurrency: config.credit.settings.defaultReportingCurrency,
    },
  });
  const planReviewOverdue = context.plans.some(
    (plan) =>
      isPlanStatus(plan.status) &&
      isPlanReviewOverdue({
        status: plan.status,
        lastReviewedAt: plan.lastReviewedAt,
        createdAt: plan.createdAt,
        now,
      }),
  );
  return {
    rollup,
    account: {
      globalAccountId: context.account.id,
      openPipeline: rollup.openPipeline,
      wonRevenueYtd: rollup.wonRevenueYtd,
      memberCountries: rollup.memberCountries,
      uncoveredCountries: rollup.uncoveredCountries,
      openConflicts: rollup.openConflicts,
      rollupStatus: rollup.rollupStatus,
      rollupProblem: rollup.problem?.message ?? '',
      rollupCalculatedAt: now.toISOString(),
      ultimateParent: describeUltimateParent(context.companies),
      planReviewOverdue,
    },
    objectives: buildObjectiveWrites({ context, rollup, today }),
  };
};

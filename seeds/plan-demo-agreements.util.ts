import {
  computeAgreementProgress,
  isIsoDate,
  planAgreementAlerts,
  resolveDealCompliance,
  type AgreementConflict,
  type AgreementProgress,
  type AgreementRecord,
  type CompanyId,
  type CreditPeriod,
  type DealCompliance,
  type FrameworkAgreementId,
  type GlobalAccountId,
  type IsoDate,
  type OpportunityId,
  type VolumeBucket,
  type WorkspaceMemberId,
} from '@global-accounts/domain';

import {
  agreementId,
  DEMO_AGREEMENTS,
  DEMO_REBATE_TIERS,
  type DemoAgreementKey,
} from './demo-agreements.seed';
import {
  companyId,
  DEMO_COMPANIES,
  DEMO_CORRECTION,
  DEMO_EXCHANGE_RATES,
  DEMO_GLOBAL_ACCOUNT,
  DEMO_OPPORTUNITIES,
  DEMO_PERIODS,
  DEMO_TEAM,
  memberId,
} from './demo-family.seed';

export type DemoAgreementPlan = {
  progress: Record<DemoAgreementKey, AgreementProgress>;
  /** Every demo deal's agreement status, by opportunity id. */
  compliance: Map<string, DealCompliance>;
  /** AGREEMENT_EXPIRING, TIER_LEAKAGE and TIER_GAP of both agreements. */
  alerts: AgreementConflict[];
};

const day = (value: string): IsoDate => {
  if (!isIsoDate(value)) throw new Error(`not a day: ${value}`);
  return value;
};
const micros = (major: number): number => Math.round(major * 1_000_000);

const AGREEMENT_RECORDS: AgreementRecord[] = DEMO_AGREEMENTS.map(
  (agreement) => ({
    id: agreement.id as FrameworkAgreementId,
    globalAccountId: DEMO_GLOBAL_ACCOUNT.id as GlobalAccountId,
    name: agreement.name,
    kind: agreement.kind,
    status: agreement.status,
    startDate: day(agreement.startDate),
    endDateInclusive: day(agreement.endDate),
    currency: agreement.currency,
    coveredCountries: agreement.coveredCountries,
    agreedDiscountPercent: agreement.agreedDiscountPercent,
    retroactive: agreement.retroactive,
    priority: agreement.priority,
  }),
);

/**
 * What the app's agreement engine makes of the demo family on `today`, every credit period
 * open and no settlement stored yet: the progress of each agreement, every deal's agreement
 * status and the alerts. With `afterCorrection`, the won Gdańsk deal carries the amount the
 * sandbox corrects it to. Pure: the seeds' own expectations, and the figures the dashboard
 * test gives the agreement chart.
 */
export const planDemoAgreements = ({
  today,
  afterCorrection,
  priceTolerancePercent,
}: {
  today: string;
  afterCorrection: boolean;
  priceTolerancePercent: number;
}): DemoAgreementPlan => {
  const todayDay = day(today);
  const amountOf = (deal: (typeof DEMO_OPPORTUNITIES)[number]): number =>
    afterCorrection && deal.id === DEMO_CORRECTION.opportunity
      ? DEMO_CORRECTION.amount
      : deal.amount;
  const companies = DEMO_COMPANIES.map((company) => ({
    id: company.id as CompanyId,
    globalAccountId: DEMO_GLOBAL_ACCOUNT.id as GlobalAccountId,
    countryCode: company.country,
    globalAccountSince:
      company.globalAccountSince === null
        ? null
        : day(company.globalAccountSince),
  }));
  const buckets: VolumeBucket[] = DEMO_OPPORTUNITIES.filter(
    (deal) => deal.stage === 'CUSTOMER',
  ).map((deal) => ({
    companyId: companyId(deal.company) as CompanyId,
    frameworkAgreementId:
      deal.frameworkAgreement === undefined
        ? null
        : (agreementId(deal.frameworkAgreement) as FrameworkAgreementId),
    closeDate: day(deal.closeDate),
    amount: {
      amountMicros: micros(amountOf(deal)),
      currencyCode: deal.currency,
    },
  }));
  const periods: CreditPeriod[] = DEMO_PERIODS.map((period) => ({
    name: period.name,
    startDate: day(period.startDate),
    endDateInclusive: day(period.endDate),
    state: 'OPEN',
  }));
  const progressOf = (key: DemoAgreementKey): AgreementProgress => {
    const agreement = AGREEMENT_RECORDS.find(
      (record) => record.id === agreementId(key),
    ) as AgreementRecord;
    const progress = computeAgreementProgress({
      agreement,
      tiers: DEMO_REBATE_TIERS.filter((tier) => tier.agreement === key).map(
        (tier) => ({
          fromVolume: {
            amountMicros: micros(tier.fromVolume),
            currencyCode: tier.currency,
          },
          rebatePercent: tier.rebatePercent,
        }),
      ),
      companies,
      volumeBuckets: buckets,
      rates: DEMO_EXCHANGE_RATES,
      periods,
      settlements: [],
      today: todayDay,
    });
    if (!progress.success)
      throw new Error(`demo agreement ${key}: ${progress.error.message}`);
    return progress.data;
  };
  const progress = {
    global: progressOf('global'),
    deAssociation: progressOf('deAssociation'),
  };
  const compliance = new Map(
    DEMO_OPPORTUNITIES.map((deal) => {
      const verdict = resolveDealCompliance({
        deal: {
          id: deal.id as OpportunityId,
          closeDate: day(deal.closeDate),
          frameworkAgreementId:
            deal.frameworkAgreement === undefined
              ? null
              : (agreementId(deal.frameworkAgreement) as FrameworkAgreementId),
          amount: {
            amountMicros: micros(amountOf(deal)),
            currencyCode: deal.currency,
          },
          listAmount:
            deal.listAmount === undefined
              ? null
              : {
                  amountMicros: micros(deal.listAmount),
                  currencyCode: deal.currency,
                },
        },
        company:
          companies.find((company) => company.id === companyId(deal.company)) ??
          null,
        agreements: AGREEMENT_RECORDS,
        priceTolerancePercent,
        today: todayDay,
      });
      if (!verdict.success)
        throw new Error(`demo deal ${deal.name}: ${verdict.error.message}`);
      return [deal.id, verdict.data] as const;
    }),
  );
  const recipients = {
    globalAccountManagerId: memberId('gam') as WorkspaceMemberId,
    contractManagerIds: [],
    localAccountManagers: DEMO_TEAM.filter(
      (row) => row.role === 'LOCAL_ACCOUNT_MANAGER',
    ).map((row) => ({
      workspaceMemberId: memberId(row.member) as WorkspaceMemberId,
      countryCode: row.country,
    })),
  };
  const alerts = Object.values(progress).flatMap(
    (agreementProgress) =>
      planAgreementAlerts({
        progress: agreementProgress,
        recipients,
        today: todayDay,
        storedDedupeKeys: [],
      }).raised,
  );
  return { progress, compliance, alerts };
};

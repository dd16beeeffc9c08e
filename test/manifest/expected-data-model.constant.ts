// DATA-MODEL.md as a test oracle: every object and field with its API name,
// type, SELECT values and relation target. Written out on purpose (not imported
// from the app) so a drift between the app and the contract fails a test.
export type ExpectedField =
  | {
      type:
        | 'TEXT'
        | 'NUMBER'
        | 'BOOLEAN'
        | 'DATE'
        | 'DATE_TIME'
        | 'CURRENCY'
        | 'ARRAY'
        | 'RAW_JSON';
      isUnique?: true;
    }
  | { type: 'SELECT'; values: readonly string[] }
  | {
      type: 'RELATION';
      relationType: 'MANY_TO_ONE' | 'ONE_TO_MANY';
      target: string;
    };

const TEXT = { type: 'TEXT' } as const;
const NUMBER = { type: 'NUMBER' } as const;
const DATE = { type: 'DATE' } as const;
const DATE_TIME = { type: 'DATE_TIME' } as const;
const CURRENCY = { type: 'CURRENCY' } as const;
const ARRAY = { type: 'ARRAY' } as const;
const RAW_JSON = { type: 'RAW_JSON' } as const;
const select = (values: readonly string[]): ExpectedField => ({
  type: 'SELECT',
  values,
});
const manyToOne = (target: string): ExpectedField => ({
  type: 'RELATION',
  relationType: 'MANY_TO_ONE',
  target,
});
const oneToMany = (target: string): ExpectedField => ({
  type: 'RELATION',
  relationType: 'ONE_TO_MANY',
  target,
});

export const EXPECTED_CUSTOM_OBJECTS: Readonly<
  Record<string, Readonly<Record<string, ExpectedField>>>
> = {
  globalAccount: {
    name: TEXT,
    globalAccountManager: manyToOne('workspaceMember'),
    headquartersCountry: TEXT,
    reportingCurrency: TEXT,
    status: select(['PROSPECT', 'ACTIVE', 'AT_RISK', 'INACTIVE']),
    corporateDomains: ARRAY,
    creditPolicy: RAW_JSON,
    lastValidCreditPolicy: RAW_JSON,
    annualTarget: CURRENCY,
    openPipeline: CURRENCY,
    wonRevenueYtd: CURRENCY,
    memberCountries: ARRAY,
    uncoveredCountries: ARRAY,
    openConflicts: NUMBER,
    rollupStatus: select(['OK', 'STALE', 'MISSING_RATE', 'ERROR']),
    rollupCalculatedAt: DATE_TIME,
    companies: oneToMany('company'),
    teamMembers: oneToMany('accountTeamMember'),
    frameworkAgreements: oneToMany('frameworkAgreement'),
    creditAllocations: oneToMany('creditAllocation'),
    conflicts: oneToMany('conflict'),
    accountPlans: oneToMany('accountPlan'),
    rollupProblem: TEXT,
    ultimateParent: TEXT,
    planReviewOverdue: { type: 'BOOLEAN' },
  },
  accountTeamMember: {
    globalAccount: manyToOne('globalAccount'),
    workspaceMember: manyToOne('workspaceMember'),
    role: select([
      'GLOBAL_ACCOUNT_MANAGER',
      'LOCAL_ACCOUNT_MANAGER',
      'SALES_ENGINEER',
      'EXECUTIVE_SPONSOR',
      'SERVICE_LEAD',
      'CONTRACT_MANAGER',
    ]),
    countryCode: TEXT,
    startDate: DATE,
    endDate: DATE,
  },
  frameworkAgreement: {
    name: TEXT,
    agreementNumber: TEXT,
    globalAccount: manyToOne('globalAccount'),
    kind: select(['GLOBAL_FRAMEWORK', 'ASSOCIATION', 'COUNTRY']),
    status: select(['DRAFT', 'ACTIVE', 'EXPIRED', 'TERMINATED']),
    startDate: DATE,
    endDate: DATE,
    currency: TEXT,
    coveredCountries: ARRAY,
    agreedDiscountPercent: NUMBER,
    retroactive: { type: 'BOOLEAN' },
    priority: NUMBER,
    volumeToDate: CURRENCY,
    rebateToDate: CURRENCY,
    nextTierThreshold: CURRENCY,
    gapToNextTier: CURRENCY,
    offAgreementVolume: CURRENCY,
    currentRebatePercent: NUMBER,
    rebateTiers: oneToMany('rebateTier'),
    rebateSettlements: oneToMany('rebateSettlement'),
    opportunities: oneToMany('opportunity'),
  },
  rebateTier: {
    frameworkAgreement: manyToOne('frameworkAgreement'),
    fromVolume: CURRENCY,
    rebatePercent: NUMBER,
  },
  rebateSettlement: {
    frameworkAgreement: manyToOne('frameworkAgreement'),
    period: TEXT,
    cumulativeVolume: CURRENCY,
    rebateAmount: CURRENCY,
    settlementAmount: CURRENCY,
    status: select(['PROVISIONAL', 'FINAL']),
  },
  creditAllocation: {
    opportunity: manyToOne('opportunity'),
    globalAccount: manyToOne('globalAccount'),
    recipient: manyToOne('workspaceMember'),
    countryCode: TEXT,
    creditType: select(['REVENUE', 'OVERLAY']),
    percent: NUMBER,
    amount: CURRENCY,
    reportingAmount: CURRENCY,
    period: TEXT,
    entryType: select(['ORIGINAL', 'ADJUSTMENT', 'CLAWBACK']),
    status: select(['PROVISIONAL', 'CREDITED', 'HELD', 'REVERSED']),
    source: select(['POLICY', 'MANUAL']),
    reason: TEXT,
    entryKey: { type: 'TEXT', isUnique: true },
  },
  creditPeriod: {
    name: TEXT,
    startDate: DATE,
    endDate: DATE,
    state: select(['OPEN', 'CLOSED']),
  },
  conflict: {
    kind: select([
      'DUPLICATE_COMPANY',
      'UNLINKED_AFFILIATE',
      'CROSS_REGION_PROSPECT',
      'PARALLEL_IMPORT',
      'BELOW_AGREEMENT_PRICE',
      'ABOVE_AGREEMENT_PRICE',
      'OFF_AGREEMENT',
      'AGREEMENT_CONFLICT',
      'EXPIRED_AGREEMENT',
      'AGREEMENT_EXPIRING',
      'TIER_LEAKAGE',
      'TIER_GAP',
      'UNCOVERED_COUNTRY',
      'INVALID_POLICY',
      'INVALID_INPUT',
    ]),
    severity: select(['INFO', 'WARNING', 'CRITICAL']),
    status: select(['OPEN', 'ACKNOWLEDGED', 'RESOLVED', 'DISMISSED']),
    globalAccount: manyToOne('globalAccount'),
    company: manyToOne('company'),
    opportunity: manyToOne('opportunity'),
    frameworkAgreement: manyToOne('frameworkAgreement'),
    assignee: manyToOne('workspaceMember'),
    countries: ARRAY,
    summary: TEXT,
    details: RAW_JSON,
    dedupeKey: { type: 'TEXT', isUnique: true },
    evidenceHash: { type: 'TEXT' },
    detectedAt: DATE_TIME,
    resolvedAt: DATE_TIME,
    // CONFLICTS.md: a conflict whose cause disappears is resolved "with a reason".
    resolutionReason: TEXT,
  },
  accountPlan: {
    name: TEXT,
    globalAccount: manyToOne('globalAccount'),
    fiscalYear: NUMBER,
    revenueTarget: CURRENCY,
    status: select(['DRAFT', 'ACTIVE', 'CLOSED']),
    lastReviewedAt: DATE_TIME,
    objectives: oneToMany('accountPlanObjective'),
  },
  accountPlanObjective: {
    name: TEXT,
    accountPlan: manyToOne('accountPlan'),
    owner: manyToOne('workspaceMember'),
    countryCode: TEXT,
    dueDate: DATE,
    status: select(['NOT_STARTED', 'ON_TRACK', 'AT_RISK', 'DONE']),
    targetValue: NUMBER,
    currentValue: NUMBER,
    measure: select([
      'WON_REVENUE_IN_COUNTRY',
      'PIPELINE',
      'NEW_COMPANIES_IN_FAMILY',
      'MANUAL',
    ]),
  },
};

export const EXPECTED_STANDARD_OBJECT_FIELDS: Readonly<
  Record<string, Readonly<Record<string, ExpectedField>>>
> = {
  company: {
    globalAccount: manyToOne('globalAccount'),
    parentCompany: manyToOne('company'),
    countryCode: TEXT,
    registrationNumber: TEXT,
    matchKey: TEXT,
    globalAccountSince: DATE,
    // Conflict radar blocking keys beyond matchKey (conflict-matching/README.md "Queries").
    matchBrandKey: TEXT,
    matchDomain: TEXT,
    matchRegistrationKey: TEXT,
    matchPhoneticKey: TEXT,
    matchPrefixKey: TEXT,
  },
  opportunity: {
    bookingCountry: TEXT,
    shipToCountry: TEXT,
    frameworkAgreement: manyToOne('frameworkAgreement'),
    listAmount: CURRENCY,
    agreementStatus: select([
      'COMPLIANT',
      'BELOW_AGREEMENT',
      'ABOVE_AGREEMENT',
      'OFF_AGREEMENT',
      'EXPIRED_AGREEMENT',
      'AGREEMENT_CONFLICT',
      'NOT_APPLICABLE',
    ]),
  },
};

// SELECT values the app adds beyond DATA-MODEL.md, each with its reason.
export const EXTRA_SELECT_VALUES: Readonly<Record<string, readonly string[]>> =
  {
    // CREDIT-RULES.md asks for a conflict when an opportunity has no owner.
    'conflict.kind': ['MISSING_OWNER'],
  };

/** Twenty's CURRENCY composite as the API returns it; empty until the app computes it. */
export type ApiMoney = {
  amountMicros: number | null;
  currencyCode: string | null;
} | null;

/** One framework agreement as read back from the API after the app's runs. */
export type AgreementReportRow = {
  id: string;
  name: string;
  agreementNumber: string | null;
  status: string | null;
  currency: string | null;
  volumeToDate: ApiMoney;
  currentRebatePercent: number | null;
  rebateToDate: ApiMoney;
  nextTierThreshold: ApiMoney;
  gapToNextTier: ApiMoney;
  offAgreementVolume: ApiMoney;
  tiers: { fromVolume: ApiMoney; rebatePercent: number | null }[];
  settlements: {
    period: string;
    cumulativeVolume: ApiMoney;
    rebateAmount: ApiMoney;
    settlementAmount: ApiMoney;
    status: string | null;
  }[];
};

/** An open conflict of an agreement kind; frameworkAgreementId is empty when no agreement applies. */
export type AgreementConflictRow = {
  kind: string;
  summary: string | null;
  frameworkAgreementId: string | null;
  opportunityName: string | null;
  assignee: string;
};

import {
  buildSettlementId,
  computeAgreementProgress,
  describeOffAgreementByCountry,
  hashEvidence,
  invalidInputKey,
  planAgreementAlerts,
  planEvidenceConflictChanges,
  type AgreementEngineError,
  type CreditPeriod,
  type EvidenceConflict,
  type EvidenceConflictChange,
  type ExchangeRate,
  type GlobalAccountId,
  type IsoDate,
  type Result,
} from '@global-accounts/domain';
import {
  type AgreementFamily,
  type AgreementProgressFields,
  type LoadedAgreement,
  type SettlementWrite,
} from '@global-accounts/twenty-gateway';

import { buildAgreementRecipients } from './build-agreement-recipients.util';
import { isSameProgress } from './is-same-progress.util';

export type AgreementPlan = {
  progress: { agreementId: string; fields: AgreementProgressFields }[];
  settlements: SettlementWrite[];
  conflicts: EvidenceConflictChange[];
  /** Agreements left unchanged, with the reason shown on them. */
  refused: { agreementId: string; reason: string }[];
};

// The engine's error codes, and INVALID_CREDIT_PERIOD when a credit period is unreadable.
type Refusal = {
  code: AgreementEngineError['code'] | 'INVALID_CREDIT_PERIOD';
  message: string;
};

type Settings = {
  rates: readonly ExchangeRate[];
  periods: Result<CreditPeriod[], string>;
  today: IsoDate;
  tierGapThresholdBasisPoints: number;
};

// A refused agreement: one INVALID_INPUT conflict on it naming the problem, for whoever
// maintains it (the contract manager, else the GAM).
const refusalConflict = ({
  agreement,
  family,
  assigneeId,
  error,
}: {
  agreement: LoadedAgreement;
  family: AgreementFamily;
  assigneeId: string | null;
  error: Refusal;
}): EvidenceConflict => ({
  kind: 'INVALID_INPUT',
  severity: 'WARNING',
  dedupeKey: invalidInputKey(agreement.record.id),
  globalAccountId: family.globalAccountId as GlobalAccountId,
  opportunityId: null,
  companyId: null,
  frameworkAgreementId: agreement.record.id,
  assigneeId: assigneeId as EvidenceConflict['assigneeId'],
  countries: [],
  summary: `The volume, rebate and settlements of this agreement are left unchanged until this is fixed: ${error.message}.`,
  details: { code: error.code, message: error.message },
  evidenceHash: hashEvidence({ code: error.code, message: error.message }),
});

const planAgreement = (
  family: AgreementFamily,
  agreement: LoadedAgreement,
  settings: Settings,
  plan: AgreementPlan,
) => {
  const recipients = buildAgreementRecipients({
    globalAccountManagerId: family.globalAccountManagerId,
    team: family.team,
    today: settings.today,
  });
  const refuse = (error: Refusal) => {
    plan.refused.push({
      agreementId: agreement.record.id,
      reason: error.message,
    });
    plan.conflicts.push(
      ...planEvidenceConflictChanges({
        raised: [
          refusalConflict({
            agreement,
            family,
            assigneeId:
              recipients.contractManagerIds[0] ??
              recipients.globalAccountManagerId,
            error,
          }),
        ],
        resolvedKeys: [],
        stored: agreement.conflicts,
      }),
    );
  };
  if (!settings.periods.success) {
    refuse({ code: 'INVALID_CREDIT_PERIOD', message: settings.periods.error });
    return;
  }
  const progress = computeAgreementProgress({
    agreement: agreement.record,
    tiers: agreement.tiers,
    companies: family.companies,
    volumeBuckets: family.volumeBuckets,
    rates: settings.rates,
    periods: settings.periods.data,
    settlements: agreement.settlements,
    today: settings.today,
  });
  if (!progress.success) {
    refuse(progress.error);
    return;
  }
  const computed = progress.data;
  const fields: AgreementProgressFields = {
    volumeToDate: computed.volumeToDate,
    rebateToDate: computed.rebateToDate,
    nextTierThreshold: computed.nextTierThreshold,
    gapToNextTier: computed.gapToNextTier,
    offAgreementVolume: computed.offAgreementVolume,
    offAgreementVolumeByCountry: describeOffAgreementByCountry(
      computed.offAgreementVolumeByCountry,
    ),
    currentRebatePercent: computed.currentRebatePercent,
  };
  if (!isSameProgress({ stored: agreement.storedProgress, computed: fields }))
    plan.progress.push({ agreementId: agreement.record.id, fields });
  // FINAL settlements come back 'unchanged' from the engine: they are never written again.
  plan.settlements.push(
    ...computed.settlements
      .filter((settlement) => settlement.change !== 'unchanged')
      .map((settlement) => ({
        id:
          settlement.id ??
          buildSettlementId({
            frameworkAgreementId: agreement.record.id,
            period: settlement.period,
          }),
        frameworkAgreementId: agreement.record.id,
        period: settlement.period,
        cumulativeVolume: settlement.cumulativeVolume,
        rebateAmount: settlement.rebateAmount,
        settlementAmount: settlement.settlementAmount,
        status: settlement.status,
      })),
  );
  const alerts = planAgreementAlerts({
    progress: computed,
    recipients,
    today: settings.today,
    tierGapThresholdBasisPoints: settings.tierGapThresholdBasisPoints,
    storedDedupeKeys: agreement.conflicts.flatMap((conflict) =>
      conflict.dedupeKey === null ? [] : [conflict.dedupeKey],
    ),
  });
  plan.conflicts.push(
    ...planEvidenceConflictChanges({
      raised: alerts.raised,
      resolvedKeys: [
        ...alerts.resolvedKeys,
        invalidInputKey(agreement.record.id),
      ],
      stored: agreement.conflicts,
    }),
  );
};

/**
 * What to write for a family's agreements: progress fields that changed, settlements to create
 * or update, alert conflicts to raise or resolve. A refused agreement gets only its
 * INVALID_INPUT conflict: nothing else of it is written.
 */
export const planAgreementFamily = ({
  family,
  ...settings
}: Settings & { family: AgreementFamily }): AgreementPlan => {
  const plan: AgreementPlan = {
    progress: [],
    settlements: [],
    conflicts: [],
    refused: [],
  };
  for (const agreement of family.agreements)
    planAgreement(family, agreement, settings, plan);
  return plan;
};

import { type AgreementConflictPlan } from '../agreement-conflicts/agreement-conflict.type';
import { type AgreementAlertInput } from './agreement-alert-input.type';
import { planExpiryAlerts } from './plan-expiry-alerts.util';
import { planTierGapAlerts } from './plan-tier-gap-alerts.util';
import { planTierLeakageAlerts } from './plan-tier-leakage-alerts.util';

const ALERT_KINDS = ['AGREEMENT_EXPIRING', 'TIER_LEAKAGE', 'TIER_GAP'] as const;

/**
 * Every alert of an agreement (expiry, tier leakage, tier gap) for a daily run or a recompute;
 * stored alert keys of this agreement that no longer apply come back as resolvedKeys.
 */
export const planAgreementAlerts = (
  input: AgreementAlertInput,
): AgreementConflictPlan => {
  if (input.progress.terms.globalAccountId === null) {
    return { raised: [], resolvedKeys: [] };
  }
  const raised = [
    ...planExpiryAlerts(input),
    ...planTierLeakageAlerts(input),
    ...planTierGapAlerts(input),
  ];
  const raisedKeys = new Set(raised.map((alert) => alert.dedupeKey));
  const agreementId = input.progress.terms.id;
  const resolvedKeys = input.storedDedupeKeys.filter(
    (key) =>
      !raisedKeys.has(key) &&
      ALERT_KINDS.some((kind) => key.startsWith(`${kind}:${agreementId}:`)),
  );
  return { raised, resolvedKeys };
};

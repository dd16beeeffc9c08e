import { countDaysBetween } from '../agreement-volume/iso-day.util';
import { type AgreementConflict } from '../agreement-conflicts/agreement-conflict.type';
import {
  type AgreementAlertInput,
  EXPIRY_REMINDER_DAYS,
} from './agreement-alert-input.type';
import { buildAgreementAlert } from './build-agreement-alert.util';

/**
 * AGREEMENTS.md "Expiry reminders at 90, 60 and 30 days to the GAM and the contract manager":
 * an ACTIVE agreement ending within 90 days raises the reminder of the closest milestone
 * reached; each milestone has its own key, so a daily run raises each one once.
 */
export const planExpiryAlerts = ({
  progress,
  recipients,
  today,
}: AgreementAlertInput): AgreementConflict[] => {
  const { terms } = progress;
  const daysLeft = countDaysBetween(today, terms.endDateInclusive);
  if (terms.status !== 'ACTIVE' || daysLeft < 0) return [];
  const milestone = [...EXPIRY_REMINDER_DAYS]
    .reverse()
    .find((days) => daysLeft <= days);
  if (milestone === undefined) return [];
  const when =
    daysLeft === 0
      ? 'today'
      : `in ${String(daysLeft)} day${daysLeft === 1 ? '' : 's'}`;
  return buildAgreementAlert({
    kind: 'AGREEMENT_EXPIRING',
    severity: milestone === 30 ? 'WARNING' : 'INFO',
    terms,
    scope: `${terms.id}:${String(milestone)}`,
    assignees: [
      recipients.globalAccountManagerId,
      ...recipients.contractManagerIds,
    ],
    countries:
      terms.coveredCountries === null ? [] : [...terms.coveredCountries].sort(),
    summary: `${terms.name} expires ${when}, on ${terms.endDateInclusive}: renew it or plan what follows.`,
    details: {
      milestoneDays: milestone,
      daysLeft,
      endDate: terms.endDateInclusive,
    },
    evidence: { milestone, endDate: terms.endDateInclusive },
  });
};

import { buildInvalidPolicyConflict } from '../conflicts/build-invalid-policy-conflict.util';
import { resolvePolicyInForce } from '../credit-policy/resolve-policy-in-force.util';
import {
  type CreditPolicy,
  type PolicyIssue,
} from '../credit-policy/credit-policy.type';
import {
  resolveCreditShares,
  type RecipientContext,
} from '../credit-split/resolve-credit-shares.util';
import { findActiveTeamMember } from '../credit-split/find-active-team-member.util';
import { type Money } from '../money/money.type';
import { convertMoney } from '../money/exchange-rate.util';
import { CREDIT_TYPES } from '../shared/data-model.constants';
import {
  type GlobalAccountId,
  type WorkspaceMemberId,
} from '../shared/ids.type';
import { type IsoDate } from '../shared/iso-date.util';
import { ok, type Result } from '../shared/result.type';
import { buildCreditTargets } from './build-credit-targets.util';
import { collectManualSplit } from './collect-manual-split.util';
import {
  type CreditConflict,
  invalidPolicyKey,
  missingOwnerKey,
  uncoveredCountryKey,
} from './credit-conflict.type';
import { type CreditEngineError } from './credit-engine-error.type';
import { type CreditLedgerInput } from './credit-ledger-input.type';
import { type CreditLedgerDiff } from './credit-line.type';
import {
  closedPeriodNames,
  findAdjustmentPeriod,
  findCreditPeriod,
} from './credit-period.util';
import { type CreditTarget, type DealState } from './credit-target.type';
import { diffCreditLedger } from './diff-credit-ledger.util';
import { planDesiredCreditLines } from './plan-desired-credit-lines.util';
import { sumBookedCredit } from './sum-booked-credit.util';
import {
  validateCreditInput,
  type ValidatedCreditInput,
} from './validate-credit-input.util';

export type CreditLedgerOutcome = {
  diff: CreditLedgerDiff;
  conflicts: CreditConflict[];
  /** Conflicts this opportunity raised before whose cause is gone. */
  resolvedConflictKeys: string[];
  missingRates: { fromCurrency: string; toCurrency: string }[];
  /** Set when the account's policy is invalid and the last valid one was applied instead. */
  policyIssues: PolicyIssue[];
};

type Targets = {
  targets: CreditTarget[];
  uncoveredCountries: string[];
  missingRates: CreditLedgerOutcome['missingRates'];
};

const recipientContext = (
  valid: ValidatedCreditInput,
  ownerId: WorkspaceMemberId,
  onDay: IsoDate,
): RecipientContext => {
  const { input } = valid;
  const soldToCountry = input.company?.countryCode ?? null;
  const ownerMembership = findActiveTeamMember(input.team, onDay, {
    workspaceMemberId: ownerId,
  });
  return {
    bookingOwnerId: ownerId,
    bookingCountry:
      input.opportunity.bookingCountry ??
      ownerMembership?.countryCode ??
      soldToCountry,
    soldToCountry,
    shipToCountry: input.opportunity.shipToCountry ?? soldToCountry,
    globalAccountManagerId: input.globalAccount?.globalAccountManagerId ?? null,
    team: input.team,
    onDay,
  };
};

const buildTargets = (
  valid: ValidatedCreditInput,
  policy: CreditPolicy,
  amount: Money,
  ownerId: WorkspaceMemberId,
): Result<Targets, CreditEngineError> => {
  const { input } = valid;
  const context = recipientContext(
    valid,
    ownerId,
    valid.deal === 'OPEN' ? valid.today : (valid.closeDay ?? valid.today),
  );
  const reportingTotal = convertMoney(
    amount,
    valid.reportingCurrency,
    valid.rates,
  );
  const targets: CreditTarget[] = [];
  const uncoveredCountries: string[] = [];
  for (const creditType of CREDIT_TYPES) {
    const manual = collectManualSplit(input.lines, creditType);
    if (!manual.success) return manual;
    const entries =
      manual.data?.entries ??
      (creditType === 'REVENUE' ? policy.revenue : policy.overlay);
    const resolved = resolveCreditShares(
      context,
      entries,
      creditType === 'REVENUE',
    );
    for (const country of resolved.uncoveredCountries)
      if (!uncoveredCountries.includes(country))
        uncoveredCountries.push(country);
    const built = buildCreditTargets(
      {
        creditType,
        shares: resolved.shares,
        manualLines: manual.data?.linesByRecipient,
      },
      amount,
      reportingTotal ?? null,
    );
    for (const target of built) targets.push(target);
  }
  const missingRates =
    reportingTotal === undefined
      ? [{ fromCurrency: amount.currency, toCurrency: valid.reportingCurrency }]
      : [];
  return ok({ targets, uncoveredCountries, missingRates });
};

const uncoveredConflicts = (
  globalAccountId: GlobalAccountId,
  countries: readonly string[],
  assigneeId: WorkspaceMemberId | null,
): CreditConflict[] =>
  countries.map((country) => ({
    kind: 'UNCOVERED_COUNTRY',
    severity: 'WARNING',
    dedupeKey: uncoveredCountryKey(globalAccountId, country),
    globalAccountId,
    opportunityId: null,
    countries: [country],
    summary: `Nobody covers ${country} as local account manager: its share of the credit goes to the booking owner.`,
    assigneeId,
  }));

/**
 * The single entry point: given an opportunity and everything around it, the ledger lines to
 * create, update and reverse, and the conflicts to raise. Pure and deterministic.
 */
export const computeCreditLedger = (
  rawInput: CreditLedgerInput,
): Result<CreditLedgerOutcome, CreditEngineError> => {
  const globalAccountId =
    rawInput.globalAccount?.id ?? rawInput.lines[0]?.globalAccountId;
  const outcome: CreditLedgerOutcome = {
    diff: { creates: [], updates: [], reversals: [] },
    conflicts: [],
    resolvedConflictKeys: [],
    missingRates: [],
    policyIssues: [],
  };
  // Outside a global account and without lines there is nothing to credit, nothing to refuse.
  if (globalAccountId === undefined) return ok(outcome);
  const validated = validateCreditInput(rawInput);
  if (!validated.success) return validated;
  const valid = validated.data;
  const { input } = valid;

  let deal: DealState = valid.deal;
  let targets: Targets = {
    targets: [],
    uncoveredCountries: [],
    missingRates: [],
  };
  const ownerId = input.opportunity.ownerId;
  if (deal !== 'GONE' && ownerId === null) {
    deal = 'GONE';
    outcome.conflicts.push({
      kind: 'MISSING_OWNER',
      severity: 'WARNING',
      dedupeKey: missingOwnerKey(input.opportunity.id),
      globalAccountId,
      opportunityId: input.opportunity.id,
      countries:
        input.company?.countryCode == null ? [] : [input.company.countryCode],
      summary:
        'This opportunity has no owner, so nobody is credited for it: assign an owner.',
      assigneeId: input.globalAccount?.globalAccountManagerId ?? null,
    });
  } else {
    outcome.resolvedConflictKeys.push(missingOwnerKey(input.opportunity.id));
  }
  if (deal !== 'GONE' && ownerId !== null && valid.amount !== null) {
    const policy = resolvePolicyInForce({
      creditPolicy: input.globalAccount?.creditPolicy ?? null,
      lastValidCreditPolicy: input.globalAccount?.lastValidCreditPolicy ?? null,
      fallback: input.settings?.lastValidCreditPolicy,
    });
    outcome.policyIssues = policy.issues;
    if (policy.issues.length > 0)
      outcome.conflicts.push(
        buildInvalidPolicyConflict({
          globalAccountId,
          assigneeId: input.globalAccount?.globalAccountManagerId ?? null,
          issues: policy.issues,
        }),
      );
    else if (input.globalAccount !== null)
      outcome.resolvedConflictKeys.push(invalidPolicyKey(globalAccountId));
    const built = buildTargets(valid, policy.policy, valid.amount, ownerId);
    if (!built.success) return built;
    targets = built.data;
  }

  const closedPeriods = closedPeriodNames(input.periods);
  const booked = sumBookedCredit(input.lines, closedPeriods);
  const targetPeriod = findCreditPeriod(
    input.periods,
    valid.closeDay ?? valid.today,
  );
  const needsAdjustmentPeriod = targetPeriod.isClosed || booked.size > 0;
  const adjustmentPeriod = needsAdjustmentPeriod
    ? findAdjustmentPeriod(input.periods, valid.today)
    : ok(targetPeriod.name);
  if (!adjustmentPeriod.success) return adjustmentPeriod;

  const desired = planDesiredCreditLines({
    opportunityId: input.opportunity.id,
    globalAccountId,
    deal: targets.targets.length === 0 ? 'GONE' : deal,
    targets: targets.targets,
    booked,
    closedPeriods,
    originalPeriod: targetPeriod.isClosed
      ? adjustmentPeriod.data
      : targetPeriod.name,
    adjustmentPeriod: adjustmentPeriod.data,
  });
  outcome.diff = diffCreditLedger(desired, input.lines, closedPeriods);
  outcome.conflicts.push(
    ...uncoveredConflicts(
      globalAccountId,
      targets.uncoveredCountries,
      input.globalAccount?.globalAccountManagerId ?? null,
    ),
  );
  outcome.missingRates = targets.missingRates;
  return ok(outcome);
};

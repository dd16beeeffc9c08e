import {
  GLOBAL_ACCOUNT_ID,
  day,
} from '../../agreement-volume/__tests__/agreement.builders';
import { type DealCompliance } from '../../agreement-compliance/deal-compliance.type';
import { AGREEMENT_COMPLIANCE_STATUSES } from '../../shared/data-model.constants';
import {
  type OpportunityId,
  type WorkspaceMemberId,
} from '../../shared/ids.type';
import { planDealAgreementConflicts } from '../plan-deal-agreement-conflicts.util';

const GAM = 'wm-gam' as WorkspaceMemberId;
const OWNER = 'wm-owner' as WorkspaceMemberId;

const compliance = (status: DealCompliance['status']): DealCompliance => ({
  status,
  agreementId: 'fa-global' as never,
  agreementName: 'Nordlys global framework',
  candidateAgreementIds: [],
  day: day('2026-06-15'),
  reason: `because ${status}`,
  actualDiscountBasisPoints: null,
});

const plan = (
  status: DealCompliance['status'],
  overrides: Partial<Parameters<typeof planDealAgreementConflicts>[0]> = {},
) =>
  planDealAgreementConflicts({
    opportunityId: 'opp-1' as OpportunityId,
    ownerId: OWNER,
    companyId: null,
    countryCode: 'PL',
    globalAccountId: GLOBAL_ACCOUNT_ID,
    globalAccountManagerId: GAM,
    compliance: compliance(status),
    storedDedupeKeys: [],
    ...overrides,
  });

describe('planDealAgreementConflicts', () => {
  it.each([
    ['OFF_AGREEMENT', 'OFF_AGREEMENT'],
    ['BELOW_AGREEMENT', 'BELOW_AGREEMENT_PRICE'],
    ['ABOVE_AGREEMENT', 'ABOVE_AGREEMENT_PRICE'],
    ['EXPIRED_AGREEMENT', 'EXPIRED_AGREEMENT'],
    ['AGREEMENT_CONFLICT', 'AGREEMENT_CONFLICT'],
  ] as const)(
    'raises %s as a %s conflict for the GAM and for the deal owner',
    (status, kind) => {
      const { raised } = plan(status);

      expect(
        raised.map((conflict) => [
          conflict.kind,
          conflict.assigneeId,
          conflict.dedupeKey,
        ]),
      ).toEqual([
        [kind, GAM, `${kind}:opp-1:wm-gam`],
        [kind, OWNER, `${kind}:opp-1:wm-owner`],
      ]);
    },
  );

  it.each(['COMPLIANT', 'NOT_APPLICABLE'] as const)(
    'raises nothing for %s',
    (status) => {
      expect(plan(status).raised).toEqual([]);
    },
  );

  it('covers every agreementStatus value', () => {
    expect(
      AGREEMENT_COMPLIANCE_STATUSES.map(
        (status) => plan(status).raised.length > 0,
      ),
    ).toEqual([false, true, true, true, true, true, false]);
  });

  it('raises one conflict when the GAM owns the deal', () => {
    expect(plan('OFF_AGREEMENT', { ownerId: GAM }).raised).toHaveLength(1);
  });

  it('raises one unassigned conflict when nobody is known', () => {
    const { raised } = plan('OFF_AGREEMENT', {
      ownerId: null,
      globalAccountManagerId: null,
    });

    expect(raised.map((conflict) => conflict.dedupeKey)).toEqual([
      'OFF_AGREEMENT:opp-1:unassigned',
    ]);
  });

  it('resolves the deal agreement conflicts that no longer apply and leaves other kinds alone', () => {
    const { resolvedKeys } = plan('BELOW_AGREEMENT', {
      storedDedupeKeys: [
        'OFF_AGREEMENT:opp-1:wm-gam',
        'BELOW_AGREEMENT_PRICE:opp-1:wm-gam',
        'MISSING_OWNER:opp-1',
        'OFF_AGREEMENT:opp-2:wm-gam',
      ],
    });

    expect(resolvedKeys).toEqual(['OFF_AGREEMENT:opp-1:wm-gam']);
  });

  it('hashes the evidence deterministically and changes the hash when the evidence changes', () => {
    const first = plan('OFF_AGREEMENT').raised[0]?.evidenceHash;

    expect(plan('OFF_AGREEMENT').raised[0]?.evidenceHash).toBe(first);
    expect(
      plan('OFF_AGREEMENT', {
        compliance: {
          ...compliance('OFF_AGREEMENT'),
          agreementId: 'fa-x' as never,
        },
      }).raised[0]?.evidenceHash,
    ).not.toBe(first);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
  });
});

import fc from 'fast-check';

import { type AgreementRecord } from '../../agreement-volume/agreement-engine-input.type';
import {
  type CompanyId,
  type GlobalAccountId,
  type OpportunityId,
  type WorkspaceMemberId,
} from '../../shared/ids.type';
import { type IsoDate } from '../../shared/iso-date.util';
import {
  parallelImportKey,
  planParallelImportConflicts,
} from '../plan-parallel-import-conflicts.util';

const DEAL = 'deal-1' as OpportunityId;
const GAM = 'gam' as WorkspaceMemberId;
const OWNER = 'owner' as WorkspaceMemberId;
const ACCOUNT = 'ga-1' as GlobalAccountId;
const DAY = '2026-10-01' as IsoDate;
const company = (countryCode: string | null, inFamily = true) => ({
  id: 'company-pl' as CompanyId,
  globalAccountId: inFamily ? ACCOUNT : null,
  countryCode,
  globalAccountSince: null,
});
const agreement = (
  id: string,
  coveredCountries: string[],
  agreedDiscountPercent: number | null,
  priority = 1,
): AgreementRecord =>
  ({
    id,
    globalAccountId: ACCOUNT,
    name: id,
    kind: 'GLOBAL_FRAMEWORK',
    status: 'ACTIVE',
    startDate: '2026-01-01',
    endDateInclusive: '2026-12-31',
    currency: 'EUR',
    coveredCountries,
    agreedDiscountPercent,
    retroactive: true,
    priority,
  }) as unknown as AgreementRecord;

const plan = (
  overrides: Partial<Parameters<typeof planParallelImportConflicts>[0]>,
) =>
  planParallelImportConflicts({
    opportunityId: DEAL,
    company: company('PL'),
    bookingCountry: 'DE',
    shipToCountry: null,
    ownerId: OWNER,
    globalAccountManagerId: GAM,
    agreements: [],
    day: DAY,
    today: DAY,
    storedDedupeKeys: [],
    ...overrides,
  });

describe('planParallelImportConflicts', () => {
  it.each([
    ['booked abroad', company('PL'), 'DE', null, 2],
    ['booked abroad, shipped home', company('PL'), 'DE', 'PL', 2],
    ['booked at home, shipped abroad', company('PL'), 'PL', 'DE', 2],
    ['booked at home, shipped home', company('PL'), 'PL', 'PL', 0],
    ['booked at home', company('PL'), 'pl', null, 0],
    ['no booking country', company('PL'), null, 'DE', 0],
    ['outside every family', company('PL', false), 'DE', 'DE', 0],
    ['no company', null, 'DE', null, 0],
    [
      'company without country, shipped where booked',
      company(null),
      'DE',
      'DE',
      0,
    ],
    [
      'company without country, shipped elsewhere',
      company(null),
      'DE',
      'FR',
      2,
    ],
  ])('%s', (_label, subject, booking, shipTo, count) => {
    const { raised } = plan({
      company: subject,
      bookingCountry: booking,
      shipToCountry: shipTo,
    });
    expect(raised).toHaveLength(count);
  });

  it('names the countries and the gap between the agreed prices', () => {
    const { raised } = plan({
      shipToCountry: 'PL',
      agreements: [
        agreement('global', [], 10),
        agreement('association', ['DE'], 12, 2),
      ],
    });
    expect(raised.map((conflict) => conflict.assigneeId)).toEqual([GAM, OWNER]);
    expect(raised[0]?.countries).toEqual(['PL', 'DE']);
    expect(raised[0]?.details).toMatchObject({ priceGapBasisPoints: 200 });
    expect(raised[0]?.summary).toBe(
      'Parallel import: booked in DE, for a company in PL, shipped to PL. Agree which office serves it. Agreed prices differ by 2 points (PL 10% off list, DE 12% off list): the order is placed where it is cheaper.',
    );
  });

  it('has no gap when one country has no agreed price', () => {
    const { raised } = plan({ agreements: [agreement('pl', ['PL'], 10)] });
    expect(raised[0]?.details).toMatchObject({ priceGapBasisPoints: null });
  });

  it('resolves its stored keys of the deal when the deal is booked at home again', () => {
    const stored = [
      parallelImportKey(DEAL, GAM),
      parallelImportKey(DEAL, OWNER),
      `OFF_AGREEMENT:${DEAL}:gam`,
      parallelImportKey('other' as OpportunityId, GAM),
    ];
    expect(
      plan({ bookingCountry: 'PL', storedDedupeKeys: stored }).resolvedKeys,
    ).toEqual(stored.slice(0, 2));
    expect(plan({ storedDedupeKeys: stored }).resolvedKeys).toEqual([]);
  });

  it('one conflict when the GAM owns the deal; unassigned when nobody is known', () => {
    expect(plan({ ownerId: GAM }).raised).toHaveLength(1);
    expect(
      plan({ ownerId: null, globalAccountManagerId: null }).raised[0]
        ?.dedupeKey,
    ).toBe(`PARALLEL_IMPORT:${DEAL}:unassigned`);
  });

  it('evidence changes with the countries and not with the owner (property)', () => {
    const country = fc.constantFrom('PL', 'DE', 'SE', 'FR', null);
    fc.assert(
      fc.property(country, country, country, (home, booking, shipTo) => {
        const left = plan({
          company: company(home),
          bookingCountry: booking,
          shipToCountry: shipTo,
        });
        const right = plan({
          company: company(home),
          bookingCountry: booking,
          shipToCountry: shipTo,
          ownerId: 'someone-else' as WorkspaceMemberId,
        });
        const isImport =
          booking !== null &&
          ((home !== null && home !== booking) ||
            (shipTo !== null && shipTo !== booking));
        expect(left.raised.length > 0).toBe(isImport);
        expect(left.raised.map((c) => c.evidenceHash)).toEqual(
          right.raised.map((c) => c.evidenceHash).slice(0, left.raised.length),
        );
        for (const conflict of left.raised)
          expect(conflict.countries).toContain(booking);
      }),
    );
  });
});

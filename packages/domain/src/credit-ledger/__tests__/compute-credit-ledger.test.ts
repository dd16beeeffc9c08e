import {
  type CreditLineId,
  type WorkspaceMemberId,
} from '../../shared/ids.type';
import { computeCreditLedger } from '../compute-credit-ledger.util';
import { type CreditLine } from '../credit-line.type';
import {
  buildCreditInput,
  euros,
  GLOBAL_ACCOUNT_ID,
  OPPORTUNITY_ID,
  PEOPLE,
  period,
  runCreditEngine,
  summariseLines,
} from './credit-ledger.builders';

const Q4 = '2026-Q4';

describe('computeCreditLedger: the worked examples of CREDIT-RULES.md', () => {
  it.each([
    {
      title:
        '1. owner DE-LAM, company in DE, ship-to DE: DE-LAM 100 %, GAM overlay',
      input: buildCreditInput({ opportunity: { shipToCountry: 'DE' } }),
      expected: [
        `${PEOPLE.deLam} REVENUE ORIGINAL ${Q4} PROVISIONAL 100% 10000000`,
        `${PEOPLE.gam} OVERLAY ORIGINAL ${Q4} PROVISIONAL 100% 10000000`,
      ],
      conflicts: [],
    },
    {
      title: '2. same deal shipped to PL: DE-LAM 75 %, PL-LAM 25 %',
      input: buildCreditInput({ opportunity: { shipToCountry: 'PL' } }),
      expected: [
        `${PEOPLE.deLam} REVENUE ORIGINAL ${Q4} PROVISIONAL 75% 7500000`,
        `${PEOPLE.gam} OVERLAY ORIGINAL ${Q4} PROVISIONAL 100% 10000000`,
        `${PEOPLE.plLam} REVENUE ORIGINAL ${Q4} PROVISIONAL 25% 2500000`,
      ],
      conflicts: [],
    },
    {
      title:
        '3. US rep off the team, company in US, no US LAM: the rep 100 %, US uncovered',
      input: buildCreditInput({
        opportunity: { ownerId: PEOPLE.usRep },
        company: { countryCode: 'US' },
      }),
      expected: [
        `${PEOPLE.gam} OVERLAY ORIGINAL ${Q4} PROVISIONAL 100% 10000000`,
        `${PEOPLE.usRep} REVENUE ORIGINAL ${Q4} PROVISIONAL 100% 10000000`,
      ],
      conflicts: [`UNCOVERED_COUNTRY:${GLOBAL_ACCOUNT_ID}:US`],
    },
    {
      title:
        '4. 0.01 EUR, DE owner, PL company, FR ship-to: the only cent goes to the booking owner',
      input: buildCreditInput({
        opportunity: { amount: euros(0.01), shipToCountry: 'FR' },
        company: { countryCode: 'PL' },
      }),
      expected: [
        `${PEOPLE.deLam} REVENUE ORIGINAL ${Q4} PROVISIONAL 50% 1`,
        `${PEOPLE.frLam} REVENUE ORIGINAL ${Q4} PROVISIONAL 25% 0`,
        `${PEOPLE.gam} OVERLAY ORIGINAL ${Q4} PROVISIONAL 100% 1`,
        `${PEOPLE.plLam} REVENUE ORIGINAL ${Q4} PROVISIONAL 25% 0`,
      ],
      conflicts: [],
    },
  ])('$title', ({ input, expected, conflicts }) => {
    const outcome = computeCreditLedger(input);

    expect(outcome.success).toBe(true);
    if (!outcome.success) return;
    expect(summariseLines(runCreditEngine(input))).toEqual(
      [...expected].sort(),
    );
    expect(
      outcome.data.conflicts.map((conflict) => conflict.dedupeKey),
    ).toEqual(conflicts);
  });

  it('5. a won deal with a manual 60/40 split in closed March gets April adjustments when the amount drops', () => {
    const march = period('2026-03', '2026-03-01', '2026-03-31');
    const april = period('2026-04', '2026-04-01', '2026-04-30');
    const manual = (
      id: string,
      recipientId: WorkspaceMemberId,
      basisPoints: number,
      countryCode: string,
    ): CreditLine => ({
      id: id as CreditLineId,
      opportunityId: OPPORTUNITY_ID,
      globalAccountId: GLOBAL_ACCOUNT_ID,
      recipientId,
      countryCode,
      creditType: 'REVENUE',
      basisPoints,
      amount: { amountMinor: 0, currency: 'EUR' as never },
      reportingAmount: null,
      period: '2026-03',
      entryType: 'ORIGINAL',
      status: 'PROVISIONAL',
      source: 'MANUAL',
      reason: 'agreed in the QBR',
      entryKey: null,
    });
    const wonInMarch = buildCreditInput({
      opportunity: {
        stage: 'CUSTOMER',
        closeDate: '2026-03-20',
        shipToCountry: 'PL',
      },
      lines: [
        manual('m-de', PEOPLE.deLam, 6000, 'DE'),
        manual('m-pl', PEOPLE.plLam, 4000, 'PL'),
      ],
      periods: [march, april],
      today: '2026-03-25',
    });
    const marchLedger = runCreditEngine(wonInMarch);
    const april10 = {
      ...wonInMarch,
      opportunity: { ...wonInMarch.opportunity, amount: euros(90_000) },
      lines: marchLedger,
      periods: [{ ...march, state: 'CLOSED' as const }, april],
      today: '2026-04-10',
    };

    const aprilLedger = runCreditEngine(april10);

    expect(summariseLines(marchLedger)).toEqual(
      [
        `${PEOPLE.deLam} REVENUE ORIGINAL 2026-03 CREDITED 60% 6000000`,
        `${PEOPLE.gam} OVERLAY ORIGINAL 2026-03 CREDITED 100% 10000000`,
        `${PEOPLE.plLam} REVENUE ORIGINAL 2026-03 CREDITED 40% 4000000`,
      ].sort(),
    );
    expect(aprilLedger.slice(0, marchLedger.length)).toEqual(marchLedger);
    expect(summariseLines(aprilLedger.slice(marchLedger.length))).toEqual(
      [
        `${PEOPLE.deLam} REVENUE ADJUSTMENT 2026-04 CREDITED 60% -600000`,
        `${PEOPLE.gam} OVERLAY ADJUSTMENT 2026-04 CREDITED 100% -1000000`,
        `${PEOPLE.plLam} REVENUE ADJUSTMENT 2026-04 CREDITED 40% -400000`,
      ].sort(),
    );
    expect(aprilLedger.at(-1)?.reason).toContain('2026-03');
  });
});

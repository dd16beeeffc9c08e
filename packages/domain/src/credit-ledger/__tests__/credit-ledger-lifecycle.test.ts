import { computeCreditLedger } from '../compute-credit-ledger.util';
import {
  buildCreditInput,
  buildTeamMember,
  DEMO_TEAM,
  euros,
  PEOPLE,
  period,
  runCreditEngine,
  summariseLines,
} from './credit-ledger.builders';

const computeOrThrow = (input: Parameters<typeof computeCreditLedger>[0]) => {
  const outcome = computeCreditLedger(input);
  if (!outcome.success) throw new Error(JSON.stringify(outcome.error));
  return outcome.data;
};

describe('computeCreditLedger: the lifecycle of a deal', () => {
  it('writes nothing when the same input is applied twice', () => {
    const input = buildCreditInput({ opportunity: { shipToCountry: 'PL' } });
    const lines = runCreditEngine(input);

    const again = computeOrThrow({ ...input, lines });

    expect(again.diff).toEqual({ creates: [], updates: [], reversals: [] });
  });

  it('updates amounts in place while the deal is open', () => {
    const input = buildCreditInput();
    const lines = runCreditEngine(input);

    const diff = computeOrThrow({
      ...input,
      lines,
      opportunity: { ...input.opportunity, amount: euros(50_000) },
    }).diff;

    expect(diff.creates).toEqual([]);
    expect(
      diff.updates.map((update) => update.fields.amount.amountMinor).sort(),
    ).toEqual([5_000_000, 5_000_000]);
  });

  it('credits the lines in the close-date period when the deal is won', () => {
    const input = buildCreditInput();
    const lines = runCreditEngine(input);

    const won = runCreditEngine({
      ...input,
      lines,
      opportunity: { ...input.opportunity, stage: 'CUSTOMER' },
    });

    expect(summariseLines(won).every((line) => line.includes('CREDITED'))).toBe(
      true,
    );
  });

  it('reverses every open-period line when the deal is lost or deleted', () => {
    const input = buildCreditInput({ settings: { lostStages: ['LOST'] } });
    const lines = runCreditEngine(input);

    const lost = computeOrThrow({
      ...input,
      lines,
      opportunity: { ...input.opportunity, stage: 'LOST' },
    });
    const deleted = computeOrThrow({
      ...input,
      lines,
      opportunity: { ...input.opportunity, isDeleted: true },
    });

    expect(
      lost.diff.reversals.map((reversal) => reversal.fields.status),
    ).toEqual(['REVERSED', 'REVERSED']);
    expect(deleted.diff.reversals).toHaveLength(2);
  });

  it('restores reversed lines, under the same keys, when a deleted deal is restored', () => {
    const input = buildCreditInput();
    const lines = runCreditEngine(input);
    const deleted = runCreditEngine({
      ...input,
      lines,
      opportunity: { ...input.opportunity, isDeleted: true },
    });

    const restored = computeOrThrow({ ...input, lines: deleted });

    expect(restored.diff.creates).toEqual([]);
    expect(restored.diff.updates.map((update) => update.fields.status)).toEqual(
      ['PROVISIONAL', 'PROVISIONAL'],
    );
  });

  it('claws back credit booked in a closed period when the deal is lost afterwards', () => {
    const q3 = period('2026-Q3', '2026-07-01', '2026-09-30');
    const q4 = period('2026-Q4', '2026-10-01', '2026-12-31');
    const input = buildCreditInput({
      opportunity: { stage: 'CUSTOMER', closeDate: '2026-09-10' },
      periods: [q3, q4],
      today: '2026-09-20',
      settings: { lostStages: ['LOST'] },
    });
    const booked = runCreditEngine(input);

    const lost = runCreditEngine({
      ...input,
      lines: booked,
      opportunity: { ...input.opportunity, stage: 'LOST' },
      periods: [{ ...q3, state: 'CLOSED' }, q4],
      today: '2026-10-05',
    });

    expect(summariseLines(lost.slice(booked.length))).toEqual(
      [
        `${PEOPLE.gam} OVERLAY CLAWBACK 2026-Q4 CREDITED 0% -10000000`,
        `${PEOPLE.deLam} REVENUE CLAWBACK 2026-Q4 CREDITED 0% -10000000`,
      ].sort(),
    );
  });

  it('credits a deal won with a close date in a closed period in the open period', () => {
    const q3 = period('2026-Q3', '2026-07-01', '2026-09-30', 'CLOSED');
    const input = buildCreditInput({
      opportunity: { stage: 'CUSTOMER', closeDate: '2026-09-10' },
      periods: [q3, period('2026-Q4', '2026-10-01', '2026-12-31')],
    });

    const lines = runCreditEngine(input);

    expect(lines.every((line) => line.period === '2026-Q4')).toBe(true);
  });

  it('moves credit to the new owner when the owner changes', () => {
    const input = buildCreditInput();
    const lines = runCreditEngine(input);

    const moved = runCreditEngine({
      ...input,
      lines,
      opportunity: { ...input.opportunity, ownerId: PEOPLE.frLam },
    });

    expect(
      summariseLines(moved).filter((line) => line.includes('REVENUE')),
    ).toEqual([
      `${PEOPLE.deLam} REVENUE ORIGINAL 2026-Q4 PROVISIONAL 50% 5000000`,
      `${PEOPLE.frLam} REVENUE ORIGINAL 2026-Q4 PROVISIONAL 50% 5000000`,
    ]);
  });

  it('raises a MISSING_OWNER conflict and credits nobody when the deal has no owner', () => {
    const outcome = computeOrThrow(
      buildCreditInput({ opportunity: { ownerId: null } }),
    );

    expect(outcome.diff.creates).toEqual([]);
    expect(outcome.conflicts.map((conflict) => conflict.kind)).toEqual([
      'MISSING_OWNER',
    ]);
  });

  it('uses only memberships active on the day and prefers the earliest start, then the lowest id', () => {
    const team = [
      ...DEMO_TEAM.filter((member) => member.countryCode !== 'PL'),
      buildTeamMember({
        id: 'tm-b' as never,
        workspaceMemberId: 'wm-pl-b' as never,
        countryCode: 'PL',
        startDate: '2026-01-01' as never,
      }),
      buildTeamMember({
        id: 'tm-a' as never,
        workspaceMemberId: 'wm-pl-a' as never,
        countryCode: 'PL',
        startDate: '2026-01-01' as never,
      }),
      buildTeamMember({
        workspaceMemberId: 'wm-pl-old' as never,
        countryCode: 'PL',
        startDate: '2020-01-01' as never,
        endDateInclusive: '2026-11-26' as never,
      }),
    ];

    const lines = runCreditEngine(
      buildCreditInput({ team, opportunity: { shipToCountry: 'PL' } }),
    );

    expect(lines.map((line) => line.recipientId)).toContain('wm-pl-a');
    expect(lines.map((line) => line.recipientId)).not.toContain('wm-pl-old');
  });

  it('fills reportingAmount at the admin rate and reports a missing rate otherwise', () => {
    const input = buildCreditInput({
      globalAccount: { reportingCurrency: 'SEK' },
      rates: [{ fromCurrency: 'EUR', toCurrency: 'SEK', rate: '11.5' }],
    });

    const withRate = computeOrThrow(input);
    const withoutRate = computeOrThrow({ ...input, rates: [] });

    expect(withRate.diff.creates.map((line) => line.reportingAmount)).toEqual([
      { amountMinor: 115_000_000, currency: 'SEK' },
      { amountMinor: 115_000_000, currency: 'SEK' },
    ]);
    expect(
      withoutRate.diff.creates.map((line) => line.reportingAmount),
    ).toEqual([null, null]);
    expect(withoutRate.missingRates).toEqual([
      { fromCurrency: 'EUR', toCurrency: 'SEK' },
    ]);
  });

  it('applies the app default with an INVALID_POLICY conflict when no last valid policy is stored', () => {
    const input = buildCreditInput({
      globalAccount: {
        creditPolicy: {
          revenue: [
            { role: 'BOOKING_OWNER', percent: 50.01 },
            { role: 'NOBODY', percent: 50 },
          ],
        },
      },
    });

    const outcome = computeOrThrow(input);

    expect(outcome.policyIssues.map((issue) => issue.rule)).toEqual([
      'UNKNOWN_ROLE',
    ]);
    // The default policy: booking, sold-to and ship-to office are all DE here; GAM overlay.
    expect(
      outcome.diff.creates
        .map(
          (line) =>
            `${line.creditType} ${line.recipientId} ${line.basisPoints}`,
        )
        .sort(),
    ).toEqual([`OVERLAY ${PEOPLE.gam} 10000`, `REVENUE ${PEOPLE.deLam} 10000`]);
    expect(outcome.conflicts).toContainEqual(
      expect.objectContaining({
        kind: 'INVALID_POLICY',
        dedupeKey: 'INVALID_POLICY:ga-1',
        assigneeId: PEOPLE.gam,
      }),
    );
  });

  it('applies the stored last valid policy while the account policy is invalid, and resolves the conflict once fixed', () => {
    const lastValid = { revenue: [{ role: 'BOOKING_OWNER', percent: 100 }] };
    const broken = buildCreditInput({
      globalAccount: {
        creditPolicy: { revenue: [{ role: 'BOOKING_OWNER', percent: 99 }] },
        lastValidCreditPolicy: lastValid,
      },
    });
    const fixed = buildCreditInput({
      globalAccount: {
        creditPolicy: lastValid,
        lastValidCreditPolicy: lastValid,
      },
    });

    const whileBroken = computeOrThrow(broken);
    const onceFixed = computeOrThrow(fixed);

    expect(
      whileBroken.diff.creates
        .filter((line) => line.creditType === 'REVENUE')
        .map((line) => [line.recipientId, line.basisPoints]),
    ).toEqual([[PEOPLE.deLam, 10_000]]);
    expect(whileBroken.conflicts.map((conflict) => conflict.kind)).toContain(
      'INVALID_POLICY',
    );
    expect(onceFixed.conflicts.map((conflict) => conflict.kind)).not.toContain(
      'INVALID_POLICY',
    );
    expect(onceFixed.resolvedConflictKeys).toContain('INVALID_POLICY:ga-1');
  });

  it('reads country codes in any case and with spaces', () => {
    const lower = computeOrThrow(
      buildCreditInput({
        opportunity: { shipToCountry: ' pl ' },
        company: { countryCode: 'de' },
      }),
    );
    const upper = computeOrThrow(
      buildCreditInput({
        opportunity: { shipToCountry: 'PL' },
        company: { countryCode: 'DE' },
      }),
    );

    expect(lower.diff).toEqual(upper.diff);
  });

  it('leaves an opportunity outside any global account alone, whatever its fields hold', () => {
    const outcome = computeCreditLedger(
      buildCreditInput({
        company: null,
        globalAccount: null,
        opportunity: { closeDate: 'soon', bookingCountry: '??' },
      }),
    );

    expect(outcome.success).toBe(true);
  });

  it('keeps the last valid policy in force while the account policy is invalid', () => {
    const input = buildCreditInput({
      globalAccount: {
        creditPolicy: { revenue: [{ role: 'BOOKING_OWNER', percent: 99.99 }] },
      },
      settings: { lastValidCreditPolicy: null },
    });

    const outcome = computeOrThrow(input);

    expect(outcome.policyIssues.map((issue) => issue.rule)).toEqual([
      'SUM_NOT_100',
    ]);
    expect(outcome.diff.creates).toHaveLength(2);
  });
});

describe('computeCreditLedger: bad input is refused, never half-applied', () => {
  it.each([
    {
      title: 'a negative amount',
      input: buildCreditInput({ opportunity: { amount: euros(-5) } }),
      code: 'INVALID_INPUT',
    },
    {
      title: 'NaN micros',
      input: buildCreditInput({
        opportunity: {
          amount: { amountMicros: Number.NaN, currencyCode: 'EUR' },
        },
      }),
      code: 'INVALID_AMOUNT',
    },
    {
      title: 'an unknown currency',
      input: buildCreditInput({
        opportunity: {
          amount: { amountMicros: 1_000_000, currencyCode: 'EURO' },
        },
      }),
      code: 'UNKNOWN_CURRENCY',
    },
    {
      title: 'a manual split that sums to 99.99',
      input: buildCreditInput({
        lines: [
          {
            id: 'm1' as never,
            opportunityId: 'opp-1' as never,
            globalAccountId: 'ga-1' as never,
            recipientId: PEOPLE.deLam,
            countryCode: 'DE',
            creditType: 'REVENUE',
            basisPoints: 9999,
            amount: { amountMinor: 0, currency: 'EUR' as never },
            reportingAmount: null,
            period: '2026-Q4',
            entryType: 'ORIGINAL',
            status: 'PROVISIONAL',
            source: 'MANUAL',
            reason: '',
            entryKey: null,
          },
        ],
      }),
      code: 'INVALID_MANUAL_SPLIT',
    },
    {
      title: 'a malformed close date',
      input: buildCreditInput({ opportunity: { closeDate: 'next week' } }),
      code: 'INVALID_INPUT',
    },
    {
      title: 'an unknown booking country',
      input: buildCreditInput({ opportunity: { bookingCountry: 'XX' } }),
      code: 'INVALID_INPUT',
    },
    {
      title: 'an unknown ship-to country',
      input: buildCreditInput({ opportunity: { shipToCountry: 'Germany' } }),
      code: 'INVALID_INPUT',
    },
    {
      title: "an unknown team member's country",
      input: buildCreditInput({
        team: [
          buildTeamMember({
            workspaceMemberId: PEOPLE.deLam,
            countryCode: 'D',
          }),
        ],
      }),
      code: 'INVALID_INPUT',
    },
    {
      title: 'a malformed rate',
      input: buildCreditInput({
        rates: [{ fromCurrency: 'EUR', toCurrency: 'SEK', rate: '-1' }],
      }),
      code: 'INVALID_RATE',
    },
    {
      title: 'corrections with no open period',
      input: buildCreditInput({
        opportunity: { stage: 'CUSTOMER' },
        periods: [period('2026-Q4', '2026-10-01', '2026-12-31', 'CLOSED')],
      }),
      code: 'NO_OPEN_PERIOD',
    },
  ])('refuses $title with $code', ({ input, code }) => {
    const outcome = computeCreditLedger(input);

    expect(outcome.success).toBe(false);
    if (!outcome.success) expect(outcome.error.code).toBe(code);
  });
});

import { DEFAULT_CREDIT_POLICY } from '../default-credit-policy.constant';
import { parseCreditPolicy } from '../parse-credit-policy.util';

describe('parseCreditPolicy', () => {
  it('uses the app default when the account has no policy', () => {
    expect(parseCreditPolicy(null)).toEqual({
      success: true,
      data: DEFAULT_CREDIT_POLICY,
    });
  });

  it('accepts roles, fixed people and two-decimal percentages', () => {
    const result = parseCreditPolicy({
      revenue: [
        { role: 'BOOKING_OWNER', percent: 74.5 },
        {
          workspaceMemberId: '0b7a4a4e-0a4c-4e0b-9b1a-1f0c7a3f2d11',
          percent: 25.5,
        },
      ],
      overlay: [{ role: 'EXECUTIVE_SPONSOR', percent: 250 }],
    });

    expect(
      result.success && result.data.revenue.map((entry) => entry.basisPoints),
    ).toEqual([7450, 2550]);
  });

  it.each([
    {
      title: 'a sum of 100.01',
      policy: {
        revenue: [
          { role: 'BOOKING_OWNER', percent: 50.01 },
          { role: 'GAM', percent: 50 },
        ],
      },
      rule: 'SUM_NOT_100',
      message: 'sum to 100.01',
    },
    {
      title: 'a percentage above 100',
      policy: { revenue: [{ role: 'BOOKING_OWNER', percent: 120 }] },
      rule: 'PERCENT_OUT_OF_RANGE',
      message: 'between 0 and 100',
    },
    {
      title: 'an overlay above 1000 %',
      policy: {
        revenue: [{ role: 'BOOKING_OWNER', percent: 100 }],
        overlay: [{ role: 'GAM', percent: 1000.01 }],
      },
      rule: 'PERCENT_OUT_OF_RANGE',
      message: 'between 0 and 1000',
    },
    {
      title: 'an unknown role',
      policy: { revenue: [{ role: 'INTERN', percent: 100 }] },
      rule: 'UNKNOWN_ROLE',
      message: '"INTERN" is not a known role',
    },
    {
      title: 'three decimals',
      policy: {
        revenue: [
          { role: 'BOOKING_OWNER', percent: 99.995 },
          { role: 'GAM', percent: 0.005 },
        ],
      },
      rule: 'TOO_MANY_DECIMALS',
      message: 'at most 2 decimals',
    },
    {
      title: 'eleven holders',
      policy: {
        revenue: Array.from({ length: 11 }, (_, index) => ({
          role: 'BOOKING_OWNER',
          percent: index === 0 ? 100 : 0,
        })),
      },
      rule: 'TOO_MANY_HOLDERS',
      message: 'at most 10',
    },
    {
      title: 'a missing revenue list',
      policy: { overlay: [] },
      rule: 'INVALID_SHAPE',
      message: 'revenue',
    },
    {
      title: 'a NaN percentage',
      policy: { revenue: [{ role: 'BOOKING_OWNER', percent: Number.NaN }] },
      rule: 'INVALID_SHAPE',
      message: 'percent',
    },
    {
      title: 'a text instead of JSON',
      policy: 'fifty-fifty',
      rule: 'INVALID_SHAPE',
      message: 'policy',
    },
  ])('names the broken rule for $title', ({ policy, rule, message }) => {
    const result = parseCreditPolicy(policy);

    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues.map((issue) => issue.rule)).toContain(rule);
    expect(
      result.error.issues.map((issue) => issue.message).join(' '),
    ).toContain(message);
  });
});

describe('parseCreditPolicy names every broken rule', () => {
  it.each([
    {
      entry: { role: 'CHIEF', percent: 9.999 },
      rules: ['TOO_MANY_DECIMALS', 'UNKNOWN_ROLE'],
    },
    {
      entry: { role: 'CHIEF', percent: 120 },
      rules: ['PERCENT_OUT_OF_RANGE', 'UNKNOWN_ROLE'],
    },
    {
      entry: { role: 'GAM', percent: -0.001 },
      rules: ['TOO_MANY_DECIMALS', 'PERCENT_OUT_OF_RANGE'],
    },
  ])('reports $rules for $entry', ({ entry, rules }) => {
    const policy = parseCreditPolicy({ revenue: [entry] });

    expect(policy.success).toBe(false);
    if (!policy.success)
      expect(policy.error.issues.map((issue) => issue.rule)).toEqual(rules);
  });
});

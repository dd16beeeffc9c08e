import fc from 'fast-check';

import { DEFAULT_CREDIT_POLICY } from '../default-credit-policy.constant';
import { parseCreditPolicy } from '../parse-credit-policy.util';
import { resolvePolicyInForce } from '../resolve-policy-in-force.util';

const BOOKING_ONLY = { revenue: [{ role: 'BOOKING_OWNER', percent: 100 }] };
const SPLIT = {
  revenue: [
    { role: 'BOOKING_OWNER', percent: 60 },
    { role: 'SOLD_TO_LAM', percent: 40 },
  ],
};
const BROKEN = {
  revenue: [
    { role: 'BOOKING_OWNER', percent: 60.001 },
    { role: 'NOBODY', percent: 40 },
  ],
};
const parsed = (json: unknown) => {
  const policy = parseCreditPolicy(json);
  if (!policy.success) throw new Error('test policy is invalid');
  return policy.data;
};

describe('resolvePolicyInForce', () => {
  it.each([
    {
      title: 'a valid policy already stored',
      creditPolicy: SPLIT,
      lastValid: SPLIT,
      inForce: parsed(SPLIT),
      rules: [],
      store: undefined,
    },
    {
      title: 'a valid policy not stored yet',
      creditPolicy: SPLIT,
      lastValid: BOOKING_ONLY,
      inForce: parsed(SPLIT),
      rules: [],
      store: { value: SPLIT },
    },
    {
      title: 'an empty policy (the default) over a stored one',
      creditPolicy: null,
      lastValid: SPLIT,
      inForce: DEFAULT_CREDIT_POLICY,
      rules: [],
      store: { value: null },
    },
    {
      title: 'an empty policy, nothing stored',
      creditPolicy: null,
      lastValid: null,
      inForce: DEFAULT_CREDIT_POLICY,
      rules: [],
      store: undefined,
    },
    {
      title: 'an invalid policy over a stored one',
      creditPolicy: BROKEN,
      lastValid: SPLIT,
      inForce: parsed(SPLIT),
      rules: ['TOO_MANY_DECIMALS', 'UNKNOWN_ROLE'],
      store: undefined,
    },
    {
      title: 'an invalid policy, nothing stored',
      creditPolicy: BROKEN,
      lastValid: null,
      inForce: DEFAULT_CREDIT_POLICY,
      rules: ['TOO_MANY_DECIMALS', 'UNKNOWN_ROLE'],
      store: undefined,
    },
    {
      title: 'an invalid policy over an unreadable stored one',
      creditPolicy: 'oops',
      lastValid: { revenue: 'x' },
      inForce: DEFAULT_CREDIT_POLICY,
      rules: ['INVALID_SHAPE'],
      store: undefined,
    },
  ])('$title', ({ creditPolicy, lastValid, inForce, rules, store }) => {
    const resolved = resolvePolicyInForce({
      creditPolicy,
      lastValidCreditPolicy: lastValid,
    });

    expect(resolved.policy).toEqual(inForce);
    expect(resolved.issues.map((issue) => issue.rule)).toEqual(rules);
    expect(resolved.lastValidToStore).toEqual(store);
  });

  it('always applies a valid policy: the account one when valid, else the stored one, else the default', () => {
    const entry = fc.record({
      role: fc.constantFrom('BOOKING_OWNER', 'SOLD_TO_LAM', 'GAM', 'NOBODY'),
      percent: fc.integer({ min: -100, max: 20_000 }).map((n) => n / 100),
    });
    const policy = fc.oneof(
      fc.constant(null),
      fc.record({ revenue: fc.array(entry, { maxLength: 4 }) }),
    );
    fc.assert(
      fc.property(policy, policy, (creditPolicy, lastValid) => {
        const resolved = resolvePolicyInForce({
          creditPolicy,
          lastValidCreditPolicy: lastValid,
        });
        const current = parseCreditPolicy(creditPolicy);
        const stored = parseCreditPolicy(lastValid);
        const expected = current.success
          ? current.data
          : stored.success
            ? stored.data
            : DEFAULT_CREDIT_POLICY;
        expect(resolved.policy).toEqual(expected);
        expect(resolved.issues.length > 0).toBe(!current.success);
        // Storing what was asked to store makes the next call store nothing.
        if (resolved.lastValidToStore !== undefined) {
          expect(
            resolvePolicyInForce({
              creditPolicy,
              lastValidCreditPolicy: resolved.lastValidToStore.value,
            }).lastValidToStore,
          ).toBeUndefined();
        }
        if (!current.success) expect(resolved.lastValidToStore).toBeUndefined();
      }),
      { numRuns: 10_000 },
    );
  });
});

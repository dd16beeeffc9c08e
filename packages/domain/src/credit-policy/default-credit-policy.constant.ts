import { type CreditPolicy } from './credit-policy.type';

// CREDIT-RULES.md: booking office 50, sold-to office 25, ship-to office 25; GAM overlay 100.
export const DEFAULT_CREDIT_POLICY: CreditPolicy = {
  revenue: [
    { holder: { kind: 'role', role: 'BOOKING_OWNER' }, basisPoints: 5000 },
    { holder: { kind: 'role', role: 'SOLD_TO_LAM' }, basisPoints: 2500 },
    { holder: { kind: 'role', role: 'SHIP_TO_LAM' }, basisPoints: 2500 },
  ],
  overlay: [{ holder: { kind: 'role', role: 'GAM' }, basisPoints: 10_000 }],
};

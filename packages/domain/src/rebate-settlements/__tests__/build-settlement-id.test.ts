import fc from 'fast-check';

import { buildSettlementId } from '../build-settlement-id.util';

const UUID =
  /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('buildSettlementId', () => {
  it('is a UUID that depends on the agreement and the period only', () => {
    fc.assert(
      fc.property(fc.uuid(), fc.string(), fc.string(), (id, period, other) => {
        const first = buildSettlementId({ frameworkAgreementId: id, period });
        expect(first).toMatch(UUID);
        expect(buildSettlementId({ frameworkAgreementId: id, period })).toBe(
          first,
        );
        if (other !== period)
          expect(
            buildSettlementId({ frameworkAgreementId: id, period: other }),
          ).not.toBe(first);
      }),
    );
  });
});

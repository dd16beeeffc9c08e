import { type DatabaseEvent } from '../../shared/database-event-payload.schema';
import {
  familiesOfEvents,
  familiesOfOpportunityEvents,
  familiesOfPeriodEvents,
  familiesOfTierEvents,
} from '../agreement-event-scopes.util';

const event = (
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): DatabaseEvent => ({
  recordId: '00000000-0000-4000-8000-000000000001',
  properties: { before, after },
});

describe('which families an event recomputes', () => {
  it('takes an agreement or company family from before and after, without a lookup', () => {
    expect(
      familiesOfEvents([
        event({ globalAccountId: 'a' }, { globalAccountId: 'b' }),
        event(null, { globalAccountId: 'b' }),
      ]),
    ).toEqual({ globalAccountIds: ['a', 'b'] });
  });

  it('looks up the agreements of tier events', () => {
    expect(
      familiesOfTierEvents([
        event({ frameworkAgreementId: 'fa' }, { frameworkAgreementId: 'fb' }),
      ]),
    ).toEqual({ globalAccountIds: [], lookup: { agreementIds: ['fa', 'fb'] } });
  });

  it('only follows deals that are or were won', () => {
    const scope = familiesOfOpportunityEvents(['CUSTOMER'])([
      event(
        { stage: 'PROPOSAL', companyId: 'c1' },
        { stage: 'MEETING', companyId: 'c1' },
      ),
      event(
        { stage: 'CUSTOMER', companyId: 'c2', frameworkAgreementId: 'fa' },
        { stage: 'PROPOSAL', companyId: 'c2', frameworkAgreementId: null },
      ),
      event(null, {
        stage: 'CUSTOMER',
        companyId: 'c3',
        frameworkAgreementId: 'fb',
      }),
    ]);
    expect(scope).toEqual({
      globalAccountIds: [],
      lookup: { companyIds: ['c2', 'c3'], agreementIds: ['fa', 'fb'] },
    });
  });

  it('finds agreements overlapping a period before and after its change', () => {
    expect(
      familiesOfPeriodEvents([
        event(
          { startDate: '2026-07-01', endDate: '2026-09-30', state: 'OPEN' },
          { startDate: '2026-07-01', endDate: '2026-10-15', state: 'CLOSED' },
        ),
      ]),
    ).toEqual({
      globalAccountIds: [],
      lookup: {
        overlapping: { from: '2026-07-01', toInclusive: '2026-10-15' },
      },
    });
  });
});

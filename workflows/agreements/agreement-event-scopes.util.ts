import { type AgreementFamilyLookup } from '@global-accounts/twenty-gateway';

import { type DatabaseEvent } from '../shared/database-event-payload.schema';

/** The families to recompute: known from the events, or found through a lookup (one request). */
export type AgreementScope = {
  globalAccountIds: string[];
  lookup?: AgreementFamilyLookup;
};

const recordsOf = (event: DatabaseEvent) => [
  event.properties?.before,
  event.properties?.after,
];

/** The distinct string values of `field` before and after the events. */
export const valuesOf = (
  events: readonly DatabaseEvent[],
  field: string,
): string[] => [
  ...new Set(
    events
      .flatMap(recordsOf)
      .map((record) => record?.[field])
      .filter(
        (value): value is string => typeof value === 'string' && value !== '',
      ),
  ),
];

/** Agreement and company events carry their family (globalAccountId) before and after. */
export const familiesOfEvents = (
  events: readonly DatabaseEvent[],
): AgreementScope => ({
  globalAccountIds: valuesOf(events, 'globalAccountId'),
});

/** Tier events: the families of the agreements the tiers belong (or belonged) to. */
export const familiesOfTierEvents = (
  events: readonly DatabaseEvent[],
): AgreementScope => ({
  globalAccountIds: [],
  lookup: { agreementIds: valuesOf(events, 'frameworkAgreementId') },
});

/**
 * Opportunity events: only a deal that is won, or was won, changes an agreement's volume; its
 * company's family and its linked agreement's family are recomputed.
 */
export const familiesOfOpportunityEvents =
  (wonStages: readonly string[]) =>
  (events: readonly DatabaseEvent[]): AgreementScope => {
    const won = events.filter((event) =>
      recordsOf(event).some(
        (record) =>
          typeof record?.stage === 'string' && wonStages.includes(record.stage),
      ),
    );
    return {
      globalAccountIds: [],
      lookup: {
        companyIds: valuesOf(won, 'companyId'),
        agreementIds: valuesOf(won, 'frameworkAgreementId'),
      },
    };
  };

/** Credit-period events: the families of agreements overlapping the period, before and after. */
export const familiesOfPeriodEvents = (
  events: readonly DatabaseEvent[],
): AgreementScope => {
  const starts = valuesOf(events, 'startDate').map((day) => day.slice(0, 10));
  const ends = valuesOf(events, 'endDate').map((day) => day.slice(0, 10));
  if (starts.length === 0 || ends.length === 0) return { globalAccountIds: [] };
  return {
    globalAccountIds: [],
    lookup: {
      overlapping: {
        from: starts.reduce((a, b) => (a < b ? a : b)),
        toInclusive: ends.reduce((a, b) => (a > b ? a : b)),
      },
    },
  };
};

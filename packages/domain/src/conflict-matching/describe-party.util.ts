import { type ConflictPartyFacts } from './to-conflict-party-facts.util';

/** "Nordlys Polska Sp. z o.o. (PL; office PL; owner Anna Nowak; global account Nordlys; 3 open opportunities)". */
export const describeParty = (facts: ConflictPartyFacts): string => {
  const parts = [
    facts.countryCode,
    facts.owningOffice === null ? null : `office ${facts.owningOffice}`,
    facts.ownerName === null ? 'no owner' : `owner ${facts.ownerName}`,
    facts.globalAccountName === null
      ? null
      : `global account ${facts.globalAccountName}`,
    `${facts.openOpportunityCount} open ${facts.openOpportunityCount === 1 ? 'opportunity' : 'opportunities'}`,
    facts.lastActivityAt === null
      ? null
      : `last activity ${facts.lastActivityAt.slice(0, 10)}`,
  ].filter((part): part is string => part !== null);
  return `${facts.name} (${parts.join('; ')})`;
};

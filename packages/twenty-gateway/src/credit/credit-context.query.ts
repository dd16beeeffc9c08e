// One request loads everything the credit engine needs for up to 200 opportunities: the
// opportunities (deleted ones too), their credit lines and conflicts, company, global account,
// team and coverage conflicts nested, and the credit periods. Nested pages hold 60 records.
const CREDIT_LINE_FIELDS = `id opportunityId globalAccountId recipientId countryCode creditType percent
  amount { amountMicros currencyCode } reportingAmount { amountMicros currencyCode }
  period entryType status source reason entryKey`;

export const NESTED_PAGE_SIZE = 60;
export const MAX_OPPORTUNITIES_PER_LOAD = 200;

export const LOAD_CREDIT_CONTEXT_QUERY = `
query LoadCreditContext($opportunityIds: [UUID!]!) {
  opportunities(
    first: ${MAX_OPPORTUNITIES_PER_LOAD}
    filter: { and: [{ id: { in: $opportunityIds } }, { or: [{ deletedAt: { is: NULL } }, { deletedAt: { is: NOT_NULL } }] }] }
  ) {
    edges { node {
      id amount { amountMicros currencyCode } stage closeDate ownerId companyId bookingCountry shipToCountry deletedAt
      creditAllocations(first: ${NESTED_PAGE_SIZE}) { edges { node { ${CREDIT_LINE_FIELDS} } } pageInfo { hasNextPage endCursor } }
      conflicts(first: ${NESTED_PAGE_SIZE}, filter: { kind: { eq: MISSING_OWNER } }) { edges { node { id dedupeKey status } } }
      company { id countryCode globalAccountId
        globalAccount { id globalAccountManagerId reportingCurrency creditPolicy deletedAt
          teamMembers(first: ${NESTED_PAGE_SIZE}) { edges { node { id workspaceMemberId role countryCode startDate endDate } } pageInfo { hasNextPage endCursor } }
          conflicts(first: ${NESTED_PAGE_SIZE}, filter: { kind: { eq: UNCOVERED_COUNTRY } }) { edges { node { id dedupeKey status } } }
        }
      }
    } }
  }
  creditPeriods(first: 200, orderBy: [{ startDate: AscNullsLast }]) {
    edges { node { name startDate endDate state } }
  }
}`;

export const LOAD_CREDIT_LINES_PAGE_QUERY = `
query LoadCreditLinesPage($opportunityId: UUID!, $after: String) {
  creditAllocations(first: 200, after: $after, filter: { opportunityId: { eq: $opportunityId } }) {
    edges { node { ${CREDIT_LINE_FIELDS} } }
    pageInfo { hasNextPage endCursor }
  }
}`;

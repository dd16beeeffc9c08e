/**
 * The company fields matching reads (conflict-matching/build-company-match-keys.util.ts plus the
 * global account, which decides UNLINKED_AFFILIATE): a company.updated event touching none of
 * them does not run the radar. The keys the radar writes (matchKey, match…) are not listed, so
 * its own writes never run it again. parentCompany is not read by the engine.
 */
export const COMPANY_RADAR_INPUT_FIELDS = [
  'name',
  'domainName',
  'countryCode',
  'registrationNumber',
  'globalAccountId',
] as const;

import {
  buildCandidateFilters,
  buildCorporateDomainIndex,
  ok,
  parseProspectQuery,
  rankProspectMatches,
  toIsoDate,
  type GlobalAccountId,
  type ProspectMatch,
  type ProspectQuery,
  type Result,
} from '@global-accounts/domain';
import {
  loadAccountFacts,
  loadCompanyCandidates,
  type GatewayError,
  type GraphqlClient,
} from '@global-accounts/twenty-gateway';

import {
  activeMemberships,
  companyFacts,
  type StageSettings,
} from './account-facts.util';
import { profileOf } from './check-cross-region-prospects.util';

export type ProspectCheckAnswer = {
  query: ProspectQuery;
  matches: ProspectMatch[];
  /** One sentence for the rep. */
  message: string;
};

export type ProspectCheckResult =
  | { kind: 'answer'; answer: ProspectCheckAnswer }
  | { kind: 'refused'; messages: string[] };

const sentence = (matches: readonly ProspectMatch[]): string => {
  if (matches.length === 0)
    return 'No company matches: nobody works it yet as far as the CRM knows.';
  const [first] = matches;
  const worked = matches.filter((match) => match.globalAccountName !== null);
  return `${matches.length} ${matches.length === 1 ? 'company matches' : 'companies match'}; closest: ${first?.name} (${first?.matchClass}${first?.countryCode == null ? '' : `, ${first.countryCode}`})${
    worked.length > 0
      ? `. ${worked.length} ${worked.length === 1 ? 'is' : 'are'} in a global account: talk to its team first.`
      : '.'
  }`;
};

/**
 * The prospect check: validate (refused with the reasons, nothing looked up), look the keys up
 * through the engine's indexed filters (one request, never a scan), classify and rank (pure),
 * and read the facts a rep may see of the matches (one request).
 */
export const checkProspect = async ({
  client,
  input,
  stages,
  now,
}: {
  client: GraphqlClient;
  input: unknown;
  stages: StageSettings;
  now: Date;
}): Promise<Result<ProspectCheckResult, GatewayError>> => {
  const probe = parseProspectQuery(input);
  if (!probe.success) return ok({ kind: 'refused', messages: probe.error });
  const loaded = await loadCompanyCandidates({
    client,
    filters: buildCandidateFilters(probe.data.keys),
    onlyFamilyMembers: false,
  });
  if (!loaded.success) return loaded;
  const corporateDomains = buildCorporateDomainIndex(
    loaded.data.corporateDomains.map((account) => ({
      globalAccountId: account.id as GlobalAccountId,
      corporateDomains: account.corporateDomains,
    })),
  ).index;
  // Classify on the profiles first: facts are read for the matches only.
  const ranked = rankProspectMatches({
    probe: probe.data,
    candidates: loaded.data.candidates.map((company) => ({
      profile: profileOf(company),
      facts: {
        name: company.name ?? '(no name)',
        countryCode: null,
        owningOffice: null,
        ownerName: null,
        globalAccountName: null,
        lastActivityAt: null,
        openOpportunityCount: 0,
      },
    })),
    corporateDomains,
  });
  const byId = new Map(
    loaded.data.candidates.map((company) => [company.id, company]),
  );
  const matched = ranked.flatMap((match) => byId.get(match.companyId) ?? []);
  let matches: ProspectMatch[] = [];
  if (matched.length > 0) {
    const facts = await loadAccountFacts({
      client,
      companyIds: matched.map((company) => company.id),
      globalAccountIds: [],
      personIds: [
        ...new Set(matched.flatMap((company) => company.accountOwnerId ?? [])),
      ],
    });
    if (!facts.success) return facts;
    const memberships = activeMemberships(facts.data.team, toIsoDate(now));
    matches = ranked.map((match) => {
      const company = byId.get(match.companyId);
      return company === undefined
        ? match
        : {
            ...match,
            ...companyFacts({
              company,
              deals: facts.data.deals,
              memberships,
              stages,
            }),
          };
    });
  }
  return ok({
    kind: 'answer',
    answer: { query: probe.data.query, matches, message: sentence(matches) },
  });
};

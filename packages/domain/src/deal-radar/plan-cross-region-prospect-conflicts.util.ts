import { type EvidenceConflict } from '../agreement-conflicts/plan-evidence-conflict-changes.util';
import { hashEvidence } from '../conflicts/hash-evidence.util';
import { describeParty } from '../conflict-matching/describe-party.util';
import { type MatchClass } from '../conflict-matching/company-match.type';
import {
  toConflictPartyFacts,
  type ConflictPartyFacts,
} from '../conflict-matching/to-conflict-party-facts.util';
import {
  type CompanyId,
  type GlobalAccountId,
  type OpportunityId,
  type WorkspaceMemberId,
} from '../shared/ids.type';

export const CROSS_REGION_PROSPECT_KIND = 'CROSS_REGION_PROSPECT';

/** `CROSS_REGION_PROSPECT:<opportunityId>:<assignee>`: one conflict per deal and person. */
export const crossRegionProspectKey = (
  opportunityId: OpportunityId,
  assigneeId: WorkspaceMemberId | null,
): string =>
  `${CROSS_REGION_PROSPECT_KIND}:${opportunityId}:${assigneeId ?? 'unassigned'}`;

// Twenty's createdBy.source values for which no person acted in the app (the owner stands in).
const MACHINE_SOURCES: readonly string[] = [
  'API',
  'IMPORT',
  'WORKFLOW',
  'SYSTEM',
  'WEBHOOK',
  'APPLICATION',
];

/** Twenty's ACTOR composite (createdBy) as far as the radar reads it. */
export type ActorSource = {
  source: string | null;
  workspaceMemberId: string | null;
};

/**
 * The person who created the deal: createdBy's workspace member when a person created it in the
 * app; for an API key, an import, a workflow or a record without a member, the deal owner.
 */
export const resolveDealCreator = ({
  createdBy,
  ownerId,
}: {
  createdBy: ActorSource | null;
  ownerId: WorkspaceMemberId | null;
}): { personId: WorkspaceMemberId | null; via: 'CREATED_BY' | 'OWNER' } => {
  const memberId = createdBy?.workspaceMemberId ?? null;
  const source = createdBy?.source?.toUpperCase() ?? null;
  if (
    memberId !== null &&
    memberId !== '' &&
    (source === null || !MACHINE_SOURCES.includes(source))
  )
    return { personId: memberId as WorkspaceMemberId, via: 'CREATED_BY' };
  return { personId: ownerId, via: 'OWNER' };
};

/** An active account team membership (accountTeamMember on today). */
export type ActiveMembership = {
  globalAccountId: string;
  workspaceMemberId: string;
  role: string | null;
  countryCode: string | null;
};

/** The person's team country: their membership in this account first, else any other (lowest code). */
export const teamCountryOf = ({
  personId,
  globalAccountId,
  memberships,
}: {
  personId: WorkspaceMemberId;
  globalAccountId: string;
  memberships: readonly ActiveMembership[];
}): string | null => {
  const own = memberships.filter(
    (member) =>
      member.workspaceMemberId === personId &&
      member.countryCode !== null &&
      member.countryCode !== '',
  );
  const here = own.find((member) => member.globalAccountId === globalAccountId);
  if (here?.countryCode != null) return here.countryCode.toUpperCase();
  const others = own
    .map((member) => (member.countryCode ?? '').toUpperCase())
    .sort();
  return others[0] ?? null;
};

export type CrossRegionProspectInput = {
  opportunityId: OpportunityId;
  /** The deal's company (the prospect). */
  company: { id: CompanyId; name: string | null; countryCode: string | null };
  /** The family it belongs to, or the family of the company it matches. */
  account: {
    globalAccountId: GlobalAccountId;
    name: string | null;
    globalAccountManagerId: WorkspaceMemberId | null;
  };
  /** Set when the company is not in the family itself but matches a member. */
  matched: {
    companyId: CompanyId;
    matchClass: MatchClass;
    countryCode: string | null;
  } | null;
  createdBy: ActorSource | null;
  ownerId: WorkspaceMemberId | null;
  /** Active memberships of the account's team and of the creator anywhere. */
  memberships: readonly ActiveMembership[];
  /** The record that already works the account, through toConflictPartyFacts only. */
  workedBy: ConflictPartyFacts;
  /** Display names of the people named in the summaries. */
  names: Readonly<Record<string, string>>;
};

export type CrossRegionProspectDecision =
  | { raised: EvidenceConflict[]; reason: null }
  | {
      raised: [];
      reason:
        | 'NO_CREATOR'
        | 'CREATOR_COUNTRY_UNKNOWN'
        | 'COMPANY_COUNTRY_UNKNOWN'
        | 'SAME_COUNTRY'
        | 'CREATOR_IS_GAM';
    };

/**
 * CONFLICTS.md "Cross-region prospecting": a deal created for a family company (or one matching
 * a member) by a person whose team country differs from the company's raises
 * CROSS_REGION_PROSPECT for the GAM and the local account managers of the company's country
 * (WARNING), and one for the creator (INFO) naming who already works the account, with only the
 * facts toConflictPartyFacts allows. The GAM works every country and raises nothing.
 */
export const planCrossRegionProspectConflicts = (
  input: CrossRegionProspectInput,
): CrossRegionProspectDecision => {
  const { opportunityId, company, account, matched } = input;
  const creator = resolveDealCreator(input);
  if (creator.personId === null) return { raised: [], reason: 'NO_CREATOR' };
  if (creator.personId === account.globalAccountManagerId)
    return { raised: [], reason: 'CREATOR_IS_GAM' };
  const accountCountry = (
    matched?.countryCode ??
    company.countryCode ??
    ''
  ).toUpperCase();
  const ownCountry = company.countryCode?.trim().toUpperCase() ?? '';
  const companyCountry = ownCountry === '' ? accountCountry : ownCountry;
  if (companyCountry === '')
    return { raised: [], reason: 'COMPANY_COUNTRY_UNKNOWN' };
  const creatorCountry = teamCountryOf({
    personId: creator.personId,
    globalAccountId: account.globalAccountId,
    memberships: input.memberships,
  });
  if (creatorCountry === null)
    return { raised: [], reason: 'CREATOR_COUNTRY_UNKNOWN' };
  if (creatorCountry === companyCountry)
    return { raised: [], reason: 'SAME_COUNTRY' };
  const localManagers = [
    ...new Set(
      input.memberships
        .filter(
          (member) =>
            member.globalAccountId === account.globalAccountId &&
            member.role === 'LOCAL_ACCOUNT_MANAGER' &&
            member.countryCode?.toUpperCase() === companyCountry &&
            member.workspaceMemberId !== creator.personId,
        )
        .map((member) => member.workspaceMemberId as WorkspaceMemberId),
    ),
  ].sort();
  const nameOf = (id: string): string => input.names[id] ?? 'a colleague';
  const workedBy = toConflictPartyFacts(input.workedBy);
  const creatorName = nameOf(creator.personId);
  const textOr = (value: string | null, fallback: string): string => {
    const trimmed = value?.trim() ?? '';
    return trimmed === '' ? fallback : trimmed;
  };
  const companyName = textOr(company.name, workedBy.name);
  const accountName = textOr(account.name, 'a global account');
  const contacts = [
    ...localManagers.map(
      (id) => `${nameOf(id)} (local account manager ${companyCountry})`,
    ),
    ...(account.globalAccountManagerId === null
      ? []
      : [`${nameOf(account.globalAccountManagerId)} (global account manager)`]),
  ];
  const via =
    matched === null
      ? ''
      : ` (it matches ${workedBy.name} as ${matched.matchClass.toLowerCase().replace('_', ' ')})`;
  const teamSummary = `${creatorName} (${creatorCountry}) opened a deal for ${companyName} (${companyCountry})${via}, which ${accountName} works from ${companyCountry}: agree who leads it.`;
  const creatorSummary = `${companyName} is already worked in ${accountName}: ${describeParty(workedBy)}. Talk to ${contacts.length === 0 ? 'the account team' : contacts.join(' and ')} before you prospect it.`;
  const evidence = {
    kind: CROSS_REGION_PROSPECT_KIND,
    opportunityId,
    companyId: company.id,
    companyCountry,
    creatorId: creator.personId,
    creatorCountry,
    globalAccountId: account.globalAccountId,
    matchedCompanyId: matched?.companyId ?? null,
    matchClass: matched?.matchClass ?? null,
  };
  const evidenceHash = hashEvidence(evidence);
  const details = {
    creatorId: creator.personId,
    creatorVia: creator.via,
    creatorCountry,
    companyCountry,
    matchedCompanyId: matched?.companyId ?? null,
    matchClass: matched?.matchClass ?? null,
    workedBy,
    contactIds: [...localManagers, account.globalAccountManagerId].filter(
      (id): id is WorkspaceMemberId => id !== null,
    ),
  };
  const countries = [...new Set([companyCountry, creatorCountry])];
  const base = {
    kind: CROSS_REGION_PROSPECT_KIND,
    globalAccountId: account.globalAccountId,
    opportunityId,
    companyId: company.id,
    frameworkAgreementId: null,
    countries,
    details,
    evidenceHash,
  } as const;
  const team = [account.globalAccountManagerId, ...localManagers];
  const teamAssignees = [
    ...new Set(team.filter((id): id is WorkspaceMemberId => id !== null)),
  ];
  const raised: EvidenceConflict[] = [
    ...(teamAssignees.length === 0 ? [null] : teamAssignees).map(
      (assigneeId) => ({
        ...base,
        severity: 'WARNING' as const,
        dedupeKey: crossRegionProspectKey(opportunityId, assigneeId),
        assigneeId,
        summary: teamSummary,
      }),
    ),
    {
      ...base,
      severity: 'INFO' as const,
      dedupeKey: crossRegionProspectKey(opportunityId, creator.personId),
      assigneeId: creator.personId,
      summary: creatorSummary,
    },
  ];
  return { raised, reason: null };
};

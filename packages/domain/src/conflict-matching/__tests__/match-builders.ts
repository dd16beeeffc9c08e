import { type CompanyId, type GlobalAccountId } from '../../shared/ids.type';
import { buildCompanyMatchProfile } from '../build-company-match-profile.util';
import { type CompanyMatchProfile } from '../company-match.type';
import { type CompanyMatchRecord } from '../match-conflict.type';
import { toConflictPartyFacts } from '../to-conflict-party-facts.util';

export type CompanyFields = {
  id?: string;
  name: string;
  countryCode?: string | null;
  domainName?: string | null;
  registrationNumber?: string | null;
  globalAccountId?: string | null;
};

let counter = 0;

export const buildProfile = (fields: CompanyFields): CompanyMatchProfile =>
  buildCompanyMatchProfile({
    companyId: (fields.id ?? `co-${(counter += 1)}`) as CompanyId,
    globalAccountId: (fields.globalAccountId ?? null) as GlobalAccountId | null,
    name: fields.name,
    domainName: fields.domainName ?? null,
    countryCode: fields.countryCode ?? null,
    registrationNumber: fields.registrationNumber ?? null,
  }).profile;

export const buildRecord = (
  fields: CompanyFields & { ownerName?: string; openOpportunityCount?: number },
): CompanyMatchRecord => ({
  profile: buildProfile(fields),
  facts: toConflictPartyFacts({
    name: fields.name,
    countryCode: fields.countryCode ?? null,
    owningOffice: fields.countryCode ?? null,
    ownerName: fields.ownerName ?? null,
    globalAccountName: fields.globalAccountId == null ? null : 'Nordlys',
    openOpportunityCount: fields.openOpportunityCount ?? 0,
  }),
});

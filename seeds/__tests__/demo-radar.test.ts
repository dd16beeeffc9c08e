import {
  buildCompanyMatchProfile,
  buildCorporateDomainIndex,
  planCompanyMatchConflicts,
  toConflictPartyFacts,
  type CompanyId,
  type GlobalAccountId,
} from '@global-accounts/domain';

import {
  DEMO_COMPANIES,
  DEMO_GLOBAL_ACCOUNT,
  DEMO_RADAR_COMPANIES,
} from '../demo-family.seed';

const recordOf = (company: {
  id: string;
  name: string;
  domain: string | null;
  country: string;
  registrationNumber: string | null;
  globalAccountId: string | null;
}) => ({
  profile: buildCompanyMatchProfile({
    companyId: company.id as CompanyId,
    name: company.name,
    domainName: company.domain,
    countryCode: company.country,
    registrationNumber: company.registrationNumber,
    globalAccountId: company.globalAccountId as GlobalAccountId | null,
  }).profile,
  facts: toConflictPartyFacts({ name: company.name }),
});

// The radar demo records raise what the sandbox shows, through the real engine.
describe('conflict radar demo records', () => {
  const members = DEMO_COMPANIES.map((company) =>
    recordOf({ ...company, globalAccountId: DEMO_GLOBAL_ACCOUNT.id }),
  );
  const corporateDomains = buildCorporateDomainIndex([
    {
      globalAccountId: DEMO_GLOBAL_ACCOUNT.id as GlobalAccountId,
      corporateDomains: DEMO_GLOBAL_ACCOUNT.corporateDomains,
    },
  ]).index;
  const raisedBy = (key: string) => {
    const company = DEMO_RADAR_COMPANIES.find((row) => row.key === key);
    if (company === undefined) throw new Error(key);
    return planCompanyMatchConflicts({
      subject: recordOf({ ...company, globalAccountId: null }),
      candidates: members,
      corporateDomains,
      globalAccountNames: new Map(),
      liveKeys: [],
    }).raised.map((conflict) => [
      conflict.kind,
      conflict.severity,
      conflict.details.other?.name ?? null,
    ]);
  };

  it('the DE office copy of the PL subsidiary is a possible duplicate of it only', () => {
    expect(raisedBy('plDuplicate')).toEqual([
      ['DUPLICATE_COMPANY', 'INFO', 'Nordlys Polska Sp. z o.o.'],
    ]);
  });

  it('the Norwegian company on the corporate domain is an unlinked affiliate, never a duplicate', () => {
    expect(raisedBy('noAffiliate').map(([kind]) => kind)).toEqual([
      'UNLINKED_AFFILIATE',
    ]);
  });
});

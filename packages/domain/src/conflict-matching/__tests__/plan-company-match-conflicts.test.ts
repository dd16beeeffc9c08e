import { type GlobalAccountId } from '../../shared/ids.type';
import { buildCorporateDomainIndex } from '../build-corporate-domain-index.util';
import { planCompanyMatchConflicts } from '../plan-company-match-conflicts.util';
import { buildRecord } from './match-builders';

const GA = 'ga-nordlys' as GlobalAccountId;
const NAMES = new Map([[GA, 'Nordlys']]);
const { index: CORPORATE } = buildCorporateDomainIndex([
  {
    globalAccountId: GA,
    corporateDomains: ['https://www.Nordlys.com', 'nordlys.pl'],
  },
]);

const PL_SUBSIDIARY = buildRecord({
  id: 'co-pl',
  name: 'Nordlys Polska Sp. z o.o.',
  countryCode: 'PL',
  domainName: 'nordlys.pl',
  registrationNumber: 'PL5213017228',
  globalAccountId: GA,
  ownerName: 'Anna Nowak',
  openOpportunityCount: 3,
});
const PL_DUPLICATE = buildRecord({
  id: 'co-pl-dup',
  name: 'Nordlis Polska',
  countryCode: 'PL',
  domainName: 'www.nordlys.pl',
  ownerName: 'Dirk Becker',
});
const PL_SAME_NUMBER = buildRecord({
  id: 'co-pl-nip',
  name: 'NL Poland',
  countryCode: 'PL',
  registrationNumber: '521-301-72-28',
});
const NO_AFFILIATE = buildRecord({
  id: 'co-no',
  name: 'Nordlys Norge AS',
  countryCode: 'NO',
  domainName: 'nordlys.com',
});
const UNRELATED = buildRecord({
  id: 'co-x',
  name: 'Nordic Steam AB',
  countryCode: 'PL',
});

const plan = (
  subject: typeof PL_SUBSIDIARY,
  candidates: (typeof PL_SUBSIDIARY)[],
  liveKeys: string[] = [],
) =>
  planCompanyMatchConflicts({
    subject,
    candidates,
    corporateDomains: CORPORATE,
    globalAccountNames: NAMES,
    liveKeys,
  });

describe('planCompanyMatchConflicts', () => {
  it('raises a CRITICAL duplicate for the same registration number', () => {
    const { raised } = plan(PL_SUBSIDIARY, [PL_SAME_NUMBER]);

    expect(raised).toEqual([
      expect.objectContaining({
        kind: 'DUPLICATE_COMPANY',
        severity: 'CRITICAL',
        dedupeKey: 'DUPLICATE_COMPANY:co-pl:co-pl-nip',
        companyId: 'co-pl-nip',
        globalAccountId: GA,
        countries: ['PL'],
      }),
    ]);
    expect(raised[0]?.details.suggestion).toBe('MERGE');
  });

  it('raises an INFO possible duplicate for a spelling variant on the family domain, never a SAME_ENTITY', () => {
    const { raised, matches } = plan(PL_DUPLICATE, [PL_SUBSIDIARY]);

    expect(matches[0]?.match).toMatchObject({
      matchClass: 'POSSIBLE',
      reasons: ['CORPORATE_DOMAIN', 'SIMILAR_NAME'],
    });
    expect(
      raised.map((conflict) => [
        conflict.kind,
        conflict.severity,
        conflict.companyId,
      ]),
    ).toEqual([
      ['DUPLICATE_COMPANY', 'INFO', 'co-pl-dup'],
      ['UNLINKED_AFFILIATE', 'WARNING', 'co-pl-dup'],
    ]);
  });

  it('gives the same key, company and evidence hash from either side of a pair', () => {
    const fromDuplicate = plan(PL_DUPLICATE, [PL_SUBSIDIARY]).raised[0];
    const fromSubsidiary = plan(PL_SUBSIDIARY, [PL_DUPLICATE]).raised[0];

    expect(fromSubsidiary).toMatchObject({
      dedupeKey: fromDuplicate?.dedupeKey,
      companyId: fromDuplicate?.companyId,
      evidenceHash: fromDuplicate?.evidenceHash,
    });
  });

  it('changes the evidence hash when a fact behind the match changes, not when the owner does', () => {
    const before = plan(PL_DUPLICATE, [PL_SUBSIDIARY]).raised[0]?.evidenceHash;
    const renamed = buildRecord({
      id: 'co-pl-dup',
      name: 'Nordlyss Polska',
      countryCode: 'PL',
      domainName: 'nordlys.pl',
    });
    const newOwner = buildRecord({
      id: 'co-pl-dup',
      name: 'Nordlis Polska',
      countryCode: 'PL',
      domainName: 'nordlys.pl',
      ownerName: 'Someone Else',
    });

    expect(plan(renamed, [PL_SUBSIDIARY]).raised[0]?.evidenceHash).not.toBe(
      before,
    );
    expect(plan(newOwner, [PL_SUBSIDIARY]).raised[0]?.evidenceHash).toBe(
      before,
    );
  });

  it('suggests attaching an affiliate abroad on the corporate domain, never a duplicate', () => {
    const { raised } = plan(PL_SUBSIDIARY, [NO_AFFILIATE]);

    expect(raised).toEqual([
      expect.objectContaining({
        kind: 'UNLINKED_AFFILIATE',
        severity: 'WARNING',
        dedupeKey: 'UNLINKED_AFFILIATE:ga-nordlys:co-no',
        companyId: 'co-no',
        countries: ['NO', 'PL'],
      }),
    ]);
    expect(raised[0]?.summary).toBe(
      'Nordlys Norge AS shares the domain nordlys.com with the global account Nordlys but is not attached to it: attach it to Nordlys (member seen: Nordlys Polska Sp. z o.o. (PL; office PL; owner Anna Nowak; global account Nordlys; 3 open opportunities)).',
    );
  });

  it('raises UNLINKED_AFFILIATE for a corporate domain with no candidate at all, with one hash from every side', () => {
    const alone = plan(NO_AFFILIATE, []).raised;
    const seenFromMember = plan(PL_SUBSIDIARY, [NO_AFFILIATE]).raised;

    expect(alone.map((conflict) => conflict.dedupeKey)).toEqual([
      'UNLINKED_AFFILIATE:ga-nordlys:co-no',
    ]);
    expect(alone[0]?.evidenceHash).toBe(seenFromMember[0]?.evidenceHash);
  });

  it('resolves the live conflicts of the company whose cause is gone, and nothing else', () => {
    const { resolvedKeys } = plan(
      PL_SUBSIDIARY,
      [PL_SAME_NUMBER, UNRELATED],
      ['DUPLICATE_COMPANY:co-pl:co-pl-nip', 'DUPLICATE_COMPANY:co-pl:co-gone'],
    );

    expect(resolvedKeys).toEqual(['DUPLICATE_COMPANY:co-pl:co-gone']);
  });

  it('shows only the privacy facts of the other record in the details', () => {
    const { raised } = plan(PL_SAME_NUMBER, [PL_SUBSIDIARY]);

    expect(Object.keys(raised[0]?.details.other ?? {}).sort()).toEqual([
      'countryCode',
      'globalAccountName',
      'lastActivityAt',
      'name',
      'openOpportunityCount',
      'ownerName',
      'owningOffice',
    ]);
  });

  it('ignores the company itself and repeated candidates', () => {
    const { matches } = plan(PL_SUBSIDIARY, [
      PL_SUBSIDIARY,
      PL_SAME_NUMBER,
      PL_SAME_NUMBER,
    ]);

    expect(matches.map((match) => match.candidate.profile.companyId)).toEqual([
      'co-pl-nip',
    ]);
  });
});

describe('planCompanyMatchConflicts on bad input', () => {
  it('plans nothing, and does not throw, for a company whose fields are all unusable', () => {
    const broken = buildRecord({
      id: 'co-broken',
      name: '!!!',
      countryCode: 'Poland',
      domainName: 'http://10.0.0.1:8080',
      registrationNumber: 'n/a',
    });

    const result = plan(
      broken,
      [PL_SUBSIDIARY, NO_AFFILIATE, UNRELATED],
      ['DUPLICATE_COMPANY:co-broken:co-pl'],
    );

    expect(result).toEqual({
      matches: [],
      raised: [],
      resolvedKeys: ['DUPLICATE_COMPANY:co-broken:co-pl'],
    });
  });
});

describe('buildCorporateDomainIndex', () => {
  it('normalises the domains and leaves out a domain two accounts claim', () => {
    const { index, contestedDomains } = buildCorporateDomainIndex([
      {
        globalAccountId: 'ga-1' as GlobalAccountId,
        corporateDomains: ['WWW.Shared.com', 'one.com', '10.0.0.1'],
      },
      {
        globalAccountId: 'ga-2' as GlobalAccountId,
        corporateDomains: ['shared.com'],
      },
    ]);

    expect([...index.entries()]).toEqual([['one.com', 'ga-1']]);
    expect(contestedDomains).toEqual(['shared.com']);
  });
});

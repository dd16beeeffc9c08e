import fc from 'fast-check';

import { buildCompanyMatchProfile } from '../../conflict-matching/build-company-match-profile.util';
import { toConflictPartyFacts } from '../../conflict-matching/to-conflict-party-facts.util';
import { type CompanyId, type GlobalAccountId } from '../../shared/ids.type';
import {
  parseProspectQuery,
  rankProspectMatches,
} from '../prospect-check.util';

const refusal = (raw: unknown): string[] => {
  const parsed = parseProspectQuery(raw);
  return parsed.success ? [] : parsed.error;
};

describe('parseProspectQuery', () => {
  it.each([
    [null, 'Send a JSON object'],
    ['Nordlys', 'Send a JSON object'],
    [[], 'Send a JSON object'],
    [{}, 'Give a name, a domain or a registration number'],
    [{ name: '   ' }, 'Give a name, a domain or a registration number'],
    [{ name: 42 }, 'name must be text.'],
    [{ name: 'x'.repeat(201) }, 'name is longer than 200 characters.'],
    [{ name: 'Nordlys', country: 'PL' }, 'Unknown field country'],
    [
      { name: 'Nordlys', countryCode: 'Poland' },
      'countryCode "POLAND" is not an ISO 3166-1 alpha-2 code',
    ],
    [{ name: '!!! ---' }, 'name: '],
    [{ name: 'GmbH' }, 'name: '],
    [{ domain: '192.168.0.1' }, 'domain: "192.168.0.1" is an IP address'],
    [{ domain: 'co.uk' }, 'domain: '],
    [{ domain: 'gmail.com' }, 'domain: gmail.com is a mailbox provider'],
    [
      { registrationNumber: 'ABCDEFGH', countryCode: 'DE' },
      'registrationNumber: ',
    ],
  ])('refuses %j', (raw, message) => {
    const problems = refusal(raw);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join(' ')).toContain(message);
  });

  it.each([
    [{ name: 'Nordlys Polska Sp. z o.o.', countryCode: 'pl' }, 'nordlyspolska'],
    [{ domain: 'https://www.nordlys.com:8443/pl?x=1' }, null],
    [{ domain: 'Bücher.de' }, null],
    [{ registrationNumber: 'PL 521-301-72-28' }, null],
  ])('accepts %j', (raw, matchKey) => {
    const parsed = parseProspectQuery(raw);
    expect(parsed.success).toBe(true);
    if (parsed.success && matchKey !== null)
      expect(parsed.data.keys.matchKey).toBe(matchKey);
  });

  it('never throws, whatever the body (property)', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        expect(() => parseProspectQuery(raw)).not.toThrow();
      }),
    );
  });
});

describe('rankProspectMatches', () => {
  const candidate = (
    id: string,
    name: string,
    countryCode: string,
    domainName: string | null = null,
  ) => ({
    profile: buildCompanyMatchProfile({
      companyId: id as CompanyId,
      globalAccountId: 'ga' as GlobalAccountId,
      name,
      domainName,
      countryCode,
      registrationNumber: null,
    }).profile,
    facts: toConflictPartyFacts({ name, countryCode }),
  });

  it('ranks SAME_ENTITY, POSSIBLE, AFFILIATE and drops non-matches', () => {
    const probe = parseProspectQuery({
      name: 'Nordlys Polska',
      domain: 'nordlys.pl',
      countryCode: 'PL',
    });
    if (!probe.success) throw new Error(probe.error.join());
    const ranked = rankProspectMatches({
      probe: probe.data,
      candidates: [
        candidate('c', 'Nordlys Sverige', 'SE'),
        candidate('b', 'Nordlis Polska', 'PL'),
        candidate('a', 'Nordlys Polska Sp. z o.o.', 'PL', 'nordlys.pl'),
        candidate('d', 'Hexagon', 'PL'),
      ],
      corporateDomains: new Map(),
    });
    expect(ranked.map((m) => `${m.companyId} ${m.matchClass}`)).toEqual([
      'a SAME_ENTITY',
      'b POSSIBLE',
      'c AFFILIATE',
    ]);
  });

  it('without a country, compares as if in the candidate country', () => {
    const probe = parseProspectQuery({ name: 'Nordlys Polska' });
    if (!probe.success) throw new Error(probe.error.join());
    const [match] = rankProspectMatches({
      probe: probe.data,
      candidates: [candidate('b', 'Nordlys Polska', 'PL')],
      corporateDomains: new Map(),
    });
    expect(match).toMatchObject({
      matchClass: 'POSSIBLE',
      assumedSameCountry: true,
    });
  });
});

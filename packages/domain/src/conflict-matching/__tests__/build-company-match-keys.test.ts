import { buildCandidateFilters } from '../build-candidate-filters.util';
import { buildCompanyMatchKeys } from '../build-company-match-keys.util';

// Positive pairs (one company written two ways, same country): the blocking keys must put
// each pair in a common block, or the gateway would never load the candidate.
const SAME_COMPANY_PAIRS: [string, string][] = [
  ['Nordlys Polska Sp. z o.o.', 'Nordlis Polska sp z o o'],
  ['Müller Maschinenbau GmbH', 'Mueller Maschinenbau'],
  ['Skanska AB', 'Scanska AB'],
  ['Schneider Electric SE', 'Schnieder Electric SE'],
  ['Elektrobit Automotive GmbH', 'Elektrobit Automotiv GmbH'],
  ['Husqvarna AB', 'Husquarna AB'],
  ['Wärtsilä Oyj Abp', 'Wartsila Oyj'],
  ['Nord Lys AS', 'NordLys AS'],
  ['AB Volvo', 'Volvo AB'],
];

const FUZZY_FIELDS = [
  'matchKey',
  'matchPhoneticKey',
  'matchPrefixKey',
] as const;

describe('buildCompanyMatchKeys', () => {
  it('writes every key for a complete company', () => {
    const { keys, issues } = buildCompanyMatchKeys({
      name: 'Nordlys Polska Sp. z o.o.',
      domainName: 'https://www.nordlys.com/pl',
      countryCode: 'pl',
      registrationNumber: 'PL 521-301-72-28',
    });

    expect(keys).toEqual({
      matchKey: 'nordlyspolska',
      matchBrandKey: 'nordlys',
      matchDomain: 'nordlys.com',
      registrationNumber: '5213017228',
      matchRegistrationKey: 'PL:5213017228',
      matchPhoneticKey: 'PL:NRTL',
      matchPrefixKey: 'PL:nord:7',
    });
    expect(issues).toEqual([]);
  });

  it.each(SAME_COMPANY_PAIRS)(
    'finds %s and %s through a fuzzy filter, from both sides',
    (left, right) => {
      const a = buildCompanyMatchKeys({
        name: left,
        domainName: null,
        countryCode: 'SE',
        registrationNumber: null,
      }).keys;
      const b = buildCompanyMatchKeys({
        name: right,
        domainName: null,
        countryCode: 'SE',
        registrationNumber: null,
      }).keys;
      const finds = (from: typeof a, to: typeof b): boolean =>
        buildCandidateFilters(from).some(
          (filter) =>
            FUZZY_FIELDS.includes(filter.field as never) &&
            filter.in.includes(to[filter.field] ?? ''),
        );

      expect([finds(a, b), finds(b, a)]).toEqual([true, true]);
    },
  );

  it('leaves keys empty and names each issue for bad input, without throwing', () => {
    const { keys, issues } = buildCompanyMatchKeys({
      name: '!!!',
      domainName: 'http://10.0.0.1:8080/x',
      countryCode: 'Poland',
      registrationNumber: 'n/a',
    });

    expect(keys).toEqual({
      matchKey: null,
      matchBrandKey: null,
      matchDomain: null,
      registrationNumber: null,
      matchRegistrationKey: null,
      matchPhoneticKey: null,
      matchPrefixKey: null,
    });
    expect(issues.map((issue) => `${issue.field}:${issue.error.code}`)).toEqual(
      [
        'name:NO_NAME_LEFT',
        'domainName:IP_ADDRESS',
        'registrationNumber:NO_DIGITS',
      ],
    );
  });

  it('does not index a shared mailbox domain', () => {
    const { keys, issues } = buildCompanyMatchKeys({
      name: 'Kowalski Transport',
      domainName: 'kowalski.transport@gmail.com',
      countryCode: 'PL',
      registrationNumber: null,
    });

    expect(keys.matchDomain).toBeNull();
    expect(issues[0]?.error.code).toBe('SHARED_MAILBOX_DOMAIN');
  });
});

describe('buildCandidateFilters', () => {
  it('lists one equality per key that is set', () => {
    const { keys } = buildCompanyMatchKeys({
      name: 'Nordlys Norge AS',
      domainName: 'nordlys.com',
      countryCode: 'NO',
      registrationNumber: null,
    });

    expect(buildCandidateFilters(keys)).toEqual([
      { field: 'matchKey', in: ['nordlysnorge'] },
      { field: 'matchBrandKey', in: ['nordlys'] },
      { field: 'matchDomain', in: ['nordlys.com'] },
      { field: 'matchPhoneticKey', in: ['NO:NRTL'] },
      {
        field: 'matchPrefixKey',
        in: ['NO:nord:5', 'NO:nord:6', 'NO:nord:7', 'NO:nord:8', 'NO:nord:9'],
      },
    ]);
  });

  it('lists nothing for a company with no usable key', () => {
    const { keys } = buildCompanyMatchKeys({
      name: '',
      domainName: null,
      countryCode: null,
      registrationNumber: null,
    });

    expect(buildCandidateFilters(keys)).toEqual([]);
  });
});

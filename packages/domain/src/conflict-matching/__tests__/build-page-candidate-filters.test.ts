import { buildCandidateLookup } from '../build-candidate-lookup.util';
import { buildPageCandidateFilters } from '../build-page-candidate-filters.util';
import { buildRecord } from './match-builders';

const PAGE = [
  buildRecord({
    id: 'a',
    name: 'Nordlys Polska Sp. z o.o.',
    countryCode: 'PL',
    domainName: 'nordlys.com',
  }),
  buildRecord({
    id: 'b',
    name: 'Nordlys Norge AS',
    countryCode: 'NO',
    domainName: 'nordlys.com',
  }),
  buildRecord({
    id: 'c',
    name: 'Baltic Timber',
    countryCode: 'PL',
    registrationNumber: 'PL 521 301 72 28',
  }),
];

describe('buildPageCandidateFilters', () => {
  it('puts the values of a page into one `in` per field, without repeats', () => {
    const filters = buildPageCandidateFilters(
      PAGE.map((record) => record.profile.keys),
    );

    expect(filters).toEqual([
      {
        field: 'matchKey',
        in: ['baltictimber', 'nordlysnorge', 'nordlyspolska'],
      },
      { field: 'matchBrandKey', in: ['baltictimber', 'nordlys'] },
      { field: 'matchDomain', in: ['nordlys.com'] },
      { field: 'matchPhoneticKey', in: ['NO:NRTL', 'PL:NRTL', 'PL:PLTK TMPR'] },
      {
        field: 'matchPrefixKey',
        in: [
          'NO:nord:5',
          'NO:nord:6',
          'NO:nord:7',
          'NO:nord:8',
          'NO:nord:9',
          'PL:balt:10',
          'PL:balt:11',
          'PL:balt:12',
          'PL:balt:13',
          'PL:balt:14',
          'PL:balt:15',
          'PL:nord:5',
          'PL:nord:6',
          'PL:nord:7',
          'PL:nord:8',
          'PL:nord:9',
        ],
      },
      { field: 'matchRegistrationKey', in: ['PL:5213017228'] },
    ]);
  });

  it('gives no filter for an empty page', () => {
    expect(buildPageCandidateFilters([])).toEqual([]);
  });
});

describe('buildCandidateLookup', () => {
  it('gives each company only the candidates that share one of its keys', () => {
    const lookup = buildCandidateLookup(PAGE);

    expect(
      lookup((PAGE[0] as (typeof PAGE)[number]).profile.keys).map(
        (record) => record.profile.companyId,
      ),
    ).toEqual(['a', 'b']);
    expect(
      lookup((PAGE[2] as (typeof PAGE)[number]).profile.keys).map(
        (record) => record.profile.companyId,
      ),
    ).toEqual(['c']);
  });
});

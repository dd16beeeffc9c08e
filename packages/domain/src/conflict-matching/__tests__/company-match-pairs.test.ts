import { classifyCompanyMatch } from '../classify-company-match.util';
import { type CompanyFields, buildProfile } from './match-builders';

const NO_CORPORATE_DOMAINS = new Map();

const classify = (left: CompanyFields, right: CompanyFields) =>
  classifyCompanyMatch({
    left: buildProfile(left),
    right: buildProfile(right),
    corporateDomains: NO_CORPORATE_DOMAINS,
  });

// Hard negatives: different companies in ONE country (the case where a false duplicate costs
// most) whose names share most letters, a word, a brand or only a legal form. Name only: the
// name measure alone must keep them apart.
const NAME_ONLY_NEGATIVES: [string, string, string][] = [
  ['one word differs in 5 letters', 'Nordic Steel AB', 'Nordic Steam AB'],
  [
    'one word differs, three-word name',
    'Nordic Steel Trading AB',
    'Nordic Steam Trading AB',
  ],
  [
    'brand plus a business line: separate listed companies',
    'Siemens AG',
    'Siemens Energy AG',
  ],
  [
    'brand plus a business line',
    'Volkswagen AG',
    'Volkswagen Financial Services AG',
  ],
  ['acronym one letter longer', 'ABB AB', 'ABBA AB'],
  ['short names one letter apart', 'Bayer AG', 'Bauer AG'],
  ['short names one letter apart (FI)', 'Metso Oyj', 'Metsä Oyj'],
  ['short names one letter apart (GB)', 'Tesco PLC', 'Tesla Ltd'],
  ['short names one letter apart (FI)', 'Sampo Oyj', 'Sampa Oy'],
  ['short names one letter apart (FI)', 'Kesko Oyj', 'Kesla Oyj'],
  ['short names, two letters apart (PL)', 'Orlen S.A.', 'Orbis S.A.'],
  ['shared first word', 'Deutsche Bank AG', 'Deutsche Bahn AG'],
  ['shared first word', 'Atlas Copco AB', 'Atlas Cargo AB'],
  ['shared first word', 'Nordic Paper AB', 'Nordic Power AB'],
  ['shared first word', 'Alfa Laval AB', 'Alfa Kassan AB'],
  ['shared first word', 'Aker BP ASA', 'Aker Solutions ASA'],
  ['shared first word', 'Marine Harvest ASA', 'Marine Harbour ASA'],
  [
    'shared two words',
    'Polska Grupa Energetyczna S.A.',
    'Polska Grupa Zbrojeniowa S.A.',
  ],
  ['shared two words', 'ING Bank Śląski S.A.', 'ING Bank Hipoteczny S.A.'],
  [
    'shared first word',
    'Baltic Timber Sp. z o.o.',
    'Baltic Transport Sp. z o.o.',
  ],
  [
    'shared first word',
    'Scandinavian Tobacco Group A/S',
    'Scandinavian Airlines A/S',
  ],
  ['shared first word', 'Svenska Handelsbanken AB', 'Svenska Cellulosa AB'],
  ['code-like first word', '3M Svenska AB', '3D Svenska AB'],
  ['prefix of a longer name', 'Kone Oyj', 'Konecranes Oyj'],
  ['prefix of a longer name', 'Nokia Oyj', 'Nokian Renkaat Oyj'],
  ['prefix of a longer name', 'Novo Nordisk A/S', 'Novozymes A/S'],
  [
    'shared prefix (Jaro-Winkler alone gives 0.89)',
    'Hexagon AB',
    'Hexatronic AB',
  ],
  ['shared prefix (Jaro-Winkler alone gives 0.89)', 'Skanska AB', 'Skandia AB'],
  ['shared prefix', 'Comarch S.A.', 'Comarex S.A.'],
  ['shared prefix', 'Fortum Oyj', 'Fortune Oy'],
  ['shared prefix', 'Boliden AB', 'Bolinder AB'],
  ['shared prefix, different words', 'Lantmännen ek. för.', 'Lantmäteriet AB'],
  ['only the legal form in common', 'Alpha Sp. z o.o.', 'Omega Sp. z o.o.'],
  [
    'only the legal form in common',
    'Nordlys GmbH & Co. KG',
    'Sonnenschein GmbH & Co. KG',
  ],
  ['state companies', 'Statkraft AS', 'Statnett SF'],
  ['one brand is a word of the other', 'Telenor ASA', 'Telia Norge AS'],
];

// Hard negatives that no name measure can separate from a typo ("Nordlys"/"Nordlyst" is one
// letter, like the real typo "Nordlys"/"Nordlis"): their identifiers clash, so they are
// never flagged as duplicates. Each has its own domain or registration number.
const IDENTIFIER_NEGATIVES: [string, CompanyFields, CompanyFields][] = [
  [
    'Henkel / Henkell',
    { name: 'Henkel AG & Co. KGaA', domainName: 'henkel.com' },
    { name: 'Henkell AG', domainName: 'henkell-freixenet.com' },
  ],
  [
    'Ericsson / Eriksson',
    {
      name: 'Telefonaktiebolaget LM Ericsson',
      registrationNumber: '556016-0680',
    },
    {
      name: 'Telefonaktiebolaget LM Eriksson',
      registrationNumber: '556677-1234',
    },
  ],
  [
    'Equinor / Equinox',
    { name: 'Equinor ASA', domainName: 'equinor.com' },
    { name: 'Equinox AS', domainName: 'equinox.no' },
  ],
  [
    'Nordlys / Nordlyst',
    { name: 'Nordlys AS', registrationNumber: 'NO 912 345 678 MVA' },
    { name: 'Nordlyst AS', registrationNumber: '998 877 665' },
  ],
  [
    'Granges / Grangex',
    { name: 'Gränges AB', domainName: 'granges.com' },
    { name: 'Grangex AB', domainName: 'grangex.se' },
  ],
  [
    'Sandvik / Sandvig',
    { name: 'Sandvik AB', domainName: 'https://www.home.sandvik' },
    { name: 'Sandvig AB', domainName: 'sandvig.se' },
  ],
  [
    'Axfood / Axfoods',
    { name: 'Axfood AB', registrationNumber: 'SE556542043201' },
    { name: 'Axfoods AB', registrationNumber: '5591234567' },
  ],
  [
    'Stockholm Exergi / Energi',
    { name: 'Stockholm Exergi AB', domainName: 'stockholmexergi.se' },
    { name: 'Stockholm Energi AB', domainName: 'stockholm-energi.se' },
  ],
];

// Positives: one company written two ways in one country. Each must be flagged.
const POSITIVES: [
  string,
  CompanyFields,
  CompanyFields,
  'SAME_ENTITY' | 'POSSIBLE',
][] = [
  [
    'legal form written out',
    { name: 'Nordlys Polska Sp. z o.o.' },
    { name: 'NORDLYS POLSKA SPÓŁKA Z OGRANICZONĄ ODPOWIEDZIALNOŚCIĄ' },
    'POSSIBLE',
  ],
  [
    'legal form dotted and spaced',
    { name: 'Nordlys S. A.' },
    { name: 'Nordlys SA' },
    'POSSIBLE',
  ],
  [
    'spelling variant',
    { name: 'Nordlys Polska Sp. z o.o.' },
    { name: 'Nordlis Polska sp z o o' },
    'POSSIBLE',
  ],
  [
    'accents and umlaut spelling',
    { name: 'Müller Maschinenbau GmbH' },
    { name: 'Mueller Maschinenbau' },
    'POSSIBLE',
  ],
  [
    'accents',
    { name: 'Électricité de France SA' },
    { name: 'ELECTRICITE DE FRANCE' },
    'POSSIBLE',
  ],
  [
    'Polish letters',
    { name: 'Łódzka Fabryka Mebli' },
    { name: 'Lodzka Fabryka Mebli Sp. z o.o.' },
    'POSSIBLE',
  ],
  [
    'Nordic letters',
    { name: 'Wärtsilä Oyj Abp' },
    { name: 'Wartsila Oyj' },
    'POSSIBLE',
  ],
  [
    'Nordic letters',
    { name: 'ÅF Pöyry AB' },
    { name: 'AF Poyry AB' },
    'POSSIBLE',
  ],
  ['spacing', { name: 'Nord Lys AS' }, { name: 'NordLys AS' }, 'POSSIBLE'],
  [
    'ampersand',
    { name: 'Smith & Sons Ltd' },
    { name: 'Smith and Sons Limited' },
    'POSSIBLE',
  ],
  [
    'connector in Swedish',
    { name: 'Hennes & Mauritz AB' },
    { name: 'Hennes och Mauritz AB' },
    'POSSIBLE',
  ],
  [
    'letter swap',
    { name: 'Schneider Electric SE' },
    { name: 'Schnieder Electric SE' },
    'POSSIBLE',
  ],
  [
    'missing letter',
    { name: 'Elektrobit Automotive GmbH' },
    { name: 'Elektrobit Automotiv GmbH' },
    'POSSIBLE',
  ],
  [
    'phonetic spelling',
    { name: 'Husqvarna AB' },
    { name: 'Husquarna AB' },
    'POSSIBLE',
  ],
  [
    'legal form before the name',
    { name: 'AB Volvo' },
    { name: 'Volvo AB' },
    'POSSIBLE',
  ],
  [
    'long legal form',
    { name: 'Heidelberger Druckmaschinen AG' },
    { name: 'Heidelberger Druckmaschinen Aktiengesellschaft' },
    'POSSIBLE',
  ],
  [
    'same registration number, different names',
    { name: 'Nordlys Polska', registrationNumber: 'PL 521-301-72-28' },
    { name: 'NL Poland', registrationNumber: '5213017228' },
    'SAME_ENTITY',
  ],
  [
    'same domain and a typo',
    { name: 'Kongsberg Maritime AS', domainName: 'https://www.kongsberg.com/' },
    { name: 'Kongsberg Maritim AS', domainName: 'info@kongsberg.com' },
    'SAME_ENTITY',
  ],
];

describe('classifyCompanyMatch on hard negatives', () => {
  it.each(NAME_ONLY_NEGATIVES)(
    'does not flag %s: %s / %s',
    (_title, left, right) => {
      const match = classify(
        { name: left, countryCode: 'SE' },
        { name: right, countryCode: 'SE' },
      );

      expect(match).toBeNull();
    },
  );

  it.each(IDENTIFIER_NEGATIVES)(
    'does not flag %s when their identifiers differ',
    (_title, left, right) => {
      const match = classify(
        { ...left, countryCode: 'SE' },
        { ...right, countryCode: 'SE' },
      );

      expect(match).toBeNull();
    },
  );

  it('has at least 30 hard negatives', () => {
    expect(
      NAME_ONLY_NEGATIVES.length + IDENTIFIER_NEGATIVES.length,
    ).toBeGreaterThanOrEqual(30);
  });
});

describe('classifyCompanyMatch on positives', () => {
  it.each(POSITIVES)('flags %s', (_title, left, right, expected) => {
    const match = classify(
      { ...left, countryCode: 'PL' },
      { ...right, countryCode: 'PL' },
    );

    expect(match?.matchClass).toBe(expected);
  });
});

const CORPORATE = new Map([['nordlys.com', 'ga-1']]) as never;

const CLASS_CASES: {
  title: string;
  left: CompanyFields;
  right: CompanyFields;
  expected: { matchClass: string; reasons: string[] } | null;
}[] = [
  {
    title: 'same registration number across spellings',
    left: {
      name: 'Nordlys Polska',
      countryCode: 'PL',
      registrationNumber: 'PL5213017228',
    },
    right: {
      name: 'NL Poland',
      countryCode: 'PL',
      registrationNumber: '521 301 72 28',
    },
    expected: {
      matchClass: 'SAME_ENTITY',
      reasons: ['SAME_REGISTRATION_NUMBER'],
    },
  },
  {
    title: 'same own domain, same country, close name',
    left: {
      name: 'Baltic Timber Trading',
      countryCode: 'PL',
      domainName: 'baltictimber.pl',
    },
    right: {
      name: 'Baltic Timber Tradng',
      countryCode: 'PL',
      domainName: 'www.baltictimber.pl',
    },
    expected: {
      matchClass: 'SAME_ENTITY',
      reasons: ['SAME_DOMAIN', 'SIMILAR_NAME'],
    },
  },
  {
    title: 'same corporate domain, same country, close name: only POSSIBLE',
    left: {
      name: 'Nordlys Polska',
      countryCode: 'PL',
      domainName: 'nordlys.com',
    },
    right: {
      name: 'Nordlis Polska',
      countryCode: 'PL',
      domainName: 'nordlys.com',
    },
    expected: {
      matchClass: 'POSSIBLE',
      reasons: ['CORPORATE_DOMAIN', 'SIMILAR_NAME'],
    },
  },
  {
    title: 'same corporate domain, other country',
    left: {
      name: 'Nordlys Polska',
      countryCode: 'PL',
      domainName: 'nordlys.com',
    },
    right: {
      name: 'Nordlys Norge AS',
      countryCode: 'NO',
      domainName: 'nordlys.com',
    },
    expected: {
      matchClass: 'AFFILIATE',
      reasons: ['CORPORATE_DOMAIN', 'SIMILAR_NAME'],
    },
  },
  {
    title: 'same own domain, other country',
    left: {
      name: 'Kongsberg Maritime AS',
      countryCode: 'NO',
      domainName: 'kongsberg.com',
    },
    right: {
      name: 'Kongsberg Maritime GmbH',
      countryCode: 'DE',
      domainName: 'kongsberg.com',
    },
    expected: {
      matchClass: 'AFFILIATE',
      reasons: ['SAME_DOMAIN', 'SIMILAR_NAME'],
    },
  },
  {
    title: 'same domain, same country, two registration numbers',
    left: {
      name: 'Nordlys Polska',
      countryCode: 'PL',
      domainName: 'nordlys.pl',
      registrationNumber: '5213017228',
    },
    right: {
      name: 'Nordlys Polska Serwis',
      countryCode: 'PL',
      domainName: 'nordlys.pl',
      registrationNumber: '7010012345',
    },
    expected: { matchClass: 'AFFILIATE', reasons: ['SAME_DOMAIN'] },
  },
  {
    title: 'same brand abroad, no domain',
    left: { name: 'Nordlys Polska Sp. z o.o.', countryCode: 'PL' },
    right: { name: 'Nordlys Deutschland GmbH', countryCode: 'DE' },
    expected: {
      matchClass: 'AFFILIATE',
      reasons: ['SAME_BRAND', 'SIMILAR_NAME'],
    },
  },
  {
    title: 'a short brand abroad is not enough',
    left: { name: 'ABB Polska', countryCode: 'PL' },
    right: { name: 'ABB Norge', countryCode: 'NO' },
    expected: null,
  },
  {
    title: 'a close name abroad is not a duplicate',
    left: { name: 'Husqvarna AB', countryCode: 'SE' },
    right: { name: 'Husquarna GmbH', countryCode: 'DE' },
    expected: null,
  },
  {
    title: 'a free-mail domain links nobody',
    left: {
      name: 'Kowalski Transport',
      countryCode: 'PL',
      domainName: 'biuro@gmail.com',
    },
    right: {
      name: 'Nowak Budownictwo',
      countryCode: 'PL',
      domainName: 'gmail.com',
    },
    expected: null,
  },
  {
    title: 'no country: never POSSIBLE',
    left: { name: 'Nordlys Polska' },
    right: { name: 'Nordlis Polska' },
    expected: null,
  },
];

describe('classifyCompanyMatch classes', () => {
  it.each(CLASS_CASES)('$title', ({ left, right, expected }) => {
    const match = classifyCompanyMatch({
      left: buildProfile(left),
      right: buildProfile(right),
      corporateDomains: CORPORATE,
    });

    expect(
      match === null
        ? null
        : { matchClass: match.matchClass, reasons: match.reasons },
    ).toEqual(expected);
  });
});

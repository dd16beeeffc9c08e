import fc from 'fast-check';
import { getPublicSuffix } from 'tldts';

import { buildCandidateFilters } from '../build-candidate-filters.util';
import { classifyCompanyMatch } from '../classify-company-match.util';
import { foldText } from '../fold-text.util';
import { normaliseCompanyName } from '../normalise-company-name.util';
import { normaliseRegistrableDomain } from '../normalise-registrable-domain.util';
import { normaliseRegistrationNumber } from '../normalise-registration-number.util';
import { scoreNameSimilarity } from '../score-name-similarity.util';
import { toConflictPartyFacts } from '../to-conflict-party-facts.util';
import { buildProfile } from './match-builders';

const RUNS = { numRuns: 10_000 };

const NAME_CHARS = [
  ...'abcdefghijklmnopqrstuvwxyzàáâäåæçđéèêëíïłñóöøœśßúüýžźż0123456789 .,&-/()',
];
const nameText = fc.string({
  unit: fc.constantFrom(...NAME_CHARS),
  maxLength: 40,
});
const anyText = fc.string({ unit: 'binary', maxLength: 60 });
const COMBINING = [
  '\u0300',
  '\u0301',
  '\u0302',
  '\u0308',
  '\u030a',
  '\u0327',
  '\u0328',
  '\u030c',
];
const withAccents = fc
  .array(
    fc.tuple(
      fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz  '),
      fc.option(fc.constantFrom(...COMBINING)),
    ),
    { maxLength: 30 },
  )
  .map((pairs) => ({
    plain: pairs.map(([c]) => c).join(''),
    accented: pairs.map(([c, m]) => c + (m ?? '')).join(''),
  }));

const keyOf = (name: string): string | null => {
  const result = normaliseCompanyName(name);
  return result.success ? result.data.matchKey : null;
};

describe('foldText (properties)', () => {
  it('is idempotent for any text', () => {
    fc.assert(
      fc.property(
        anyText,
        (text) => foldText(foldText(text)) === foldText(text),
      ),
      RUNS,
    );
  });

  it('ignores case', () => {
    fc.assert(
      fc.property(
        nameText,
        (text) => foldText(text.toUpperCase()) === foldText(text),
      ),
      RUNS,
    );
  });

  it('ignores accents, composed or not', () => {
    fc.assert(
      fc.property(
        withAccents,
        ({ plain, accented }) =>
          foldText(accented) === foldText(plain) &&
          foldText(accented.normalize('NFC')) === foldText(plain),
      ),
      RUNS,
    );
  });
});

describe('normaliseCompanyName (properties)', () => {
  it('never throws and never returns an empty key', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = normaliseCompanyName(text);
        return !result.success || result.data.matchKey.length > 0;
      }),
      RUNS,
    );
  });

  it('is idempotent: the tokens normalise to themselves', () => {
    fc.assert(
      fc.property(nameText, (text) => {
        const result = normaliseCompanyName(text);
        if (!result.success) return true;
        const again = normaliseCompanyName(result.data.tokens.join(' '));
        return (
          again.success &&
          again.data.matchKey === result.data.matchKey &&
          again.data.brandKey === result.data.brandKey
        );
      }),
      RUNS,
    );
  });

  it('gives one key whatever the case, accents or a trailing legal form', () => {
    fc.assert(
      fc.property(
        withAccents,
        fc.constantFrom(
          '',
          ' AB',
          ' Sp. z o.o.',
          ' GmbH & Co. KG',
          ' S. A.',
          ', Inc.',
        ),
        ({ plain, accented }, form) =>
          keyOf(`${accented.toUpperCase()}${form}`) === keyOf(plain),
      ),
      RUNS,
    );
  });
});

// Labels with '--' in 3rd-4th place are reserved for punycode (RFC 5891), so not generated.
const LABEL = fc
  .stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,8}[a-z0-9])?$/)
  .filter((label) => label.slice(2, 4) !== '--');
const SUFFIXES = [
  'com',
  'de',
  'pl',
  'co.uk',
  'com.au',
  'com.pl',
  'gov.uk',
  'ac.jp',
  'github.io',
  'blogspot.com',
  'no',
  'kommune.no',
  'xn--p1ai',
];

describe('normaliseRegistrableDomain (properties)', () => {
  it('never throws and is idempotent for any text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = normaliseRegistrableDomain(text);
        return (
          !result.success || normaliseRegistrableDomain(result.data).success
        );
      }),
      RUNS,
    );
  });

  it('never crosses a public suffix: one label plus the suffix, whatever wraps the host', () => {
    fc.assert(
      fc.property(
        fc.array(LABEL, { minLength: 1, maxLength: 4 }),
        fc.constantFrom(...SUFFIXES),
        fc.constantFrom(
          '',
          'https://',
          'http://www.',
          'mailto-user@',
          'HTTP://',
        ),
        fc.constantFrom('', ':8080', '/path?q=1', ':443/a/b#c'),
        (labels, suffix, before, after) => {
          const host = `${labels.join('.')}.${suffix}`;
          const input =
            before === 'mailto-user@'
              ? `user@${host}`
              : `${before}${host.toUpperCase()}${after}`;
          const result = normaliseRegistrableDomain(input);
          // "www." is a label like any other where the host is itself a suffix ("www.aa.no").
          const wrappedHost = before === 'http://www.' ? `www.${host}` : host;
          // The generated labels can form a longer suffix themselves ("tm.pl"): ask the list.
          const hostSuffix =
            getPublicSuffix(wrappedHost, { allowPrivateDomains: true }) ??
            suffix;
          if (!result.success)
            return (
              wrappedHost === hostSuffix &&
              result.error.code === 'PUBLIC_SUFFIX_ONLY'
            );
          return (
            getPublicSuffix(result.data, { allowPrivateDomains: true }) ===
              hostSuffix &&
            result.data.split('.').length ===
              hostSuffix.split('.').length + 1 &&
            `.${wrappedHost}`.endsWith(`.${result.data}`) &&
            (hostSuffix !== suffix ||
              result.data === `${labels[labels.length - 1]}.${suffix}`)
          );
        },
      ),
      RUNS,
    );
  });
});

const VAT_COUNTRIES = [
  'DE',
  'PL',
  'SE',
  'FR',
  'NL',
  'AT',
  'IT',
  'ES',
  'FI',
  'DK',
];
const digits = fc
  .stringMatching(/^[0-9]{9}$/)
  .filter((value) => !/^(\d)\1*$/.test(value));
const separated = (value: string, cuts: number[]): string =>
  [...value]
    .map((char, index) =>
      cuts.includes(index) ? ` ${char}` : index % 3 === 0 ? `-${char}` : char,
    )
    .join('');

describe('normaliseRegistrationNumber (properties)', () => {
  it('never throws for any text and country', () => {
    fc.assert(
      fc.property(
        anyText,
        fc.option(fc.string({ maxLength: 3 })),
        (value, countryCode) => {
          normaliseRegistrationNumber({ value, countryCode });
          return true;
        },
      ),
      RUNS,
    );
  });

  it('gives one key with or without the country prefix and separators', () => {
    fc.assert(
      fc.property(
        digits,
        fc.constantFrom(...VAT_COUNTRIES),
        fc.array(fc.nat(8)),
        (number, country, cuts) => {
          const plain = normaliseRegistrationNumber({
            value: number,
            countryCode: country,
          });
          const prefixed = normaliseRegistrationNumber({
            value: `${country.toLowerCase()} ${separated(number, cuts)}`,
            countryCode: country,
          });
          const noCountry = normaliseRegistrationNumber({
            value: `${country}${number}`,
            countryCode: null,
          });
          return (
            plain.success &&
            prefixed.success &&
            noCountry.success &&
            plain.data.registrationKey === `${country}:${number}` &&
            prefixed.data.registrationKey === plain.data.registrationKey &&
            noCountry.data.registrationKey === plain.data.registrationKey
          );
        },
      ),
      RUNS,
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Za-z0-9 .-]{0,24}$/),
        fc.constantFrom(...VAT_COUNTRIES, 'NO', 'CH', 'GB', 'GR'),
        (value, countryCode) => {
          const first = normaliseRegistrationNumber({ value, countryCode });
          if (!first.success) return true;
          const second = normaliseRegistrationNumber({
            value: first.data.number,
            countryCode,
          });
          return (
            second.success &&
            second.data.number === first.data.number &&
            second.data.registrationKey === first.data.registrationKey
          );
        },
      ),
      RUNS,
    );
  });
});

const WORDS = [
  'nordlys',
  'nordlis',
  'polska',
  'steel',
  'steam',
  'siemens',
  'energy',
  'group',
  'norge',
  'AB',
  'Sp. z o.o.',
  'GmbH',
];
const company = fc.record({
  id: fc.constantFrom('a', 'b', 'c', 'd'),
  name: fc
    .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 })
    .map((words) => words.join(' ')),
  countryCode: fc.constantFrom('PL', 'DE', 'NO', null),
  domainName: fc.constantFrom(
    'nordlys.com',
    'www.nordlys.pl',
    'steel.de',
    null,
  ),
  registrationNumber: fc.constantFrom(
    '5213017228',
    'PL 521 301 72 28',
    '123456789',
    null,
  ),
  globalAccountId: fc.constantFrom('ga-1', null),
});
const CORPORATE = new Map([['nordlys.com', 'ga-1']]) as never;

describe('matching (properties)', () => {
  it('scores name similarity symmetrically, within [0, 1], 1 for equal names', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...WORDS.slice(0, 9)), {
          minLength: 1,
          maxLength: 3,
        }),
        fc.array(fc.constantFrom(...WORDS.slice(0, 9)), {
          minLength: 1,
          maxLength: 3,
        }),
        (left, right) => {
          const score = scoreNameSimilarity(left, right);
          return (
            score === scoreNameSimilarity(right, left) &&
            score >= 0 &&
            score <= 1 &&
            scoreNameSimilarity(left, left) === 1
          );
        },
      ),
      RUNS,
    );
  });

  it('classifies a pair the same whichever side comes first', () => {
    fc.assert(
      fc.property(company, company, (left, right) => {
        const a = buildProfile(left);
        const b = buildProfile({
          ...right,
          id: left.id === right.id ? `${right.id}2` : right.id,
        });
        return (
          JSON.stringify(
            classifyCompanyMatch({
              left: a,
              right: b,
              corporateDomains: CORPORATE,
            }),
          ) ===
          JSON.stringify(
            classifyCompanyMatch({
              left: b,
              right: a,
              corporateDomains: CORPORATE,
            }),
          )
        );
      }),
      RUNS,
    );
  });
});

describe('toConflictPartyFacts (properties)', () => {
  it('shows only the seven allowed facts, whatever else the record holds', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.string({ maxLength: 12 }),
          fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null)),
        ),
        nameText,
        (extra, name) => {
          const facts = toConflictPartyFacts({
            ...extra,
            name,
            amount: 1_000_000,
            notes: 'secret',
          } as never);
          return (
            Object.keys(facts).sort().join(',') ===
              'countryCode,globalAccountName,lastActivityAt,name,openOpportunityCount,ownerName,owningOffice' &&
            !JSON.stringify(facts).includes('secret')
          );
        },
      ),
      RUNS,
    );
  });
});

const word = fc.stringMatching(/^[a-z]{6,14}$/);
const edit = fc.record({
  kind: fc.constantFrom('substitute', 'insert', 'delete', 'swap'),
  at: fc.nat(),
  letter: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'),
});
const applyEdit = (
  text: string,
  { kind, at, letter }: { kind: string; at: number; letter: string },
): string => {
  const position = 4 + (at % Math.max(1, text.length - 5)); // never in the first 4 letters
  if (kind === 'substitute')
    return text.slice(0, position) + letter + text.slice(position + 1);
  if (kind === 'insert')
    return text.slice(0, position) + letter + text.slice(position);
  if (kind === 'delete')
    return text.slice(0, position) + text.slice(position + 1);
  return (
    text.slice(0, position) +
    (text[position + 1] ?? '') +
    (text[position] ?? '') +
    text.slice(position + 2)
  );
};

describe('blocking keys (properties)', () => {
  it('find every POSSIBLE or SAME_ENTITY pair whose typo lies after the first 4 letters', () => {
    fc.assert(
      fc.property(word, fc.option(word), edit, (first, second, change) => {
        const name = second === null ? first : `${first} ${second}`;
        const left = buildProfile({ id: 'left', name, countryCode: 'PL' });
        const right = buildProfile({
          id: 'right',
          name: applyEdit(name, change),
          countryCode: 'PL',
        });
        const match = classifyCompanyMatch({
          left,
          right,
          corporateDomains: new Map(),
        });
        if (match === null) return true;
        return (
          buildCandidateFilters(left.keys).some((filter) =>
            filter.in.includes(right.keys[filter.field] ?? ''),
          ) &&
          buildCandidateFilters(right.keys).some((filter) =>
            filter.in.includes(left.keys[filter.field] ?? ''),
          )
        );
      }),
      RUNS,
    );
  });
});

import { normaliseCompanyName } from '../normalise-company-name.util';

const SUCCESSES = [
  {
    title: 'removes a dotted Polish legal form',
    input: 'Nordlys Polska Sp. z o.o.',
    matchKey: 'nordlyspolska',
    brandKey: 'nordlys',
  },
  {
    title: 'removes the same form written together',
    input: 'NORDLYS-POLSKA SP.Z O.O.',
    matchKey: 'nordlyspolska',
    brandKey: 'nordlys',
  },
  {
    title: 'removes a spaced form',
    input: 'Nordlys S. A.',
    matchKey: 'nordlys',
    brandKey: 'nordlys',
  },
  {
    title: 'removes a form before the name',
    input: 'AB Volvo',
    matchKey: 'volvo',
    brandKey: 'volvo',
  },
  {
    title: 'removes a written-out form',
    input: 'Siemens Aktiengesellschaft',
    matchKey: 'siemens',
    brandKey: 'siemens',
  },
  {
    title: 'removes stacked forms',
    input: 'Müller GmbH & Co. KG',
    matchKey: 'muller',
    brandKey: 'muller',
  },
  {
    title: 'removes Finnish double forms',
    input: 'Fazer Oyj Abp',
    matchKey: 'fazer',
    brandKey: 'fazer',
  },
  {
    title: 'removes S.p.A. and Ltd and Inc',
    input: 'Fiat S.p.A.',
    matchKey: 'fiat',
    brandKey: 'fiat',
  },
  {
    title: 'removes (publ)',
    input: 'Nordlys AB (publ)',
    matchKey: 'nordlys',
    brandKey: 'nordlys',
  },
  {
    title: 'reads & as and and drops connectors',
    input: 'Smith & Sons Ltd',
    matchKey: 'smithsons',
    brandKey: 'smithsons',
  },
  {
    title: 'folds accents and ß',
    input: 'Großhändler Śląsk Øst',
    matchKey: 'grosshandlerslaskost',
    brandKey: 'grosshandlerslaskost',
  },
  {
    title: 'keeps a leading country word in the brand',
    input: 'International Paper Company',
    matchKey: 'internationalpaper',
    brandKey: 'internationalpaper',
  },
  {
    title: 'drops trailing country and group words from the brand only',
    input: 'Nordlys Group Norge AS',
    matchKey: 'nordlysgroupnorge',
    brandKey: 'nordlys',
  },
  {
    title: 'removes a form-like first word ("A.G. Barr" written "AG Barr")',
    input: 'AG Barr plc',
    matchKey: 'barr',
    brandKey: 'barr',
  },
  {
    title: 'keeps non-Latin letters',
    input: 'ООО Газпром',
    matchKey: 'ооогазпром',
    brandKey: 'ооогазпром',
  },
];

const FAILURES = [
  { title: 'an empty name', input: '', code: 'EMPTY_NAME' },
  { title: 'a blank name', input: '   ', code: 'EMPTY_NAME' },
  { title: 'no name', input: null, code: 'EMPTY_NAME' },
  { title: 'only punctuation', input: '!!! --- ...', code: 'NO_NAME_LEFT' },
  { title: 'only a legal form', input: 'Sp. z o.o.', code: 'NO_NAME_LEFT' },
  { title: 'only legal forms', input: 'Oy Ab', code: 'NO_NAME_LEFT' },
  {
    title: 'only a connector and a form',
    input: '& Co. KG',
    code: 'NO_NAME_LEFT',
  },
];

describe('normaliseCompanyName', () => {
  it.each(SUCCESSES)('$title', ({ input, matchKey, brandKey }) => {
    const result = normaliseCompanyName(input);

    expect(result).toMatchObject({
      success: true,
      data: { matchKey, brandKey },
    });
  });

  it.each(FAILURES)('refuses $title with $code', ({ input, code }) => {
    const result = normaliseCompanyName(input);

    expect(result).toMatchObject({ success: false, error: { code } });
  });
});

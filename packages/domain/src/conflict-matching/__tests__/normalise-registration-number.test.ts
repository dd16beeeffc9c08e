import { normaliseRegistrationNumber } from '../normalise-registration-number.util';

const SUCCESSES = [
  {
    title: 'a spaced German VAT number',
    value: 'DE 123 456 789',
    countryCode: 'DE',
    number: '123456789',
    key: 'DE:123456789',
  },
  {
    title: 'the same number without prefix',
    value: '123456789',
    countryCode: 'DE',
    number: '123456789',
    key: 'DE:123456789',
  },
  {
    title: 'a prefix naming the country when none is given',
    value: 'de123456789',
    countryCode: null,
    number: '123456789',
    key: 'DE:123456789',
  },
  {
    title: 'a Polish NIP with dashes',
    value: 'PL 521-301-72-28',
    countryCode: 'PL',
    number: '5213017228',
    key: 'PL:5213017228',
  },
  {
    title: 'Dutch letters inside the number',
    value: 'NL 8525.23.716 B01',
    countryCode: 'NL',
    number: '852523716B01',
    key: 'NL:852523716B01',
  },
  {
    title: 'an Irish check letter',
    value: 'IE 1234567T',
    countryCode: 'IE',
    number: '1234567T',
    key: 'IE:1234567T',
  },
  {
    title: 'an Austrian U',
    value: 'ATU12345678',
    countryCode: 'AT',
    number: 'U12345678',
    key: 'AT:U12345678',
  },
  {
    title: 'a UK government department number',
    value: 'GB GD001',
    countryCode: 'GB',
    number: 'GD001',
    key: 'GB:GD001',
  },
  {
    title: 'a Scottish company number (letters are the number)',
    value: 'SC123456',
    countryCode: 'GB',
    number: 'SC123456',
    key: 'GB:SC123456',
  },
  {
    title: 'the Greek EL prefix',
    value: 'EL094014201',
    countryCode: 'GR',
    number: '094014201',
    key: 'GR:094014201',
  },
  {
    title: 'a Swiss UID with MWST',
    value: 'CHE-123.456.789 MWST',
    countryCode: 'CH',
    number: '123456789',
    key: 'CH:123456789',
  },
  {
    title: 'a Norwegian number with MVA',
    value: 'NO 912 345 678 MVA',
    countryCode: 'NO',
    number: '912345678',
    key: 'NO:912345678',
  },
  {
    title: 'a German register number',
    value: 'HRB 12345',
    countryCode: 'DE',
    number: 'HRB12345',
    key: 'DE:HRB12345',
  },
  {
    title: "another country's prefix kept when the country is known",
    value: 'DE123456789',
    countryCode: 'PL',
    number: 'DE123456789',
    key: 'PL:DE123456789',
  },
  {
    title: 'no country at all',
    value: '12345678',
    countryCode: null,
    number: '12345678',
    key: null,
  },
];

const FAILURES = [
  { title: 'nothing', value: '', code: 'EMPTY' },
  { title: 'blanks', value: '  - . ', code: 'NO_DIGITS' },
  { title: 'only letters', value: 'ABCDEF', code: 'NO_DIGITS' },
  { title: 'odd characters', value: '123#456*789', code: 'INVALID_CHARACTERS' },
  {
    title: 'letters of another script',
    value: 'ИНН 7707083893',
    code: 'INVALID_CHARACTERS',
  },
  { title: 'too short', value: '12 3', code: 'TOO_SHORT' },
  { title: 'too long', value: '1234567890 1234567890 1', code: 'TOO_LONG' },
  { title: 'a placeholder', value: '000 000 000', code: 'PLACEHOLDER' },
];

describe('normaliseRegistrationNumber', () => {
  it.each(SUCCESSES)('reads $title', ({ value, countryCode, number, key }) => {
    const result = normaliseRegistrationNumber({ value, countryCode });

    expect(result).toMatchObject({
      success: true,
      data: { number, registrationKey: key },
    });
  });

  it.each(FAILURES)('refuses $title with $code', ({ value, code }) => {
    const result = normaliseRegistrationNumber({ value, countryCode: 'DE' });

    expect(result).toMatchObject({ success: false, error: { code } });
  });
});

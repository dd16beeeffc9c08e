/**
 * VAT identification prefixes that differ from the ISO 3166 country code, and the prefixes
 * and suffixes written around national numbers (EU VIES prefixes; CHE-…MWST; …MVA).
 */
export const VAT_PREFIX_BY_COUNTRY: Readonly<
  Record<string, readonly string[]>
> = {
  GR: ['EL', 'GR'],
  GB: ['GB', 'XI'],
  CH: ['CHE', 'CH'],
};

/** Countries whose VAT numbers carry the country code as prefix (EU VIES, GB, NO, CH). */
export const VAT_PREFIX_COUNTRIES: readonly string[] = [
  'AT',
  'BE',
  'BG',
  'CY',
  'CZ',
  'DE',
  'DK',
  'EE',
  'ES',
  'FI',
  'FR',
  'GR',
  'HR',
  'HU',
  'IE',
  'IT',
  'LT',
  'LU',
  'LV',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SE',
  'SI',
  'SK',
  'GB',
  'NO',
  'CH',
];

export const VAT_SUFFIX_BY_COUNTRY: Readonly<
  Record<string, readonly string[]>
> = {
  NO: ['MVA'],
  CH: ['MWST', 'TVA', 'IVA'],
};

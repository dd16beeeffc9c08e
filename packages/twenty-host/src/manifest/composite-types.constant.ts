import { type CompositeFieldType } from './object-metadata.type';

export type CompositeSubFieldKind =
  'TEXT' | 'BIG_FLOAT' | 'RAW_JSON' | 'UUID' | 'ACTOR_SOURCE';

export type CompositeSubField = {
  name: string;
  kind: CompositeSubFieldKind;
  /** Writable through create/update inputs (Actor: only source and context). */
  isInput: boolean;
};

const text = (name: string): CompositeSubField => ({
  name,
  kind: 'TEXT',
  isInput: true,
});

export const COMPOSITE_TYPES: Record<
  CompositeFieldType,
  { graphqlName: string; subFields: CompositeSubField[] }
> = {
  CURRENCY: {
    graphqlName: 'Currency',
    subFields: [
      { name: 'amountMicros', kind: 'BIG_FLOAT', isInput: true },
      text('currencyCode'),
    ],
  },
  FULL_NAME: {
    graphqlName: 'FullName',
    subFields: [text('firstName'), text('lastName')],
  },
  EMAILS: {
    graphqlName: 'Emails',
    subFields: [
      text('primaryEmail'),
      { name: 'additionalEmails', kind: 'RAW_JSON', isInput: true },
    ],
  },
  LINKS: {
    graphqlName: 'Links',
    subFields: [
      text('primaryLinkLabel'),
      text('primaryLinkUrl'),
      { name: 'secondaryLinks', kind: 'RAW_JSON', isInput: true },
    ],
  },
  PHONES: {
    graphqlName: 'Phones',
    subFields: [
      text('primaryPhoneNumber'),
      text('primaryPhoneCountryCode'),
      text('primaryPhoneCallingCode'),
      { name: 'additionalPhones', kind: 'RAW_JSON', isInput: true },
    ],
  },
  ADDRESS: {
    graphqlName: 'Address',
    subFields: [
      text('addressStreet1'),
      text('addressStreet2'),
      text('addressCity'),
      text('addressPostcode'),
      text('addressState'),
      text('addressCountry'),
      { name: 'addressLat', kind: 'BIG_FLOAT', isInput: true },
      { name: 'addressLng', kind: 'BIG_FLOAT', isInput: true },
    ],
  },
  ACTOR: {
    graphqlName: 'Actor',
    subFields: [
      { name: 'source', kind: 'ACTOR_SOURCE', isInput: true },
      { name: 'workspaceMemberId', kind: 'UUID', isInput: false },
      { name: 'name', kind: 'TEXT', isInput: false },
      { name: 'context', kind: 'RAW_JSON', isInput: true },
    ],
  },
  RICH_TEXT: {
    graphqlName: 'RichTextV2',
    subFields: [text('blocknote'), text('markdown')],
  },
};

export const ACTOR_SOURCES = [
  'EMAIL',
  'CALENDAR',
  'WORKFLOW',
  'AGENT',
  'API',
  'IMPORT',
  'MANUAL',
  'SYSTEM',
  'WEBHOOK',
  'APPLICATION',
] as const;

/** Column of a composite sub-field: `annualRecurringRevenue` + `amountMicros`. */
export const toCompositeColumnName = (
  fieldName: string,
  subFieldName: string,
): string =>
  `${fieldName}${subFieldName.charAt(0).toUpperCase()}${subFieldName.slice(1)}`;

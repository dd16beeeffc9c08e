import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import {
  type GraphQLField,
  type GraphQLInputField,
  GraphQLInputObjectType,
  type GraphQLNamedType,
  GraphQLObjectType,
  type GraphQLSchema,
  buildSchema,
} from 'graphql';

import { buildWorkspaceMetadata } from '../manifest/manifest.service';
import { buildWorkspaceSchema } from './graphql-schema.service';

// Checks the generated schema against the SDL excerpt of a real 2026 workspace
// (copied from ../shared/reference/twenty-core-schema-sample.graphql): for company, person,
// opportunity and workspaceMember, every type, field, argument and input field of the
// sample must exist here with the same type. Fields the sample marks as another app's
// (apollo*) are ignored; the sample shows only a subset of connection aggregates and leaves
// relations to objects it does not expand as comments, so the host may have more of those.

const SAMPLE = readFileSync(
  join(
    __dirname,
    '..',
    '..',
    'test-fixtures',
    'twenty-core-schema-sample.graphql',
  ),
  'utf8',
);
const OBJECTS = ['Company', 'Person', 'Opportunity', 'WorkspaceMember'];
const SUFFIXES = [
  '',
  'Edge',
  'Connection',
  'GroupByConnection',
  'FilterInput',
  'OrderByInput',
  'CreateInput',
  'UpdateInput',
  'RelationInput',
  'ConnectInput',
  'WhereUniqueInput',
];
const isOtherAppField = (name: string) => name.startsWith('apollo');

const sample = buildSchema(SAMPLE);
const host = buildWorkspaceSchema(buildWorkspaceMetadata(undefined));

type AnyField = GraphQLField<unknown, unknown> | GraphQLInputField;

const fieldsOf = (
  type: GraphQLNamedType | undefined,
): Record<string, AnyField> =>
  type instanceof GraphQLObjectType || type instanceof GraphQLInputObjectType
    ? type.getFields()
    : {};

const describeField = (field: AnyField): string => {
  const args =
    'args' in field
      ? field.args.map((a) => `${a.name}: ${a.type.toString()}`).join(', ')
      : '';
  return `${field.type.toString()}${args === '' ? '' : ` (${args})`}`;
};

const compareType = (typeName: string, schema: GraphQLSchema) => {
  const sampleFields = fieldsOf(sample.getType(typeName));
  const hostFields = fieldsOf(schema.getType(typeName));
  const differences: string[] = [];
  for (const [name, field] of Object.entries(sampleFields)) {
    if (isOtherAppField(name)) continue;
    const mine = hostFields[name];
    if (mine === undefined) {
      differences.push(`${typeName}.${name} missing`);
    } else if (describeField(mine) !== describeField(field)) {
      differences.push(
        `${typeName}.${name}: host ${describeField(mine)} vs sample ${describeField(field)}`,
      );
    }
  }
  return differences;
};

const TYPE_NAMES = OBJECTS.flatMap((object) =>
  SUFFIXES.map((suffix) => `${object}${suffix}`),
).filter((name) => sample.getType(name) !== undefined);

describe('workspace schema against the 2026 sample', () => {
  it.each(TYPE_NAMES)('%s agrees with the sample', (typeName) => {
    expect(compareType(typeName, host)).toEqual([]);
  });

  it.each([
    'Links',
    'Currency',
    'FullName',
    'Address',
    'Actor',
    'Emails',
    'Phones',
    'PageInfo',
    'StringFilter',
    'UUIDFilter',
    'FloatFilter',
    'IntFilter',
    'BigFloatFilter',
    'BooleanFilter',
    'RawJsonFilter',
    'DateFilter',
    'CurrencyFilterInput',
    'AddressFilterInput',
    'EmailsFilterInput',
    'LinksFilterInput',
    'FullNameFilterInput',
    'ActorFilterInput',
    'OpportunityStageEnumFilter',
    'CurrencyCreateInput',
    'ActorCreateInput',
    'GroupByDateGranularityInput',
    'OrderByDateGranularityInput',
  ])('shared type %s agrees with the sample', (typeName) => {
    expect(compareType(typeName, host)).toEqual([]);
  });

  it('has no extra input fields on the four objects beyond the sample', () => {
    const extras = TYPE_NAMES.filter((name) => name.endsWith('Input')).flatMap(
      (typeName) => {
        const sampleFields = fieldsOf(sample.getType(typeName));
        return Object.keys(fieldsOf(host.getType(typeName)))
          .filter((name) => sampleFields[name] === undefined)
          .map((name) => `${typeName}.${name}`);
      },
    );

    expect(extras).toEqual([]);
  });

  it.each(['Query', 'Mutation'])(
    '%s root fields of the sample exist with the same arguments (duplicates/merge excepted)',
    (rootName) => {
      const differences = compareType(rootName, host).filter(
        (difference) => !/Duplicates|merge/.test(difference),
      );

      expect(differences).toEqual([]);
    },
  );

  it('lists enum values as the sample does', () => {
    for (const name of [
      'OpportunityStageEnum',
      'WorkspaceMemberDateFormatEnum',
      'WorkspaceMemberTimeFormatEnum',
      'WorkspaceMemberNumberFormatEnum',
      'ActorSourceEnum',
      'OrderByDirection',
      'FilterIs',
      'DateGranularityEnum',
    ]) {
      const values = (schema: GraphQLSchema) =>
        JSON.stringify(
          (schema.getType(name) as { getValues?: () => { name: string }[] })
            .getValues?.()
            .map((v) => v.name),
        );
      expect(`${name}: ${values(host)}`).toBe(`${name}: ${values(sample)}`);
    }
  });
});

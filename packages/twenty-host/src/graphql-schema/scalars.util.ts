import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { describeValue } from '../records/describe-value.util';
import { parseDateTimeInput } from './parse-date-time-input.util';

const UUID_PATTERN =
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const parseJsonLiteral = (node: ValueNode): unknown => {
  switch (node.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return node.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.OBJECT:
      return Object.fromEntries(
        node.fields.map((f) => [f.name.value, parseJsonLiteral(f.value)]),
      );
    case Kind.LIST:
      return node.values.map(parseJsonLiteral);
    case Kind.NULL:
      return null;
    default:
      throw new GraphQLError(
        'Variables inside JSON literals are not supported',
      );
  }
};

const passString = (name: string, description: string) =>
  new GraphQLScalarType({
    name,
    description,
    serialize: (value) => value,
    parseValue: (value) => value,
    parseLiteral: (node) => (node.kind === Kind.STRING ? node.value : null),
  });

export const UUIDScalar = new GraphQLScalarType({
  name: 'UUID',
  description: 'A UUID scalar type',
  serialize: (value) => value,
  parseValue: (value) => {
    if (typeof value !== 'string' || !UUID_PATTERN.test(value)) {
      throw new GraphQLError(`Value "${String(value)}" is not a valid UUID`);
    }
    return value;
  },
  parseLiteral: (node) => {
    if (node.kind !== Kind.STRING || !UUID_PATTERN.test(node.value)) {
      throw new GraphQLError('Value is not a valid UUID');
    }
    return node.value;
  },
});

export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description:
    'A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format.',
  serialize: (value) => (value instanceof Date ? value.toISOString() : value),
  parseValue: parseDateTimeInput,
  parseLiteral: (node) =>
    node.kind === Kind.STRING ? parseDateTimeInput(node.value) : null,
});

// A DATE field's value is the stored day as text, 'YYYY-MM-DD', in and out (Twenty maps
// DATE to its `Date` scalar in workspace-schema-builder/services/type-mapper.service.ts;
// the data-arg processor validates the input: ../data-args/validate-date-field-or-throw.util).
export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  description: 'A date without time nor timezone, such as 2026-01-31',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: (node) => (node.kind === Kind.STRING ? node.value : null),
});
export const TSVectorScalar = passString('TSVector', 'Full-text search vector');
export const CursorScalar = passString('Cursor', 'Opaque edge cursor');
export const ConnectionCursorScalar = passString(
  'ConnectionCursor',
  'Opaque page cursor',
);

export const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'Any JSON value',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: parseJsonLiteral,
});

// Twenty's BigFloat: responses are JSON numbers; literal strings parse to null.
export const BigFloatScalar = new GraphQLScalarType({
  name: 'BigFloat',
  description: 'Arbitrary-precision number (output as a JSON number)',
  serialize: (value) =>
    value === null || value === undefined
      ? null
      : parseFloat(describeValue(value)),
  parseValue: (value) => {
    if (typeof value === 'number') return value;
    if (typeof value === 'string' && !Number.isNaN(Number(value))) {
      return Number(value);
    }
    throw new GraphQLError(`Value "${String(value)}" is not a valid BigFloat`);
  },
  parseLiteral: (node) =>
    node.kind === Kind.INT || node.kind === Kind.FLOAT
      ? Number(node.value)
      : null,
});

export const PositionScalar = new GraphQLScalarType({
  name: 'Position',
  description: 'A number, or "first" / "last" on input',
  serialize: (value) => value,
  parseValue: (value) => {
    if (typeof value === 'number' || value === 'first' || value === 'last') {
      return value;
    }
    throw new GraphQLError('Position must be a number, "first" or "last"');
  },
  parseLiteral: (node) => {
    if (node.kind === Kind.INT || node.kind === Kind.FLOAT) {
      return Number(node.value);
    }
    if (
      node.kind === Kind.STRING &&
      (node.value === 'first' || node.value === 'last')
    ) {
      return node.value;
    }
    throw new GraphQLError('Position must be a number, "first" or "last"');
  },
});

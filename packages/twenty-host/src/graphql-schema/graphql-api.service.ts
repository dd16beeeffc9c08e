import { ApplicationException } from '../applications/application.exception';
import {
  type DocumentNode,
  type ExecutionResult,
  type FormattedExecutionResult,
  GraphQLError,
  type GraphQLFormattedError,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  TypeInfo,
  execute,
  getNamedType,
  parse,
  validate,
  visit,
  visitWithTypeInfo,
} from 'graphql';

import {
  RecordsException,
  toGraphqlErrorCode,
} from '../records/records.exception';
import { type GraphqlContext } from './graphql-context.type';

export const GRAPHQL_MAX_ROOT_RESOLVERS = 20;

export type GraphqlRequestBody = {
  query?: unknown;
  variables?: unknown;
  operationName?: unknown;
};

const error = (
  message: string,
  code: string,
  extra: Record<string, unknown> = {},
): GraphQLFormattedError => ({
  message,
  extensions: { code, ...extra },
});

/** Maps any error a resolver threw to Twenty's error shape; never leaks a stack. */
export const formatGraphqlError = (
  graphqlError: GraphQLError,
): GraphQLFormattedError => {
  const original = graphqlError.originalError;
  const base = {
    message: graphqlError.message,
    ...(graphqlError.locations === undefined
      ? {}
      : { locations: graphqlError.locations }),
    ...(graphqlError.path === undefined ? {} : { path: graphqlError.path }),
  };
  if (original instanceof ApplicationException) {
    return {
      ...base,
      message: original.message,
      extensions: {
        code: original.graphqlCode,
        subCode: original.code,
        userFriendlyMessage: original.message,
      },
    };
  }
  if (original instanceof RecordsException) {
    return {
      ...base,
      message: original.message,
      extensions: {
        code: toGraphqlErrorCode(original.code),
        subCode: original.code,
        userFriendlyMessage:
          typeof original.extra.userFriendlyMessage === 'string'
            ? original.extra.userFriendlyMessage
            : original.message,
        ...Object.fromEntries(
          Object.entries(original.extra).filter(
            ([key]) => key !== 'userFriendlyMessage',
          ),
        ),
      },
    };
  }
  if (original === undefined || original instanceof GraphQLError) {
    // Argument / variable coercion (e.g. an invalid UUID literal): the caller's input.
    return { ...base, extensions: { code: 'BAD_USER_INPUT' } };
  }
  process.stderr.write(
    `[twenty-host] internal error: ${original.stack ?? original.message}\n`,
  );
  return {
    ...base,
    message: 'Internal server error',
    extensions: {
      code: 'INTERNAL_SERVER_ERROR',
      subCode: 'INTERNAL_SERVER_ERROR',
    },
  };
};

const getOperation = (
  document: DocumentNode,
  operationName: string | undefined,
): OperationDefinitionNode | undefined =>
  document.definitions.find(
    (d): d is OperationDefinitionNode =>
      d.kind === Kind.OPERATION_DEFINITION &&
      (operationName === undefined || d.name?.value === operationName),
  );

/**
 * Twenty rejects a one-to-many relation selected inside another one-to-many relation
 * (common-base-query-runner). Relation connections are non-root fields of a
 * `…Connection` type.
 */
export const hasNestedOneToMany = (
  schema: GraphQLSchema,
  document: DocumentNode,
): boolean => {
  const typeInfo = new TypeInfo(schema);
  let depth = 0;
  let isNested = false;
  const connectionFieldStack: boolean[] = [];
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field: {
        enter: () => {
          const parentName = typeInfo.getParentType()?.name;
          const type = typeInfo.getType();
          const isRelationConnection =
            parentName !== undefined &&
            parentName !== 'Query' &&
            parentName !== 'Mutation' &&
            type !== null &&
            type !== undefined &&
            getNamedType(type).name.endsWith('Connection');
          connectionFieldStack.push(isRelationConnection);
          if (isRelationConnection) {
            depth += 1;
            if (depth > 1) isNested = true;
          }
        },
        leave: () => {
          if (connectionFieldStack.pop() === true) depth -= 1;
        },
      },
    }),
  );
  return isNested;
};

export type PreparedGraphqlRequest =
  | { ok: false; result: FormattedExecutionResult }
  | {
      ok: true;
      document: DocumentNode;
      rootFieldCount: number;
      variables: Record<string, unknown>;
      operationName: string | undefined;
    };

/** Parses, validates and checks Twenty's document limits before any work. */
export const prepareGraphqlRequest = (
  schema: GraphQLSchema,
  body: GraphqlRequestBody,
): PreparedGraphqlRequest => {
  if (typeof body.query !== 'string' || body.query.trim() === '') {
    return {
      ok: false,
      result: {
        errors: [error('Must provide query string.', 'BAD_USER_INPUT')],
      },
    };
  }
  let document: DocumentNode;
  try {
    document = parse(body.query);
  } catch (parseError) {
    return {
      ok: false,
      result: {
        errors: [
          error(
            parseError instanceof Error ? parseError.message : 'Syntax error',
            'GRAPHQL_PARSE_FAILED',
          ),
        ],
      },
    };
  }
  const validationErrors = validate(schema, document);
  if (validationErrors.length > 0) {
    return {
      ok: false,
      result: {
        errors: validationErrors.map((e) => ({
          message: e.message,
          ...(e.locations === undefined ? {} : { locations: e.locations }),
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
        })),
      },
    };
  }
  const operationName =
    typeof body.operationName === 'string' ? body.operationName : undefined;
  const operation = getOperation(document, operationName);
  const rootFields =
    operation?.selectionSet.selections.flatMap((s) =>
      s.kind === Kind.FIELD ? [s.name.value] : [],
    ) ?? [];
  const seen = new Set<string>();
  for (const name of rootFields) {
    if (seen.has(name)) {
      return {
        ok: false,
        result: {
          errors: [
            error(`Duplicate root resolver: "${name}"`, 'BAD_USER_INPUT', {
              subCode: 'TOO_COMPLEX_QUERY',
            }),
          ],
        },
      };
    }
    seen.add(name);
  }
  if (rootFields.length > GRAPHQL_MAX_ROOT_RESOLVERS) {
    return {
      ok: false,
      result: {
        errors: [
          error(
            `Query too complex - Too many root resolvers requested: ${rootFields.length}, maximum allowed: ${GRAPHQL_MAX_ROOT_RESOLVERS}`,
            'BAD_USER_INPUT',
            { subCode: 'TOO_COMPLEX_QUERY' },
          ),
        ],
      },
    };
  }
  if (hasNestedOneToMany(schema, document)) {
    return {
      ok: false,
      result: {
        errors: [
          error(
            'One-to-Many relation cannot be nested in another One-to-Many relation.',
            'BAD_USER_INPUT',
            { subCode: 'TOO_COMPLEX_QUERY' },
          ),
        ],
      },
    };
  }
  const variables =
    typeof body.variables === 'object' && body.variables !== null
      ? (body.variables as Record<string, unknown>)
      : {};
  return {
    ok: true,
    document,
    rootFieldCount: Math.max(rootFields.length, 1),
    variables,
    operationName,
  };
};

export const executeGraphqlRequest = async (
  schema: GraphQLSchema,
  prepared: Extract<PreparedGraphqlRequest, { ok: true }>,
  context: GraphqlContext,
  rootValue?: unknown,
): Promise<FormattedExecutionResult> => {
  const result: ExecutionResult = await execute({
    schema,
    document: prepared.document,
    variableValues: prepared.variables,
    operationName: prepared.operationName,
    contextValue: context,
    rootValue,
  });
  return {
    ...(result.errors === undefined
      ? {}
      : { errors: result.errors.map(formatGraphqlError) }),
    ...(result.data === undefined ? {} : { data: result.data }),
  };
};

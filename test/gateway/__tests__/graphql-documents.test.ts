import path from 'node:path';

import { Kind, parse } from 'graphql';

import {
  countRootFields,
  GRAPHQL_DOCUMENTS,
} from '@global-accounts/twenty-gateway';
import {
  buildWorkspaceSchemaFromManifest,
  validateGraphqlDocument,
} from '@global-accounts/twenty-host';

// Every document the logic functions send must be valid against the workspace schema the
// host generates from the built manifest (Twenty's names and shapes).
const MANIFEST = path.resolve(
  __dirname,
  '..',
  '..',
  '..',
  '.twenty',
  'output',
  'manifest.json',
);

describe('the GraphQL documents the app sends', () => {
  const schema = buildWorkspaceSchemaFromManifest(MANIFEST);

  it.each(Object.entries(GRAPHQL_DOCUMENTS))(
    '%s validates against the workspace schema',
    (_name, document) => {
      expect(validateGraphqlDocument(schema, document)).toEqual([]);
    },
  );

  // The app paces itself by the tokens its requests cost: one per root field, as Twenty
  // charges them. The gateway's small counter agrees with GraphQL's own parser.
  it.each(Object.entries(GRAPHQL_DOCUMENTS))(
    '%s costs one token per root field',
    (_name, document) => {
      const operation = parse(document).definitions.find(
        (definition) => definition.kind === Kind.OPERATION_DEFINITION,
      );
      expect(operation?.kind).toBe(Kind.OPERATION_DEFINITION);
      if (operation?.kind !== Kind.OPERATION_DEFINITION) return;
      expect(countRootFields(document)).toBe(
        Math.max(operation.selectionSet.selections.length, 1),
      );
    },
  );

  it('rejects a document with a misspelt field, so the check can fail', () => {
    expect(
      validateGraphqlDocument(
        schema,
        '{ creditAllocations { edges { node { entryKeyy } } } }',
      ),
    ).not.toEqual([]);
  });
});

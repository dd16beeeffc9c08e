import path from 'node:path';

import { GRAPHQL_DOCUMENTS } from '@global-accounts/twenty-gateway';
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

  it('rejects a document with a misspelt field, so the check can fail', () => {
    expect(
      validateGraphqlDocument(
        schema,
        '{ creditAllocations { edges { node { entryKeyy } } } }',
      ),
    ).not.toEqual([]);
  });
});

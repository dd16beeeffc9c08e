import { join } from 'node:path';

import {
  buildWorkspaceSchemaFromManifest,
  printWorkspaceSdl,
  validateGraphqlDocument,
} from './validate-graphql-document.util';

const MANIFEST = join(
  __dirname,
  '..',
  '..',
  'test-fixtures',
  'app',
  'manifest.json',
);

describe('validateGraphqlDocument', () => {
  const schema = buildWorkspaceSchemaFromManifest(MANIFEST);

  it('accepts a document using the app objects and the fields it adds to company', () => {
    const errors = validateGraphqlDocument(
      schema,
      `query($ids: [UUID!]) { companies(filter: { id: { in: $ids } }, first: 100) { edges { node { id widgetTier widgets { edges { node { id price { amountMicros currencyCode } } } } } } pageInfo { hasNextPage endCursor } } }`,
    );

    expect(errors).toEqual([]);
  });

  it('reports unknown fields and syntax errors', () => {
    expect(
      validateGraphqlDocument(
        schema,
        '{ widgets { edges { node { colour } } } }',
      ),
    ).toEqual(['Cannot query field "colour" on type "Widget".']);
    expect(validateGraphqlDocument(schema, '{ widgets {')).toHaveLength(1);
  });

  it('prints the SDL a client generator can use', () => {
    const sdl = printWorkspaceSdl(MANIFEST);

    expect(sdl).toContain(
      'createWidgets(data: [WidgetCreateInput!]!, upsert: Boolean): [Widget!]',
    );
    expect(sdl).toContain(
      'updateWidgets(data: WidgetUpdateInput!, filter: WidgetFilterInput!): [Widget!]',
    );
  });
});

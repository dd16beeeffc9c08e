import { join } from 'node:path';

import { ManifestException } from './manifest.exception';
import {
  buildWorkspaceMetadata,
  loadWorkspaceMetadata,
  parseDefaultValue,
} from './manifest.service';

const MANIFEST = join(
  __dirname,
  '..',
  '..',
  'test-fixtures',
  'app',
  'manifest.json',
);

describe('loadWorkspaceMetadata', () => {
  it('merges the app objects and fields with the nine standard objects', () => {
    const metadata = loadWorkspaceMetadata(MANIFEST);

    const names = metadata.objects.map((o) => o.nameSingular);
    const widget = metadata.objects.find((o) => o.nameSingular === 'widget');
    const company = metadata.objects.find((o) => o.nameSingular === 'company');
    expect(names).toEqual([
      'company',
      'person',
      'opportunity',
      'workspaceMember',
      'task',
      'note',
      'taskTarget',
      'noteTarget',
      'timelineActivity',
      'widget',
    ]);
    expect(widget?.fields.map((f) => f.name)).toEqual(
      expect.arrayContaining([
        'id',
        'createdAt',
        'deletedAt',
        'position',
        'createdBy',
        'name',
        'price',
        'company',
      ]),
    );
    expect(widget?.fields.find((f) => f.name === 'status')?.defaultValue).toBe(
      'DRAFT',
    );
    expect(company?.fields.map((f) => f.name)).toEqual(
      expect.arrayContaining(['widgets', 'widgetTier']),
    );
    expect(metadata.app?.logicFunctions.map((f) => f.name)).toHaveLength(7);
    expect(metadata.app?.applicationVariables).toEqual({
      FIXTURE_MODE: 'test',
    });
  });

  it('fails with a clear message when the build is missing', () => {
    expect(() => loadWorkspaceMetadata('/nowhere/manifest.json')).toThrow(
      'No manifest at /nowhere/manifest.json: run the twenty-sdk build (npx twenty dev:build) first',
    );
  });

  it('refuses a relation to an unknown object', () => {
    const manifest = {
      application: { universalIdentifier: 'a' },
      objects: [
        {
          universalIdentifier: 'o',
          nameSingular: 'thing',
          namePlural: 'things',
          fields: [
            {
              universalIdentifier: 'f',
              name: 'owner',
              type: 'RELATION',
              relationTargetObjectMetadataUniversalIdentifier: 'missing',
              relationTargetFieldMetadataUniversalIdentifier: 'x',
              universalSettings: {
                relationType: 'MANY_TO_ONE',
                joinColumnName: 'ownerId',
              },
            },
          ],
        },
      ],
    };

    expect(() => buildWorkspaceMetadata(manifest)).toThrow(ManifestException);
  });
});

describe('manifest indexes (defineIndex)', () => {
  const manifest = (fieldUid: string) => ({
    application: { universalIdentifier: 'a' },
    objects: [
      {
        universalIdentifier: 'o',
        nameSingular: 'thing',
        namePlural: 'things',
        fields: [{ universalIdentifier: 'f', name: 'code', type: 'TEXT' }],
      },
    ],
    indexes: [
      {
        universalIdentifier: '12fecd2a-bf23-4c84-a90f-4a0d7584d5a3',
        objectUniversalIdentifier: 'o',
        indexType: 'BTREE',
        isUnique: false,
        fields: [
          { universalIdentifier: 'x', fieldUniversalIdentifier: fieldUid },
        ],
      },
    ],
  });

  it('reads an index as the columns of its object', () => {
    expect(buildWorkspaceMetadata(manifest('f')).indexes).toEqual([
      {
        name: 'IDX_12fecd2abf234c84a90f4a0d7584d5a3',
        objectNameSingular: 'thing',
        columns: ['code'],
        isUnique: false,
        indexType: 'BTREE',
      },
    ]);
  });

  it('refuses an index on an unknown field', () => {
    expect(() => buildWorkspaceMetadata(manifest('nope'))).toThrow(
      'names unknown field nope of thing',
    );
  });
});

describe('parseDefaultValue', () => {
  it.each([
    { raw: "'DRAFT'", expected: 'DRAFT' },
    { raw: 'now', expected: { computed: 'now' } },
    { raw: 7, expected: 7 },
    { raw: false, expected: false },
  ])('parses $raw', ({ raw, expected }) => {
    expect(parseDefaultValue(raw)).toEqual(expected);
  });
});

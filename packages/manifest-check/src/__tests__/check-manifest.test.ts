import { checkManifest } from '../check-manifest.util';
import {
  buildValidManifest,
  fakeSystemFieldIdentifier,
  IDS,
  TEST_CONTEXT,
} from './builders/build-valid-manifest';
import {
  codesOf,
  getField,
  getFirst,
  getObject,
} from './builders/manifest-fixture.util';

const UNKNOWN = '00000000-0000-4000-8000-999999999999';

describe('checkManifest', () => {
  it('reports nothing when every reference resolves', () => {
    const manifest = buildValidManifest();

    const violations = checkManifest(manifest, TEST_CONTEXT);

    expect(violations).toEqual([]);
  });

  it('reports INVALID_MANIFEST_SHAPE when the manifest is not a manifest', () => {
    const violations = checkManifest({ objects: 'none' }, TEST_CONTEXT);

    expect(new Set(codesOf(violations))).toEqual(
      new Set(['INVALID_MANIFEST_SHAPE']),
    );
  });

  describe('relations', () => {
    it('reports UNKNOWN_RELATION_TARGET when a relation targets an object nobody defines', () => {
      const manifest = buildValidManifest();
      getField(
        manifest,
        'member',
        'account',
      ).relationTargetObjectMetadataUniversalIdentifier = UNKNOWN;

      const violations = checkManifest(manifest, TEST_CONTEXT);

      expect(codesOf(violations)).toContain('UNKNOWN_RELATION_TARGET');
      expect(
        violations.find((v) => v.code === 'UNKNOWN_RELATION_TARGET')?.path,
      ).toBe('objects[member].fields[account]');
    });

    it('reports MISSING_INVERSE_FIELD when the inverse side was left out', () => {
      const manifest = buildValidManifest();
      const account = getObject(manifest, 'account');
      account.fields = account.fields.filter(
        (field) => field.name !== 'members',
      );

      const violations = checkManifest(manifest, TEST_CONTEXT);

      expect(codesOf(violations)).toEqual(
        expect.arrayContaining(['MISSING_INVERSE_FIELD']),
      );
    });

    it('reports MISSING_INVERSE_FIELD when the inverse on a standard object is missing', () => {
      const manifest = buildValidManifest();
      manifest.fields = [];

      const violations = checkManifest(manifest, TEST_CONTEXT);

      expect(violations).toEqual([
        expect.objectContaining({
          code: 'MISSING_INVERSE_FIELD',
          path: 'objects[account].fields[owner]',
        }),
      ]);
    });

    it('reports MISSING_INVERSE_FIELD when the inverse points at another field', () => {
      const manifest = buildValidManifest();
      getFirst(manifest.fields).relationTargetFieldMetadataUniversalIdentifier =
        IDS.accountName;

      const violations = checkManifest(manifest, TEST_CONTEXT);

      expect(codesOf(violations)).toEqual([
        'MISSING_INVERSE_FIELD',
        'MISSING_INVERSE_FIELD',
      ]);
    });

    it('reports INVALID_RELATION_PAIR when both sides are MANY_TO_ONE', () => {
      const manifest = buildValidManifest();
      getField(manifest, 'account', 'members').universalSettings = {
        relationType: 'MANY_TO_ONE',
        joinColumnName: 'membersId',
      };

      const violations = checkManifest(manifest, TEST_CONTEXT);

      expect(codesOf(violations)).toEqual(['INVALID_RELATION_PAIR']);
    });
  });

  describe('dangling references', () => {
    const BREAKS: {
      title: string;
      breakIt: (manifest: ReturnType<typeof buildValidManifest>) => void;
    }[] = [
      {
        title: 'a view field names a field of another object',
        breakIt: (m) => {
          getFirst(getFirst(m.views).fields).fieldMetadataUniversalIdentifier =
            IDS.memberName;
        },
      },
      {
        title: 'a view sits on an unknown object',
        breakIt: (m) => {
          getFirst(m.views).objectUniversalIdentifier = UNKNOWN;
        },
      },
      {
        title: 'a view group names a value that is not an option',
        breakIt: (m) => {
          getFirst(getFirst(m.views).groups).fieldValue = 'ARCHIVED';
        },
      },
      {
        title: 'a navigation item opens an unknown view',
        breakIt: (m) => {
          getFirst(
            m.navigationMenuItems.filter((item) => item.type === 'VIEW'),
          ).viewUniversalIdentifier = UNKNOWN;
        },
      },
      {
        title: 'a navigation item sits in an unknown folder',
        breakIt: (m) => {
          getFirst(
            m.navigationMenuItems.filter((item) => item.type === 'OBJECT'),
          ).folderUniversalIdentifier = UNKNOWN;
        },
      },
      {
        title: 'a navigation item opens an unknown page layout',
        breakIt: (m) => {
          getFirst(
            m.navigationMenuItems.filter((item) => item.type === 'PAGE_LAYOUT'),
          ).pageLayoutUniversalIdentifier = UNKNOWN;
        },
      },
      {
        title: 'a FIELD widget names a field of another object',
        breakIt: (m) => {
          getFirst(
            getFirst(getFirst(m.pageLayouts).tabs).widgets,
          ).configuration.fieldMetadataId = IDS.memberAccount;
        },
      },
      {
        title: 'a chart filter names an unknown field',
        breakIt: (m) => {
          const dashboard = m.pageLayouts[1];
          getFirst(
            getFirst(dashboard?.tabs ?? []).widgets,
          ).configuration.filter = {
            recordFilters: [
              {
                fieldMetadataUniversalIdentifier: UNKNOWN,
                operand: 'IS',
                value: '[]',
              },
            ],
          };
        },
      },
      {
        title: 'a record page has no object',
        breakIt: (m) => {
          getFirst(m.pageLayouts).objectUniversalIdentifier = null;
        },
      },
      {
        title: 'a role grants access to an unknown object',
        breakIt: (m) => {
          getFirst(
            getFirst(m.roles).objectPermissions,
          ).objectUniversalIdentifier = UNKNOWN;
        },
      },
      {
        title: 'a field permission names a field of another object',
        breakIt: (m) => {
          getFirst(
            getFirst(m.roles).fieldPermissions,
          ).fieldUniversalIdentifier = IDS.memberName;
        },
      },
      {
        title: 'an index names a field of another object',
        breakIt: (m) => {
          getFirst(getFirst(m.indexes).fields).fieldUniversalIdentifier =
            IDS.memberName;
        },
      },
      {
        title: 'the label identifier is not a field of the object',
        breakIt: (m) => {
          getObject(
            m,
            'account',
          ).labelIdentifierFieldMetadataUniversalIdentifier = IDS.memberName;
        },
      },
      {
        title: 'the default role is not defined',
        breakIt: (m) => {
          m.application.defaultRoleUniversalIdentifier = UNKNOWN;
        },
      },
      {
        title: 'a trigger lists an updated field the object does not have',
        breakIt: (m) => {
          const settings = m.logicFunctions[1]?.databaseEventTriggerSettings;
          if (settings != null) settings.updatedFields = ['stauts'];
        },
      },
    ];

    it.each(BREAKS)('reports DANGLING_REFERENCE when $title', ({ breakIt }) => {
      const manifest = buildValidManifest();
      breakIt(manifest);

      const violations = checkManifest(manifest, TEST_CONTEXT);

      expect(codesOf(violations)).toContain('DANGLING_REFERENCE');
    });

    it('resolves system fields of app objects when given the id derivation', () => {
      const manifest = buildValidManifest();
      getFirst(
        getFirst(manifest.views).sorts,
      ).fieldMetadataUniversalIdentifier = fakeSystemFieldIdentifier({
        applicationUniversalIdentifier: IDS.application,
        objectUniversalIdentifier: IDS.account,
        name: 'createdAt',
      });

      const withDerivation = checkManifest(manifest, {
        ...TEST_CONTEXT,
        getSystemFieldUniversalIdentifier: fakeSystemFieldIdentifier,
      });
      const withoutDerivation = checkManifest(manifest, TEST_CONTEXT);

      expect(withDerivation).toEqual([]);
      expect(codesOf(withoutDerivation)).toEqual(['DANGLING_REFERENCE']);
    });
  });

  describe('select defaults', () => {
    it('reports DEFAULT_NOT_IN_OPTIONS when the default is not an option', () => {
      const manifest = buildValidManifest();
      getField(manifest, 'account', 'status').defaultValue = "'ARCHIVED'";

      const violations = checkManifest(manifest, TEST_CONTEXT);

      expect(codesOf(violations)).toEqual(['DEFAULT_NOT_IN_OPTIONS']);
    });

    it('reports DEFAULT_NOT_IN_OPTIONS for each unknown value of a MULTI_SELECT default', () => {
      const manifest = buildValidManifest();
      const status = getField(manifest, 'account', 'status');
      status.type = 'MULTI_SELECT';
      status.defaultValue = ["'ACTIVE'", "'GONE'", "'LOST'"];

      const violations = checkManifest(manifest, TEST_CONTEXT);

      expect(codesOf(violations)).toEqual([
        'DEFAULT_NOT_IN_OPTIONS',
        'DEFAULT_NOT_IN_OPTIONS',
      ]);
    });
  });

  describe('duplicate names', () => {
    it('reports DUPLICATE_NAME when two fields of an object share a name', () => {
      const manifest = buildValidManifest();
      getField(manifest, 'account', 'status').name = 'name';

      const violations = checkManifest(manifest, TEST_CONTEXT);

      expect(codesOf(violations)).toContain('DUPLICATE_NAME');
    });

    it('reports DUPLICATE_NAME when an app field takes a system field name', () => {
      const manifest = buildValidManifest();
      getField(manifest, 'account', 'status').name = 'createdAt';

      const violations = checkManifest(manifest, TEST_CONTEXT);

      expect(codesOf(violations)).toContain('DUPLICATE_NAME');
    });

    it('reports DUPLICATE_NAME when a field added to a standard object takes a standard name', () => {
      const manifest = buildValidManifest();
      getFirst(manifest.fields).name = 'name';

      const violations = checkManifest(manifest, TEST_CONTEXT);

      expect(codesOf(violations)).toContain('DUPLICATE_NAME');
    });

    it('reports DUPLICATE_NAME when an app object takes a standard object name', () => {
      const manifest = buildValidManifest();
      getObject(manifest, 'member').nameSingular = 'company';

      const violations = checkManifest(manifest, TEST_CONTEXT);

      expect(codesOf(violations)).toContain('DUPLICATE_NAME');
    });

    it('reports DUPLICATE_NAME when two options share a value', () => {
      const manifest = buildValidManifest();
      const option = getField(manifest, 'account', 'status').options[1];
      if (option !== undefined) option.value = 'ACTIVE';

      const violations = checkManifest(manifest, TEST_CONTEXT);

      expect(codesOf(violations)).toContain('DUPLICATE_NAME');
    });

    it('reports DUPLICATE_NAME when two logic functions share a name', () => {
      const manifest = buildValidManifest();
      getFirst(manifest.logicFunctions).name = 'on-account-updated';

      const violations = checkManifest(manifest, TEST_CONTEXT);

      expect(codesOf(violations)).toEqual(['DUPLICATE_NAME']);
    });
  });

  describe('logic functions', () => {
    it.each([
      '* * * *',
      '60 3 * * *',
      'every night',
      '*/0 * * * *',
      '0 3 * * 8',
    ])('reports INVALID_CRON_PATTERN for "%s"', (pattern) => {
      const manifest = buildValidManifest();
      getFirst(manifest.logicFunctions).cronTriggerSettings = { pattern };

      const violations = checkManifest(manifest, TEST_CONTEXT);

      expect(codesOf(violations)).toEqual(['INVALID_CRON_PATTERN']);
    });

    it.each([5000, 0, 901, 1.5])(
      'reports TIMEOUT_OUT_OF_RANGE for %p seconds',
      (timeoutSeconds) => {
        const manifest = buildValidManifest();
        getFirst(manifest.logicFunctions).timeoutSeconds = timeoutSeconds;

        const violations = checkManifest(manifest, TEST_CONTEXT);

        expect(codesOf(violations)).toEqual(['TIMEOUT_OUT_OF_RANGE']);
      },
    );

    it('accepts the 900 second maximum', () => {
      const manifest = buildValidManifest();
      getFirst(manifest.logicFunctions).timeoutSeconds = 900;

      expect(checkManifest(manifest, TEST_CONTEXT)).toEqual([]);
    });

    it.each([
      'acount.updated',
      'account.changed',
      'account',
      'account.updated.now',
    ])('reports UNKNOWN_EVENT_NAME for "%s"', (eventName) => {
      const manifest = buildValidManifest();
      const fn = manifest.logicFunctions[1];
      if (fn !== undefined)
        fn.databaseEventTriggerSettings = {
          eventName,
          updatedFields: ['status'],
        };

      const violations = checkManifest(manifest, TEST_CONTEXT);

      expect(codesOf(violations)).toEqual(['UNKNOWN_EVENT_NAME']);
    });

    it.each([
      {
        eventName: 'account.updated',
        updatedFields: [],
        code: 'LISTENS_TO_ALL_UPDATES',
      },
      {
        eventName: 'account.upserted',
        updatedFields: ['status'],
        code: 'UPDATED_FIELDS_IGNORED',
      },
      {
        eventName: 'company.created',
        updatedFields: [],
        code: 'EVENT_OBJECT_NOT_READABLE',
      },
    ])('warns $code for $eventName', ({ eventName, updatedFields, code }) => {
      const manifest = buildValidManifest();
      getFirst(manifest.roles).objectPermissions.pop();
      const fn = manifest.logicFunctions[1];
      if (fn !== undefined)
        fn.databaseEventTriggerSettings = { eventName, updatedFields };

      const violations = checkManifest(manifest, TEST_CONTEXT);

      expect(violations).toEqual([
        expect.objectContaining({ code, severity: 'warning' }),
      ]);
    });
  });
});

import { buildCompanyMatchKeys, ok } from '@global-accounts/domain';
import {
  type GraphqlClient,
  type RadarCompanyNode,
  type RadarConflictNode,
} from '@global-accounts/twenty-gateway';

import { runCompanyRadarOnEvents } from '../run-company-radar-handler.util';
import { matchInputOf, planCompanyRadar } from '../plan-company-radar.util';
import { runCompanyRadar } from '../run-company-radar.util';

const ID = {
  member: '11111111-0000-4000-8000-000000000001',
  copy: '11111111-0000-4000-8000-000000000002',
  family: '22222222-0000-4000-8000-000000000001',
};
const SETTINGS = { closedStages: ['CUSTOMER'], today: '2026-10-02' };

const withKeys = (node: RadarCompanyNode): RadarCompanyNode => {
  const keys = buildCompanyMatchKeys(matchInputOf(node)).keys;
  return {
    ...node,
    matchKey: keys.matchKey,
    matchBrandKey: keys.matchBrandKey,
    matchDomain: keys.matchDomain,
    matchRegistrationKey: keys.matchRegistrationKey,
    matchPhoneticKey: keys.matchPhoneticKey,
    matchPrefixKey: keys.matchPrefixKey,
  };
};

const member: RadarCompanyNode = withKeys({
  id: ID.member,
  name: 'Nordvik Polska Sp. z o.o.',
  domainName: { primaryLinkUrl: 'https://nordvik.pl' },
  countryCode: 'PL',
  registrationNumber: 'PL5252812345',
  globalAccountId: ID.family,
  globalAccount: { name: 'Nordvik Group', globalAccountManagerId: 'gam' },
});
const copy: RadarCompanyNode = {
  id: ID.copy,
  name: 'Nordvik Polska S.A.',
  countryCode: 'PL',
  registrationNumber: 'PL 525-281-23-45',
};

/** A Twenty stand-in: answers each root field of a read from the rows given, records writes. */
const fakeClient = (rows: {
  companies: RadarCompanyNode[];
  conflicts: RadarConflictNode[];
}) => {
  const documents: string[] = [];
  const client: GraphqlClient = {
    request: async (document, _variables, schema) => {
      documents.push(document);
      if (document.startsWith('mutation')) return ok(schema.parse({}) as never);
      const data: Record<string, unknown> = {};
      for (const [, alias, field] of document.matchAll(/(r\d+): (\w+)\(/g)) {
        const nodes =
          field === 'companies'
            ? rows.companies
            : field === 'conflicts'
              ? rows.conflicts
              : [];
        data[alias as string] = {
          edges: nodes.map((node) => ({ node })),
          pageInfo: { hasNextPage: false, endCursor: null },
        };
      }
      return Promise.resolve(ok(schema.parse(data) as never));
    },
    requestCount: () => documents.length,
    tokensUsed: () => documents.length,
    waitedMs: () => 0,
  };
  return { client, documents };
};

describe('runCompanyRadar', () => {
  it('costs one request when the keys and the conflicts are already right', async () => {
    const stored = withKeys(copy);
    const planned = planCompanyRadar({
      subjectIds: [ID.copy],
      companies: [member, stored],
      conflicts: [],
      corporateAccounts: [],
      facts: null,
      settings: SETTINGS,
    }).raised[0];
    const { client, documents } = fakeClient({
      companies: [member, stored],
      conflicts: [
        {
          id: 'c1',
          dedupeKey: planned?.dedupeKey ?? '',
          status: 'OPEN',
          summary: 'an older sentence',
          evidenceHash: planned?.evidenceHash ?? '',
        },
      ],
    });

    const outcome = await runCompanyRadar({
      client,
      subjectIds: [ID.copy],
      hints: [copy],
      settings: SETTINGS,
      now: new Date('2026-10-02T08:00:00Z'),
    });

    expect(outcome).toEqual(
      ok(expect.objectContaining({ outcome: 'unchanged', requests: 1 })),
    );
    expect(documents).toHaveLength(1);
  });

  it('writes keys and a new conflict in one request after reading the facts', async () => {
    const { client, documents } = fakeClient({
      companies: [member, copy],
      conflicts: [],
    });

    const outcome = await runCompanyRadar({
      client,
      subjectIds: [ID.copy],
      hints: [copy],
      settings: SETTINGS,
      now: new Date('2026-10-02T08:00:00Z'),
    });

    expect(outcome).toEqual(
      ok(
        expect.objectContaining({
          outcome: 'written',
          keysWritten: 1,
          conflictsWritten: 1,
          requests: 3,
        }),
      ),
    );
    expect(documents[2]).toContain(
      'createCompanies(data: $companies, upsert: true)',
    );
    expect(documents[2]).toContain(
      'createConflicts(data: $conflicts, upsert: true)',
    );
  });

  it('reports bad input without a crash and writes no key it could not build', async () => {
    const bad: RadarCompanyNode = {
      id: ID.copy,
      name: '!!!',
      domainName: { primaryLinkUrl: 'http://10.0.0.1:8080/x' },
      countryCode: 'PL',
      registrationNumber: 'ABCDEF',
    };
    const { client, documents } = fakeClient({
      companies: [bad],
      conflicts: [],
    });

    const outcome = await runCompanyRadar({
      client,
      subjectIds: [ID.copy],
      hints: [bad],
      settings: SETTINGS,
      now: new Date('2026-10-02T08:00:00Z'),
    });

    expect(outcome).toEqual(
      ok(
        expect.objectContaining({
          outcome: 'unchanged',
          issues: [
            { companyId: ID.copy, field: 'name', code: 'NO_NAME_LEFT' },
            { companyId: ID.copy, field: 'domainName', code: 'IP_ADDRESS' },
            {
              companyId: ID.copy,
              field: 'registrationNumber',
              code: 'NO_DIGITS',
            },
          ],
        }),
      ),
    );
    expect(documents).toHaveLength(1);
  });
});

describe('runCompanyRadarOnEvents', () => {
  it("ignores the app's own key writes (no matched field) without calling Twenty", async () => {
    await expect(
      runCompanyRadarOnEvents({
        name: 'company.updated',
        events: [
          {
            recordId: ID.copy,
            properties: { updatedFields: ['matchKey', 'matchDomain'] },
          },
        ],
      }),
    ).resolves.toMatchObject({ outcome: 'ignored' });
  });

  it('reports a payload that is not a database event', async () => {
    await expect(runCompanyRadarOnEvents({ hello: 1 })).resolves.toMatchObject({
      outcome: 'invalid-payload',
    });
  });
});

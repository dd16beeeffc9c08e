import fc from 'fast-check';

import { toConflictPartyFacts } from '../../conflict-matching/to-conflict-party-facts.util';
import {
  type CompanyId,
  type GlobalAccountId,
  type OpportunityId,
  type WorkspaceMemberId,
} from '../../shared/ids.type';
import {
  planCrossRegionProspectConflicts,
  resolveDealCreator,
  teamCountryOf,
  type CrossRegionProspectInput,
} from '../plan-cross-region-prospect-conflicts.util';

const id = <T extends string>(value: string) => value as unknown as T & string;
const GAM = id<WorkspaceMemberId>('gam');
const DE_LAM = id<WorkspaceMemberId>('de-lam');
const PL_LAM = id<WorkspaceMemberId>('pl-lam');
const ACCOUNT = id<GlobalAccountId>('ga');
const team = [
  {
    globalAccountId: ACCOUNT,
    workspaceMemberId: GAM,
    role: 'GLOBAL_ACCOUNT_MANAGER',
    countryCode: 'SE',
  },
  {
    globalAccountId: ACCOUNT,
    workspaceMemberId: DE_LAM,
    role: 'LOCAL_ACCOUNT_MANAGER',
    countryCode: 'DE',
  },
  {
    globalAccountId: ACCOUNT,
    workspaceMemberId: PL_LAM,
    role: 'LOCAL_ACCOUNT_MANAGER',
    countryCode: 'PL',
  },
];

const input = (
  overrides: Partial<CrossRegionProspectInput> = {},
): CrossRegionProspectInput => ({
  opportunityId: id<OpportunityId>('deal'),
  company: {
    id: id<CompanyId>('pl'),
    name: 'Nordlys Polska',
    countryCode: 'PL',
  },
  account: {
    globalAccountId: ACCOUNT,
    name: 'Nordlys',
    globalAccountManagerId: GAM,
  },
  matched: null,
  createdBy: { source: 'MANUAL', workspaceMemberId: DE_LAM },
  ownerId: DE_LAM,
  memberships: team,
  workedBy: toConflictPartyFacts({
    name: 'Nordlys Polska',
    countryCode: 'PL',
    owningOffice: 'PL',
    ownerName: 'Ewa Nowak',
    globalAccountName: 'Nordlys',
    openOpportunityCount: 3,
  }),
  names: { gam: 'Astrid Lind', 'de-lam': 'Jonas Weber', 'pl-lam': 'Ewa Nowak' },
  ...overrides,
});

describe('resolveDealCreator', () => {
  it.each([
    [{ source: 'MANUAL', workspaceMemberId: 'a' }, 'a', 'CREATED_BY'],
    [{ source: 'API', workspaceMemberId: null }, 'owner', 'OWNER'],
    [{ source: 'IMPORT', workspaceMemberId: 'a' }, 'owner', 'OWNER'],
    [{ source: 'api', workspaceMemberId: 'a' }, 'owner', 'OWNER'],
    [null, 'owner', 'OWNER'],
    [{ source: null, workspaceMemberId: 'a' }, 'a', 'CREATED_BY'],
  ])('%j → %s', (createdBy, personId, via) => {
    expect(
      resolveDealCreator({
        createdBy,
        ownerId: id<WorkspaceMemberId>('owner'),
      }),
    ).toEqual({ personId, via });
  });
});

describe('teamCountryOf', () => {
  it('prefers the membership in this account, else the lowest other country', () => {
    const memberships = [
      {
        globalAccountId: 'other',
        workspaceMemberId: 'x',
        role: null,
        countryCode: 'NO',
      },
      {
        globalAccountId: 'other2',
        workspaceMemberId: 'x',
        role: null,
        countryCode: 'DK',
      },
    ];
    expect(
      teamCountryOf({
        personId: id('x'),
        globalAccountId: ACCOUNT,
        memberships,
      }),
    ).toBe('DK');
    expect(
      teamCountryOf({
        personId: id('x'),
        globalAccountId: ACCOUNT,
        memberships: [
          ...memberships,
          {
            globalAccountId: ACCOUNT,
            workspaceMemberId: 'x',
            role: null,
            countryCode: 'fi',
          },
        ],
      }),
    ).toBe('FI');
    expect(
      teamCountryOf({
        personId: id('y'),
        globalAccountId: ACCOUNT,
        memberships,
      }),
    ).toBeNull();
  });
});

describe('planCrossRegionProspectConflicts', () => {
  it('tells the GAM and the PL manager, and the DE creator who works the account', () => {
    const { raised, reason } = planCrossRegionProspectConflicts(input());
    expect(reason).toBeNull();
    expect(
      raised.map((c) => `${c.severity} ${c.assigneeId} ${c.dedupeKey}`),
    ).toEqual([
      'WARNING gam CROSS_REGION_PROSPECT:deal:gam',
      'WARNING pl-lam CROSS_REGION_PROSPECT:deal:pl-lam',
      'INFO de-lam CROSS_REGION_PROSPECT:deal:de-lam',
    ]);
    expect(raised[0]?.summary).toBe(
      'Jonas Weber (DE) opened a deal for Nordlys Polska (PL), which Nordlys works from PL: agree who leads it.',
    );
    expect(raised[2]?.summary).toBe(
      'Nordlys Polska is already worked in Nordlys: Nordlys Polska (PL; office PL; owner Ewa Nowak; global account Nordlys; 3 open opportunities). Talk to Ewa Nowak (local account manager PL) and Astrid Lind (global account manager) before you prospect it.',
    );
    expect(raised[0]?.countries).toEqual(['PL', 'DE']);
  });

  it.each([
    [
      'same country',
      { createdBy: { source: 'MANUAL', workspaceMemberId: PL_LAM } },
      'SAME_COUNTRY',
    ],
    [
      'the GAM',
      { createdBy: { source: 'MANUAL', workspaceMemberId: GAM } },
      'CREATOR_IS_GAM',
    ],
    [
      'nobody',
      { createdBy: { source: 'API', workspaceMemberId: null }, ownerId: null },
      'NO_CREATOR',
    ],
    [
      'a person on no team',
      { createdBy: { source: 'MANUAL', workspaceMemberId: 'stranger' } },
      'CREATOR_COUNTRY_UNKNOWN',
    ],
    [
      'a company without country',
      { company: { id: id<CompanyId>('x'), name: 'X', countryCode: null } },
      'COMPANY_COUNTRY_UNKNOWN',
    ],
  ] as const)('raises nothing for %s', (_label, overrides, reason) => {
    expect(
      planCrossRegionProspectConflicts(
        input(overrides as Partial<CrossRegionProspectInput>),
      ),
    ).toEqual({ raised: [], reason });
  });

  it('the owner stands in for an API key', () => {
    const { raised } = planCrossRegionProspectConflicts(
      input({
        createdBy: { source: 'API', workspaceMemberId: null },
        ownerId: DE_LAM,
      }),
    );
    expect(raised.map((c) => c.assigneeId)).toEqual([GAM, PL_LAM, DE_LAM]);
  });

  it('a company matching a member uses the member country when it has none', () => {
    const { raised } = planCrossRegionProspectConflicts(
      input({
        company: {
          id: id<CompanyId>('dup'),
          name: 'Nordlis Polska',
          countryCode: null,
        },
        matched: {
          companyId: id<CompanyId>('pl'),
          matchClass: 'POSSIBLE',
          countryCode: 'PL',
        },
      }),
    );
    expect(raised[0]?.summary).toContain(
      '(it matches Nordlys Polska as possible)',
    );
    expect(raised[0]?.details).toMatchObject({
      matchedCompanyId: 'pl',
      matchClass: 'POSSIBLE',
    });
  });

  it('shows only the privacy facts of the worked record, whatever else it carries (property)', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.anything()), (extra) => {
        const workedBy = { ...toConflictPartyFacts({ name: 'N' }), ...extra };
        const { raised } = planCrossRegionProspectConflicts(
          input({ workedBy }),
        );
        for (const conflict of raised)
          expect(
            Object.keys(
              (conflict.details as { workedBy: object }).workedBy,
            ).sort(),
          ).toEqual([
            'countryCode',
            'globalAccountName',
            'lastActivityAt',
            'name',
            'openOpportunityCount',
            'ownerName',
            'owningOffice',
          ]);
      }),
    );
  });
});

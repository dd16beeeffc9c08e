import fc from 'fast-check';

import { type HierarchyCompany } from '@global-accounts/twenty-gateway';

import { parentChangesOf } from '../company-events.step';
import { describeUltimateParent } from '../build-rollup-writes.util';
import { planHierarchyDecisions } from '../plan-hierarchy-decisions.util';

const company = (
  id: string,
  parentCompanyId: string | null,
  globalAccountId: string | null,
): HierarchyCompany => ({
  id,
  name: id.toUpperCase(),
  parentCompanyId,
  globalAccountId,
});

const store = (companies: HierarchyCompany[]) =>
  new Map(companies.map((entry) => [entry.id, entry]));

describe('planHierarchyDecisions', () => {
  it.each([
    {
      title:
        'refuses a parent that makes a cycle and puts the previous one back',
      companies: [company('hq', 'de', 'ga-1'), company('de', 'hq', 'ga-1')],
      change: { companyId: 'hq', previousParentId: null, newParentId: 'de' },
      writes: [{ id: 'hq', parentCompanyId: null }],
      conflicts: [['INVALID_INPUT', 'PARENT_CYCLE:hq', 'ga-1']],
    },
    {
      title: 'refuses a company made its own parent',
      companies: [company('pl', 'pl', null)],
      change: { companyId: 'pl', previousParentId: 'hq', newParentId: 'pl' },
      writes: [{ id: 'pl', parentCompanyId: 'hq' }],
      conflicts: [['INVALID_INPUT', 'PARENT_CYCLE:pl', null]],
    },
    {
      title: 'joins the parent account when the company has none',
      companies: [company('hq', null, 'ga-1'), company('new', 'hq', null)],
      change: { companyId: 'new', previousParentId: null, newParentId: 'hq' },
      writes: [{ id: 'new', globalAccountId: 'ga-1' }],
      conflicts: [],
    },
    {
      title:
        'raises UNLINKED_AFFILIATE under the radar key when in another account',
      companies: [company('hq', null, 'ga-1'), company('new', 'hq', 'ga-2')],
      change: { companyId: 'new', previousParentId: null, newParentId: 'hq' },
      writes: [],
      conflicts: [
        ['UNLINKED_AFFILIATE', 'UNLINKED_AFFILIATE:ga-1:new', 'ga-1'],
      ],
    },
    {
      title: 'does nothing when the parent is in no account',
      companies: [company('hq', null, null), company('new', 'hq', 'ga-2')],
      change: { companyId: 'new', previousParentId: null, newParentId: 'hq' },
      writes: [],
      conflicts: [],
    },
    {
      title: 'skips a change the store no longer shows (late event)',
      companies: [company('hq', null, 'ga-1'), company('new', null, null)],
      change: { companyId: 'new', previousParentId: null, newParentId: 'hq' },
      writes: [],
      conflicts: [],
    },
  ])('$title', ({ companies, change, writes, conflicts }) => {
    const decisions = planHierarchyDecisions({
      changes: [change],
      companies: store(companies),
    });
    expect(decisions.companies).toEqual(writes);
    expect(
      decisions.conflicts.map((conflict) => [
        conflict.kind,
        conflict.dedupeKey,
        conflict.globalAccountId,
      ]),
    ).toEqual(conflicts);
  });

  it('names the cycle in the message a person reads', () => {
    const decisions = planHierarchyDecisions({
      changes: [{ companyId: 'hq', previousParentId: null, newParentId: 'pl' }],
      companies: store([
        company('hq', 'pl', 'ga-1'),
        company('de', 'hq', 'ga-1'),
        company('pl', 'de', 'ga-1'),
      ]),
    });
    expect(decisions.conflicts[0]?.summary).toBe(
      'Parent company of HQ not changed to PL: A company cannot be its own ancestor: HQ → PL → DE → HQ. The previous parent was kept.',
    );
  });

  it('never leaves a stored chain with a cycle through the changed company (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1, max: 5 }), {
          minLength: 6,
          maxLength: 6,
        }),
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 0, max: 5 }),
        (parents, changed, newParent) => {
          const ids = parents.map((_, index) => `c${index}`);
          // A valid forest first: a parent always has a lower index.
          const rows = ids.map((id, index) => {
            const parent = parents[index] ?? -1;
            return company(
              id,
              parent >= 0 && parent < index ? `c${parent}` : null,
              'ga',
            );
          });
          const target = rows[changed] as HierarchyCompany;
          const previous = target.parentCompanyId;
          target.parentCompanyId = `c${newParent}`;
          const decisions = planHierarchyDecisions({
            changes: [
              {
                companyId: target.id,
                previousParentId: previous,
                newParentId: `c${newParent}`,
              },
            ],
            companies: store(rows),
          });
          for (const write of decisions.companies)
            if ('parentCompanyId' in write)
              target.parentCompanyId = write.parentCompanyId;
          const seen = new Set<string>();
          let current: string | null = target.id;
          while (current !== null && !seen.has(current)) {
            seen.add(current);
            current =
              rows.find((row) => row.id === current)?.parentCompanyId ?? null;
          }
          return current === null;
        },
      ),
    );
  });
});

describe('parentChangesOf', () => {
  it('keeps creations with a parent and parent changes, nothing else', () => {
    expect(
      parentChangesOf([
        { recordId: 'a', properties: { after: { parentCompanyId: 'hq' } } },
        { recordId: 'b', properties: { after: { parentCompanyId: null } } },
        {
          recordId: 'c',
          properties: {
            before: { parentCompanyId: 'hq' },
            after: { parentCompanyId: 'hq' },
          },
        },
        {
          recordId: 'd',
          properties: {
            before: { parentCompanyId: 'hq' },
            after: { parentCompanyId: 'de' },
          },
        },
      ]),
    ).toEqual([
      { companyId: 'a', previousParentId: null, newParentId: 'hq' },
      { companyId: 'd', previousParentId: 'hq', newParentId: 'de' },
    ]);
  });
});

describe('describeUltimateParent', () => {
  it('names the top company most members reach, with its country', () => {
    expect(
      describeUltimateParent([
        {
          id: 'hq',
          name: 'Nordlys AB',
          countryCode: 'SE',
          parentCompanyId: null,
          globalAccountId: 'ga',
          globalAccountSince: null,
        },
        {
          id: 'de',
          name: 'Nordlys GmbH',
          countryCode: 'DE',
          parentCompanyId: 'hq',
          globalAccountId: 'ga',
          globalAccountSince: null,
        },
        {
          id: 'pl',
          name: 'Nordlys PL',
          countryCode: 'PL',
          parentCompanyId: 'de',
          globalAccountId: 'ga',
          globalAccountSince: null,
        },
        {
          id: 'us',
          name: 'Other Inc',
          countryCode: 'US',
          parentCompanyId: 'outside',
          globalAccountId: 'ga',
          globalAccountSince: null,
        },
      ]),
    ).toBe('Nordlys AB (SE)');
    expect(describeUltimateParent([])).toBe('');
  });
});

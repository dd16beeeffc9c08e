import fc from 'fast-check';

import { type CompanyId, type GlobalAccountId } from '../../shared/ids.type';
import { checkParentCompany } from '../check-parent-company.util';
import { findUltimateParent } from '../find-ultimate-parent.util';
import { resolveAccountMembership } from '../resolve-account-membership.util';

const id = (name: string): CompanyId => name as CompanyId;
const account = (name: string): GlobalAccountId => name as GlobalAccountId;

// se ← de ← hamburg; se ← pl
const PARENTS: Record<string, string | null> = {
  se: null,
  de: 'se',
  hamburg: 'de',
  pl: 'se',
};
const parentOf = (company: CompanyId): CompanyId | null =>
  (PARENTS[company] ?? null) as CompanyId | null;

describe('checkParentCompany', () => {
  it.each([
    { title: 'a parent in another branch', company: 'pl', parent: 'hamburg' },
    { title: 'no parent', company: 'de', parent: null },
    { title: 'the current parent again', company: 'hamburg', parent: 'de' },
  ])('accepts $title', ({ company, parent }) => {
    expect(
      checkParentCompany({
        companyId: id(company),
        newParentId: parent === null ? null : id(parent),
        parentOf,
      }),
    ).toEqual({ success: true, data: null });
  });

  it.each([
    {
      title: 'the company itself',
      company: 'de',
      parent: 'de',
      cycle: 'de → de',
    },
    {
      title: 'its own grandchild',
      company: 'se',
      parent: 'hamburg',
      cycle: 'se → hamburg → de → se',
    },
  ])('refuses $title and names the cycle', ({ company, parent, cycle }) => {
    const result = checkParentCompany({
      companyId: id(company),
      newParentId: id(parent),
      parentOf,
      nameOf: (name) => name.toUpperCase(),
    });

    expect(result).toEqual({
      success: false,
      error: {
        code: 'PARENT_CYCLE',
        cycle: cycle.split(' → '),
        message: `A company cannot be its own ancestor: ${cycle.toUpperCase()}.`,
      },
    });
  });

  it('ends on a stored chain that already loops above the new parent', () => {
    const looping = (company: CompanyId): CompanyId | null =>
      (({ a: 'b', b: 'a' })[company as 'a' | 'b'] as CompanyId | undefined) ??
      null;

    expect(
      checkParentCompany({
        companyId: id('x'),
        newParentId: id('a'),
        parentOf: looping,
      }).success,
    ).toBe(true);
  });
});

describe('findUltimateParent', () => {
  it.each([
    ['hamburg', 'se'],
    ['pl', 'se'],
    ['se', 'se'],
  ])('finds the top of %s: %s', (company, top) => {
    expect(findUltimateParent({ companyId: id(company), parentOf })).toBe(top);
  });
});

describe('resolveAccountMembership', () => {
  it.each([
    {
      title: 'joins the parent account',
      company: null,
      parent: 'ga-1',
      expected: { kind: 'JOIN', globalAccountId: 'ga-1' },
    },
    {
      title: 'stays when already in it',
      company: 'ga-1',
      parent: 'ga-1',
      expected: { kind: 'NONE' },
    },
    {
      title: 'nothing when the parent has no account',
      company: 'ga-2',
      parent: null,
      expected: { kind: 'NONE' },
    },
    {
      title: 'raises UNLINKED_AFFILIATE when in another account',
      company: 'ga-2',
      parent: 'ga-1',
      expected: {
        kind: 'UNLINKED_AFFILIATE',
        companyAccountId: 'ga-2',
        parentAccountId: 'ga-1',
      },
    },
  ])('$title', ({ company, parent, expected }) => {
    expect(
      resolveAccountMembership({
        companyAccountId: company === null ? null : account(company),
        parentAccountId: parent === null ? null : account(parent),
      }),
    ).toEqual(expected);
  });
});

// Random parent maps over companies c0..c(n-1); any shape, loops included.
const graphArbitrary = fc.integer({ min: 1, max: 12 }).chain((size) =>
  fc.record({
    parents: fc.array(fc.option(fc.nat(size - 1), { nil: null }), {
      minLength: size,
      maxLength: size,
    }),
    company: fc.nat(size - 1),
    newParent: fc.option(fc.nat(size - 1), { nil: null }),
  }),
);

const name = (index: number): CompanyId => `c${index}` as CompanyId;
const parentLookup =
  (parents: readonly (number | null)[]) =>
  (company: CompanyId): CompanyId | null => {
    const parent = parents[Number(company.slice(1))];
    return parent === null || parent === undefined ? null : name(parent);
  };

describe('hierarchy (properties)', () => {
  it('detects a cycle exactly when the company is among the new parent ancestors (itself included)', () => {
    fc.assert(
      fc.property(graphArbitrary, ({ parents, company, newParent }) => {
        const lookup = parentLookup(parents);
        // Independent: the first `size` steps up from the new parent visit every ancestor.
        const ancestors: number[] = [];
        for (
          let step = 0, at = newParent;
          at !== null && step <= parents.length;
          step += 1
        ) {
          ancestors.push(at);
          at = parents[at] ?? null;
        }
        const result = checkParentCompany({
          companyId: name(company),
          newParentId: newParent === null ? null : name(newParent),
          parentOf: lookup,
        });

        expect(result.success).toBe(!ancestors.includes(company));
        if (!result.success) {
          const { cycle } = result.error;
          expect(cycle[0]).toBe(name(company));
          expect(cycle.at(-1)).toBe(name(company));
          expect(cycle[1]).toBe(name(newParent ?? -1));
          cycle
            .slice(1, -1)
            .forEach((link, index) =>
              expect(lookup(link)).toBe(cycle[index + 2]),
            );
        }
      }),
      { numRuns: 10_000 },
    );
  });

  it('finds a root as the ultimate parent of any company of an acyclic forest', () => {
    const forest = fc
      .integer({ min: 1, max: 30 })
      .chain((size) =>
        fc.tuple(
          fc.tuple(
            ...Array.from({ length: size }, (_, index) =>
              fc.option(fc.nat(Math.max(index - 1, 0)), { nil: null }),
            ),
          ),
          fc.nat(size - 1),
        ),
      )
      .map(([parents, company]) => ({
        // A parent always has a lower index: no cycle.
        parents: parents.map((parent, index) => (index === 0 ? null : parent)),
        company,
      }));
    fc.assert(
      fc.property(forest, ({ parents, company }) => {
        const lookup = parentLookup(parents);
        const top = findUltimateParent({
          companyId: name(company),
          parentOf: lookup,
        });
        let at: CompanyId | null = name(company);
        const chain: CompanyId[] = [];
        while (at !== null) {
          chain.push(at);
          at = lookup(at);
        }

        expect(lookup(top)).toBeNull();
        expect(top).toBe(chain.at(-1));
      }),
      { numRuns: 10_000 },
    );
  });
});

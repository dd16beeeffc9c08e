import fc from 'fast-check';

import { buildInvalidInputConflict } from '../build-invalid-input-conflict.util';
import { planConflictChanges } from '../plan-conflict-changes.util';

describe('buildInvalidInputConflict', () => {
  it.each([
    {
      title: 'an opportunity refusal sits on the opportunity, for its owner',
      opportunityId: 'opp-1',
      assigneeId: 'wm-owner',
      key: 'INVALID_INPUT:opp-1',
    },
    {
      title: 'an account refusal sits on the account, for the GAM',
      opportunityId: null,
      assigneeId: 'wm-gam',
      key: 'INVALID_INPUT:ga-1',
    },
  ])('$title', ({ opportunityId, assigneeId, key }) => {
    const conflict = buildInvalidInputConflict({
      globalAccountId: 'ga-1' as never,
      opportunityId: opportunityId as never,
      assigneeId: assigneeId as never,
      reason: 'opportunity.closeDate: expected a date',
    });

    expect(conflict).toEqual(
      expect.objectContaining({
        kind: 'INVALID_INPUT',
        dedupeKey: key,
        opportunityId,
        globalAccountId: 'ga-1',
        assigneeId,
      }),
    );
    expect(conflict.summary).toContain(
      'opportunity.closeDate: expected a date',
    );
  });

  it('is idempotent: raising the same refusals again over what was written changes nothing', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            opportunityId: fc.constantFrom('o1', 'o2', 'o3'),
            reason: fc.constantFrom('a: bad', 'b: bad'),
          }),
          { maxLength: 6 },
        ),
        (refusals) => {
          const raised = refusals.map((refusal) =>
            buildInvalidInputConflict({
              globalAccountId: 'ga' as never,
              opportunityId: refusal.opportunityId as never,
              assigneeId: null,
              reason: refusal.reason,
            }),
          );
          const first = planConflictChanges(raised, [], []);
          const written = first.flatMap((change) =>
            change.kind === 'create'
              ? [
                  {
                    id: change.conflict.dedupeKey,
                    dedupeKey: change.conflict.dedupeKey,
                    status: 'OPEN',
                    summary: change.conflict.summary,
                  },
                ]
              : [],
          );
          expect(
            new Set(
              first.map(
                (change) =>
                  change.kind === 'create' && change.conflict.dedupeKey,
              ),
            ).size,
          ).toBe(first.length);
          expect(planConflictChanges(raised, [], written)).toEqual([]);
        },
      ),
      { numRuns: 10_000 },
    );
  });
});

import { type CreditConflict } from '../../credit-ledger/credit-conflict.type';
import { planConflictChanges } from '../plan-conflict-changes.util';

const conflict = (dedupeKey: string): CreditConflict => ({
  kind: 'MISSING_OWNER',
  severity: 'WARNING',
  dedupeKey,
  globalAccountId: 'ga' as never,
  opportunityId: null,
  countries: [],
  summary: 's',
  assigneeId: null,
});

describe('planConflictChanges', () => {
  it.each([
    {
      title: 'creates a conflict nobody raised before',
      stored: [],
      expected: ['create'],
    },
    {
      title: 'leaves an open conflict alone',
      stored: [{ id: 'c1', dedupeKey: 'k', status: 'OPEN' }],
      expected: [],
    },
    {
      title: 'leaves an acknowledged conflict alone',
      stored: [{ id: 'c1', dedupeKey: 'k', status: 'ACKNOWLEDGED' }],
      expected: [],
    },
    {
      title: 'does not raise a dismissed conflict again',
      stored: [{ id: 'c1', dedupeKey: 'k', status: 'DISMISSED' }],
      expected: [],
    },
    {
      title: 'reopens a resolved conflict whose cause is back',
      stored: [{ id: 'c1', dedupeKey: 'k', status: 'RESOLVED' }],
      expected: ['reopen'],
    },
    {
      title:
        'rewrites a live conflict whose summary changed (another broken rule)',
      stored: [
        { id: 'c1', dedupeKey: 'k', status: 'ACKNOWLEDGED', summary: 'old' },
      ],
      expected: ['refresh'],
    },
    {
      title: 'leaves a live conflict with the same summary alone',
      stored: [{ id: 'c1', dedupeKey: 'k', status: 'OPEN', summary: 's' }],
      expected: [],
    },
    {
      title: 'does not rewrite a dismissed conflict',
      stored: [
        { id: 'c1', dedupeKey: 'k', status: 'DISMISSED', summary: 'old' },
      ],
      expected: [],
    },
  ])('$title', ({ stored, expected }) => {
    expect(
      planConflictChanges([conflict('k'), conflict('k')], [], stored).map(
        (change) => change.kind,
      ),
    ).toEqual(expected);
  });

  it('resolves a live conflict whose cause is gone, and nothing else', () => {
    const stored = [
      { id: 'c1', dedupeKey: 'gone', status: 'OPEN' },
      { id: 'c2', dedupeKey: 'dismissed', status: 'DISMISSED' },
      { id: 'c3', dedupeKey: 'still', status: 'OPEN' },
    ];

    const changes = planConflictChanges(
      [conflict('still')],
      ['gone', 'dismissed', 'still', 'unknown'],
      stored,
    );

    expect(changes).toEqual([{ kind: 'resolve', id: 'c1', dedupeKey: 'gone' }]);
  });
});

import { isRollupStale } from '../is-rollup-stale.util';

const NOW = new Date('2026-11-27T12:00:00.000Z');

describe('isRollupStale', () => {
  it.each([
    {
      title: 'never computed',
      calculated: null,
      changed: null,
      expected: true,
    },
    {
      title: 'computed after the last change, this morning',
      calculated: '2026-11-27T02:00:00.000Z',
      changed: '2026-11-27T01:00:00.000Z',
      expected: false,
    },
    {
      title: 'a relevant record changed since',
      calculated: '2026-11-27T02:00:00.000Z',
      changed: '2026-11-27T09:30:00.000Z',
      expected: true,
    },
    {
      title: 'the nightly run was missed (27 h old)',
      calculated: '2026-11-26T09:00:00.000Z',
      changed: null,
      expected: true,
    },
    {
      title: 'exactly 26 hours old',
      calculated: '2026-11-26T10:00:00.000Z',
      changed: null,
      expected: false,
    },
    {
      title: 'an unreadable timestamp',
      calculated: 'yesterday',
      changed: null,
      expected: true,
    },
  ])('is $expected when $title', ({ calculated, changed, expected }) => {
    expect(
      isRollupStale({
        rollupCalculatedAt: calculated,
        lastRelevantChangeAt: changed,
        now: NOW,
      }),
    ).toBe(expected);
  });
});

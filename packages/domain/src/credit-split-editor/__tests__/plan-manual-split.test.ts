import fc from 'fast-check';

import {
  draftFromSplit,
  hasSplitWrites,
  planBackToPolicy,
  planManualSplit,
  type EditableSplitLine,
} from '../plan-manual-split.util';
import { parseSharePercent } from '../parse-share-percent.util';

const policy = (
  recipientId: string,
  basisPoints: number,
): EditableSplitLine => ({
  id: `line-${recipientId}`,
  recipientId,
  basisPoints,
  source: 'POLICY',
});
const manual = (
  recipientId: string,
  basisPoints: number,
): EditableSplitLine => ({
  ...policy(recipientId, basisPoints),
  source: 'MANUAL',
});

describe('parseSharePercent', () => {
  it.each([
    ['60', 6_000],
    ['33.33', 3_333],
    ['33,5', 3_350],
    [' 0.01 ', 1],
    ['100', 10_000],
    ['100.00', 10_000],
  ])('reads %j as %d basis points', (text, basisPoints) => {
    expect(parseSharePercent(text)).toEqual({
      success: true,
      data: basisPoints,
    });
  });

  it.each(['', 'abc', '-5', '10.005', '1e2', '0', '0.00', '100.01', '250'])(
    'refuses %j with a sentence',
    (text) => {
      const parsed = parseSharePercent(text);
      expect(parsed.success).toBe(false);
      if (!parsed.success) expect(parsed.error).toMatch(/share/);
    },
  );
});

describe('planManualSplit', () => {
  const policySplit = [
    policy('de', 5_000),
    policy('pl', 2_500),
    policy('se', 2_500),
  ];

  it('turns a policy split into MANUAL lines for every row', () => {
    const plan = planManualSplit(policySplit, [
      { recipientId: 'de', share: '60' },
      { recipientId: 'pl', share: '40' },
    ]);
    expect(plan).toEqual({
      total: '100.00 %',
      isWhole: true,
      problems: [],
      writes: {
        create: [
          { recipientId: 'de', basisPoints: 6_000 },
          { recipientId: 'pl', basisPoints: 4_000 },
        ],
        update: [],
        remove: [],
      },
    });
  });

  it('re-weights, adds and removes against the stored MANUAL lines', () => {
    const plan = planManualSplit(
      [manual('de', 6_000), manual('pl', 4_000)],
      [
        { recipientId: 'de', share: '50' },
        { recipientId: 'se', share: '50' },
      ],
    );
    expect(plan.writes).toEqual({
      create: [{ recipientId: 'se', basisPoints: 5_000 }],
      update: [{ id: 'line-de', basisPoints: 5_000 }],
      remove: ['line-pl'],
    });
  });

  it('writes nothing when the draft is the stored manual split', () => {
    const stored = [manual('de', 6_000), manual('pl', 4_000)];
    const plan = planManualSplit(stored, draftFromSplit(stored));
    expect(plan.writes !== null && hasSplitWrites(plan.writes)).toBe(false);
  });

  it.each([
    [
      'a total under 100',
      [
        { recipientId: 'de', share: '60' },
        { recipientId: 'pl', share: '30' },
      ],
      'The shares add up to 90.00 %; they must add up to exactly 100.00 %.',
    ],
    [
      'a total over 100',
      [
        { recipientId: 'de', share: '60' },
        { recipientId: 'pl', share: '40.01' },
      ],
      'The shares add up to 100.01 %; they must add up to exactly 100.00 %.',
    ],
    [
      'a person twice',
      [
        { recipientId: 'de', share: '50' },
        { recipientId: 'de', share: '50' },
      ],
      'Row 2 credits a person who already has a row: keep one row per person.',
    ],
    [
      'a row without a person',
      [{ recipientId: null, share: '100' }],
      'Row 1: choose who is credited.',
    ],
    [
      'an unreadable share',
      [{ recipientId: 'de', share: 'half' }],
      'Row 1: "half" is not a share: type a number from 0.01 to 100 with at most two decimals.',
    ],
    ['no rows', [], 'Add at least one person.'],
  ])('refuses %s and writes nothing', (_case, draft, problem) => {
    const plan = planManualSplit(policySplit, draft);
    expect(plan.problems).toContain(problem);
    expect(plan.writes).toBeNull();
  });

  it('refuses more than 10 people', () => {
    const draft = Array.from({ length: 11 }, (_, index) => ({
      recipientId: `p${index}`,
      share: index === 0 ? '0.10' : '9.99',
    }));
    expect(planManualSplit([], draft).problems).toContain(
      'At most 10 people may share revenue; the draft has 11.',
    );
  });

  it('back to the policy removes exactly the MANUAL lines', () => {
    expect(
      planBackToPolicy([
        manual('de', 6_000),
        policy('gam', 10_000),
        manual('pl', 4_000),
      ]),
    ).toEqual({ create: [], update: [], remove: ['line-de', 'line-pl'] });
  });

  // Any whole split of up to 10 people, saved over any stored manual split, leaves after its
  // writes exactly the draft: one line per person with the typed share, 100.00 % in all.
  it('its writes always turn the stored lines into the draft', () => {
    const people = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l'];
    const wholeSplit = fc
      .uniqueArray(fc.constantFrom(...people), { minLength: 1, maxLength: 10 })
      .chain((recipients) =>
        fc
          .array(fc.integer({ min: 1, max: 10_000 }), {
            minLength: recipients.length - 1,
            maxLength: recipients.length - 1,
          })
          .map((cuts) => {
            const points = [0, ...cuts.sort((x, y) => x - y), 10_000];
            return recipients.map((recipientId, index) => ({
              recipientId,
              basisPoints: (points[index + 1] ?? 0) - (points[index] ?? 0),
            }));
          })
          .filter((split) => split.every((entry) => entry.basisPoints > 0)),
      );
    fc.assert(
      fc.property(wholeSplit, wholeSplit, (stored, wanted) => {
        const current = stored.map((entry) =>
          manual(entry.recipientId, entry.basisPoints),
        );
        const plan = planManualSplit(
          current,
          wanted.map((entry) => ({
            recipientId: entry.recipientId,
            share: (entry.basisPoints / 100).toFixed(2),
          })),
        );
        expect(plan.problems).toEqual([]);
        const after = new Map(current.map((line) => [line.id, line]));
        for (const id of plan.writes?.remove ?? []) after.delete(id);
        for (const { id, basisPoints } of plan.writes?.update ?? []) {
          const line = after.get(id);
          if (line !== undefined) after.set(id, { ...line, basisPoints });
        }
        for (const created of plan.writes?.create ?? [])
          after.set(
            `new-${created.recipientId}`,
            manual(created.recipientId, created.basisPoints),
          );
        const result = [...after.values()]
          .map((line) => [line.recipientId, line.basisPoints])
          .sort();
        expect(result).toEqual(
          wanted.map((entry) => [entry.recipientId, entry.basisPoints]).sort(),
        );
      }),
    );
  });
});

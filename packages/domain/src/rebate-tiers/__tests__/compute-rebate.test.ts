import { type RebateTier } from '../rebate-tier.type';
import { computeRebate } from '../compute-rebate.util';
import { findReachedTier } from '../find-reached-tier.util';

// AGREEMENTS.md: 0% below 5,000, 2% from 5,000, 4% from 20,000 (amounts in cents).
const TIERS: RebateTier[] = [
  { tierNumber: 1, fromVolumeMinor: 0, basisPoints: 0 },
  { tierNumber: 2, fromVolumeMinor: 500_000, basisPoints: 200 },
  { tierNumber: 3, fromVolumeMinor: 2_000_000, basisPoints: 400 },
];

describe('computeRebate', () => {
  it.each([
    {
      title: 'retroactive, below the first paying tier',
      retroactive: true,
      volume: 300_000,
      rebate: 0,
    },
    {
      title: 'retroactive, exactly on the 5,000 threshold',
      retroactive: true,
      volume: 500_000,
      rebate: 10_000,
    },
    {
      title: 'retroactive, 7,000 at 2%',
      retroactive: true,
      volume: 700_000,
      rebate: 14_000,
    },
    {
      title: 'retroactive, 27,000 at 4% on the whole volume',
      retroactive: true,
      volume: 2_700_000,
      rebate: 108_000,
    },
    {
      title: 'banded, 7,000: 2% on the 2,000 above 5,000',
      retroactive: false,
      volume: 700_000,
      rebate: 4_000,
    },
    {
      title: 'banded, 27,000: 2% on 15,000 plus 4% on 7,000',
      retroactive: false,
      volume: 2_700_000,
      rebate: 58_000,
    },
    {
      title: 'banded, rounding the exact band sum once',
      retroactive: false,
      volume: 500_025,
      rebate: 1,
    },
    {
      title: 'a negative volume earns nothing',
      retroactive: true,
      volume: -100_000,
      rebate: 0,
    },
  ])('gives $rebate cents when $title', ({ retroactive, volume, rebate }) => {
    expect(
      computeRebate({ tiers: TIERS, retroactive, volumeMinor: volume }),
    ).toBe(rebate);
  });

  it('earns nothing without tiers', () => {
    expect(
      computeRebate({ tiers: [], retroactive: true, volumeMinor: 1_000 }),
    ).toBe(0);
  });
});

describe('findReachedTier', () => {
  it.each([
    [0, 1],
    [499_999, 1],
    [500_000, 2],
    [1_999_999, 2],
    [2_000_000, 3],
  ])(
    'reaches the highest tier whose threshold is at most %i: tier %i',
    (volume, tierNumber) => {
      expect(findReachedTier(TIERS, volume)?.tierNumber).toBe(tierNumber);
    },
  );

  it('reaches no tier below the first threshold', () => {
    expect(findReachedTier(TIERS.slice(1), 100)).toBeUndefined();
  });
});

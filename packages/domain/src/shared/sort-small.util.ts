// Insertion sort in place for the short lists of the hot path (at most ten shares):
// Array.prototype.sort allocates its merge state on every call, even for two elements.
export const sortSmall = <TItem>(
  items: TItem[],
  compare: (left: TItem, right: TItem) => number,
): TItem[] => {
  for (let index = 1; index < items.length; index += 1) {
    const item = items[index] as TItem;
    let position = index - 1;
    while (position >= 0 && compare(items[position] as TItem, item) > 0) {
      items[position + 1] = items[position] as TItem;
      position -= 1;
    }
    items[position + 1] = item;
  }
  return items;
};

export const compareText = (left: string, right: string): number =>
  left < right ? -1 : left > right ? 1 : 0;

/** The first comparison that tells two items apart (0 when none does). */
export const compareInTurn = (...comparisons: number[]): number =>
  comparisons.find((comparison) => comparison !== 0) ?? 0;

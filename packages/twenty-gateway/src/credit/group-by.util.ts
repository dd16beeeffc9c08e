/** Items grouped by a key, in their original order within each group. */
export const groupBy = <TItem>(
  items: readonly TItem[],
  keyOf: (item: TItem) => string,
): Map<string, TItem[]> => {
  const groups = new Map<string, TItem[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [item]);
    else group.push(item);
  }
  return groups;
};

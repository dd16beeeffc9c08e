/** Items in runs of at most `size` (Twenty writes at most 100 records a mutation). */
export const chunk = <TItem>(
  items: readonly TItem[],
  size: number,
): TItem[][] => {
  const chunks: TItem[][] = [];
  for (let start = 0; start < items.length; start += size)
    chunks.push(items.slice(start, start + size));
  return chunks;
};

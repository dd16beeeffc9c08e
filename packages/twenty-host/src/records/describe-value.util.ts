/** A readable form of any input value, for error messages and numeric strings. */
export const describeValue = (value: unknown): string => {
  if (typeof value === 'string') return value;
  if (
    typeof value === 'number' ||
    typeof value === 'bigint' ||
    typeof value === 'boolean'
  ) {
    return value.toString();
  }
  return JSON.stringify(value) ?? 'undefined';
};

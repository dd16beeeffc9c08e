/**
 * A CURRENCY field's amountMicros as Twenty returns it (a JSON number, whole in practice) as an
 * exact integer for the domain; null when the field or its amount is empty.
 */
export const toMicros = (
  value: { amountMicros: number | null } | null | undefined,
): bigint | null =>
  value?.amountMicros === null || value?.amountMicros === undefined
    ? null
    : BigInt(Math.trunc(value.amountMicros));

/** 10000 basis points = 100.00 %. Percentages are integer basis points inside the domain. */
export const FULL_SHARE_BASIS_POINTS = 10_000;

// Largest amount whose product with any share up to 1000.00 % stays a safe integer.
const SAFE_NUMBER_LIMIT = Math.floor(
  Number.MAX_SAFE_INTEGER / (10 * FULL_SHARE_BASIS_POINTS),
);

/** amount × basisPoints / 10000 as an integer quotient and a remainder in [0, 10000). */
export const divideByBasisPoints = (
  amountMinor: number,
  basisPoints: number,
): { quotient: number; remainder: number } => {
  if (Math.abs(amountMinor) <= SAFE_NUMBER_LIMIT) {
    const product = amountMinor * basisPoints;
    const remainder =
      ((product % FULL_SHARE_BASIS_POINTS) + FULL_SHARE_BASIS_POINTS) %
      FULL_SHARE_BASIS_POINTS;
    return {
      quotient: (product - remainder) / FULL_SHARE_BASIS_POINTS,
      remainder,
    };
  }
  const product = BigInt(amountMinor) * BigInt(basisPoints);
  const full = BigInt(FULL_SHARE_BASIS_POINTS);
  const remainder = ((product % full) + full) % full;
  return {
    quotient: Number((product - remainder) / full),
    remainder: Number(remainder),
  };
};

/** amount × basisPoints / 10000, rounded half up to the minor unit. */
export const applyBasisPoints = (
  amountMinor: number,
  basisPoints: number,
): number => {
  const { quotient, remainder } = divideByBasisPoints(amountMinor, basisPoints);
  return remainder * 2 >= FULL_SHARE_BASIS_POINTS ? quotient + 1 : quotient;
};

/** A two-decimal percentage (25.5 = 25.50 %) as basis points, or undefined when it has more decimals. */
export const percentToBasisPoints = (percent: number): number | undefined => {
  if (!Number.isFinite(percent)) return undefined;
  const basisPoints = Math.round(percent * 100);
  return Math.abs(basisPoints - percent * 100) < 1e-6 ? basisPoints : undefined;
};

export const basisPointsToPercent = (basisPoints: number): number =>
  basisPoints / 100;

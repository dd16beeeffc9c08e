/**
 * How long the follow-up of a recomputation waits so that the recomputation, counted by the
 * tokens its own requests cost (one per root field, as Twenty charges them), uses at most
 * `budgetShare` of the app's API budget: `tokens` at that share need
 * tokens × window / (limit × share) ms, of which `elapsedMs` have already passed.
 */
export const computeContinuationDelay = ({
  tokens,
  elapsedMs,
  appBudget,
  budgetShare,
}: {
  tokens: number;
  elapsedMs: number;
  appBudget: { limit: number; windowMs: number };
  budgetShare: number;
}): number => {
  const pacedMs =
    (tokens * appBudget.windowMs) / (appBudget.limit * budgetShare);
  return Math.max(0, Math.ceil(pacedMs - elapsedMs));
};

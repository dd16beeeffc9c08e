/**
 * How long the follow-up of a recomputation waits so that the recomputation, counted by its
 * own requests, uses at most `budgetShare` of the app's API budget: `requests` at that share
 * need requests × window / (limit × share) ms, of which `elapsedMs` have already passed.
 */
export const computeContinuationDelay = ({
  requests,
  elapsedMs,
  appBudget,
  budgetShare,
}: {
  requests: number;
  elapsedMs: number;
  appBudget: { limit: number; windowMs: number };
  budgetShare: number;
}): number => {
  const pacedMs =
    (requests * appBudget.windowMs) / (appBudget.limit * budgetShare);
  return Math.max(0, Math.ceil(pacedMs - elapsedMs));
};

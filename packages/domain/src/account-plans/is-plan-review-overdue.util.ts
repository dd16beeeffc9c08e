import { type AccountPlanStatus } from '../shared/data-model.constants';

export const PLAN_REVIEW_INTERVAL_DAYS = 90;
const DAY_MS = 86_400_000;

/**
 * An ACTIVE plan is overdue for review when more than 90 days have passed since lastReviewedAt
 * (or since it was created, when it was never reviewed). DRAFT and CLOSED plans are never flagged.
 */
export const isPlanReviewOverdue = ({
  status,
  lastReviewedAt,
  createdAt,
  now,
  intervalDays = PLAN_REVIEW_INTERVAL_DAYS,
}: {
  status: AccountPlanStatus;
  lastReviewedAt: string | null;
  createdAt: string;
  now: Date;
  intervalDays?: number;
}): boolean => {
  if (status !== 'ACTIVE') return false;
  const reference = Date.parse(lastReviewedAt ?? createdAt);
  if (Number.isNaN(reference)) return true;
  return now.getTime() - reference > intervalDays * DAY_MS;
};

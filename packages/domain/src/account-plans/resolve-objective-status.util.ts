import { type ObjectiveStatus } from '../shared/data-model.constants';

const DAY_MS = 86_400_000;
/** Behind the straight line by more than this share of the expected progress = AT_RISK. */
export const AT_RISK_TOLERANCE_PERCENT = 20;

const dayNumber = (isoDate: string): number =>
  Date.parse(`${isoDate.slice(0, 10)}T00:00:00Z`) / DAY_MS;

/**
 * The rule: DONE once currentValue reaches targetValue. Otherwise progress is set against a
 * straight line from the plan's start (0) to the due date (target): AT_RISK when the due date
 * has passed, or when progress is more than 20 % below where the line says it should be today;
 * ON_TRACK otherwise (also before the start and without a due date). Without a positive target
 * there is nothing to measure: null, the stored status stays.
 */
export const resolveObjectiveStatus = ({
  targetValue,
  currentValue,
  startDate,
  dueDate,
  today,
}: {
  targetValue: number | null;
  currentValue: number | null;
  startDate: string;
  dueDate: string | null;
  today: string;
}): ObjectiveStatus | null => {
  if (targetValue === null || !(targetValue > 0)) return null;
  const current = currentValue ?? 0;
  if (current >= targetValue) return 'DONE';
  if (dueDate === null) return 'ON_TRACK';
  const now = dayNumber(today);
  const due = dayNumber(dueDate);
  if (now > due) return 'AT_RISK';
  const start = dayNumber(startDate);
  const total = due - start;
  const elapsed = now - start;
  if (total <= 0 || elapsed <= 0) return 'ON_TRACK';
  // current / target < (elapsed / total) × (100 − tolerance) / 100, without dividing.
  const isBehind =
    current * total * 100 <
    targetValue * elapsed * (100 - AT_RISK_TOLERANCE_PERCENT);
  return isBehind ? 'AT_RISK' : 'ON_TRACK';
};

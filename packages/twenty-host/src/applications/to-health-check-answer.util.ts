import { type HealthCheckAnswer } from './applications-handler.type';

const REPORTED_STATUSES = [
  'OK',
  'SUCCESS',
  'INFO',
  'WARNING',
  'ERROR',
  'NEUTRAL',
];
const UNKNOWN_HEALTH: HealthCheckAnswer = {
  status: 'UNKNOWN',
  title: null,
  description: null,
  action: null,
};

// twenty-shared isApplicationHealthCheckResult, as the service's spec exercises it.
export const toHealthCheckAnswer = (result: unknown): HealthCheckAnswer => {
  if (typeof result !== 'object' || result === null) return UNKNOWN_HEALTH;
  const data = result as Record<string, unknown>;
  if (
    typeof data.status !== 'string' ||
    !REPORTED_STATUSES.includes(data.status)
  )
    return UNKNOWN_HEALTH;
  if (data.status === 'OK') return { ...UNKNOWN_HEALTH, status: 'OK' };
  if (typeof data.title !== 'string' || data.title === '')
    return UNKNOWN_HEALTH;
  const action = data.action as Record<string, unknown> | undefined | null;
  return {
    status: data.status,
    title: data.title,
    description: typeof data.description === 'string' ? data.description : null,
    action:
      typeof action?.label === 'string'
        ? {
            label: action.label,
            location:
              typeof action.location === 'string' ? action.location : null,
          }
        : null,
  };
};

import { type ManifestViolation } from '../manifest-check.type';
import { type Manifest } from '../schemas/manifest.schema';
import { createViolation } from '../utils/create-violation.util';
import { isValidCronPattern } from '../utils/is-valid-cron-pattern.util';
import { type ManifestIndex } from '../utils/manifest-index.type';
import { checkDatabaseEventTrigger } from './check-database-event-trigger.util';

// Twenty kills a logic function at its timeout; 900 s is the server maximum.
export const MAX_TIMEOUT_SECONDS = 900;

export const checkLogicFunctionTriggers = (
  manifest: Manifest,
  index: ManifestIndex,
): ManifestViolation[] =>
  manifest.logicFunctions.flatMap((fn) => {
    const path = `logicFunctions[${fn.name ?? fn.universalIdentifier}]`;
    const violations: ManifestViolation[] = [];
    const timeout = fn.timeoutSeconds;
    if (
      timeout != null &&
      (!Number.isInteger(timeout) ||
        timeout < 1 ||
        timeout > MAX_TIMEOUT_SECONDS)
    ) {
      violations.push(
        createViolation(
          'TIMEOUT_OUT_OF_RANGE',
          path,
          `timeoutSeconds ${timeout} is outside 1..${MAX_TIMEOUT_SECONDS}.`,
        ),
      );
    }
    const cron = fn.cronTriggerSettings;
    if (cron != null && !isValidCronPattern(cron.pattern)) {
      violations.push(
        createViolation(
          'INVALID_CRON_PATTERN',
          path,
          `Cron pattern "${cron.pattern}" is not five valid fields (minute hour day month weekday).`,
        ),
      );
    }
    const event = fn.databaseEventTriggerSettings;
    if (event != null) {
      violations.push(
        ...checkDatabaseEventTrigger({
          manifest,
          index,
          path,
          settings: event,
        }),
      );
    }
    return violations;
  });

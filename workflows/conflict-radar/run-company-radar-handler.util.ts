import { toIsoDate } from '@global-accounts/domain';
import {
  COMPANY_RADAR_KINDS,
  resolveOpenConflicts,
  type RadarCompanyNode,
} from '@global-accounts/twenty-gateway';

import { CREDIT_HANDLER_TIMEOUT_SECONDS } from '../constants/logic-function-timeouts.constant';
import {
  INVALID_PAYLOAD,
  parseDatabaseEvents,
  type DatabaseEvent,
} from '../shared/database-event-payload.schema';
import { type AppConfig } from '../shared/get-app-config.util';
import {
  dataOrThrow,
  runWithAppClient,
} from '../shared/run-with-app-client.util';
import { COMPANY_RADAR_INPUT_FIELDS } from './company-radar.constants';
import { type RadarSettings } from './plan-company-radar.util';
import {
  runCompanyRadar,
  type CompanyRadarOutcome,
} from './run-company-radar.util';

export type CompanyRadarHandlerOutcome =
  | CompanyRadarOutcome
  | { outcome: 'resolved'; resolved: number }
  | {
      outcome: 'invalid-payload' | 'invalid-config' | 'ignored';
      message: string;
    };

export const radarSettingsOf = (
  config: AppConfig,
  now: Date,
): RadarSettings => ({
  closedStages: [
    ...(config.credit.settings.wonStages ?? []),
    ...(config.credit.settings.lostStages ?? []),
  ],
  today: toIsoDate(now),
});

const textOf = (value: unknown): string | null =>
  typeof value === 'string' ? value : null;

/** The company as the event carried it (its keys find the candidates in the first read). */
const hintOf = (event: DatabaseEvent): RadarCompanyNode | null => {
  const after = event.properties?.after;
  if (after == null) return null;
  const domain = after.domainName;
  return {
    id: event.recordId,
    name: textOf(after.name),
    domainName:
      typeof domain === 'object' && domain !== null
        ? {
            primaryLinkUrl: textOf(
              (domain as Record<string, unknown>).primaryLinkUrl,
            ),
          }
        : null,
    countryCode: textOf(after.countryCode),
    registrationNumber: textOf(after.registrationNumber),
    globalAccountId: textOf(after.globalAccountId),
  };
};

const touchesInput = (event: DatabaseEvent): boolean => {
  const updated = event.properties?.updatedFields;
  return (
    updated == null ||
    updated.some((field) =>
      (COMPANY_RADAR_INPUT_FIELDS as readonly string[]).includes(field),
    )
  );
};

/**
 * company.created, company.updated (matched fields) and company.restored: match the companies
 * against their candidates and bring their radar conflicts and keys in line. The events are
 * only a hint: the stored companies decide (late and repeated events change nothing).
 */
export const runCompanyRadarOnEvents = async (
  payload: unknown,
): Promise<CompanyRadarHandlerOutcome> => {
  const events = parseDatabaseEvents(payload);
  if (events === undefined) return INVALID_PAYLOAD;
  // Only an update names the fields it changed (a restore names deletedAt, and must match).
  const isUpdate =
    typeof payload === 'object' &&
    payload !== null &&
    'name' in payload &&
    typeof payload.name === 'string' &&
    payload.name.endsWith('.updated');
  const relevant = isUpdate ? events.filter(touchesInput) : events;
  const subjectIds = [...new Set(relevant.map((event) => event.recordId))];
  if (subjectIds.length === 0)
    return { outcome: 'ignored', message: 'no matched field changed' };
  const hints = relevant.flatMap((event) => hintOf(event) ?? []);
  return runWithAppClient({
    timeoutSeconds: CREDIT_HANDLER_TIMEOUT_SECONDS,
    work: async (client, config) => {
      const now = new Date();
      const outcome = dataOrThrow(
        await runCompanyRadar({
          client,
          subjectIds,
          hints,
          familyIds: [
            ...new Set(hints.flatMap((hint) => hint.globalAccountId ?? [])),
          ],
          settings: radarSettingsOf(config, now),
          now,
        }),
        'company conflict radar',
      );
      outcome.issues.forEach((issue) =>
        console.warn(
          `[global-accounts] conflict radar: company ${issue.companyId} ${issue.field} not used for matching (${issue.code})`,
        ),
      );
      return outcome;
    },
  });
};

/** company.deleted: its duplicate and affiliate conflicts lose their cause (one request). */
export const runCompanyRadarOnDeleted = async (
  payload: unknown,
): Promise<CompanyRadarHandlerOutcome> => {
  const events = parseDatabaseEvents(payload);
  if (events === undefined) return INVALID_PAYLOAD;
  const companyIds = [...new Set(events.map((event) => event.recordId))];
  if (companyIds.length === 0)
    return { outcome: 'ignored', message: 'no deleted company' };
  const names = events
    .map((event) => textOf(event.properties?.before?.name))
    .filter((name): name is string => name !== null && name.trim() !== '');
  return runWithAppClient({
    timeoutSeconds: CREDIT_HANDLER_TIMEOUT_SECONDS,
    work: async (client) => ({
      outcome: 'resolved' as const,
      ...dataOrThrow(
        await resolveOpenConflicts({
          client,
          on: { companyIds },
          kinds: [...COMPANY_RADAR_KINDS],
          now: new Date(),
          reason:
            names.length === 1
              ? `${names[0]} was deleted.`
              : 'The company was deleted.',
        }),
        'resolving the radar conflicts of deleted companies',
      ),
    }),
  });
};

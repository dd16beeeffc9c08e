import {
  buildCompanyMatchKeys,
  buildPageCandidateFilters,
  ok,
  planEvidenceConflictChanges,
  type CandidateFilter,
  type Result,
  type StoredEvidenceConflict,
} from '@global-accounts/domain';
import {
  loadCompanyRadar,
  loadRadarCandidates,
  loadRadarConflictsByKey,
  loadRadarFacts,
  saveCompanyRadarChanges,
  type CompanyRadarLoad,
  type GatewayError,
  type GraphqlClient,
  type RadarCompanyNode,
} from '@global-accounts/twenty-gateway';

import {
  matchInputOf,
  planCompanyRadar,
  type RadarSettings,
} from './plan-company-radar.util';

export type CompanyRadarOutcome = {
  outcome: 'written' | 'unchanged';
  companies: number;
  keysWritten: number;
  conflictsWritten: number;
  requests: number;
  /** Fields that could not be normalised, per company: left out of matching, never a crash. */
  issues: { companyId: string; field: string; code: string }[];
};

const covers = (
  loaded: readonly CandidateFilter[],
  needed: readonly CandidateFilter[],
): boolean =>
  needed.every((filter) => {
    const have = loaded.find((other) => other.field === filter.field);
    return (
      have !== undefined && filter.in.every((value) => have.in.includes(value))
    );
  });

const toStored = (
  conflicts: CompanyRadarLoad['conflicts'],
): StoredEvidenceConflict[] =>
  conflicts.map((conflict) => ({
    id: conflict.id,
    dedupeKey: conflict.dedupeKey,
    status: conflict.status,
    summary: conflict.summary ?? null,
    evidenceHash: conflict.evidenceHash ?? null,
  }));

const keysOf = (node: RadarCompanyNode) =>
  buildCompanyMatchKeys(matchInputOf(node)).keys;

/**
 * The company radar for a set of subjects (an event's companies, or a page of the nightly
 * batch). Requests: ONE read (subjects, candidates by the indexed keys, their radar
 * conflicts, corporate domains) when nothing changes; when something does, a second read
 * for the facts the conflicts show (open opportunities, last activity, owning office,
 * assignees) and one write per 100 rows. Extra reads only when an event's keys were stale
 * (one) or a raised conflict was not loaded yet (one).
 */
export const runCompanyRadar = async ({
  client,
  subjectIds,
  hints = [],
  familyIds = [],
  settings,
  now,
}: {
  client: GraphqlClient;
  subjectIds: readonly string[];
  /** The subjects as the events carried them: their keys find the candidates in the first read. */
  hints?: readonly RadarCompanyNode[];
  familyIds?: readonly string[];
  settings: RadarSettings;
  now: Date;
}): Promise<Result<CompanyRadarOutcome, GatewayError>> => {
  const requestsBefore = client.requestCount();
  const hintFilters = buildPageCandidateFilters(hints.map(keysOf));
  const loaded = await loadCompanyRadar({
    client,
    subjectIds,
    filters: hintFilters,
    familyIds,
  });
  if (!loaded.success) return loaded;
  const data = loaded.data;
  const subjects = data.companies.filter((node) =>
    subjectIds.includes(node.id),
  );
  // Late or out-of-order events: the stored record decides; a second look if its keys differ.
  const freshFilters = buildPageCandidateFilters(subjects.map(keysOf));
  if (!covers(hintFilters, freshFilters)) {
    const more = await loadRadarCandidates({ client, filters: freshFilters });
    if (!more.success) return more;
    const known = new Set(data.companies.map((node) => node.id));
    data.companies.push(...more.data.filter((node) => !known.has(node.id)));
  }
  return decideAndSave({
    client,
    subjectIds: subjects.map((node) => node.id),
    familyIds,
    data,
    settings,
    now,
    requestsBefore,
  });
};

/** The nightly batch's page: subjects already loaded, one read for all their candidates. */
export const runCompanyRadarPage = async ({
  client,
  page,
  settings,
  now,
}: {
  client: GraphqlClient;
  page: readonly RadarCompanyNode[];
  settings: RadarSettings;
  now: Date;
}): Promise<Result<CompanyRadarOutcome, GatewayError>> => {
  const requestsBefore = client.requestCount();
  const subjectIds = page.map((node) => node.id);
  const familyIds = [
    ...new Set(page.flatMap((node) => node.globalAccountId ?? [])),
  ];
  const loaded = await loadCompanyRadar({
    client,
    subjectIds,
    filters: buildPageCandidateFilters(page.map(keysOf)),
    familyIds,
  });
  if (!loaded.success) return loaded;
  // The page's own rows as read (the fresh fields), plus their candidates.
  const known = new Set(subjectIds);
  const data = {
    ...loaded.data,
    companies: [
      ...page,
      ...loaded.data.companies.filter((node) => !known.has(node.id)),
    ],
  };
  return decideAndSave({
    client,
    subjectIds,
    familyIds,
    data,
    settings,
    now,
    requestsBefore,
  });
};

const decideAndSave = async ({
  client,
  subjectIds,
  data,
  settings,
  now,
  requestsBefore,
  familyIds,
}: {
  client: GraphqlClient;
  subjectIds: readonly string[];
  familyIds: readonly string[];
  data: CompanyRadarLoad;
  settings: RadarSettings;
  now: Date;
  requestsBefore: number;
}): Promise<Result<CompanyRadarOutcome, GatewayError>> => {
  const light = planCompanyRadar({
    subjectIds,
    ...data,
    facts: null,
    settings,
  });
  const loadedKeys = new Set(
    data.conflicts.map((conflict) => conflict.dedupeKey),
  );
  const missing = [
    ...new Set(
      light.raised
        .map((conflict) => conflict.dedupeKey)
        // The first read brought every key that names a subject, and the families' affiliates.
        .filter(
          (key) =>
            !loadedKeys.has(key) &&
            !subjectIds.some((id) => key.includes(id)) &&
            !familyIds.some((id) =>
              key.startsWith(`UNLINKED_AFFILIATE:${id}:`),
            ),
        ),
    ),
  ];
  const conflicts = [...data.conflicts];
  if (missing.length > 0) {
    const more = await loadRadarConflictsByKey({ client, dedupeKeys: missing });
    if (!more.success) return more;
    conflicts.push(...more.data);
  }
  const stored = toStored(conflicts);
  // Nothing to write when keys, evidence and statuses agree (facts shown are refreshed with them).
  const raisedSummary = new Map(
    light.raised.map((conflict) => [conflict.dedupeKey, conflict.summary]),
  );
  const lightChanges = planEvidenceConflictChanges({
    raised: light.raised,
    resolvedKeys: light.resolvedKeys,
    stored: stored.map((conflict) => ({
      ...conflict,
      summary: raisedSummary.get(conflict.dedupeKey ?? '') ?? conflict.summary,
    })),
  });
  const issues = light.issues.flatMap(({ companyId, issues: list }) =>
    list.map((issue) => ({
      companyId,
      field: issue.field,
      code: issue.error.code,
    })),
  );
  if (lightChanges.length === 0 && light.keyWrites.length === 0)
    return ok({
      outcome: 'unchanged',
      companies: subjectIds.length,
      keysWritten: 0,
      conflictsWritten: 0,
      requests: client.requestCount() - requestsBefore,
      issues,
    });
  let plan = light;
  let changes = lightChanges;
  if (lightChanges.length > 0) {
    const byId = new Map(data.companies.map((node) => [node.id, node]));
    const facts = await loadRadarFacts({
      client,
      companyIds: light.involvedIds,
      ownerIds: [
        ...new Set(
          light.involvedIds.flatMap((id) => byId.get(id)?.accountOwnerId ?? []),
        ),
      ],
      globalAccountIds: [
        ...new Set(
          light.raised.flatMap((conflict) => conflict.globalAccountId ?? []),
        ),
      ],
    });
    if (!facts.success) return facts;
    plan = planCompanyRadar({
      subjectIds,
      ...data,
      conflicts,
      facts: facts.data,
      settings,
    });
    changes = planEvidenceConflictChanges({
      raised: plan.raised,
      resolvedKeys: plan.resolvedKeys,
      stored,
    });
  }
  const saved = await saveCompanyRadarChanges({
    client,
    changes: {
      keys: plan.keyWrites,
      conflicts: changes,
      resolutionReasons: plan.resolutionReasons,
    },
    now,
  });
  if (!saved.success) return saved;
  return ok({
    outcome: 'written',
    companies: subjectIds.length,
    keysWritten: plan.keyWrites.length,
    conflictsWritten: changes.length,
    requests: client.requestCount() - requestsBefore,
    issues,
  });
};

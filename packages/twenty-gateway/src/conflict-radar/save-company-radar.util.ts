import { z } from 'zod';

import {
  ok,
  type CompanyMatchKeys,
  type EvidenceConflictChange,
  type Result,
} from '@global-accounts/domain';

import { type GatewayError } from '../client/gateway-error.type';
import { type GraphqlClient } from '../client/graphql-client.util';
import { toEvidenceConflictInput } from '../conflicts/to-evidence-conflict-input.util';
import { MAX_RECORDS_PER_WRITE } from '../credit/save-credit-changes.util';

export type CompanyKeyWrite = {
  companyId: string;
  keys: Omit<CompanyMatchKeys, 'registrationNumber'>;
};

export type CompanyRadarChanges = {
  /** Companies whose stored match keys differ from the computed ones. */
  keys: readonly CompanyKeyWrite[];
  conflicts: readonly EvidenceConflictChange[];
  /** Why a resolved conflict's cause is gone, by dedupeKey (conflict.resolutionReason). */
  resolutionReasons: ReadonlyMap<string, string>;
};

const chunk = <TItem>(items: readonly TItem[], size: number): TItem[][] => {
  const chunks: TItem[][] = [];
  for (let start = 0; start < items.length; start += size)
    chunks.push(items.slice(start, start + size));
  return chunks;
};

// Each company gets its own key values, so the keys go as an upsert by id (one request per
// 100 companies; updateCompanies writes one value to every row it matches). The upsert names
// only the key fields: the company.updated events it causes touch no field the radar listens to.
const buildDocument = (withKeys: boolean, withConflicts: boolean): string => {
  const variables = [
    ...(withKeys ? ['$companies: [CompanyCreateInput!]!'] : []),
    ...(withConflicts ? ['$conflicts: [ConflictCreateInput!]!'] : []),
  ];
  const fields = [
    ...(withKeys
      ? ['  createCompanies(data: $companies, upsert: true) { id }']
      : []),
    ...(withConflicts
      ? ['  createConflicts(data: $conflicts, upsert: true) { id }']
      : []),
  ];
  return `mutation SaveCompanyRadar(${variables.join(', ')}) {\n${fields.join('\n')}\n}`;
};

const toConflictRow = (
  change: EvidenceConflictChange,
  now: string,
  reasons: ReadonlyMap<string, string>,
) => {
  const row = toEvidenceConflictInput(change, now);
  if (change.kind === 'resolve')
    return {
      ...row,
      resolutionReason: reasons.get(change.dedupeKey) ?? 'Its cause is gone.',
    };
  if (change.kind === 'refresh') return row;
  return { ...row, resolutionReason: null };
};

/**
 * Writes the difference only: match keys and conflicts (created, reopened, refreshed,
 * resolved with a reason) in batches of 100, both riding in one request. Nothing to write,
 * no request.
 */
export const saveCompanyRadarChanges = async ({
  client,
  changes,
  now,
}: {
  client: GraphqlClient;
  changes: CompanyRadarChanges;
  now: Date;
}): Promise<Result<{ requests: number }, GatewayError>> => {
  const keyWrites = chunk(
    changes.keys.map(({ companyId, keys }) => ({ id: companyId, ...keys })),
    MAX_RECORDS_PER_WRITE,
  );
  const conflictWrites = chunk(
    changes.conflicts.map((change) =>
      toConflictRow(change, now.toISOString(), changes.resolutionReasons),
    ),
    MAX_RECORDS_PER_WRITE,
  );
  const requests = Math.max(keyWrites.length, conflictWrites.length);
  for (let index = 0; index < requests; index += 1) {
    const companies = keyWrites[index];
    const conflicts = conflictWrites[index];
    const written = await client.request(
      buildDocument(companies !== undefined, conflicts !== undefined),
      {
        ...(companies === undefined ? {} : { companies }),
        ...(conflicts === undefined ? {} : { conflicts }),
      },
      z.object({}).loose(),
    );
    if (!written.success) return written;
  }
  return ok({ requests });
};

import { z } from 'zod';

import {
  ok,
  toAmountMicros,
  type EvidenceConflictChange,
  type Money,
  type RebateSettlementStatus,
  type Result,
} from '@global-accounts/domain';

import { type GatewayError } from '../client/gateway-error.type';
import { toEvidenceConflictInput } from '../conflicts/to-evidence-conflict-input.util';
import { type GraphqlClient } from '../client/graphql-client.util';
import { MAX_RECORDS_PER_WRITE } from '../credit/save-credit-changes.util';
import { chunk } from '../paging/chunk.util';

/** frameworkAgreement's computed fields (DATA-MODEL.md); the agreement triggers ignore them. */
export type AgreementProgressFields = {
  volumeToDate: Money;
  rebateToDate: Money;
  nextTierThreshold: Money | null;
  gapToNextTier: Money | null;
  offAgreementVolume: Money;
  /** "PL 38,000 EUR · DE 12,500.50 EUR": the record page's off-agreement volume by country. */
  offAgreementVolumeByCountry: string;
  currentRebatePercent: number;
};

export type SettlementWrite = {
  id: string;
  frameworkAgreementId: string;
  period: string;
  cumulativeVolume: Money;
  rebateAmount: Money;
  settlementAmount: Money;
  status: RebateSettlementStatus;
};

export type AgreementChanges = {
  progress: readonly { agreementId: string; fields: AgreementProgressFields }[];
  /** Creates and updates (never of a FINAL settlement: the caller leaves those out). */
  settlements: readonly SettlementWrite[];
  conflicts: readonly EvidenceConflictChange[];
};

const toCurrencyInput = (money: Money | null) =>
  money === null
    ? { amountMicros: null, currencyCode: null }
    : { amountMicros: toAmountMicros(money), currencyCode: money.currency };

export const toProgressInput = (fields: AgreementProgressFields) => ({
  volumeToDate: toCurrencyInput(fields.volumeToDate),
  rebateToDate: toCurrencyInput(fields.rebateToDate),
  nextTierThreshold: toCurrencyInput(fields.nextTierThreshold),
  gapToNextTier: toCurrencyInput(fields.gapToNextTier),
  offAgreementVolume: toCurrencyInput(fields.offAgreementVolume),
  offAgreementVolumeByCountry: fields.offAgreementVolumeByCountry,
  currentRebatePercent: fields.currentRebatePercent,
});

export const toSettlementInput = (settlement: SettlementWrite) => ({
  id: settlement.id,
  name: `${settlement.period} rebate`,
  frameworkAgreementId: settlement.frameworkAgreementId,
  period: settlement.period,
  cumulativeVolume: toCurrencyInput(settlement.cumulativeVolume),
  rebateAmount: toCurrencyInput(settlement.rebateAmount),
  settlementAmount: toCurrencyInput(settlement.settlementAmount),
  status: settlement.status,
});

/**
 * One mutation document per write round: settlements (upsert by their deterministic id),
 * conflicts (upsert, new ones matched on their unique dedupeKey) and one agreement's progress.
 * Twenty refuses the same root resolver twice in a document, so each further changed agreement
 * (or further 100 records) costs one more request; nothing to write costs none.
 */
export const buildSaveAgreementChangesDocument = ({
  settlements,
  conflicts,
  progress,
}: {
  settlements: boolean;
  conflicts: boolean;
  progress: boolean;
}): string => {
  const declarations = [
    settlements ? '$settlements: [RebateSettlementCreateInput!]!' : '',
    conflicts ? '$conflicts: [ConflictCreateInput!]!' : '',
    progress
      ? '$agreementId: UUID!, $progress: FrameworkAgreementUpdateInput!'
      : '',
  ].filter((declaration) => declaration !== '');
  const fields = [
    settlements
      ? 'createRebateSettlements(data: $settlements, upsert: true) { id }'
      : '',
    conflicts ? 'createConflicts(data: $conflicts, upsert: true) { id }' : '',
    progress
      ? 'updateFrameworkAgreement(id: $agreementId, data: $progress) { id }'
      : '',
  ].filter((field) => field !== '');
  return `mutation SaveAgreementChanges(${declarations.join(', ')}) {\n  ${fields.join('\n  ')}\n}`;
};

const writeResultSchema = z.object({}).loose();

export const saveAgreementChanges = async ({
  client,
  changes,
  now,
}: {
  client: GraphqlClient;
  changes: AgreementChanges;
  now: Date;
}): Promise<Result<{ requests: number }, GatewayError>> => {
  const settlementChunks = chunk(
    changes.settlements.map(toSettlementInput),
    MAX_RECORDS_PER_WRITE,
  );
  const conflictChunks = chunk(
    changes.conflicts.map((change) =>
      toEvidenceConflictInput(change, now.toISOString()),
    ),
    MAX_RECORDS_PER_WRITE,
  );
  const rounds = Math.max(
    settlementChunks.length,
    conflictChunks.length,
    changes.progress.length,
  );
  for (let round = 0; round < rounds; round += 1) {
    const settlements = settlementChunks[round];
    const conflicts = conflictChunks[round];
    const progress = changes.progress[round];
    const written = await client.request(
      buildSaveAgreementChangesDocument({
        settlements: settlements !== undefined,
        conflicts: conflicts !== undefined,
        progress: progress !== undefined,
      }),
      {
        ...(settlements === undefined ? {} : { settlements }),
        ...(conflicts === undefined ? {} : { conflicts }),
        ...(progress === undefined
          ? {}
          : {
              agreementId: progress.agreementId,
              progress: toProgressInput(progress.fields),
            }),
      },
      writeResultSchema,
    );
    if (!written.success) return written;
  }
  return ok({ requests: rounds });
};

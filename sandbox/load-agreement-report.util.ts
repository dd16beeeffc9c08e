import { z } from 'zod';

import {
  AGREEMENT_CONFLICT_KINDS,
  ok,
  type Result,
} from '@global-accounts/domain';
import {
  type GatewayError,
  type GraphqlClient,
} from '@global-accounts/twenty-gateway';

import {
  type AgreementConflictRow,
  type AgreementReportRow,
} from './agreement-report.type';
import { personName } from './person-name.util';

// Twenty returns amountMicros as a number or a numeric string (BigFloat).
const apiMoneySchema = z
  .object({
    amountMicros: z.union([z.number(), z.string()]).nullable(),
    currencyCode: z.string().nullable(),
  })
  .nullable()
  .transform((value) =>
    value === null
      ? null
      : {
          amountMicros:
            value.amountMicros === null ? null : Number(value.amountMicros),
          currencyCode: value.currencyCode,
        },
  );
const edgesOf = <TNode extends z.ZodType>(node: TNode) =>
  z.object({ edges: z.array(z.object({ node })) });
const personNameSchema = z
  .object({
    name: z.object({
      firstName: z.string().nullable(),
      lastName: z.string().nullable(),
    }),
  })
  .nullable();

const agreementReportSchema = z.object({
  frameworkAgreements: edgesOf(
    z.object({
      id: z.string(),
      name: z.string().nullable(),
      agreementNumber: z.string().nullable(),
      status: z.string().nullable(),
      currency: z.string().nullable(),
      volumeToDate: apiMoneySchema,
      currentRebatePercent: z.number().nullable(),
      rebateToDate: apiMoneySchema,
      nextTierThreshold: apiMoneySchema,
      gapToNextTier: apiMoneySchema,
      offAgreementVolume: apiMoneySchema,
    }),
  ),
  rebateTiers: edgesOf(
    z.object({
      frameworkAgreementId: z.string().nullable(),
      fromVolume: apiMoneySchema,
      rebatePercent: z.number().nullable(),
    }),
  ),
  rebateSettlements: edgesOf(
    z.object({
      frameworkAgreementId: z.string().nullable(),
      period: z.string().nullable(),
      cumulativeVolume: apiMoneySchema,
      rebateAmount: apiMoneySchema,
      settlementAmount: apiMoneySchema,
      status: z.string().nullable(),
    }),
  ),
  conflicts: edgesOf(
    z.object({
      kind: z.string(),
      summary: z.string().nullable(),
      frameworkAgreementId: z.string().nullable(),
      opportunity: z.object({ name: z.string().nullable() }).nullable(),
      assignee: personNameSchema,
    }),
  ),
});

const MONEY = '{ amountMicros currencyCode }';
// Root queries only (Twenty caps and ignores arguments on nested one-to-many lists); the demo
// holds far fewer than 200 agreements, tiers, settlements and conflicts.
const AGREEMENT_REPORT_QUERY = `query AgreementReport($kinds: [ConflictKindEnum!]) {
  frameworkAgreements(first: 200) { edges { node { id name agreementNumber status currency
    volumeToDate ${MONEY} currentRebatePercent rebateToDate ${MONEY} nextTierThreshold ${MONEY}
    gapToNextTier ${MONEY} offAgreementVolume ${MONEY} } } }
  rebateTiers(first: 200) { edges { node { frameworkAgreementId fromVolume ${MONEY} rebatePercent } } }
  rebateSettlements(first: 200) { edges { node { frameworkAgreementId period status
    cumulativeVolume ${MONEY} rebateAmount ${MONEY} settlementAmount ${MONEY} } } }
  conflicts(first: 200, filter: { status: { eq: OPEN }, kind: { in: $kinds } }) { edges { node {
    kind summary frameworkAgreementId opportunity { name } assignee { name { firstName lastName } } } } }
}`;

export type AgreementReport = {
  agreements: AgreementReportRow[];
  conflicts: AgreementConflictRow[];
};

/**
 * Every agreement with its tiers and settlements, and the open conflicts of the agreement
 * kinds, in one request of four root queries.
 */
export const loadAgreementReport = async (
  client: GraphqlClient,
): Promise<Result<AgreementReport, GatewayError>> => {
  const response = await client.request(
    AGREEMENT_REPORT_QUERY,
    { kinds: [...AGREEMENT_CONFLICT_KINDS] },
    agreementReportSchema,
  );
  if (!response.success) return response;
  const data = response.data;
  const nodes = <TNode>(connection: { edges: { node: TNode }[] }): TNode[] =>
    connection.edges.map((edge) => edge.node);
  const tiers = nodes(data.rebateTiers);
  const settlements = nodes(data.rebateSettlements);
  return ok({
    agreements: nodes(data.frameworkAgreements).map((agreement) => ({
      ...agreement,
      name: agreement.name ?? agreement.id,
      tiers: tiers.filter((tier) => tier.frameworkAgreementId === agreement.id),
      settlements: settlements
        .filter(
          (settlement) => settlement.frameworkAgreementId === agreement.id,
        )
        .map((settlement) => ({
          ...settlement,
          period: settlement.period ?? '—',
        })),
    })),
    conflicts: nodes(data.conflicts).map((conflict) => ({
      kind: conflict.kind,
      summary: conflict.summary,
      frameworkAgreementId: conflict.frameworkAgreementId,
      opportunityName: conflict.opportunity?.name ?? null,
      assignee: personName(conflict.assignee?.name),
    })),
  });
};

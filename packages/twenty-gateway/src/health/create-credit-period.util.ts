import { z } from 'zod';

import { ok, type CreditPeriod, type Result } from '@global-accounts/domain';

import { type GatewayError } from '../client/gateway-error.type';
import { type GraphqlClient } from '../client/graphql-client.util';
import { creditPeriodNodeSchema } from '../credit/schemas/credit-context.schema';
import { connectionOf } from '../credit/schemas/twenty-values.schema';

export const LOAD_CREDIT_PERIODS_QUERY = `
query LoadCreditPeriods {
  creditPeriods(first: 200, orderBy: [{ startDate: AscNullsFirst }]) {
    edges { node { id name startDate endDate state } }
  }
}`;

export const CREATE_CREDIT_PERIOD_MUTATION = `
mutation CreateCreditPeriod($data: CreditPeriodCreateInput!) {
  createCreditPeriod(data: $data) { id }
}`;

/** The stored periods' names and days as written (unreadable days are kept as text). */
export const loadCreditPeriodBounds = async (
  client: GraphqlClient,
): Promise<
  Result<
    { name: string; startDate: string; endDateInclusive: string }[],
    GatewayError
  >
> => {
  const response = await client.request(
    LOAD_CREDIT_PERIODS_QUERY,
    {},
    z.object({ creditPeriods: connectionOf(creditPeriodNodeSchema) }),
  );
  if (!response.success) return response;
  return ok(
    response.data.creditPeriods.edges.map(({ node }) => ({
      name: node.name ?? '',
      startDate: node.startDate ?? '',
      endDateInclusive: node.endDate ?? '',
    })),
  );
};

export const createCreditPeriod = async (
  client: GraphqlClient,
  period: CreditPeriod,
): Promise<Result<string, GatewayError>> => {
  const response = await client.request(
    CREATE_CREDIT_PERIOD_MUTATION,
    {
      data: {
        name: period.name,
        startDate: period.startDate,
        endDate: period.endDateInclusive,
        state: period.state,
      },
    },
    z.object({ createCreditPeriod: z.object({ id: z.string() }) }),
  );
  return response.success ? ok(response.data.createCreditPeriod.id) : response;
};

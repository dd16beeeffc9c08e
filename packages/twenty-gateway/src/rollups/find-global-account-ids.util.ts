import { z } from 'zod';

import { ok, type Result } from '@global-accounts/domain';

import { type GatewayError } from '../client/gateway-error.type';
import { type GraphqlClient } from '../client/graphql-client.util';
import { fetchRootPages } from '../paging/fetch-root-pages.util';

/** Every global account's id (the nightly roll-up): one request per 200 accounts. */
export const findAllGlobalAccountIds = async ({
  client,
}: {
  client: GraphqlClient;
}): Promise<Result<string[], GatewayError>> => {
  const pages = await fetchRootPages({
    client,
    requests: {
      accounts: {
        field: 'globalAccounts',
        typeName: 'GlobalAccount',
        filter: {},
        selection: 'id',
        node: z.object({ id: z.string() }),
      },
    },
  });
  if (!pages.success) return pages;
  return ok(pages.data.accounts.map((account) => account.id));
};

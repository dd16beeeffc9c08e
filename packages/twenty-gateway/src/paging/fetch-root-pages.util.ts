import { z } from 'zod';

import { fail, ok, type Result } from '@global-accounts/domain';

import { type GatewayError } from '../client/gateway-error.type';
import { type GraphqlClient } from '../client/graphql-client.util';
import {
  buildRootPagesDocument,
  type RootPageSlot,
} from './build-root-pages-document.util';
import {
  MAX_ROOT_FIELDS_PER_DOCUMENT,
  type RootPageRequests,
  type RootPages,
} from './root-page-request.type';

const pageSchema = z.object({
  edges: z.array(z.object({ node: z.unknown() })),
  pageInfo: z.object({
    hasNextPage: z.boolean(),
    endCursor: z.string().nullable().optional(),
  }),
});
const responseSchema = z.record(z.string(), pageSchema);

type PendingSlot = RootPageSlot & { key: string };

// Twenty refuses a document naming the same root resolver twice, aliases or not ("Duplicate
// root resolver"): each document holds at most 20 root fields, each field once.
const toDocuments = (pending: readonly PendingSlot[]): PendingSlot[][] => {
  const documents: PendingSlot[][] = [];
  for (const slot of pending) {
    const document = documents.find(
      (slots) =>
        slots.length < MAX_ROOT_FIELDS_PER_DOCUMENT &&
        slots.every((other) => other.request.field !== slot.request.field),
    );
    if (document === undefined) documents.push([slot]);
    else document.push(slot);
  }
  return documents;
};

/**
 * Reads every request to its last page. Each round sends one document per 20 pending root
 * fields, so N short lists cost one request, and a long list one request per 200 rows.
 */
export const fetchRootPages = async <TRequests extends RootPageRequests>({
  client,
  requests,
}: {
  client: GraphqlClient;
  requests: TRequests;
}): Promise<Result<RootPages<TRequests>, GatewayError>> => {
  const pages: Record<string, unknown[]> = {};
  let pending: PendingSlot[] = Object.entries(requests).map(
    ([key, request], index) => {
      pages[key] = [];
      return { key, alias: `r${index}`, request, after: null };
    },
  );
  while (pending.length > 0) {
    const next: PendingSlot[] = [];
    for (const slots of toDocuments(pending)) {
      const { document, variables } = buildRootPagesDocument({ slots });
      const response = await client.request(
        document,
        variables,
        responseSchema,
      );
      if (!response.success) return response;
      for (const slot of slots) {
        const page = response.data[slot.alias];
        if (page === undefined)
          return fail({
            code: 'INVALID_RESPONSE',
            message: `Twenty answered without ${slot.request.field}`,
          });
        for (const edge of page.edges) {
          const node = slot.request.node.safeParse(edge.node);
          if (!node.success)
            return fail({
              code: 'INVALID_RESPONSE',
              message: `${slot.request.field}: ${z.prettifyError(node.error)}`,
            });
          pages[slot.key]?.push(node.data);
        }
        const cursor = page.pageInfo.endCursor ?? null;
        if (page.pageInfo.hasNextPage && cursor !== null)
          next.push({ ...slot, after: cursor });
      }
    }
    pending = next;
  }
  return ok(pages as RootPages<TRequests>);
};

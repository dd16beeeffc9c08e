import { z } from 'zod';

import { CONFLICT_KINDS } from '@global-accounts/domain';
import {
  type GatewayError,
  type GraphqlClient,
} from '@global-accounts/twenty-gateway';

import { personName } from './person-name.util';

export type ConflictReportRow = {
  kind: string;
  severity: string | null;
  status: string | null;
  summary: string | null;
  assignee: string;
};

const pageSchema = z.object({
  conflicts: z.object({
    edges: z.array(
      z.object({
        node: z.object({
          kind: z.string(),
          severity: z.string().nullable(),
          status: z.string().nullable(),
          summary: z.string().nullable(),
          assignee: z
            .object({
              name: z
                .object({
                  firstName: z.string().nullable(),
                  lastName: z.string().nullable(),
                })
                .optional(),
            })
            .nullable()
            .optional(),
        }),
      }),
    ),
    pageInfo: z.object({
      hasNextPage: z.boolean(),
      endCursor: z.string().nullable(),
    }),
  }),
});

/** Every OPEN or ACKNOWLEDGED conflict, whatever its kind, as the API returns it (paged). */
export const loadConflictReport = async (
  client: GraphqlClient,
): Promise<
  | { success: true; data: ConflictReportRow[] }
  | { success: false; error: GatewayError }
> => {
  const rows: ConflictReportRow[] = [];
  let after: string | null = null;
  do {
    const page: Awaited<
      ReturnType<typeof client.request<z.infer<typeof pageSchema>>>
    > = await client.request(
      `query OpenConflicts($after: String) { conflicts(first: 200, after: $after, filter: { status: { in: [OPEN, ACKNOWLEDGED] } }, orderBy: [{ dedupeKey: AscNullsFirst }]) {
        edges { node { kind severity status summary assignee { name { firstName lastName } } } }
        pageInfo { hasNextPage endCursor } } }`,
      { after },
      pageSchema,
    );
    if (!page.success) return page;
    for (const { node } of page.data.conflicts.edges)
      rows.push({
        kind: node.kind,
        severity: node.severity,
        status: node.status,
        summary: node.summary,
        assignee:
          node.assignee == null ? 'nobody' : personName(node.assignee.name),
      });
    after = page.data.conflicts.pageInfo.hasNextPage
      ? page.data.conflicts.pageInfo.endCursor
      : null;
  } while (after !== null);
  return { success: true, data: rows };
};

/** The open conflicts by kind (in the order of DATA-MODEL.md), each with its sentence and assignee. */
export const formatConflictReport = (
  rows: readonly ConflictReportRow[],
): string => {
  const kinds = [
    ...CONFLICT_KINDS,
    ...new Set(
      rows
        .map((row) => row.kind)
        .filter(
          (kind) => !(CONFLICT_KINDS as readonly string[]).includes(kind),
        ),
    ),
  ];
  const lines = [`Open conflicts by kind (${rows.length})`];
  for (const kind of kinds) {
    const ofKind = rows.filter((row) => row.kind === kind);
    if (ofKind.length === 0) continue;
    lines.push(`\n  ${kind} (${ofKind.length})`);
    for (const row of ofKind)
      lines.push(
        `    [${row.severity ?? '?'}${row.status === 'ACKNOWLEDGED' ? ', acknowledged' : ''}] ${row.summary ?? '(no summary)'} → ${row.assignee}`,
      );
  }
  return lines.join('\n');
};

import { z } from 'zod';

import {
  type GatewayError,
  type GraphqlClient,
} from '@global-accounts/twenty-gateway';
import { ok, type Result } from '@global-accounts/domain';

const moneySchema = z
  .object({
    amountMicros: z.union([z.number(), z.string()]).nullable(),
    currencyCode: z.string().nullable(),
  })
  .nullable();

const accountSchema = z.object({
  id: z.string(),
  name: z.string().nullable(),
  openPipeline: moneySchema,
  wonRevenueYtd: moneySchema,
  annualTarget: moneySchema,
  memberCountries: z.array(z.string()).nullable(),
  uncoveredCountries: z.array(z.string()).nullable(),
  openConflicts: z.number().nullable(),
  rollupStatus: z.string().nullable(),
  rollupProblem: z.string().nullable(),
  ultimateParent: z.string().nullable(),
  planReviewOverdue: z.boolean().nullable(),
});

const objectiveSchema = z.object({
  name: z.string().nullable(),
  measure: z.string().nullable(),
  targetValue: z.number().nullable(),
  currentValue: z.number().nullable(),
  status: z.string().nullable(),
  accountPlan: z.object({ globalAccountId: z.string().nullable() }).nullable(),
});

const reportSchema = z.object({
  globalAccounts: z.object({
    edges: z.array(z.object({ node: accountSchema })),
  }),
  accountPlanObjectives: z.object({
    edges: z.array(z.object({ node: objectiveSchema })),
  }),
});

export type RollupReport = z.infer<typeof reportSchema>;

/** Every account's roll-up fields and its plan objectives, as the app wrote them (one request). */
export const loadRollupReport = async (
  client: GraphqlClient,
): Promise<Result<RollupReport, GatewayError>> => {
  const loaded = await client.request(
    `{ globalAccounts(first: 200, orderBy: [{ name: AscNullsLast }]) { edges { node {
        id name openPipeline { amountMicros currencyCode } wonRevenueYtd { amountMicros currencyCode }
        annualTarget { amountMicros currencyCode } memberCountries uncoveredCountries openConflicts
        rollupStatus rollupProblem ultimateParent planReviewOverdue } } }
      accountPlanObjectives(first: 200, orderBy: [{ name: AscNullsLast }]) { edges { node {
        name measure targetValue currentValue status accountPlan { globalAccountId } } } } }`,
    {},
    reportSchema,
  );
  return loaded.success ? ok(loaded.data) : loaded;
};

const showMoney = (money: z.infer<typeof moneySchema>): string =>
  money === null || money.amountMicros === null || money.currencyCode === null
    ? '—'
    : `${(Number(money.amountMicros) / 1_000_000).toFixed(2)} ${money.currencyCode}`;

const showNumber = (value: number | null): string =>
  value === null
    ? '—'
    : value.toLocaleString('en-US', { maximumFractionDigits: 2 });

/** The report `npm start` prints: one block per account, its objectives under it. */
export const formatRollupReport = (report: RollupReport): string => {
  const accounts = report.globalAccounts.edges.map(({ node }) => node);
  const lines = [`Global account roll-ups (${accounts.length})`];
  for (const account of accounts) {
    const rows: [string, string][] = [
      ['status', account.rollupStatus ?? '—'],
      ...((account.rollupProblem ?? '') !== ''
        ? [['problem', account.rollupProblem ?? ''] as [string, string]]
        : []),
      ['open pipeline', showMoney(account.openPipeline)],
      ['won revenue (YTD)', showMoney(account.wonRevenueYtd)],
      ['annual target', showMoney(account.annualTarget)],
      ['member countries', (account.memberCountries ?? []).join(', ')],
      [
        'uncovered countries',
        (account.uncoveredCountries ?? []).length === 0
          ? '—'
          : (account.uncoveredCountries ?? []).join(', '),
      ],
      ['open conflicts', String(account.openConflicts ?? '—')],
      ['ultimate parent', account.ultimateParent ?? '—'],
      [
        'plan review overdue',
        account.planReviewOverdue === true ? 'yes' : 'no',
      ],
    ];
    const width = Math.max(...rows.map(([label]) => label.length));
    lines.push('', `${account.name ?? account.id}`);
    rows.forEach(([label, value]) =>
      lines.push(`  ${label.padEnd(width)}  ${value}`),
    );
    const objectives = report.accountPlanObjectives.edges
      .map(({ node }) => node)
      .filter((node) => node.accountPlan?.globalAccountId === account.id);
    if (objectives.length > 0) {
      lines.push('  Plan objectives');
      objectives.forEach((objective) =>
        lines.push(
          `    ${objective.name ?? ''} [${objective.measure ?? ''}]: ${showNumber(objective.currentValue)} of ${showNumber(objective.targetValue)}, ${objective.status ?? ''}`,
        ),
      );
    }
  }
  return lines.join('\n');
};

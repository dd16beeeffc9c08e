import { VERIFY_TAG, type VerifyTarget } from './verify-target.type';

// End-to-end credit scenarios that run against any Twenty with the app installed (and, in CI,
// against the test host): they create their own tagged records and read back what the app's
// functions wrote. They need one workspace member (every workspace has one) and the app's
// default settings for credit (EUR deals, the default policy).

export type VerifyFixture = {
  runTag: string;
  memberId: string;
  globalAccountId: string;
  companyId: string;
  outsiderCompanyId: string;
};

export type VerifyScenario = {
  name: string;
  run: (target: VerifyTarget, fixture: VerifyFixture) => Promise<void>;
};

const today = () => new Date().toISOString().slice(0, 10);

const createOne = async (
  target: VerifyTarget,
  mutation: string,
  inputType: string,
  data: object,
): Promise<string> => {
  const result = await target.graphql<Record<string, { id: string }>>(
    `mutation Create($data: ${inputType}!) { ${mutation}(data: $data) { id } }`,
    { data },
  );
  const id = result[mutation]?.id;
  if (id === undefined) throw new Error(`${mutation} returned no id`);
  return id;
};

/** A global account with its GAM (the workspace's first member), a company in it and one outside. */
export const createVerifyFixture = async (
  target: VerifyTarget,
  runTag: string,
): Promise<VerifyFixture> => {
  const members = await target.graphql<{
    workspaceMembers: { edges: { node: { id: string } }[] };
  }>('{ workspaceMembers(first: 1) { edges { node { id } } } }');
  const memberId = members.workspaceMembers.edges[0]?.node.id;
  if (memberId === undefined)
    throw new Error('the workspace has no member to credit');
  const globalAccountId = await createOne(
    target,
    'createGlobalAccount',
    'GlobalAccountCreateInput',
    {
      name: `${runTag} account`,
      globalAccountManagerId: memberId,
      reportingCurrency: 'EUR',
      status: 'ACTIVE',
    },
  );
  await createOne(
    target,
    'createAccountTeamMember',
    'AccountTeamMemberCreateInput',
    {
      name: `${runTag} GAM`,
      globalAccountId,
      workspaceMemberId: memberId,
      role: 'GLOBAL_ACCOUNT_MANAGER',
      countryCode: 'SE',
      startDate: '2020-01-01',
    },
  );
  const companyId = await createOne(
    target,
    'createCompany',
    'CompanyCreateInput',
    {
      name: `${runTag} company DE`,
      countryCode: 'DE',
      globalAccountId,
    },
  );
  const outsiderCompanyId = await createOne(
    target,
    'createCompany',
    'CompanyCreateInput',
    {
      name: `${runTag} company outside`,
      countryCode: 'DE',
    },
  );
  return { runTag, memberId, globalAccountId, companyId, outsiderCompanyId };
};

const createDeal = (
  target: VerifyTarget,
  fixture: VerifyFixture,
  {
    label,
    amount,
    companyId = fixture.companyId,
  }: { label: string; amount: number; companyId?: string },
): Promise<string> =>
  createOne(target, 'createOpportunity', 'OpportunityCreateInput', {
    name: `${fixture.runTag} ${label}`,
    ownerId: fixture.memberId,
    companyId,
    stage: 'PROPOSAL',
    closeDate: `${today()}T12:00:00.000Z`,
    amount: { amountMicros: amount * 1_000_000, currencyCode: 'EUR' },
  });

type Line = {
  recipientId: string | null;
  creditType: string;
  status: string;
  percent: number;
  amount: { amountMicros: number | null; currencyCode: string | null } | null;
};

/** The deal's lines as `TYPE STATUS percent% amount CUR (owner|other)`, sorted. */
const linesOf = async (
  target: VerifyTarget,
  fixture: VerifyFixture,
  opportunityId: string,
  { withReversed = false } = {},
): Promise<string[]> => {
  const data = await target.graphql<{
    creditAllocations: { edges: { node: Line }[] };
  }>(
    'query Lines($id: UUID!) { creditAllocations(first: 100, filter: { opportunityId: { eq: $id } }) { edges { node { recipientId creditType status percent amount { amountMicros currencyCode } } } } }',
    { id: opportunityId },
  );
  return data.creditAllocations.edges
    .map(({ node }) => node)
    .filter((line) => withReversed || line.status !== 'REVERSED')
    .map(
      (line) =>
        `${line.creditType} ${line.status} ${line.percent}% ${(line.amount?.amountMicros ?? 0) / 1_000_000} ${line.amount?.currencyCode ?? ''} (${line.recipientId === fixture.memberId ? 'owner' : 'other'})`,
    )
    .sort();
};

const expectEqual = (
  actual: unknown,
  expected: unknown,
  what: string,
): void => {
  if (JSON.stringify(actual) !== JSON.stringify(expected))
    throw new Error(
      `${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`,
    );
};

export const CREDIT_SCENARIOS: readonly VerifyScenario[] = [
  {
    name: 'a new deal of a global account is credited: revenue to its owner, overlay to the GAM',
    run: async (target, fixture) => {
      const id = await createDeal(target, fixture, {
        label: 'new deal',
        amount: 1000,
      });
      await target.eventually(async () =>
        expectEqual(
          await linesOf(target, fixture, id),
          [
            'OVERLAY PROVISIONAL 100% 1000 EUR (owner)',
            'REVENUE PROVISIONAL 100% 1000 EUR (owner)',
          ],
          'credit lines',
        ),
      );
    },
  },
  {
    name: 'a changed amount is credited again, once',
    run: async (target, fixture) => {
      const id = await createDeal(target, fixture, {
        label: 'changed deal',
        amount: 1000,
      });
      await target.eventually(async () =>
        expectEqual(
          (await linesOf(target, fixture, id)).length,
          2,
          'lines before the change',
        ),
      );
      await target.graphql(
        'mutation Update($id: UUID!, $data: OpportunityUpdateInput!) { updateOpportunity(id: $id, data: $data) { id } }',
        {
          id,
          data: {
            amount: { amountMicros: 2_500_000_000, currencyCode: 'EUR' },
          },
        },
      );
      await target.eventually(async () =>
        expectEqual(
          await linesOf(target, fixture, id),
          [
            'OVERLAY PROVISIONAL 100% 2500 EUR (owner)',
            'REVENUE PROVISIONAL 100% 2500 EUR (owner)',
          ],
          'credit lines after the change',
        ),
      );
    },
  },
  {
    name: "a deleted deal's credit is reversed",
    run: async (target, fixture) => {
      const id = await createDeal(target, fixture, {
        label: 'deleted deal',
        amount: 400,
      });
      await target.eventually(async () =>
        expectEqual(
          (await linesOf(target, fixture, id)).length,
          2,
          'lines before the deletion',
        ),
      );
      await target.graphql(
        'mutation Delete($id: UUID!) { deleteOpportunity(id: $id) { id } }',
        { id },
      );
      await target.eventually(async () => {
        expectEqual(
          await linesOf(target, fixture, id),
          [],
          'lines that still count',
        );
        const all = await linesOf(target, fixture, id, { withReversed: true });
        if (all.length === 0) throw new Error('the reversed lines are gone');
      });
    },
  },
  {
    name: 'a deal of a company outside every global account gets no credit',
    run: async (target, fixture) => {
      const outside = await createDeal(target, fixture, {
        label: 'deal outside',
        amount: 900,
        companyId: fixture.outsiderCompanyId,
      });
      // A deal of the account created after it: once that one is credited, the app has seen both.
      const inside = await createDeal(target, fixture, {
        label: 'deal inside',
        amount: 100,
      });
      await target.eventually(async () =>
        expectEqual(
          (await linesOf(target, fixture, inside)).length,
          2,
          'lines of the deal inside',
        ),
      );
      expectEqual(
        await linesOf(target, fixture, outside, { withReversed: true }),
        [],
        'lines of the deal outside',
      );
    },
  },
];

export { VERIFY_TAG };

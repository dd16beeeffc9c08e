import { DEMO_GLOBAL_ACCOUNT, memberId } from '@global-accounts/seeds';
import { planManualSplit } from '@global-accounts/domain';
import { manualSplitMutation } from '@global-accounts/twenty-gateway';

import {
  creditLinesOf,
  creditSplitEditorOf,
} from '../support/credit-scenario.util';
import {
  graphqlAs,
  readManifest,
  roleId,
} from '../support/manifest-roles.util';
import {
  demoDealNamed,
  startDemoFamilyHost,
  type AppHost,
} from '../support/start-app-host.util';

const WARSAW = demoDealNamed('Warsaw office');

type TimelineEntry = {
  timelineActivityTypeSnapshot: { name: string; action: string };
  properties: { diff?: Record<string, { before: unknown; after: unknown }> };
  workspaceMemberId: string | null;
  linkedRecordId: string;
};

// The audit trail: the app's timeline activity types (objects/timeline-activity-types) put every
// credit line written or changed and every conflict raised or re-statused on the deal's and the
// account's timelines, with who did it and the before and after of what changed.
describe('the audit trail on the timelines', () => {
  let app: AppHost;
  const dealId = WARSAW.id;

  const timelineOf = async (
    target: 'targetOpportunityId' | 'targetGlobalAccountId',
    id: string,
  ): Promise<TimelineEntry[]> => {
    const entries: TimelineEntry[] = [];
    let after: string | null = null;
    for (;;) {
      const page: {
        timelineActivities: {
          edges: { node: TimelineEntry }[];
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        };
      } = await app.graphql(
        `query Timeline($id: UUID!, $after: String) { timelineActivities(filter: { ${target}: { eq: $id } }, first: 200, after: $after) { edges { node { timelineActivityTypeSnapshot properties workspaceMemberId linkedRecordId } } pageInfo { hasNextPage endCursor } } }`,
        { id, after },
      );
      entries.push(...page.timelineActivities.edges.map(({ node }) => node));
      if (!page.timelineActivities.pageInfo.hasNextPage) return entries;
      after = page.timelineActivities.pageInfo.endCursor;
    }
  };

  beforeAll(async () => {
    app = await startDemoFamilyHost();
  });

  afterAll(async () => {
    await app.host.stop();
  });

  it("puts each credit line the app wrote on the deal's and the account's timelines, as the app's doing", async () => {
    const lines = await creditLinesOf(app, dealId);
    const onDeal = await timelineOf('targetOpportunityId', dealId);
    const onAccount = await timelineOf(
      'targetGlobalAccountId',
      DEMO_GLOBAL_ACCOUNT.id,
    );
    for (const line of lines) {
      const added = (entries: TimelineEntry[], name: string) =>
        entries.filter(
          (entry) =>
            entry.linkedRecordId === line.id &&
            entry.timelineActivityTypeSnapshot.name === name,
        );
      expect(added(onDeal, 'creditLineAddedOnOpportunity')).toHaveLength(1);
      expect(added(onAccount, 'creditLineAddedOnAccount')).toHaveLength(1);
    }
    expect(
      onDeal
        .filter((entry) =>
          entry.timelineActivityTypeSnapshot.name.startsWith('creditLine'),
        )
        .every((entry) => entry.workspaceMemberId === null),
    ).toBe(true);
  });

  it("records a manager's split by hand with who made it, and the policy lines' reversal with before and after", async () => {
    const { revenueSplit: policy, candidates } = await creditSplitEditorOf(
      app,
      dealId,
    );
    const [first] = policy;
    if (first === undefined)
      throw new Error('The demo deal has no revenue line');
    const other = candidates.find(
      (person) => person.workspaceMemberId !== first.recipientId,
    );
    if (other === undefined)
      throw new Error('The demo deal offers one person only');
    const manager = first.recipientId;
    const token = app.host.createUserToken(manager, {
      roleUniversalIdentifier: roleId(readManifest(), 'Global account manager'),
    });
    const plan = planManualSplit(policy, [
      { recipientId: first.recipientId, share: '70' },
      { recipientId: other.workspaceMemberId, share: '30' },
    ]);
    if (plan.writes === null) throw new Error(plan.problems.join(' '));
    const save = manualSplitMutation(
      { opportunityId: dealId, globalAccountId: DEMO_GLOBAL_ACCOUNT.id },
      plan.writes,
    );
    expect(
      (await graphqlAs(app, token, save.query, save.variables)).errors,
    ).toBeUndefined();
    await app.host.waitForIdle(60_000);

    const after = await creditLinesOf(app, dealId);
    const manual = after.filter((line) => line.source === 'MANUAL');
    const onDeal = await timelineOf('targetOpportunityId', dealId);
    expect(manual).toHaveLength(2);
    for (const line of manual) {
      const added = onDeal.filter(
        (entry) =>
          entry.linkedRecordId === line.id &&
          entry.timelineActivityTypeSnapshot.name ===
            'creditLineAddedOnOpportunity',
      );
      expect(added.map((entry) => entry.workspaceMemberId)).toEqual([manager]);
    }
    for (const line of policy) {
      const changes = onDeal.filter(
        (entry) =>
          entry.linkedRecordId === line.id &&
          entry.timelineActivityTypeSnapshot.name ===
            'creditLineChangedOnOpportunity',
      );
      expect(
        changes.map((entry) => entry.properties.diff?.status),
      ).toContainEqual({
        before: 'PROVISIONAL',
        after: 'REVERSED',
      });
    }
  });

  it("records every conflict raised in the family on the account's timeline, and a manager's dismissal with before and after", async () => {
    const { conflicts } = await app.graphql<{
      conflicts: { edges: { node: { id: string; status: string } }[] };
    }>(
      'query Conflicts($id: UUID!) { conflicts(filter: { globalAccountId: { eq: $id }, status: { eq: OPEN } }, first: 200) { edges { node { id status } } } }',
      { id: DEMO_GLOBAL_ACCOUNT.id },
    );
    const onAccount = await timelineOf(
      'targetGlobalAccountId',
      DEMO_GLOBAL_ACCOUNT.id,
    );
    const raised = new Set(
      onAccount
        .filter(
          (entry) =>
            entry.timelineActivityTypeSnapshot.name ===
            'conflictRaisedOnAccount',
        )
        .map((entry) => entry.linkedRecordId),
    );
    expect(conflicts.edges.length).toBeGreaterThan(0);
    for (const { node } of conflicts.edges)
      expect(raised.has(node.id)).toBe(true);

    const [conflict] = conflicts.edges;
    const manager = memberId(WARSAW.owner);
    const token = app.host.createUserToken(manager, {
      roleUniversalIdentifier: roleId(readManifest(), 'Global account manager'),
    });
    const dismissed = await graphqlAs(
      app,
      token,
      'mutation Dismiss($id: UUID!) { updateConflict(id: $id, data: { status: DISMISSED }) { id } }',
      { id: conflict?.node.id },
    );
    expect(dismissed.errors).toBeUndefined();
    await app.host.waitForIdle(60_000);
    const changed = (
      await timelineOf('targetGlobalAccountId', DEMO_GLOBAL_ACCOUNT.id)
    ).filter(
      (entry) =>
        entry.linkedRecordId === conflict?.node.id &&
        entry.timelineActivityTypeSnapshot.name === 'conflictChangedOnAccount',
    );
    expect(
      changed.map((entry) => [
        entry.workspaceMemberId,
        entry.properties.diff?.status,
      ]),
    ).toEqual([[manager, { before: 'OPEN', after: 'DISMISSED' }]]);
  });
});

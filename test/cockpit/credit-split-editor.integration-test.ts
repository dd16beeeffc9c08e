import path from 'node:path';

import { planBackToPolicy, planManualSplit } from '@global-accounts/domain';
import { manualSplitMutation } from '@global-accounts/twenty-gateway';

import {
  creditLinesOf,
  creditSplitEditorOf,
  type StoredCreditLine,
} from '../support/credit-scenario.util';
import {
  ARTIFACTS_DIR,
  describeInChromium,
  openFrontComponent,
  readFrontComponent,
} from '../support/chromium-page.util';
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

// The credit split editor: a manager sets a deal's revenue split by hand (exactly 100.00 %),
// saved in one request as the viewer, and goes back to the policy; reps cannot. Checked
// against the stored ledger, then in headless Chromium as a person uses it.
describe("an opportunity's credit split editor", () => {
  let app: AppHost;
  const dealId = WARSAW.id;
  let policySplit: [string, number][];

  const editor = () => creditSplitEditorOf(app, dealId);

  /** The deal's live ORIGINAL revenue lines, read apart from the route. */
  const revenueLines = async (): Promise<StoredCreditLine[]> =>
    (await creditLinesOf(app, dealId)).filter(
      (line) =>
        line.status !== 'REVERSED' &&
        line.creditType === 'REVENUE' &&
        line.entryType === 'ORIGINAL',
    );

  const dealAmountMicros = async (): Promise<number> =>
    (
      await app.graphql<{
        opportunity: { amount: { amountMicros: number } };
      }>(
        'query Deal($id: UUID!) { opportunity(filter: { id: { eq: $id } }) { amount { amountMicros } } }',
        {
          id: dealId,
        },
      )
    ).opportunity.amount.amountMicros;

  const splitOf = (lines: StoredCreditLine[]): [string, number][] =>
    lines
      .map((line): [string, number] => [line.recipientId, line.percent])
      .sort();

  const expectWhole = async (lines: StoredCreditLine[]) => {
    const total = lines.reduce(
      (sum, line) => sum + line.amount.amountMicros,
      0,
    );
    expect(total).toBe(await dealAmountMicros());
  };

  /** Two people of the team who may be credited: the draft the tests save. */
  const twoPeople = async (): Promise<[string, string]> => {
    const { candidates } = await editor();
    const [first, second] = candidates.map(
      (person) => person.workspaceMemberId,
    );
    if (first === undefined || second === undefined)
      throw new Error('The demo deal offers fewer than two people');
    return [first, second];
  };

  beforeAll(async () => {
    app = await startDemoFamilyHost();
    policySplit = splitOf(await revenueLines());
  });

  afterAll(async () => {
    await app.host.stop();
  });

  it('starts from the stored revenue split and offers the owner and the account team', async () => {
    const { revenueSplit, candidates } = await editor();
    expect(
      revenueSplit
        .map((line): [string, number] => [
          line.recipientId,
          line.basisPoints / 100,
        ])
        .sort(),
    ).toEqual(policySplit);
    expect(revenueSplit.every((line) => line.source === 'POLICY')).toBe(true);
    expect(candidates.map((person) => person.role)).toContain('Deal owner');
    expect(candidates.length).toBeGreaterThan(2);
  });

  it("lets a manager save a split by hand and go back to the policy, and refuses a rep's", async () => {
    const manifest = readManifest();
    const [first, second] = await twoPeople();
    const tokenOf = (label: string) =>
      app.host.createUserToken(first, {
        roleUniversalIdentifier: roleId(manifest, label),
      });
    const stored = await editor();
    const deal = {
      opportunityId: dealId,
      globalAccountId: stored.globalAccountId,
    };
    const plan = planManualSplit(stored.revenueSplit, [
      { recipientId: first, share: '60' },
      { recipientId: second, share: '40' },
    ]);
    if (plan.writes === null) throw new Error(plan.problems.join(' '));
    const save = manualSplitMutation(deal, plan.writes);

    const byRep = await graphqlAs(
      app,
      tokenOf('Global account rep'),
      save.query,
      save.variables,
    );
    expect(byRep.errors?.[0]?.message).toMatch(/User does not have permission/);
    await app.host.waitForIdle(60_000);
    expect(splitOf(await revenueLines())).toEqual(policySplit);

    const manager = tokenOf('Global account manager');
    const byManager = await graphqlAs(app, manager, save.query, save.variables);
    expect(byManager.errors).toBeUndefined();
    await app.host.waitForIdle(60_000);
    const manual = await revenueLines();
    expect(splitOf(manual)).toEqual(
      [
        [first, 60],
        [second, 40],
      ].sort(),
    );
    expect(manual.every((line) => line.source === 'MANUAL')).toBe(true);
    await expectWhole(manual);

    const back = manualSplitMutation(
      deal,
      planBackToPolicy((await editor()).revenueSplit),
    );
    const backByManager = await graphqlAs(
      app,
      manager,
      back.query,
      back.variables,
    );
    expect(backByManager.errors).toBeUndefined();
    await app.host.waitForIdle(60_000);
    const policy = await revenueLines();
    expect(splitOf(policy)).toEqual(policySplit);
    await expectWhole(policy);
  });

  describeInChromium('in headless Chromium', (browser) => {
    it('checks the shares as they are typed, saves once, and goes back to the policy', async () => {
      const [first, second] = await twoPeople();
      const page = await openFrontComponent({
        browser: browser(),
        url: `${app.host.url}/front-components/edit-credit-split?recordId=${dealId}`,
      });
      try {
        expect((await readFrontComponent(page)).alerts).toEqual([]);
        const rows = await page.locator('[data-split-row]').count();
        for (let row = rows - 1; row >= 2; row -= 1)
          await page.locator(`[data-split-row="${row}"] button`).click();
        if (rows < 2) await page.getByText('Add a person').click();
        await page.getByLabel('Person 1').selectOption(first);
        await page.getByLabel('Person 2').selectOption(second);
        await page.getByLabel('Share 1').fill('60');
        await page.getByLabel('Share 2').fill('30');

        expect(await page.innerText('[data-split-problems]')).toContain(
          'The shares add up to 90.00 %; they must add up to exactly 100.00 %.',
        );
        expect(await page.getByText('Save split').isDisabled()).toBe(true);

        await page.getByLabel('Share 2').fill('40');
        expect(await page.innerText('[data-split-total]')).toContain(
          '100.00 %',
        );
        await page.getByText('Save split').click();
        await page.waitForSelector('[data-split-version="1"]', {
          timeout: 120_000,
        });
        expect(await page.innerText('[role="status"]')).toContain('Saved.');
        const saved = await readFrontComponent(page);
        expect(saved.alerts).toEqual([]);
        expect(saved.text).toContain('Set by hand');
        await page.screenshot({
          path: path.join(ARTIFACTS_DIR, 'edit-credit-split.png'),
          fullPage: true,
        });
        await app.host.waitForIdle(60_000);
        expect(splitOf(await revenueLines())).toEqual(
          [
            [first, 60],
            [second, 40],
          ].sort(),
        );

        await page.getByText('Back to the policy').click();
        await page.waitForSelector('[data-split-version="2"]', {
          timeout: 120_000,
        });
        expect(await page.innerText('#root')).toContain('Follows the policy');
        await app.host.waitForIdle(60_000);
        expect(splitOf(await revenueLines())).toEqual(policySplit);
      } finally {
        await page.close();
      }
    });
  });
});

import path from 'node:path';

import { type CreditSplitExplanation } from '@global-accounts/domain';

import { creditLinesOf } from '../support/credit-scenario.util';
import {
  ARTIFACTS_DIR,
  describeInChromium,
  renderFrontComponent,
} from '../support/chromium-page.util';
import {
  callAppRoute,
  demoDealNamed,
  startDemoFamilyHost,
  type AppHost,
} from '../support/start-app-host.util';

const UNKNOWN = '00000000-0000-4000-8000-000000000999';
const WARSAW = demoDealNamed('Warsaw office');

type Explanation = CreditSplitExplanation & {
  opportunity: { id: string; name: string };
};

// The opportunity's "Explain this split" and "Recalculate credit" commands: their routes on
// the demo family, then their front components in headless Chromium.
describe("an opportunity's credit commands", () => {
  let app: AppHost;
  const dealId = WARSAW.id;

  /** The deal's live lines, read apart from the route. */
  const liveLines = async () =>
    (await creditLinesOf(app, dealId)).filter(
      (line) => line.status !== 'REVERSED',
    );

  beforeAll(async () => {
    app = await startDemoFamilyHost();
  });

  afterAll(async () => {
    await app.host.stop();
  });

  it("explains every live line of the deal, and each type's shares make 100.00 %", async () => {
    const { status, body } = await callAppRoute(
      app,
      'GET',
      `/opportunities/${dealId}/credit-split`,
    );
    expect(status).toBe(200);
    const explanation = body as unknown as Explanation;
    const lines = await liveLines();
    expect(explanation.opportunity.name).toBe(WARSAW.name);
    expect(explanation.lines).toHaveLength(lines.length);
    expect(explanation.lines.every((line) => line.reason !== '')).toBe(true);
    const types = new Set(
      lines
        .filter((line) => line.entryType === 'ORIGINAL')
        .map((line) => line.creditType),
    );
    expect(explanation.shares.map((share) => share.creditType).sort()).toEqual(
      [...types].sort(),
    );
    expect(explanation.shares.every((share) => share.isWhole)).toBe(true);
  });

  it('recalculates a deal that is already right without writing anything, and says so', async () => {
    const before = await liveLines();
    const { status, body } = await callAppRoute(
      app,
      'POST',
      `/opportunities/${dealId}/recalculate-credit`,
    );
    expect(status).toBe(200);
    expect(body).toMatchObject({ linesWritten: 0, refused: [] });
    expect(String(body.message)).toContain('nothing to change');
    expect(await liveLines()).toEqual(before);
  });

  it('refuses an unknown deal and an id that is not a UUID, in words', async () => {
    for (const route of [
      `/opportunities/${UNKNOWN}/credit-split`,
      `/opportunities/${UNKNOWN}/recalculate-credit`,
    ]) {
      const { status, body } = await callAppRoute(
        app,
        route.endsWith('split') ? 'GET' : 'POST',
        route,
      );
      expect(status).toBe(404);
      expect(JSON.stringify(body)).toContain('No opportunity');
    }
    const malformed = await callAppRoute(
      app,
      'GET',
      '/opportunities/not-an-id/credit-split',
    );
    expect(malformed.status).toBe(400);
    expect(JSON.stringify(malformed.body)).toContain('UUID');
  });

  describeInChromium(
    'their front components in headless Chromium',
    (browser) => {
      it('"Explain this split" shows each recipient, share and reason', async () => {
        const explanation = (
          await callAppRoute(
            app,
            'GET',
            `/opportunities/${dealId}/credit-split`,
          )
        ).body as unknown as Explanation;
        const page = await renderFrontComponent({
          browser: browser(),
          url: `${app.host.url}/front-components/explain-credit-split?recordId=${dealId}`,
          screenshotPath: path.join(ARTIFACTS_DIR, 'explain-credit-split.png'),
        });
        expect(page.alerts).toEqual([]);
        for (const line of explanation.lines) {
          expect(page.text).toContain(line.recipient);
          expect(page.text).toContain(line.share);
          expect(page.text).toContain(line.reason);
        }
        expect(page.text).toContain('REVENUE shares add up to 100.00 %.');
      });

      it('"Recalculate credit" says what it did', async () => {
        const page = await renderFrontComponent({
          browser: browser(),
          url: `${app.host.url}/front-components/recalculate-credit?recordId=${dealId}`,
        });
        expect(page.alerts).toEqual([]);
        expect(page.text).toContain('nothing to change');
      });
    },
  );
});

import {
  createGraphqlClient,
  fixtureHostOptions,
} from '../testing/host-test-client.util';
import { type TwentyHost, startTwentyHost } from './start-twenty-host';

// Database events after commit, trigger matching and the fixture's built bundles running
// with Twenty's environment; faults; cron and HTTP routes.

let host: TwentyHost;
let gql: ReturnType<typeof createGraphqlClient>;

const createWidget = async (name: string, quantity = 1): Promise<string> => {
  const result = await gql(
    `mutation($name: String, $quantity: Float) { createWidget(data: { name: $name, quantity: $quantity }) { id } }`,
    { name, quantity },
  );
  expect(result.errors).toBeUndefined();
  return (result.data?.createWidget as { id: string }).id;
};

const setQuantity = (id: string, quantity: number) =>
  gql(
    `mutation($id: UUID!, $quantity: Float) { updateWidget(id: $id, data: { quantity: $quantity }) { id } }`,
    { id, quantity },
  );

const noteTitles = async (): Promise<string[]> => {
  const result = await gql(
    `{ notes(orderBy: [{ createdAt: AscNullsFirst }]) { edges { node { title } } } }`,
  );
  return (
    result.data?.notes as { edges: { node: { title: string } }[] }
  ).edges.map((e) => e.node.title);
};

const resetState = async () => {
  await host.waitForIdle();
  host.faults.clear();
  await gql(`mutation { destroyNotes(filter: {}) { id } }`);
};

const runsSince = (count: number) => host.runs().slice(count);

beforeAll(async () => {
  host = await startTwentyHost(fixtureHostOptions());
  gql = createGraphqlClient(host.url, host.apiKey);
});

afterAll(async () => {
  await host.stop();
});

describe('database events', () => {
  it('emits created and upserted after an insert, with the record in API shape', async () => {
    const eventCount = host.events().length;

    const id = await createWidget('Evented', 3);
    await host.waitForIdle();

    const emitted = host.events().slice(eventCount);
    expect(emitted.map((batch) => batch.name)).toEqual(
      expect.arrayContaining(['widget.created', 'widget.upserted']),
    );
    const created = emitted.find((b) => b.name === 'widget.created');
    expect(created?.events).toEqual([
      {
        recordId: id,
        properties: {
          after: expect.objectContaining({
            id,
            name: 'Evented',
            quantity: 3,
            price: { amountMicros: null, currencyCode: null },
            companyId: null,
            deletedAt: null,
          }) as unknown,
        },
      },
    ]);
  });

  it('emits updated with before, after, diff and updatedFields, and nothing for a no-op update', async () => {
    const id = await createWidget('Diffed', 1);
    const eventCount = host.events().length;

    await setQuantity(id, 2);
    await setQuantity(id, 2);
    await host.waitForIdle();

    const updated = host
      .events()
      .slice(eventCount)
      .filter((b) => b.name === 'widget.updated');
    expect(updated).toHaveLength(1);
    expect(updated[0]?.events[0]?.properties).toMatchObject({
      before: { quantity: 1 },
      after: { quantity: 2 },
      updatedFields: ['quantity'],
      diff: { quantity: { before: 1, after: 2 } },
    });
    const upserted = host
      .events()
      .slice(eventCount)
      .filter((b) => b.name === 'widget.upserted');
    expect(upserted).toHaveLength(0);
  });

  it('emits deleted, restored and destroyed', async () => {
    const id = await createWidget('Lifecycle');
    const eventCount = host.events().length;

    await gql(`mutation($id: UUID!) { deleteWidget(id: $id) { id } }`, { id });
    await gql(`mutation($id: UUID!) { restoreWidget(id: $id) { id } }`, { id });
    await gql(`mutation($id: UUID!) { destroyWidget(id: $id) { id } }`, { id });
    await host.waitForIdle();

    const emitted = host
      .events()
      .slice(eventCount)
      .filter((b) => b.name.startsWith('widget.'));
    expect(emitted.map((b) => b.name)).toEqual([
      'widget.deleted',
      'widget.restored',
      'widget.destroyed',
    ]);
    expect(emitted[0]?.events[0]?.properties.updatedFields).toEqual([
      'deletedAt',
    ]);
    expect(Object.keys(emitted[2]?.events[0]?.properties ?? {})).toEqual([
      'before',
    ]);
  });

  it('carries the writer workspaceMemberId when a member writes', async () => {
    const memberId = '8b0f9d8e-6c1a-4f0e-9d3b-3c2a1b0e9f11';
    const userGql = createGraphqlClient(
      host.url,
      host.createUserToken(memberId),
    );
    const eventCount = host.events().length;

    await userGql(
      `mutation { createWidget(data: { name: "By a member" }) { id createdBy { source workspaceMemberId } } }`,
    );
    await host.waitForIdle();

    expect(host.events()[eventCount]?.events[0]?.workspaceMemberId).toBe(
      memberId,
    );
  });
});

describe('logic functions', () => {
  beforeEach(resetState);

  it('runs a matching bundle with Twenty env vars, the payload and the context', async () => {
    const id = await createWidget('Runner', 1);
    await host.waitForIdle();
    const runCount = host.runs().length;

    await setQuantity(id, 7);
    await host.waitForIdle();

    const [run] = runsSince(runCount);
    expect(run).toMatchObject({
      functionName: 'on-widget-changed',
      trigger: 'databaseEvent',
      eventName: 'widget.updated',
      status: 'succeeded',
      requestCount: 1,
      payload: {
        name: 'widget.updated',
        workspaceId: expect.any(String) as unknown,
        recordId: id,
        objectMetadata: {
          nameSingular: 'widget',
          namePlural: 'widgets',
          isCustom: true,
        },
        properties: { updatedFields: ['quantity'] },
      },
    });
    expect(await noteTitles()).toEqual([
      `widget ${id} quantity 7 via widget.updated retry 0 env test`,
    ]);
  });

  it('does not run when only unwatched fields change (updatedFields)', async () => {
    const id = await createWidget('Quiet', 1);
    await host.waitForIdle();
    const runCount = host.runs().length;

    await gql(
      `mutation($id: UUID!) { updateWidget(id: $id, data: { name: "Renamed" }) { id } }`,
      { id },
    );
    await host.waitForIdle();

    expect(runsSince(runCount)).toEqual([]);
  });

  it('delivers one batch payload to a batchMode function for a multi-record write', async () => {
    const runCount = host.runs().length;

    await gql(
      `mutation { createWidgets(data: [{ name: "B1" }, { name: "B2" }, { name: "B3" }]) { id } }`,
    );
    await host.waitForIdle();

    const batchRuns = runsSince(runCount).filter(
      (r) => r.functionName === 'on-widgets-created',
    );
    expect(batchRuns).toHaveLength(1);
    expect(batchRuns[0]?.result).toEqual({ count: 3 });
    expect(
      (batchRuns[0]?.payload as { events: unknown[] }).events,
    ).toHaveLength(3);
  });

  it('retries a run that throws RetryableLogicFunctionError with a higher retryCount', async () => {
    const id = await createWidget('Flaky');
    await host.waitForIdle();
    const runCount = host.runs().length;

    await gql(`mutation($id: UUID!) { deleteWidget(id: $id) { id } }`, { id });
    await host.waitForIdle();

    expect(
      runsSince(runCount).map((r) => [r.functionName, r.status, r.retryCount]),
    ).toEqual([
      ['on-widget-deleted', 'failed', 0],
      ['on-widget-deleted', 'succeeded', 1],
    ]);
  });

  it('runs cron functions on demand', async () => {
    const run = await host.runCron('count-widgets');

    expect(run.status).toBe('succeeded');
    expect(run.result).toEqual({ total: expect.any(Number) as unknown });
    await expect(host.runCron('on-widget-changed')).rejects.toThrow(
      'has no cron trigger',
    );
  });

  it('queues jobs with enqueueJobs from a run (the /metadata API)', async () => {
    const runCount = host.runs().length;

    const fanOut = await host.runCron('fan-out');
    await host.waitForIdle();

    expect(fanOut).toMatchObject({
      status: 'succeeded',
      requestCount: 1,
      result: {
        enqueued: true,
        enqueuedJobsCount: 2,
        jobIds: [expect.any(String), expect.any(String)] as unknown,
      },
    });
    expect(
      runsSince(runCount)
        .filter((r) => r.trigger === 'job')
        .map((r) => r.result)
        .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
    ).toEqual([{ label: 'one' }, { label: 'two' }]);
    expect((await noteTitles()).sort()).toEqual(['job one', 'job two']);
  });

  it('serves HTTP routes under /s/, forwarding only listed headers and checking auth', async () => {
    const call = (token: string | null) =>
      fetch(`${host.url}/s/echo?page=2`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-fixture': 'kept',
          'x-other': 'dropped',
          ...(token === null ? {} : { authorization: `Bearer ${token}` }),
        },
        body: JSON.stringify({ message: 'hello' }),
      });

    const withToken = await call(host.apiKey);
    const withoutToken = await call(null);
    const unknownRoute = await fetch(`${host.url}/s/nothing`);

    expect(withToken.status).toBe(200);
    expect(await withToken.json()).toEqual({
      message: 'hello',
      query: { page: '2' },
      forwarded: 'kept',
    });
    expect(withoutToken.status).toBe(401);
    expect(unknownRoute.status).toBe(404);
  });
});

describe('fault injection', () => {
  beforeEach(resetState);

  it('delivers an event twice', async () => {
    const id = await createWidget('Twice');
    await host.waitForIdle();
    host.faults.duplicateNext({
      target: { functionName: 'on-widget-changed' },
    });

    await setQuantity(id, 2);
    await host.waitForIdle();

    expect(await noteTitles()).toHaveLength(2);
  });

  it('drops an event', async () => {
    const id = await createWidget('Dropped');
    await host.waitForIdle();
    host.faults.dropNext({ target: { eventName: 'widget.updated' } });

    await setQuantity(id, 2);
    await host.waitForIdle();

    expect(await noteTitles()).toEqual([]);
  });

  it('delays an event until waitForIdle', async () => {
    const id = await createWidget('Late');
    await host.waitForIdle();
    host.faults.delayNext({
      delayMs: 4_000,
      target: { functionName: 'on-widget-changed' },
    });

    await setQuantity(id, 2);
    const before = await noteTitles();
    await host.waitForIdle();

    expect(before).toEqual([]);
    expect(await noteTitles()).toHaveLength(1);
  });

  it('reorders deliveries queued together', async () => {
    const first = await createWidget('R1');
    const second = await createWidget('R2');
    await host.waitForIdle();
    const runCount = host.runs().length;
    host.faults.reorder({ enabled: true });

    await gql(
      `mutation($ids: [UUID!]) { updateWidgets(filter: { id: { in: $ids } }, data: { quantity: 9 }) { id } }`,
      { ids: [first, second] },
    );
    await host.waitForIdle();

    const recordIds = runsSince(runCount)
      .sort((a, b) => a.startSequence - b.startSequence)
      .map((r) => (r.payload as { recordId: string }).recordId);
    const published = host
      .events()
      .filter((b) => b.name === 'widget.updated')
      .at(-1);
    expect(recordIds).toEqual(
      [...(published?.events.map((e) => e.recordId) ?? [])].reverse(),
    );
  });

  it('fails a run at its n-th API request', async () => {
    const id = await createWidget('Broken');
    await host.waitForIdle();
    const runCount = host.runs().length;
    host.faults.failRunAtRequest({
      atRequest: 1,
      target: { functionName: 'on-widget-changed' },
    });

    await setQuantity(id, 4);
    await host.waitForIdle();

    const [run] = runsSince(runCount);
    expect(run?.status).toBe('failed');
    expect(run?.error?.message).toContain('Injected fault');
    expect(await noteTitles()).toEqual([]);
  });
});

import {
  opportunityIdsOfManualLineEvents,
  runCreditHandler,
} from '../credit/run-credit-handler.util';

describe('runCreditHandler', () => {
  const environment = process.env;
  afterEach(() => {
    process.env = environment;
  });

  it('reports a payload that is not a database event without calling Twenty', async () => {
    await expect(
      runCreditHandler({ hello: 'world' }, () => ['opp-1']),
    ).resolves.toMatchObject({ outcome: 'invalid-payload' });
  });

  it('reports a missing configuration with a clear message', async () => {
    process.env = { TWENTY_API_URL: 'not a url' };
    jest.spyOn(console, 'error').mockImplementation(() => undefined);

    const outcome = await runCreditHandler(
      {
        name: 'opportunity.updated',
        recordId: '0b7a4a4e-0a4c-4e0b-9b1a-1f0c7a3f2d11',
      },
      (events) => events.map((event) => event.recordId),
    );

    expect(outcome).toMatchObject({ outcome: 'invalid-config' });
    expect(JSON.stringify(outcome)).toContain('TWENTY_API_URL');
  });

  it('ignores events that concern no opportunity', async () => {
    await expect(
      runCreditHandler(
        { name: 'creditAllocation.created', events: [] },
        () => [],
      ),
    ).resolves.toMatchObject({ outcome: 'ignored' });
  });
});

describe('opportunityIdsOfManualLineEvents', () => {
  it("keeps a manager's MANUAL lines and ignores the app's own POLICY lines", () => {
    const events = [
      {
        recordId: 'l1',
        properties: { after: { source: 'MANUAL', opportunityId: 'opp-1' } },
      },
      {
        recordId: 'l2',
        properties: { after: { source: 'POLICY', opportunityId: 'opp-2' } },
      },
      {
        recordId: 'l3',
        properties: {
          before: { source: 'MANUAL', opportunityId: 'opp-3' },
          after: { source: 'POLICY', opportunityId: 'opp-3' },
        },
      },
    ];

    expect(opportunityIdsOfManualLineEvents(events)).toEqual([
      'opp-1',
      'opp-3',
    ]);
  });
});

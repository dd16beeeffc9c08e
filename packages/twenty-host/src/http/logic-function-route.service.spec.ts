import {
  LogicFunctionRouteService,
  matchRoutePath,
} from './logic-function-route.service';

describe('matchRoutePath (Twenty: path-to-regexp match in route-trigger.service.ts)', () => {
  it.each([
    ['/conflict-radar/prospect-check', '/conflict-radar/prospect-check/', {}],
    ['/deals/:id', '/deals/42', { id: '42' }],
    [
      '/deals/:id/notes/:note',
      '/deals/a%20b/notes/7',
      { id: 'a b', note: '7' },
    ],
    ['/deals/:id', '/deals', undefined],
    ['/deals/:id', '/deals/42/more', undefined],
    ['/deals', '/other', undefined],
    ['/deals/:id', '/deals/%E0%A4%A', undefined],
  ])('%s against %s', (pattern, path, expected) => {
    expect(matchRoutePath(pattern, path)).toEqual(expected);
  });
});

describe('LogicFunctionRouteService payload', () => {
  const serve = async (path: string, rawBody: string) => {
    const payloads: unknown[] = [];
    const service = new LogicFunctionRouteService({
      logicFunctions: [
        {
          name: 'f',
          httpRouteTriggerSettings: {
            path: '/items/:id',
            httpMethod: 'POST',
            isAuthRequired: false,
          },
        } as never,
      ],
      authenticate: () => undefined,
      runOnce: ({ payload }) => {
        payloads.push(payload);
        return Promise.resolve({
          status: 'succeeded',
          result: { ok: true },
        } as never);
      },
    });
    const answer = await service.handle({
      method: 'POST',
      path,
      headers: {},
      query: {},
      rawBody,
    });
    return { answer, payload: payloads[0] as Record<string, unknown> };
  };

  it('passes path parameters and a JSON body', async () => {
    const { answer, payload } = await serve('/items/7', '{"a":1}');
    expect(answer.status).toBe(200);
    expect(payload).toMatchObject({
      pathParameters: { id: '7' },
      body: { a: 1 },
    });
  });

  it('passes a body that is not JSON as { raw } (Twenty: extractBody)', async () => {
    const { payload } = await serve('/items/7', 'name=x');
    expect(payload).toMatchObject({ body: { raw: 'name=x' } });
  });
});

import { z } from 'zod';

import { isTransientGatewayError } from '../gateway-error.type';
import { createGraphqlClient } from '../graphql-client.util';

const respond = (status: number, body: unknown): typeof fetch =>
  jest.fn(() =>
    Promise.resolve(
      new Response(typeof body === 'string' ? body : JSON.stringify(body), {
        status,
      }),
    ),
  );

const ask = (fetchImplementation: typeof fetch) =>
  createGraphqlClient({
    apiUrl: 'http://twenty.test/',
    token: 'secret',
    fetch: fetchImplementation,
  }).request('{ x }', {}, z.object({ x: z.number() }));

describe('createGraphqlClient', () => {
  it('posts the document with the bearer token and parses the data', async () => {
    const fetchImplementation = respond(200, { data: { x: 1 } });

    await expect(ask(fetchImplementation)).resolves.toEqual({
      success: true,
      data: { x: 1 },
    });
    const [url, init] = (fetchImplementation as jest.Mock).mock.calls[0] as [
      string,
      RequestInit,
    ];
    expect(url).toBe('http://twenty.test/graphql');
    expect(init.headers).toMatchObject({ authorization: 'Bearer secret' });
  });

  it.each([
    {
      title: 'an unreachable server',
      fetch: () => Promise.reject(new Error('ECONNREFUSED')),
      code: 'HTTP_ERROR',
    },
    { title: 'HTTP 429', fetch: respond(429, {}), code: 'RATE_LIMITED' },
    {
      title: 'the LIMIT_REACHED GraphQL error',
      fetch: respond(200, {
        errors: [
          {
            message: 'Limit reached',
            extensions: { code: 'BAD_USER_INPUT', subCode: 'LIMIT_REACHED' },
          },
        ],
      }),
      code: 'RATE_LIMITED',
    },
    {
      title: 'a GraphQL error',
      fetch: respond(200, {
        errors: [
          { message: 'Record not found', extensions: { code: 'NOT_FOUND' } },
        ],
      }),
      code: 'GRAPHQL_ERROR',
    },
    {
      title: 'a body that is not JSON',
      fetch: respond(502, '<html>bad gateway</html>'),
      code: 'HTTP_ERROR',
    },
    {
      title: 'data of the wrong shape',
      fetch: respond(200, { data: { x: 'one' } }),
      code: 'INVALID_RESPONSE',
    },
  ])('maps $title to $code', async ({ fetch: fetchImplementation, code }) => {
    const result = await ask(fetchImplementation);

    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.code).toBe(code);
  });

  it('counts every request it sends', async () => {
    const client = createGraphqlClient({
      apiUrl: 'http://twenty.test',
      token: 't',
      fetch: respond(200, { data: { x: 1 } }),
    });

    await client.request('{ x }', {}, z.object({ x: z.number() }));
    await client.request('{ x }', {}, z.object({ x: z.number() }));

    expect(client.requestCount()).toBe(2);
  });
});

describe('isTransientGatewayError', () => {
  it.each([
    {
      error: {
        code: 'HTTP_ERROR',
        status: 502,
        message: 'bad gateway',
      } as const,
      transient: true,
    },
    {
      error: { code: 'RATE_LIMITED', message: 'Limit reached' } as const,
      transient: true,
    },
    {
      error: {
        code: 'GRAPHQL_ERROR',
        graphqlCode: 'BAD_USER_INPUT',
        message: 'A duplicate entry was detected',
      } as const,
      transient: true,
    },
    {
      error: {
        code: 'GRAPHQL_ERROR',
        graphqlCode: 'BAD_USER_INPUT',
        message: 'Unknown field',
      } as const,
      transient: false,
    },
    {
      error: { code: 'INVALID_RESPONSE', message: 'bad shape' } as const,
      transient: false,
    },
  ])('says $transient for $error.message', ({ error, transient }) => {
    expect(isTransientGatewayError(error)).toBe(transient);
  });
});

import { z } from 'zod';

import { fetchRootPages } from '../fetch-root-pages.util';
import { createFakeTwenty } from './fake-twenty';

const request = (field: string, filter: Record<string, unknown>) => ({
  field,
  typeName: 'Thing',
  filter,
  selection: 'id kind',
  node: z.object({ id: z.string(), kind: z.string() }),
});

const rows = (count: number, kind: string) =>
  Array.from({ length: count }, (_, index) => ({
    id: `${kind}-${String(index).padStart(4, '0')}`,
    kind,
  }));

describe('fetchRootPages', () => {
  it.each([
    {
      title: 'different fields share one document',
      tables: { things: rows(3, 'a'), others: rows(3, 'b') },
      requests: {
        a: request('things', {}),
        b: request('others', {}),
      },
      documents: 1,
      counts: { a: 3, b: 3 },
    },
    {
      title:
        'the same field twice goes into two documents (Twenty refuses it in one)',
      tables: { things: [...rows(3, 'a'), ...rows(2, 'b')] },
      requests: {
        a: request('things', { kind: { eq: 'a' } }),
        b: request('things', { kind: { eq: 'b' } }),
      },
      documents: 2,
      counts: { a: 3, b: 2 },
    },
    {
      title: 'a list of 450 rows is read in three pages of 200',
      tables: { things: rows(450, 'a'), others: rows(1, 'b') },
      requests: {
        a: request('things', {}),
        b: request('others', {}),
      },
      documents: 3,
      counts: { a: 450, b: 1 },
    },
    {
      title: 'no request, no document',
      tables: {},
      requests: {},
      documents: 0,
      counts: {},
    },
  ])('$title', async ({ tables, requests, documents, counts }) => {
    const twenty = createFakeTwenty(
      tables as unknown as Record<string, Record<string, unknown>[]>,
    );

    const pages = await fetchRootPages({
      client: twenty.client,
      requests: requests as Record<string, ReturnType<typeof request>>,
    });

    expect(twenty.documents).toHaveLength(documents);
    expect(pages.success).toBe(true);
    if (!pages.success) return;
    expect(
      Object.fromEntries(
        Object.entries(pages.data).map(([key, list]) => [key, list.length]),
      ),
    ).toEqual(counts);
  });
});

import { createGraphqlClient } from '../../client/graphql-client.util';

type Row = Record<string, unknown>;
type Filter = Record<string, unknown>;

const matches = (row: Row, filter: Filter): boolean =>
  Object.entries(filter).every(([key, condition]) => {
    if (key === 'and')
      return (condition as Filter[]).every((inner) => matches(row, inner));
    if (key === 'or')
      return (condition as Filter[]).some((inner) => matches(row, inner));
    if (key === 'not') return !matches(row, condition as Filter);
    const value = row[key] ?? null;
    const [operator, operand] = Object.entries(condition as Filter)[0] ?? [];
    switch (operator) {
      case 'in':
        return (operand as unknown[]).includes(value);
      case 'eq':
        return value === operand;
      case 'is':
        return operand === 'NULL' ? value === null : value !== null;
      case 'like': {
        const prefix = String(operand).replace(/%$/, '');
        return typeof value === 'string' && value.startsWith(prefix);
      }
      default:
        throw new Error(`fake Twenty: operator ${String(operator)}`);
    }
  });

const ROOT_FIELD =
  /(\w+): (\w+)\(first: (\d+), after: \$(\w+), filter: \$(\w+), orderBy: \[\{ id: AscNullsFirst \}\]\)/g;

/**
 * Answers the gateway's root-page documents from in-memory tables, as Twenty does for root
 * queries (filter, id order, cursor pages of `first`), and checks Twenty's limits on each
 * document: first ≤ 200, at most 20 root fields, no root field twice (even under two aliases).
 */
export const createFakeTwenty = (tables: Record<string, Row[]>) => {
  const documents: string[] = [];
  const fetchImplementation = (_url: string, init: RequestInit) => {
    const body = JSON.parse(init.body as string) as {
      query: string;
      variables: Record<string, unknown>;
    };
    documents.push(body.query);
    const data: Record<string, unknown> = {};
    const fields = [...body.query.matchAll(ROOT_FIELD)];
    if (fields.length === 0 || fields.length > 20)
      throw new Error(`fake Twenty: ${fields.length} root fields`);
    for (const [
      ,
      alias = '',
      field = '',
      first,
      afterVar = '',
      filterVar = '',
    ] of fields) {
      if (Number(first) > 200) throw new Error('fake Twenty: first > 200');
      if (alias in data) throw new Error(`fake Twenty: alias ${alias} twice`);
      if (fields.filter((other) => other[2] === field).length > 1)
        throw new Error(`fake Twenty: Duplicate root resolver: "${field}"`);
      const rows = (tables[field] ?? [])
        .filter((row) => matches(row, body.variables[filterVar] as Filter))
        .sort((a, b) => String(a.id).localeCompare(String(b.id)));
      const after = body.variables[afterVar];
      const start = after === null || after === undefined ? 0 : Number(after);
      const page = rows.slice(start, start + Number(first));
      const end = start + page.length;
      data[alias] = {
        edges: page.map((node) => ({ node })),
        pageInfo: { hasNextPage: end < rows.length, endCursor: String(end) },
      };
    }
    return Promise.resolve(
      new Response(JSON.stringify({ data }), { status: 200 }),
    );
  };
  const client = createGraphqlClient({
    apiUrl: 'http://fake',
    token: 't',
    fetch: fetchImplementation as unknown as typeof fetch,
  });
  return { client, documents };
};

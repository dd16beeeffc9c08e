import { countRootFields } from '../count-root-fields.util';

describe('countRootFields', () => {
  it.each([
    ['one field', 'query { companies { edges { node { id } } } }', 1],
    [
      'aliases apiece, arguments and nested selections skipped',
      `query Load($ids: [UUID!], $first: Int) {
        r0: companies(filter: { id: { in: $ids } }, first: $first) { edges { node { id name } } }
        r1: opportunities(filter: { name: { eq: "a { b: c }" } }) { totalCount }
        # a comment { d: e }
        r2: conflictsGroupBy(groupBy: [{ kind: true }]) { groupByDimensionValues totalCount }
      }`,
      3,
    ],
    [
      'a mutation with object arguments',
      'mutation Save($data: [CreditAllocationCreateInput!]!) { createCreditAllocations(data: $data) { id } updateOpportunity(id: "x", data: { name: "y" }) { id } }',
      2,
    ],
    ['a block string', 'query { a(text: """ { b c } """) { id } }', 1],
    ['no field at all still costs one', '{}', 1],
  ])('%s', (_title, document, expected) => {
    expect(countRootFields(document)).toBe(expected);
  });
});

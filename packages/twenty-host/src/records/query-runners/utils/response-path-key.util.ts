/** The shape of graphql-js's ResponsePath this util reads. */
type PathLike = { key: string | number; prev: PathLike | undefined };

/**
 * A GraphQL response path without list indices (`opportunities.edges.node.creditAllocations`):
 * the same key for the field on every parent of a page, so their loads can be batched.
 */
export const responsePathKey = (path: PathLike | undefined): string => {
  const keys: string[] = [];
  for (let current = path; current !== undefined; current = current.prev) {
    if (typeof current.key === 'string') keys.unshift(current.key);
  }
  return keys.join('.');
};

import { ROOT_PAGE_SIZE, type RootPageRequest } from './root-page-request.type';

export type RootPageSlot = {
  alias: string;
  request: RootPageRequest;
  after: string | null;
};

/**
 * One query document reading one page of each slot, every root field under its own alias
 * (`r0`, `r1`, …), filters and cursors as variables, ordered by id for stable cursors.
 */
export const buildRootPagesDocument = ({
  slots,
}: {
  slots: readonly RootPageSlot[];
}): { document: string; variables: Record<string, unknown> } => {
  const variables: Record<string, unknown> = {};
  const declarations: string[] = [];
  const fields = slots.map(({ alias, request, after }) => {
    variables[`${alias}Filter`] = request.filter;
    variables[`${alias}After`] = after;
    declarations.push(
      `$${alias}Filter: ${request.typeName}FilterInput`,
      `$${alias}After: String`,
    );
    return `  ${alias}: ${request.field}(first: ${ROOT_PAGE_SIZE}, after: $${alias}After, filter: $${alias}Filter, orderBy: [{ id: AscNullsFirst }]) {
    edges { node { ${request.selection} } }
    pageInfo { hasNextPage endCursor }
  }`;
  });
  return {
    document: `query LoadRootPages(${declarations.join(', ')}) {\n${fields.join('\n')}\n}`,
    variables,
  };
};

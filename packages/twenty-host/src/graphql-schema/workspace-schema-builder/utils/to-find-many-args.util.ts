import { type FindManyArgs } from '../../../records/records.service';

export const toFindManyArgs = (
  args: Record<string, unknown>,
): FindManyArgs => ({
  filter: args.filter,
  orderBy: args.orderBy,
  first: typeof args.first === 'number' ? args.first : null,
  last: typeof args.last === 'number' ? args.last : null,
  after: typeof args.after === 'string' ? args.after : null,
  before: typeof args.before === 'string' ? args.before : null,
  offset: typeof args.offset === 'number' ? args.offset : null,
});

import { GraphQLEnumType } from 'graphql';

import { ACTOR_SOURCES } from '../../../manifest/composite-types.constant';
import { ORDER_BY_DIRECTIONS } from '../../../records/order-by.util';

// Twenty: workspace-schema-builder/graphql-types/enum (order-by-direction.enum-type.ts),
// graphql-types/input/filter-is.input-type.ts.
export const FilterIs = new GraphQLEnumType({
  name: 'FilterIs',
  values: { NULL: {}, NOT_NULL: {}, NotNull: {}, Null: {} },
});

export const OrderByDirectionEnum = new GraphQLEnumType({
  name: 'OrderByDirection',
  values: Object.fromEntries(ORDER_BY_DIRECTIONS.map((d) => [d, {}])),
});

export const ActorSourceEnum = new GraphQLEnumType({
  name: 'ActorSourceEnum',
  values: Object.fromEntries(ACTOR_SOURCES.map((s) => [s, {}])),
});

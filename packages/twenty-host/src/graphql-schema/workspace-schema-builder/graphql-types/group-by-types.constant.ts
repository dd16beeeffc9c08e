import {
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLString,
} from 'graphql';

import {
  DATE_GRANULARITIES,
  FIRST_DAYS_OF_THE_WEEK,
} from '../../../group-by/group-by-dimension.type';
import { OrderByDirectionEnum } from './common-enum-types.constant';

// Twenty: graphql-type-generators/input-types/group-by-input/
// group-by-date-granularity-gql-input-type.generator.ts (as a real workspace serves it,
// with weekStartDay and timeZone).
const GRANULARITY_DESCRIPTION =
  'Date granularity (e.g. day, month, quarter, year, day of the week, quarter of the year, month of the year)';

export const DateGranularityEnum = new GraphQLEnumType({
  name: 'DateGranularityEnum',
  description: GRANULARITY_DESCRIPTION,
  values: Object.fromEntries(DATE_GRANULARITIES.map((g) => [g, {}])),
});

export const FirstDayOfTheWeekEnum = new GraphQLEnumType({
  name: 'FirstDayOfTheWeek',
  values: Object.fromEntries(FIRST_DAYS_OF_THE_WEEK.map((d) => [d, {}])),
});

export const GroupByDateGranularityInput = new GraphQLInputObjectType({
  name: 'GroupByDateGranularityInput',
  fields: {
    granularity: {
      type: DateGranularityEnum,
      description: GRANULARITY_DESCRIPTION,
    },
    weekStartDay: { type: FirstDayOfTheWeekEnum },
    timeZone: { type: GraphQLString },
  },
});

export const OrderByDateGranularityInput = new GraphQLInputObjectType({
  name: 'OrderByDateGranularityInput',
  fields: {
    orderBy: { type: OrderByDirectionEnum },
    granularity: { type: DateGranularityEnum },
  },
});

import { defineObject, FieldType } from 'twenty-sdk/define';

import { CREDIT_PERIOD_STATES } from '@global-accounts/domain';

import {
  CREDIT_PERIOD_END_DATE_FIELD_UNIVERSAL_IDENTIFIER,
  CREDIT_PERIOD_NAME_FIELD_UNIVERSAL_IDENTIFIER,
  CREDIT_PERIOD_OBJECT_UNIVERSAL_IDENTIFIER,
  CREDIT_PERIOD_START_DATE_FIELD_UNIVERSAL_IDENTIFIER,
  CREDIT_PERIOD_STATE_FIELD_UNIVERSAL_IDENTIFIER,
  CREDIT_PERIOD_STATE_OPTION_IDS,
} from './constants/universal-identifiers';
import { buildSelectOptions } from './utils/build-select-options.util';

export default defineObject({
  universalIdentifier: CREDIT_PERIOD_OBJECT_UNIVERSAL_IDENTIFIER,
  nameSingular: 'creditPeriod',
  namePlural: 'creditPeriods',
  labelSingular: 'Credit period',
  labelPlural: 'Credit periods',
  description:
    'A period credit is booked in (e.g. 2026-Q4). Once closed, its credit lines never change: corrections go to the open period.',
  icon: 'IconCalendarStats',
  labelIdentifierFieldMetadataUniversalIdentifier:
    CREDIT_PERIOD_NAME_FIELD_UNIVERSAL_IDENTIFIER,
  fields: [
    {
      universalIdentifier: CREDIT_PERIOD_NAME_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.TEXT,
      name: 'name',
      label: 'Name',
      description: 'Period name as used on credit lines, e.g. 2026-Q4.',
      icon: 'IconAbc',
    },
    {
      universalIdentifier: CREDIT_PERIOD_START_DATE_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.DATE,
      name: 'startDate',
      label: 'Start date',
      description: 'First day of the period (included).',
      icon: 'IconCalendarPlus',
    },
    {
      universalIdentifier: CREDIT_PERIOD_END_DATE_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.DATE,
      name: 'endDate',
      label: 'End date',
      description: 'Last day of the period (included).',
      icon: 'IconCalendarMinus',
    },
    {
      universalIdentifier: CREDIT_PERIOD_STATE_FIELD_UNIVERSAL_IDENTIFIER,
      type: FieldType.SELECT,
      name: 'state',
      label: 'State',
      description: 'Open: credit can still change. Closed: credit is final.',
      icon: 'IconLock',
      defaultValue: "'OPEN'",
      options: buildSelectOptions({
        values: CREDIT_PERIOD_STATES,
        ids: CREDIT_PERIOD_STATE_OPTION_IDS,
        colors: { OPEN: 'green', CLOSED: 'gray' },
      }),
    },
  ],
});

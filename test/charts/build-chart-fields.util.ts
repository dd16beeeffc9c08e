import { STANDARD_OBJECT } from 'twenty-sdk/define';

import { type Manifest } from '@global-accounts/manifest-check';

import { type ChartField } from './chart-query.type';

// Types of the standard fields our charts name (Twenty's standard opportunity and company).
const STANDARD_FIELD_TYPES: Record<string, Record<string, string>> = {
  opportunity: {
    amount: 'CURRENCY',
    stage: 'SELECT',
    company: 'RELATION',
    closeDate: 'DATE_TIME',
    name: 'TEXT',
  },
  company: { name: 'TEXT' },
};

/** Every field a chart may name, by universal identifier: the app's fields and the standard ones above. */
export const buildChartFields = (
  manifest: Manifest,
): Map<string, ChartField> => {
  const fields = new Map<string, ChartField>();
  for (const object of manifest.objects) {
    for (const field of object.fields) {
      fields.set(field.universalIdentifier, {
        name: field.name,
        type: field.type,
        objectUniversalIdentifier: object.universalIdentifier,
      });
    }
  }
  for (const field of manifest.fields) {
    fields.set(field.universalIdentifier, {
      name: field.name,
      type: field.type,
      objectUniversalIdentifier: field.objectUniversalIdentifier,
    });
  }
  for (const [objectName, types] of Object.entries(STANDARD_FIELD_TYPES)) {
    const object = STANDARD_OBJECT[objectName as keyof typeof STANDARD_OBJECT];
    for (const [name, type] of Object.entries(types)) {
      const field = (
        object.fields as Record<string, { universalIdentifier: string }>
      )[name];
      if (field !== undefined)
        fields.set(field.universalIdentifier, {
          name,
          type,
          objectUniversalIdentifier: object.universalIdentifier,
        });
    }
  }
  return fields;
};

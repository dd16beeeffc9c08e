import { type ManifestViolation } from '../manifest-check.type';
import { type Manifest } from '../schemas/manifest.schema';
import { createViolation } from '../utils/create-violation.util';
import { listAppFields } from '../utils/list-app-fields.util';

// twenty-sdk writes literal defaults in single quotes: "'OPEN'".
const unquote = (value: string): string =>
  value.length >= 2 && value.startsWith("'") && value.endsWith("'")
    ? value.slice(1, -1)
    : value;

const listDefaultValues = (defaultValue: unknown): unknown[] =>
  Array.isArray(defaultValue) ? defaultValue : [defaultValue];

export const checkSelectDefaults = (manifest: Manifest): ManifestViolation[] =>
  listAppFields(manifest)
    .filter(
      ({ field }) =>
        (field.type === 'SELECT' || field.type === 'MULTI_SELECT') &&
        field.defaultValue != null,
    )
    .flatMap(({ field, path }) => {
      const values = new Set(field.options.map((option) => option.value));
      return listDefaultValues(field.defaultValue)
        .filter(
          (value) => typeof value !== 'string' || !values.has(unquote(value)),
        )
        .map((value) =>
          createViolation(
            'DEFAULT_NOT_IN_OPTIONS',
            path,
            `Default ${JSON.stringify(value)} of "${field.name}" is not one of its options (${[...values].join(', ')}).`,
          ),
        );
    });

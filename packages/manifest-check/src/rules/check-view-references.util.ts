import { type ManifestViolation } from '../manifest-check.type';
import { type Manifest, type ManifestView } from '../schemas/manifest.schema';
import { createViolation } from '../utils/create-violation.util';
import { isFieldOfObject } from '../utils/is-field-of-object.util';
import { type ManifestIndex } from '../utils/manifest-index.type';

const dangling = (path: string, message: string): ManifestViolation =>
  createViolation('DANGLING_REFERENCE', path, message);

const listFieldReferences = (view: ManifestView): [string, string][] => [
  ...view.fields.map((field, i): [string, string] => [
    `fields[${i}]`,
    field.fieldMetadataUniversalIdentifier,
  ]),
  ...view.filters.map((filter, i): [string, string] => [
    `filters[${i}]`,
    filter.fieldMetadataUniversalIdentifier,
  ]),
  ...view.sorts.map((sort, i): [string, string] => [
    `sorts[${i}]`,
    sort.fieldMetadataUniversalIdentifier,
  ]),
  ...(
    [
      ['mainGroupBy', view.mainGroupByFieldMetadataUniversalIdentifier],
      [
        'kanbanAggregateOperationField',
        view.kanbanAggregateOperationFieldMetadataUniversalIdentifier,
      ],
      ['calendarField', view.calendarFieldMetadataUniversalIdentifier],
      ['calendarEndField', view.calendarEndFieldMetadataUniversalIdentifier],
    ] as const
  ).flatMap(([key, id]): [string, string][] => (id == null ? [] : [[key, id]])),
];

const checkView = (
  view: ManifestView,
  index: ManifestIndex,
): ManifestViolation[] => {
  const path = `views[${view.name}]`;
  const object = index.objects.get(view.objectUniversalIdentifier);
  if (object === undefined) {
    return [
      dangling(
        path,
        `View "${view.name}" is on unknown object "${view.objectUniversalIdentifier}".`,
      ),
    ];
  }
  const violations = listFieldReferences(view)
    .filter(([, id]) => !isFieldOfObject(index, id, object.universalIdentifier))
    .map(([where, id]) =>
      dangling(
        `${path}.${where}`,
        `Field "${id}" is not a field of "${object.nameSingular}".`,
      ),
    );

  const groupIds = new Set(
    view.filterGroups.map((group) => group.universalIdentifier),
  );
  for (const [i, filter] of view.filters.entries()) {
    const group = filter.viewFilterGroupUniversalIdentifier;
    if (group != null && !groupIds.has(group)) {
      violations.push(
        dangling(
          `${path}.filters[${i}]`,
          `Filter group "${group}" is not defined on the view.`,
        ),
      );
    }
  }
  // Groups name values of the group-by field: each must be one of its options.
  const groupBy = view.mainGroupByFieldMetadataUniversalIdentifier;
  const groupByField =
    groupBy == null ? undefined : index.fields.get(groupBy)?.definition;
  if (groupByField !== undefined && groupByField.options.length > 0) {
    const values = new Set(groupByField.options.map((option) => option.value));
    for (const [i, group] of view.groups.entries()) {
      if (group.fieldValue !== '' && !values.has(group.fieldValue)) {
        violations.push(
          dangling(
            `${path}.groups[${i}]`,
            `Group value "${group.fieldValue}" is not an option of "${groupByField.name}".`,
          ),
        );
      }
    }
  }
  return violations;
};

export const checkViewReferences = (
  manifest: Manifest,
  index: ManifestIndex,
): ManifestViolation[] => [
  ...manifest.views.flatMap((view) => checkView(view, index)),
  ...manifest.viewFields.flatMap((viewField, i) => {
    const path = `viewFields[${i}]`;
    const view = index.views.get(viewField.viewUniversalIdentifier);
    if (view === undefined) {
      return [
        dangling(
          path,
          `View field belongs to unknown view "${viewField.viewUniversalIdentifier}".`,
        ),
      ];
    }
    return isFieldOfObject(
      index,
      viewField.fieldMetadataUniversalIdentifier,
      view.objectUniversalIdentifier,
    )
      ? []
      : [
          dangling(
            path,
            `Field "${viewField.fieldMetadataUniversalIdentifier}" is not a field of the object of view "${view.name}".`,
          ),
        ];
  }),
];

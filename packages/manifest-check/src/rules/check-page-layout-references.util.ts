import { type ManifestViolation } from '../manifest-check.type';
import {
  type Manifest,
  type ManifestPageLayoutWidget,
} from '../schemas/manifest.schema';
import { createViolation } from '../utils/create-violation.util';
import { isFieldOfObject } from '../utils/is-field-of-object.util';
import { type ManifestIndex } from '../utils/manifest-index.type';

const dangling = (path: string, message: string): ManifestViolation =>
  createViolation('DANGLING_REFERENCE', path, message);

const OBJECT_BOUND_LAYOUT_TYPES = [
  'RECORD_PAGE',
  'RECORD_INDEX',
  'RECORD_FORM',
];
// FIELD and FORM_FIELD widgets carry the field's universal identifier in `fieldMetadataId`.
const FIELD_ID_CONFIGURATIONS = ['FIELD', 'FORM_FIELD'];

// Walks a widget configuration and checks every id it names.
const checkConfigurationValue = (
  value: unknown,
  key: string,
  path: string,
  scope: {
    objectUniversalIdentifier: string | undefined;
    configurationType: unknown;
  },
  index: ManifestIndex,
): ManifestViolation[] => {
  if (Array.isArray(value)) {
    return value.flatMap((item, i) =>
      checkConfigurationValue(item, key, `${path}[${i}]`, scope, index),
    );
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([childKey, child]) =>
      checkConfigurationValue(
        child,
        childKey,
        `${path}.${childKey}`,
        scope,
        index,
      ),
    );
  }
  if (typeof value !== 'string') return [];
  if (key === 'viewUniversalIdentifier') {
    return index.views.has(value) || index.standardViews.has(value)
      ? []
      : [dangling(path, `Unknown view "${value}".`)];
  }
  if (key === 'frontComponentUniversalIdentifier') {
    return index.frontComponents.has(value)
      ? []
      : [dangling(path, `Unknown front component "${value}".`)];
  }
  const isFieldKey =
    key === 'fieldMetadataUniversalIdentifier' ||
    key.endsWith('FieldMetadataUniversalIdentifier') ||
    (key === 'fieldMetadataId' &&
      FIELD_ID_CONFIGURATIONS.includes(String(scope.configurationType)));
  if (!isFieldKey) return [];
  const object = key.startsWith('relationTarget')
    ? undefined
    : scope.objectUniversalIdentifier;
  const isKnown =
    object === undefined
      ? index.fields.has(value)
      : isFieldOfObject(index, value, object);
  return isKnown
    ? []
    : [
        dangling(
          path,
          `Field "${value}" is not a field of ${object === undefined ? 'any known object' : `object "${object}"`}.`,
        ),
      ];
};

const checkWidget = (
  widget: ManifestPageLayoutWidget,
  path: string,
  layoutObject: string | undefined,
  index: ManifestIndex,
): ManifestViolation[] => {
  const widgetObject = widget.objectUniversalIdentifier ?? undefined;
  if (widgetObject !== undefined && !index.objects.has(widgetObject)) {
    return [
      dangling(
        path,
        `Widget "${widget.title}" is on unknown object "${widgetObject}".`,
      ),
    ];
  }
  const scope = {
    objectUniversalIdentifier: widgetObject ?? layoutObject,
    configurationType: widget.configuration.configurationType,
  };
  return checkConfigurationValue(
    widget.configuration,
    'configuration',
    `${path}.configuration`,
    scope,
    index,
  );
};

export const checkPageLayoutReferences = (
  manifest: Manifest,
  index: ManifestIndex,
): ManifestViolation[] => {
  const violations: ManifestViolation[] = [];
  const layoutObjects = new Map<string, string | undefined>();
  for (const layout of manifest.pageLayouts) {
    const path = `pageLayouts[${layout.name}]`;
    const object = layout.objectUniversalIdentifier ?? undefined;
    layoutObjects.set(layout.universalIdentifier, object);
    if (
      object === undefined &&
      OBJECT_BOUND_LAYOUT_TYPES.includes(layout.type)
    ) {
      violations.push(
        dangling(path, `A ${layout.type} layout needs an object.`),
      );
    }
    if (object !== undefined && !index.objects.has(object)) {
      violations.push(
        dangling(path, `Page layout is on unknown object "${object}".`),
      );
    }
    const focusTab =
      layout.defaultTabToFocusOnMobileAndSidePanelUniversalIdentifier;
    if (
      focusTab != null &&
      !layout.tabs.some((tab) => tab.universalIdentifier === focusTab)
    ) {
      violations.push(
        dangling(
          path,
          `Default tab "${focusTab}" is not a tab of this layout.`,
        ),
      );
    }
    for (const tab of layout.tabs) {
      for (const widget of tab.widgets) {
        violations.push(
          ...checkWidget(
            widget,
            `${path}.tabs[${tab.title}].widgets[${widget.title}]`,
            object,
            index,
          ),
        );
      }
    }
  }
  for (const tab of manifest.pageLayoutTabs) {
    const path = `pageLayoutTabs[${tab.title}]`;
    const layout = tab.pageLayoutUniversalIdentifier;
    if (layout == null || !index.pageLayouts.has(layout)) {
      violations.push(
        dangling(
          path,
          `Tab "${tab.title}" is added to unknown page layout "${layout ?? '(none)'}".`,
        ),
      );
    }
    for (const widget of tab.widgets) {
      violations.push(
        ...checkWidget(
          widget,
          `${path}.widgets[${widget.title}]`,
          layout == null ? undefined : layoutObjects.get(layout),
          index,
        ),
      );
    }
  }
  for (const widget of manifest.pageLayoutWidgets) {
    const path = `pageLayoutWidgets[${widget.title}]`;
    if (!index.pageLayoutTabs.has(widget.pageLayoutTabUniversalIdentifier)) {
      violations.push(
        dangling(
          path,
          `Widget "${widget.title}" is added to unknown tab "${widget.pageLayoutTabUniversalIdentifier}".`,
        ),
      );
    }
    violations.push(...checkWidget(widget, path, undefined, index));
  }
  return violations;
};

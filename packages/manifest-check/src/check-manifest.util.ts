import {
  type ManifestCheckContext,
  type ManifestViolation,
} from './manifest-check.type';
import { manifestSchema } from './schemas/manifest.schema';
import { checkDuplicateNames } from './rules/check-duplicate-names.util';
import { checkLogicFunctionTriggers } from './rules/check-logic-function-triggers.util';
import { checkNavigationReferences } from './rules/check-navigation-references.util';
import { checkObjectReferences } from './rules/check-object-references.util';
import { checkPageLayoutReferences } from './rules/check-page-layout-references.util';
import { checkRelationFields } from './rules/check-relation-fields.util';
import { checkSelectDefaults } from './rules/check-select-defaults.util';
import { checkViewReferences } from './rules/check-view-references.util';
import { buildManifestIndex } from './utils/build-manifest-index.util';
import { createViolation } from './utils/create-violation.util';

// Every problem the twenty-sdk offline build lets through and a server sync
// would reject (or silently get wrong). Reports all of them, never throws.
export const checkManifest = (
  manifest: unknown,
  context: ManifestCheckContext,
): ManifestViolation[] => {
  const parsed = manifestSchema.safeParse(manifest);
  if (!parsed.success) {
    return parsed.error.issues.map((issue) =>
      createViolation(
        'INVALID_MANIFEST_SHAPE',
        issue.path.map(String).join('.'),
        issue.message,
      ),
    );
  }
  const index = buildManifestIndex(parsed.data, context);
  return [
    ...checkRelationFields(parsed.data, index),
    ...checkObjectReferences(parsed.data, index),
    ...checkViewReferences(parsed.data, index),
    ...checkPageLayoutReferences(parsed.data, index),
    ...checkNavigationReferences(parsed.data, index),
    ...checkSelectDefaults(parsed.data),
    ...checkDuplicateNames(parsed.data, index),
    ...checkLogicFunctionTriggers(parsed.data, index),
  ];
};

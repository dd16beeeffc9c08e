import { type ManifestViolation } from '../manifest-check.type';
import { type Manifest } from '../schemas/manifest.schema';
import { createViolation } from '../utils/create-violation.util';
import { type ManifestIndex } from '../utils/manifest-index.type';

type NavigationMenuItem = Manifest['navigationMenuItems'][number];

// The target each item type needs, and whether it resolves.
const findMissingTarget = (
  item: NavigationMenuItem,
  index: ManifestIndex,
): string | undefined => {
  switch (item.type) {
    case 'VIEW': {
      const view = item.viewUniversalIdentifier;
      return view != null &&
        (index.views.has(view) || index.standardViews.has(view))
        ? undefined
        : `view "${view ?? '(none)'}"`;
    }
    case 'OBJECT':
    case 'RECORD': {
      const object = item.targetObjectUniversalIdentifier;
      return object != null && index.objects.has(object)
        ? undefined
        : `object "${object ?? '(none)'}"`;
    }
    case 'PAGE_LAYOUT': {
      const layout = item.pageLayoutUniversalIdentifier;
      return layout != null && index.pageLayouts.has(layout)
        ? undefined
        : `page layout "${layout ?? '(none)'}"`;
    }
    case 'LINK':
      return item.link != null && item.link !== '' ? undefined : 'link (empty)';
    default:
      return undefined;
  }
};

export const checkNavigationReferences = (
  manifest: Manifest,
  index: ManifestIndex,
): ManifestViolation[] =>
  manifest.navigationMenuItems.flatMap((item) => {
    const path = `navigationMenuItems[${item.name ?? item.universalIdentifier}]`;
    const violations: ManifestViolation[] = [];
    const missing = findMissingTarget(item, index);
    if (missing !== undefined) {
      violations.push(
        createViolation(
          'DANGLING_REFERENCE',
          path,
          `${item.type} item points at unknown ${missing}.`,
        ),
      );
    }
    const folder = item.folderUniversalIdentifier;
    if (folder != null && !index.navigationFolders.has(folder)) {
      violations.push(
        createViolation(
          'DANGLING_REFERENCE',
          path,
          `Item sits in unknown folder "${folder}".`,
        ),
      );
    }
    return violations;
  });

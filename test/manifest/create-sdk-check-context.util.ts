import {
  getFieldUniversalIdentifier,
  STANDARD_OBJECT,
  STANDARD_PAGE_LAYOUT,
} from 'twenty-sdk/define';

import {
  buildStandardObjectCatalog,
  type ManifestCheckContext,
} from '@global-accounts/manifest-check';

const collectUniversalIdentifiers = (value: unknown): string[] => {
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, child]) =>
    key === 'universalIdentifier' && typeof child === 'string'
      ? [child]
      : collectUniversalIdentifiers(child),
  );
};

// The check's view of the server: twenty-sdk 2.43's standard objects, their
// views and record pages, and its derivation of system-field ids.
export const createSdkCheckContext = (): ManifestCheckContext => ({
  standardObjects: buildStandardObjectCatalog(STANDARD_OBJECT),
  standardViewUniversalIdentifiers: Object.values(STANDARD_OBJECT).flatMap(
    (object) =>
      'views' in object ? collectUniversalIdentifiers(object.views) : [],
  ),
  standardPageLayoutUniversalIdentifiers: Object.values(
    STANDARD_PAGE_LAYOUT,
  ).map((layout) => layout.universalIdentifier),
  getSystemFieldUniversalIdentifier: getFieldUniversalIdentifier,
});

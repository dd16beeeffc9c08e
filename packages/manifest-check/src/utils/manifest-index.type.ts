import {
  type ManifestObjectField,
  type ManifestView,
} from '../schemas/manifest.schema';

export type IndexedFieldOrigin = 'app' | 'standard' | 'system';

export type IndexedField = {
  universalIdentifier: string;
  name: string;
  objectUniversalIdentifier: string;
  origin: IndexedFieldOrigin;
  // The declaration, for fields the app defines.
  definition?: ManifestObjectField;
  path: string;
};

export type IndexedObject = {
  universalIdentifier: string;
  nameSingular: string;
  origin: 'app' | 'standard';
  fields: IndexedField[];
};

// Everything a reference can point at, by universal identifier.
export type ManifestIndex = {
  objects: ReadonlyMap<string, IndexedObject>;
  fields: ReadonlyMap<string, IndexedField>;
  views: ReadonlyMap<string, ManifestView>;
  standardViews: ReadonlySet<string>;
  pageLayouts: ReadonlySet<string>;
  pageLayoutTabs: ReadonlySet<string>;
  frontComponents: ReadonlySet<string>;
  navigationFolders: ReadonlySet<string>;
};

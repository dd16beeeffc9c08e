import { readdirSync } from 'node:fs';
import path from 'node:path';

// Which manifest list each file suffix of the app feeds (STYLE.md §2).
export const ENTITY_FILE_SUFFIXES = {
  objects: '.object.ts',
  fields: '.field.ts',
  indexes: '.index.ts',
  roles: '.role.ts',
  views: '.view.ts',
  pageLayouts: '.page-layout.ts',
  pageLayoutTabs: '.page-layout-tab.ts',
  navigationMenuItems: '.navigation-menu-item.ts',
  frontComponents: '.front-component.tsx',
  commandMenuItems: '.command-menu-item.ts',
} as const;

export type EntityKind = keyof typeof ENTITY_FILE_SUFFIXES | 'logicFunctions';

const listFiles = (directory: string): string[] =>
  readdirSync(directory, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));

// The number of define files per manifest list: objects/ by suffix, and the
// logic-function entry files of workflows/.
export const countEntityFiles = (
  appRoot: string,
): Record<EntityKind, number> => {
  const objectFiles = listFiles(path.join(appRoot, 'objects'));
  const countSuffix = (suffix: string) =>
    objectFiles.filter((file) => file.endsWith(suffix)).length;
  return {
    objects: countSuffix(ENTITY_FILE_SUFFIXES.objects),
    fields: countSuffix(ENTITY_FILE_SUFFIXES.fields),
    indexes: countSuffix(ENTITY_FILE_SUFFIXES.indexes),
    roles: countSuffix(ENTITY_FILE_SUFFIXES.roles),
    views: countSuffix(ENTITY_FILE_SUFFIXES.views),
    pageLayouts: countSuffix(ENTITY_FILE_SUFFIXES.pageLayouts),
    pageLayoutTabs: countSuffix(ENTITY_FILE_SUFFIXES.pageLayoutTabs),
    navigationMenuItems: countSuffix(ENTITY_FILE_SUFFIXES.navigationMenuItems),
    frontComponents: countSuffix(ENTITY_FILE_SUFFIXES.frontComponents),
    commandMenuItems: countSuffix(ENTITY_FILE_SUFFIXES.commandMenuItems),
    logicFunctions: listFiles(path.join(appRoot, 'workflows')).filter((file) =>
      file.endsWith('.function.ts'),
    ).length,
  };
};

import { type StandardObjectEntry } from '../manifest-check.type';

type StandardObjectsShape = Readonly<
  Record<
    string,
    {
      universalIdentifier: string;
      fields: Readonly<Record<string, { universalIdentifier: string }>>;
    }
  >
>;

// Turns twenty-sdk's STANDARD_OBJECT (passed in, so this package stays SDK-free)
// into the catalog the check resolves standard references against.
export const buildStandardObjectCatalog = (
  standardObjects: StandardObjectsShape,
): StandardObjectEntry[] =>
  Object.entries(standardObjects).map(([nameSingular, object]) => ({
    nameSingular,
    universalIdentifier: object.universalIdentifier,
    fields: Object.fromEntries(
      Object.entries(object.fields).map(([name, field]) => [
        name,
        field.universalIdentifier,
      ]),
    ),
  }));

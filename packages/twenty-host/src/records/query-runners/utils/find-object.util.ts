import {
  type ObjectMetadata,
  type WorkspaceMetadata,
} from '../../../manifest/object-metadata.type';
import { RecordsException } from '../../records.exception';

/** An object of the workspace by `nameSingular` or `universalIdentifier`. */
export const findObjectOrThrow = ({
  metadata,
  nameSingular,
  universalIdentifier,
}: {
  metadata: WorkspaceMetadata;
  nameSingular?: string;
  universalIdentifier?: string;
}): ObjectMetadata => {
  const object = metadata.objects.find((candidate) =>
    nameSingular === undefined
      ? candidate.universalIdentifier === universalIdentifier
      : candidate.nameSingular === nameSingular,
  );
  if (object === undefined) {
    throw new RecordsException(
      nameSingular === undefined
        ? `Unknown object ${universalIdentifier ?? ''}`
        : `Unknown object "${nameSingular}"`,
      'INVALID_INPUT',
    );
  }
  return object;
};

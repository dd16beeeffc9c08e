import {
  type CompositeFieldType,
  type FieldMetadata,
  type ObjectMetadata,
  type WorkspaceMetadata,
} from '../../manifest/object-metadata.type';
import { buildCompositeTypes } from './factories/composite-types.factory';
import {
  buildEnumTypes,
  getEnumTypeName,
} from './factories/enum-types.factory';
import {
  type CompositeGraphqlTypes,
  type EnumGraphqlTypes,
  type ObjectGraphqlTypes,
} from './object-graphql-types.type';

/**
 * The one registry of generated types (Twenty: workspace-schema-builder/storages/
 * type-definitions.storage.ts). Factories add types here and read each other's
 * types from here, so every GraphQL type exists once.
 */
export class TypeDefinitionsStorage {
  private readonly compositeTypes = new Map<
    CompositeFieldType,
    CompositeGraphqlTypes
  >();
  private readonly enumTypes = new Map<string, EnumGraphqlTypes>();
  private readonly objectTypes = new Map<string, ObjectGraphqlTypes>();
  private readonly objectsByUid: Map<string, ObjectMetadata>;

  constructor(readonly metadata: WorkspaceMetadata) {
    this.objectsByUid = new Map(
      metadata.objects.map((o) => [o.universalIdentifier, o]),
    );
  }

  getCompositeTypes(type: CompositeFieldType): CompositeGraphqlTypes {
    let built = this.compositeTypes.get(type);
    if (built === undefined) {
      built = buildCompositeTypes(type);
      this.compositeTypes.set(type, built);
    }
    return built;
  }

  getEnumTypes({
    object,
    field,
  }: {
    object: ObjectMetadata;
    field: FieldMetadata;
  }): EnumGraphqlTypes {
    const name = getEnumTypeName({ object, field });
    let built = this.enumTypes.get(name);
    if (built === undefined) {
      built = buildEnumTypes({ name, field });
      this.enumTypes.set(name, built);
    }
    return built;
  }

  addObjectTypes({
    object,
    types,
  }: {
    object: ObjectMetadata;
    types: ObjectGraphqlTypes;
  }): void {
    this.objectTypes.set(object.nameSingular, types);
  }

  getObjectTypes(object: ObjectMetadata): ObjectGraphqlTypes {
    const built = this.objectTypes.get(object.nameSingular);
    if (built === undefined) {
      throw new Error(`Types for ${object.nameSingular} are not built`);
    }
    return built;
  }

  getRelationTarget(field: FieldMetadata): ObjectMetadata | undefined {
    return field.relation === undefined
      ? undefined
      : this.objectsByUid.get(field.relation.targetObjectUniversalIdentifier);
  }
}

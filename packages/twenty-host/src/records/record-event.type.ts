import { type ObjectMetadata } from '../manifest/object-metadata.type';
import { type RolePermissions } from '../permissions/object-permissions.type';
import { type ApiRecord } from './record-format.util';

export const DATABASE_EVENT_ACTIONS = [
  'created',
  'updated',
  'deleted',
  'destroyed',
  'restored',
  'upserted',
] as const;
export type DatabaseEventAction = (typeof DATABASE_EVENT_ACTIONS)[number];

export type RecordEventProperties = {
  before?: ApiRecord;
  after?: ApiRecord;
  updatedFields?: string[];
  diff?: Record<string, { before: unknown; after: unknown }>;
};

export type RecordEvent = {
  recordId: string;
  userId?: string;
  userWorkspaceId?: string;
  workspaceMemberId?: string;
  properties: RecordEventProperties;
};

/** One batch per object, action and statement, as Twenty's ORM emits them. */
export type RecordEventBatch = {
  name: string;
  action: DatabaseEventAction;
  object: ObjectMetadata;
  events: RecordEvent[];
};

export type ActorMetadata = {
  source: string;
  workspaceMemberId: string | null;
  name: string;
  context: Record<string, unknown>;
};

/** Who reads or writes: fills createdBy/updatedBy and the event's workspaceMemberId. */
export type WriteContext = {
  actor: ActorMetadata;
  workspaceMemberId?: string;
  userId?: string;
  /** The role the request acts with; undefined for a full-access principal. */
  permissions?: RolePermissions;
};

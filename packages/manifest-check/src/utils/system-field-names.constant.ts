// Fields the server creates on every custom object. An app field with one of
// these names collides with it.
export const SYSTEM_FIELD_NAMES = [
  'id',
  'createdAt',
  'updatedAt',
  'deletedAt',
  'createdBy',
  'updatedBy',
  'position',
  'searchVector',
] as const;

export const SYSTEM_RELATION_FIELD_NAMES = [
  'timelineActivities',
  'attachments',
  'noteTargets',
  'taskTargets',
] as const;

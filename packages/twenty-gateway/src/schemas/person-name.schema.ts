import { z } from 'zod';

const text = z.string().nullable().optional();

/** Twenty's FULL_NAME composite (`name { firstName lastName }`). */
export const personNameSchema = z
  .object({ firstName: text, lastName: text })
  .nullable()
  .optional();

/** "Ewa Nowak" from Twenty's FULL_NAME; null when empty. */
export const toPersonName = (
  value: z.infer<typeof personNameSchema> | undefined,
): string | null => {
  const joined = [value?.firstName, value?.lastName]
    .filter((part): part is string => typeof part === 'string' && part !== '')
    .join(' ')
    .trim();
  return joined === '' ? null : joined;
};

/** A workspace member's full name as the sandbox prints it. */
export const personName = (
  name: { firstName: string | null; lastName: string | null } | undefined,
): string => {
  const full = [name?.firstName, name?.lastName]
    .filter((part) => part != null && part !== '')
    .join(' ');
  return full === '' ? 'unknown' : full;
};

// One shape for expected failures everywhere; matches zod's safeParse.
export type Result<TData, TError> =
  { success: true; data: TData } | { success: false; error: TError };

export const ok = <TData>(data: TData): { success: true; data: TData } => ({
  success: true,
  data,
});

export const fail = <TError>(
  error: TError,
): { success: false; error: TError } => ({
  success: false,
  error,
});

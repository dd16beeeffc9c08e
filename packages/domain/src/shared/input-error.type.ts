/** A refused input value: `field` names the record field a person has to fix. */
export type InputError = {
  code: 'INVALID_INPUT';
  field: string;
  message: string;
};

export const refuseInput = ({
  field,
  message,
}: {
  field: string;
  message: string;
}): { success: false; error: InputError } => ({
  success: false,
  error: { code: 'INVALID_INPUT', field, message: `${field}: ${message}` },
});

// The timeoutSeconds of the logic functions' definitions: a run also reads them to know how
// long it may wait for the app's API budget before it hands over to Twenty's retry.
export const CREDIT_HANDLER_TIMEOUT_SECONDS = 120;
export const RECOMPUTATION_TIMEOUT_SECONDS = 300;

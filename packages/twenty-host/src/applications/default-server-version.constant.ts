// The Twenty version the host reports when none is given: the release twenty-sdk 2.43 (the
// SDK this project builds with) targets.
export const DEFAULT_SERVER_VERSION = '2.43.0';

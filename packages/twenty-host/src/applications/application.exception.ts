// The codes Twenty answers application lifecycle calls with:
// engine/core-modules/application/application.exception.ts (ApplicationExceptionCode) and
// application-registration/application-registration.exception.ts
// (ApplicationRegistrationExceptionCode).
export type ApplicationExceptionCode =
  | 'INVALID_INPUT'
  | 'FORBIDDEN'
  | 'FILE_NOT_FOUND'
  | 'APPLICATION_NOT_FOUND'
  | 'APPLICATION_REGISTRATION_NOT_FOUND'
  | 'TARBALL_EXTRACTION_FAILED'
  | 'VERSION_ALREADY_EXISTS'
  | 'APP_ALREADY_INSTALLED'
  | 'CANNOT_DOWNGRADE_APPLICATION'
  | 'SERVER_VERSION_INCOMPATIBLE'
  | 'INVALID_APP_ENGINE_REQUIREMENT'
  | 'INVALID_SERVER_VERSION'
  | 'POST_INSTALL_ERROR';

const GRAPHQL_CODES: Partial<Record<ApplicationExceptionCode, string>> = {
  FORBIDDEN: 'FORBIDDEN',
  FILE_NOT_FOUND: 'NOT_FOUND',
  APPLICATION_NOT_FOUND: 'NOT_FOUND',
  APPLICATION_REGISTRATION_NOT_FOUND: 'NOT_FOUND',
};

export class ApplicationException extends Error {
  constructor(
    message: string,
    readonly code: ApplicationExceptionCode,
  ) {
    super(message);
    this.name = 'ApplicationException';
  }

  /** application-exception-filter.ts: not-found → NOT_FOUND, the rest a user error. */
  get graphqlCode(): string {
    return GRAPHQL_CODES[this.code] ?? 'BAD_USER_INPUT';
  }
}

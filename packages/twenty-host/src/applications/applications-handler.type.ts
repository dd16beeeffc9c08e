/** An application as `/metadata` answers it (ApplicationDTO, the fields the host knows). */
export type InstalledApplication = {
  id: string;
  universalIdentifier: string;
  name: string;
  version: string | null;
};

/** An app tarball registered by `completeAppTarballUpload` (ApplicationRegistrationEntity). */
export type ApplicationRegistration = {
  id: string;
  universalIdentifier: string;
  name: string;
  latestAvailableVersion: string | null;
};

export type FileUploadTarget = {
  fileId: string;
  uploadUrl: string;
  contentType: string;
  expiresAt: string;
};

/** The application lifecycle calls of `/metadata` that twenty-sdk's CLI makes. */
export type ApplicationsHandler = {
  currentWorkspace: () => {
    id: string;
    workspaceUrls: { subdomainUrl: string; customUrl: string | null };
  };
  createFileUpload: (input: {
    filename: string;
    size: number;
    fileFolder: string;
  }) => FileUploadTarget;
  completeAppTarballUpload: (input: {
    fileId: string;
  }) => Promise<ApplicationRegistration>;
  installApplication: (input: {
    universalIdentifier: string;
    version?: string | null;
  }) => Promise<InstalledApplication>;
  uninstallApplication: (input: {
    universalIdentifier: string;
  }) => Promise<boolean>;
  findManyApplications: () => InstalledApplication[];
  runApplicationHealthCheck: (input: {
    applicationId: string;
  }) => Promise<HealthCheckAnswer | null>;
};

/** ApplicationHealthCheckResultDTO (application-health/application-health.resolver.ts). */
export type HealthCheckAnswer = {
  status: string;
  title: string | null;
  description: string | null;
  action: { label: string; location: string | null } | null;
};

import { type GraphQLSchema, buildSchema } from 'graphql';

import { type JobStatus } from '../database-events/database-events.service';
import { ApplicationException } from '../applications/application.exception';
import { type ApplicationsHandler } from '../applications/applications-handler.type';
import { type GraphqlContext } from './graphql-context.type';
import { RecordsException } from '../records/records.exception';

// The slice of Twenty's /metadata API that twenty-sdk/logic-function utilities call from
// inside runs: enqueueJob(s) and getJobs (type names as in twenty-client-sdk/metadata).

const METADATA_SDL = `
  scalar JSON
  enum JobState { COMPLETED FAILED ACTIVE WAITING DELAYED PRIORITIZED WAITING_CHILDREN }
  type JobStatus {
    jobId: String!
    state: JobState!
    attemptsMade: Int!
    failedReason: String
    enqueuedAt: Float!
    startedAt: Float
    finishedAt: Float
  }
  type EnqueueJobResult { enqueued: Boolean! logicFunctionUniversalIdentifier: String! jobId: String! }
  type EnqueueJobsResult {
    enqueued: Boolean!
    logicFunctionUniversalIdentifier: String!
    enqueuedJobsCount: Int!
    jobIds: [String!]!
  }
  input EnqueueJobInput {
    logicFunctionUniversalIdentifier: String!
    payload: JSON
    jobId: String
    retryLimit: Int
    delayMs: Int
  }
  input EnqueueJobItemInput { payload: JSON jobId: String }
  input EnqueueJobsInput {
    logicFunctionUniversalIdentifier: String!
    payloads: [JSON!]
    jobs: [EnqueueJobItemInput!]
    retryLimit: Int
    delayMs: Int
  }
  scalar UUID
  enum FileFolder {
    RecordExport CorePicture AgentChat BuiltLogicFunction BuiltFrontComponent PublicAsset Source
    FilesField Dependencies Workflow EmailAttachment EmailImage AppTarball GeneratedSdkClient Dpa
  }
  type WorkspaceUrls { subdomainUrl: String! customUrl: String }
  type Workspace { id: UUID! workspaceUrls: WorkspaceUrls! }
  type FileUploadTarget { fileId: UUID! uploadUrl: String! contentType: String! expiresAt: String! }
  type ApplicationRegistration {
    id: UUID!
    universalIdentifier: String!
    name: String!
    latestAvailableVersion: String
  }
  type Application { id: UUID! universalIdentifier: String! name: String! version: String }
  enum ApplicationHealthStatus { OK SUCCESS INFO WARNING ERROR NEUTRAL UNKNOWN }
  type ApplicationHealthCheckAction { label: String! location: String }
  type ApplicationHealthCheckResult {
    status: ApplicationHealthStatus!
    title: String
    description: String
    action: ApplicationHealthCheckAction
  }
  type Query {
    getJobs(jobIds: [String!]!): [JobStatus!]!
    currentWorkspace: Workspace!
    findManyApplications: [Application!]!
  }
  type Mutation {
    enqueueJob(input: EnqueueJobInput!): EnqueueJobResult!
    enqueueJobs(input: EnqueueJobsInput!): EnqueueJobsResult!
    createFileUpload(filename: String!, size: Float!, fileFolder: FileFolder!): FileUploadTarget!
    completeAppTarballUpload(fileId: UUID!): ApplicationRegistration!
    installApplication(universalIdentifier: String!, version: String): Application!
    uninstallApplication(universalIdentifier: String!): Boolean!
    runApplicationHealthCheck(applicationId: UUID!): ApplicationHealthCheckResult
  }
`;

export const MAX_JOBS_PER_ENQUEUE = 200;
export const MAX_JOB_DELAY_MS = 604_800_000;

export type JobsHandler = {
  enqueue: (request: {
    logicFunctionUniversalIdentifier: string;
    items: { payload: unknown; jobId: string | null }[];
    retryLimit: number;
    delayMs: number;
  }) => { jobIds: string[]; enqueuedCount: number };
  getJobs: (jobIds: string[]) => JobStatus[];
};

type EnqueueInput = {
  logicFunctionUniversalIdentifier: string;
  payload?: unknown;
  payloads?: unknown[] | null;
  jobs?: { payload?: unknown; jobId?: string | null }[] | null;
  jobId?: string | null;
  retryLimit?: number | null;
  delayMs?: number | null;
};

const validateOptions = (input: EnqueueInput) => {
  const retryLimit = input.retryLimit ?? 3;
  const delayMs = input.delayMs ?? 0;
  if (retryLimit < 0 || retryLimit > 10) {
    throw new RecordsException(
      'retryLimit must be between 0 and 10',
      'INVALID_INPUT',
    );
  }
  if (delayMs < 0 || delayMs > MAX_JOB_DELAY_MS) {
    throw new RecordsException(
      `delayMs must be between 0 and ${MAX_JOB_DELAY_MS}`,
      'INVALID_INPUT',
    );
  }
  return { retryLimit, delayMs };
};

export const buildMetadataSchema = (): GraphQLSchema =>
  buildSchema(METADATA_SDL);

// Application lifecycle calls need the APPLICATIONS settings permission
// (application-install.resolver.ts: SettingsPermissionGuard(PermissionFlagType.APPLICATIONS)):
// the admin API key or an admin member; never an app token nor a key with a role.
const applicationsOf = (
  applications: ApplicationsHandler | null,
  context: GraphqlContext,
): ApplicationsHandler => {
  const { actor, permissions } = context.writeContext;
  if (actor.source === 'APPLICATION' || permissions !== undefined) {
    throw new ApplicationException(
      'Managing applications needs the APPLICATIONS permission',
      'FORBIDDEN',
    );
  }
  if (applications === null) {
    throw new ApplicationException(
      'This host was started without application management',
      'FORBIDDEN',
    );
  }
  return applications;
};

/** Root resolvers of the metadata schema (graphql-js default resolvers read them). */
export const buildMetadataRoot = ({
  applications,
  ...handler
}: JobsHandler & { applications: ApplicationsHandler | null }) => ({
  currentWorkspace: (_: unknown, context: GraphqlContext) =>
    applicationsOf(applications, context).currentWorkspace(),
  findManyApplications: (_: unknown, context: GraphqlContext) =>
    applicationsOf(applications, context).findManyApplications(),
  createFileUpload: (
    input: { filename: string; size: number; fileFolder: string },
    context: GraphqlContext,
  ) => applicationsOf(applications, context).createFileUpload(input),
  completeAppTarballUpload: (
    input: { fileId: string },
    context: GraphqlContext,
  ) => applicationsOf(applications, context).completeAppTarballUpload(input),
  installApplication: (
    input: { universalIdentifier: string; version?: string | null },
    context: GraphqlContext,
  ) => applicationsOf(applications, context).installApplication(input),
  uninstallApplication: (
    input: { universalIdentifier: string },
    context: GraphqlContext,
  ) => applicationsOf(applications, context).uninstallApplication(input),
  runApplicationHealthCheck: (
    input: { applicationId: string },
    context: GraphqlContext,
  ) => applicationsOf(applications, context).runApplicationHealthCheck(input),
  getJobs: ({ jobIds }: { jobIds: string[] }) => handler.getJobs(jobIds),
  enqueueJob: ({ input }: { input: EnqueueInput }) => {
    const options = validateOptions(input);
    const result = handler.enqueue({
      logicFunctionUniversalIdentifier: input.logicFunctionUniversalIdentifier,
      items: [{ payload: input.payload ?? {}, jobId: input.jobId ?? null }],
      ...options,
    });
    return {
      enqueued: result.enqueuedCount > 0,
      logicFunctionUniversalIdentifier: input.logicFunctionUniversalIdentifier,
      jobId: result.jobIds[0] ?? '',
    };
  },
  enqueueJobs: ({ input }: { input: EnqueueInput }) => {
    const options = validateOptions(input);
    const items =
      input.jobs?.map((job) => ({
        payload: job.payload ?? {},
        jobId: job.jobId ?? null,
      })) ??
      (input.payloads ?? []).map((payload) => ({ payload, jobId: null }));
    if (items.length > MAX_JOBS_PER_ENQUEUE) {
      throw new RecordsException(
        `Cannot enqueue more than ${MAX_JOBS_PER_ENQUEUE} jobs at once`,
        'INVALID_INPUT',
      );
    }
    const result = handler.enqueue({
      logicFunctionUniversalIdentifier: input.logicFunctionUniversalIdentifier,
      items,
      ...options,
    });
    return {
      enqueued: result.enqueuedCount > 0,
      logicFunctionUniversalIdentifier: input.logicFunctionUniversalIdentifier,
      enqueuedJobsCount: result.enqueuedCount,
      jobIds: result.jobIds,
    };
  },
});

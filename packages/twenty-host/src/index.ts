export {
  type StartTwentyHostOptions,
  type TwentyHost,
  startTwentyHost,
} from './host/start-twenty-host';
export {
  type TwentyHostOptions,
  TwentyHostService,
} from './host/twenty-host.service';
export {
  type EventFaults,
  type FaultTarget,
  type FunctionRun,
} from './database-events/database-events.service';
export {
  type HostClockSettings,
  type HostClockSnapshot,
  HostClockService,
} from './clock/host-clock.service';
export { buildWorkspaceSchema } from './graphql-schema/graphql-schema.service';
export { loadWorkspaceMetadata } from './manifest/manifest.service';
export {
  buildWorkspaceSchemaFromManifest,
  printWorkspaceSdl,
  validateGraphqlDocument,
} from './graphql-schema/validate-graphql-document.util';

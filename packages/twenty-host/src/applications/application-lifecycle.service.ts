import { randomUUID } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

import { buildWorkspaceMetadata } from '../manifest/manifest.service';
import { ApplicationException } from './application.exception';
import {
  type ApplicationRegistration,
  type ApplicationsHandler,
  type FileUploadTarget,
  type HealthCheckAnswer,
  type InstalledApplication,
} from './applications-handler.type';
import { checkServerCompatibility } from './check-server-compatibility.util';
import { checkVersionProgression } from './check-version-progression.util';
import { extractAppTarball } from './extract-app-tarball.util';

const APP_TARBALL_FOLDER = 'AppTarball';
const TARBALL_CONTENT_TYPE = 'application/gzip';
const UPLOAD_TTL_MS = 15 * 60_000;

type Upload = FileUploadTarget & {
  filename: string;
  size: number;
  content: Buffer | null;
};

type StoredRegistration = ApplicationRegistration & {
  contentDir: string;
  requiredServerVersion: string | undefined;
};

type PackageJson = { version?: unknown; engines?: { twenty?: unknown } };

/** The app the workspace runs: its extracted package, or none (standard objects only). */
export type InstalledPackage = { manifestPath: string; bundlesDir: string };

const readJson = async (path: string): Promise<unknown> => {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as unknown;
  } catch {
    return null;
  }
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Twenty's application lifecycle for one workspace, as the CLI drives it:
 * `createFileUpload` + PUT + `completeAppTarballUpload` (twenty app:publish --private,
 * application-package/services/application-tarball.service.ts uploadTarball: extract,
 * engines.twenty against the server version, a new version must be higher), then
 * `installApplication` (application-install/application-install.resolver.ts and
 * application-install.service.ts: the registration's package is synchronised into the
 * workspace, objects, fields, roles, then logic functions) and `uninstallApplication`.
 * The workspace itself changes through `applyPackage` (the host swaps its services).
 */
export class ApplicationLifecycleService implements ApplicationsHandler {
  private readonly uploads = new Map<string, Upload>();
  private readonly registrations = new Map<string, StoredRegistration>();
  private installed: InstalledApplication | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private workspaceId: string;

  constructor(
    private readonly deps: {
      storageDir: string;
      serverVersion: string;
      workspaceId: string;
      baseUrl: () => string;
      now: () => number;
      applyPackage: (
        installedPackage: InstalledPackage | null,
      ) => Promise<void>;
      /** The installed version's post-install hook (after its metadata is in place). */
      runPostInstall: (request: {
        previousVersion?: string;
        newVersion: string;
        isVersionUpgrade: boolean;
      }) => Promise<unknown>;
      runHealthCheck: () => Promise<HealthCheckAnswer | null>;
    },
  ) {
    this.workspaceId = deps.workspaceId;
  }

  setWorkspaceId(workspaceId: string): void {
    this.workspaceId = workspaceId;
  }

  /** One lifecycle call at a time (Twenty: a cache lock per workspace and app). */
  private serialise<TResult>(work: () => Promise<TResult>): Promise<TResult> {
    const next = this.queue.then(work, work);
    this.queue = next.catch(() => undefined);
    return next;
  }

  currentWorkspace(): ReturnType<ApplicationsHandler['currentWorkspace']> {
    return {
      id: this.workspaceId,
      workspaceUrls: { subdomainUrl: this.deps.baseUrl(), customUrl: null },
    };
  }

  createFileUpload({
    filename,
    size,
    fileFolder,
  }: {
    filename: string;
    size: number;
    fileFolder: string;
  }): FileUploadTarget {
    if (fileFolder !== APP_TARBALL_FOLDER) {
      throw new ApplicationException(
        `The host stores app tarballs only (fileFolder ${APP_TARBALL_FOLDER}), not ${fileFolder}`,
        'INVALID_INPUT',
      );
    }
    if (!Number.isInteger(size) || size <= 0) {
      throw new ApplicationException(
        `Invalid file size ${size}`,
        'INVALID_INPUT',
      );
    }
    const fileId = randomUUID();
    const target: FileUploadTarget = {
      fileId,
      uploadUrl: `${this.deps.baseUrl()}/files/uploads/${fileId}`,
      contentType: TARBALL_CONTENT_TYPE,
      expiresAt: new Date(this.deps.now() + UPLOAD_TTL_MS).toISOString(),
    };
    this.uploads.set(fileId, { ...target, filename, size, content: null });
    return target;
  }

  /** The PUT to `uploadUrl` (a presigned storage URL on Twenty). */
  receiveUpload({
    fileId,
    content,
  }: {
    fileId: string;
    content: Buffer;
  }): void {
    const upload = this.uploads.get(fileId);
    if (
      upload === undefined ||
      Date.parse(upload.expiresAt) < this.deps.now()
    ) {
      throw new ApplicationException(
        `No pending upload ${fileId}`,
        'FILE_NOT_FOUND',
      );
    }
    if (content.length !== upload.size) {
      throw new ApplicationException(
        `Upload ${fileId} announced ${upload.size} bytes but sent ${content.length}`,
        'INVALID_INPUT',
      );
    }
    upload.content = content;
  }

  completeAppTarballUpload({
    fileId,
  }: {
    fileId: string;
  }): Promise<ApplicationRegistration> {
    return this.serialise(() => this.registerTarball(fileId));
  }

  private async registerTarball(
    fileId: string,
  ): Promise<ApplicationRegistration> {
    const upload = this.uploads.get(fileId);
    if (upload?.content == null) {
      throw new ApplicationException(
        `File ${fileId} was not uploaded`,
        'FILE_NOT_FOUND',
      );
    }
    this.uploads.delete(fileId);
    const targetDir = join(this.deps.storageDir, fileId);
    try {
      const contentDir = await extractAppTarball({
        tarball: upload.content,
        targetDir,
      });
      const manifest = await readJson(join(contentDir, 'manifest.json'));
      const packageJson = (await readJson(
        join(contentDir, 'package.json'),
      )) as PackageJson | null;
      if (!isRecord(manifest) || !isRecord(manifest.application)) {
        throw new ApplicationException(
          'manifest.json not found or invalid in tarball',
          'INVALID_INPUT',
        );
      }
      const engine = packageJson?.engines?.twenty;
      const requiredServerVersion =
        typeof engine === 'string' ? engine : undefined;
      checkServerCompatibility({
        requiredServerVersion,
        serverVersion: this.deps.serverVersion,
      });
      const universalIdentifier = manifest.application.universalIdentifier;
      if (typeof universalIdentifier !== 'string') {
        throw new ApplicationException(
          'universalIdentifier is required (in body or manifest)',
          'INVALID_INPUT',
        );
      }
      const version =
        typeof packageJson?.version === 'string' ? packageJson.version : null;
      const existing = this.registrations.get(universalIdentifier);
      if (existing !== undefined && version !== null) {
        checkVersionProgression({
          incomingVersion: version,
          currentVersion: existing.latestAvailableVersion,
          universalIdentifier,
          action: 'deploy',
        });
      }
      const displayName = manifest.application.displayName;
      const registration: StoredRegistration = {
        id: existing?.id ?? randomUUID(),
        universalIdentifier,
        name: typeof displayName === 'string' ? displayName : 'Unknown App',
        latestAvailableVersion: version,
        contentDir,
        requiredServerVersion,
      };
      this.registrations.set(universalIdentifier, registration);
      return {
        id: registration.id,
        universalIdentifier,
        name: registration.name,
        latestAvailableVersion: version,
      };
    } catch (error) {
      await rm(targetDir, { recursive: true, force: true });
      throw error;
    }
  }

  installApplication({
    universalIdentifier,
  }: {
    universalIdentifier: string;
  }): Promise<InstalledApplication> {
    return this.serialise(async () => {
      const registration = this.registrations.get(universalIdentifier);
      if (registration === undefined) {
        throw new ApplicationException(
          `Application registration with universalIdentifier ${universalIdentifier} not found`,
          'APPLICATION_REGISTRATION_NOT_FOUND',
        );
      }
      checkServerCompatibility({
        requiredServerVersion: registration.requiredServerVersion,
        serverVersion: this.deps.serverVersion,
      });
      if (registration.latestAvailableVersion !== null) {
        checkVersionProgression({
          incomingVersion: registration.latestAvailableVersion,
          currentVersion: this.installed?.version ?? null,
          universalIdentifier,
          action: 'install',
        });
      }
      const manifestPath = join(registration.contentDir, 'manifest.json');
      try {
        buildWorkspaceMetadata(await readJson(manifestPath));
      } catch (error) {
        throw new ApplicationException(
          `Invalid manifest: ${error instanceof Error ? error.message : String(error)}`,
          'INVALID_INPUT',
        );
      }
      await this.deps.applyPackage({
        manifestPath,
        bundlesDir: registration.contentDir,
      });
      const previousVersion = this.installed?.version ?? undefined;
      this.installed = {
        id: this.installed?.id ?? randomUUID(),
        universalIdentifier,
        name: registration.name,
        version: registration.latestAvailableVersion,
      };
      // application-install.service.ts: the post-install hook runs once the synchronised
      // metadata (objects, fields, roles, functions) is in place.
      await this.deps.runPostInstall({
        ...(previousVersion === undefined ? {} : { previousVersion }),
        newVersion: registration.latestAvailableVersion ?? '',
        isVersionUpgrade: previousVersion !== undefined,
      });
      return this.installed;
    });
  }

  uninstallApplication({
    universalIdentifier,
  }: {
    universalIdentifier: string;
  }): Promise<boolean> {
    return this.serialise(async () => {
      if (this.installed?.universalIdentifier !== universalIdentifier) {
        throw new ApplicationException(
          `Application ${universalIdentifier} is not installed in this workspace`,
          'APPLICATION_NOT_FOUND',
        );
      }
      await this.deps.applyPackage(null);
      this.installed = null;
      return true;
    });
  }

  /** runApplicationHealthCheck(applicationId): the installed app's health check, or null. */
  async runApplicationHealthCheck({
    applicationId,
  }: {
    applicationId: string;
  }): Promise<HealthCheckAnswer | null> {
    if (this.installed?.id !== applicationId) {
      throw new ApplicationException(
        `Application ${applicationId} not found`,
        'APPLICATION_NOT_FOUND',
      );
    }
    return this.deps.runHealthCheck();
  }

  findManyApplications(): InstalledApplication[] {
    return this.installed === null ? [] : [this.installed];
  }

  /** Records the app the host was started with (direct start), so upgrades compare versions. */
  recordDirectInstall(application: InstalledApplication): void {
    this.installed = application;
  }

  async dispose(): Promise<void> {
    await rm(this.deps.storageDir, { recursive: true, force: true });
  }
}

import { type TwentyHost, startTwentyHost } from '../host/start-twenty-host';

const metadata = async (
  host: TwentyHost,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
) => {
  const response = await fetch(`${host.url}/metadata`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions: Record<string, unknown> }[];
  };
};

const CREATE_UPLOAD =
  'mutation($size: Float!) { createFileUpload(filename: "app.tgz", size: $size, fileFolder: AppTarball) { fileId uploadUrl contentType } }';

describe('the application lifecycle on /metadata (the CLI tests drive the rest)', () => {
  let host: TwentyHost;

  beforeAll(async () => {
    host = await startTwentyHost({});
  });

  afterAll(async () => {
    await host.stop();
  });

  it('answers the workspace to the admin key, refuses the app token (APPLICATIONS permission)', async () => {
    const workspace = await metadata(
      host,
      host.apiKey,
      '{ currentWorkspace { id } }',
    );
    expect(workspace.errors).toBeUndefined();
    expect(workspace.data?.currentWorkspace).toEqual({
      id: host.service.workspaceId,
    });

    const refused = await metadata(host, host.appToken, CREATE_UPLOAD, {
      size: 10,
    });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      subCode: 'FORBIDDEN',
    });
  });

  it('refuses an upload of another size than announced, and completing a file never uploaded', async () => {
    const created = await metadata(host, host.apiKey, CREATE_UPLOAD, {
      size: 10,
    });
    const target = created.data?.createFileUpload as {
      fileId: string;
      uploadUrl: string;
      contentType: string;
    };
    expect(target.contentType).toBe('application/gzip');

    const put = await fetch(target.uploadUrl, {
      method: 'PUT',
      headers: { 'content-type': target.contentType },
      body: Buffer.from('too short'),
    });
    expect(put.status).toBe(400);

    const completed = await metadata(
      host,
      host.apiKey,
      'mutation($fileId: UUID!) { completeAppTarballUpload(fileId: $fileId) { id } }',
      { fileId: target.fileId },
    );
    expect(completed.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      subCode: 'FILE_NOT_FOUND',
    });
  });

  it('refuses a tarball that is not one, and installing an app never published', async () => {
    const content = Buffer.from('not a gzipped tarball');
    const created = await metadata(host, host.apiKey, CREATE_UPLOAD, {
      size: content.length,
    });
    const target = created.data?.createFileUpload as {
      fileId: string;
      uploadUrl: string;
    };
    const put = await fetch(target.uploadUrl, { method: 'PUT', body: content });
    expect(put.status).toBe(204);
    const completed = await metadata(
      host,
      host.apiKey,
      'mutation($fileId: UUID!) { completeAppTarballUpload(fileId: $fileId) { id } }',
      { fileId: target.fileId },
    );
    expect(completed.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      subCode: 'TARBALL_EXTRACTION_FAILED',
    });

    const installed = await metadata(
      host,
      host.apiKey,
      'mutation { installApplication(universalIdentifier: "4e63a79b-350a-4eef-aa6b-6397e9ff2964") { id } }',
    );
    expect(installed.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      subCode: 'APPLICATION_REGISTRATION_NOT_FOUND',
    });
    expect(host.applications.findManyApplications()).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';

import { APP_OUTPUT, type AppHost } from './start-app-host.util';

export type ManifestRole = {
  universalIdentifier: string;
  label: string;
  objectPermissions: {
    objectUniversalIdentifier: string;
    canUpdateObjectRecords?: boolean;
  }[];
};
export type Manifest = {
  application: { defaultRoleUniversalIdentifier: string };
  objects: { nameSingular: string; universalIdentifier: string }[];
  roles: ManifestRole[];
};

/** The built app's manifest, as the host installs it. */
export const readManifest = (): Manifest =>
  JSON.parse(
    readFileSync(path.join(APP_OUTPUT, 'manifest.json'), 'utf8'),
  ) as Manifest;

export const roleId = (manifest: Manifest, label: string): string => {
  const role = manifest.roles.find((candidate) => candidate.label === label);
  if (role === undefined) throw new Error(`No role "${label}" in the manifest`);
  return role.universalIdentifier;
};

/** Twenty's answer to a request made with someone's token: refusals are in `errors`. */
export const graphqlAs = async (
  app: AppHost,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ errors?: { message: string; extensions?: unknown }[] }> => {
  const response = await fetch(`${app.host.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${token}`,
    },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as {
    errors?: { message: string; extensions?: unknown }[];
  };
};

import { existsSync, readFileSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';

import { z } from 'zod';

import { type HttpAnswer } from '../http/http-answer.type';

const manifestSchema = z.object({
  frontComponents: z
    .array(
      z.object({
        universalIdentifier: z.string(),
        name: z.string().optional(),
        builtComponentPath: z.string(),
      }),
    )
    .optional(),
});

type FrontComponentEntry = {
  universalIdentifier: string;
  name: string | null;
  builtComponentPath: string;
};

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/**
 * Shows the app's built front components in a browser, for people and for tests: a small
 * receiver page loads the bundle the twenty-sdk build emitted (its default export mounts the
 * component on a root element) with the execution context Twenty gives it (the record it
 * sits on). Twenty renders the same bundle inside a Web Worker through remote-dom; without
 * `__HTML_TAG_TO_CUSTOM_ELEMENT_TAG__` the bundle's JSX wrapper keeps plain HTML tags, so
 * here it renders to the page's DOM directly. The page is served by the host, so the
 * component's calls to `/graphql` and `/s/…` reach the same origin.
 */
export class FrontComponentPreviewService {
  private readonly entries: FrontComponentEntry[];

  constructor(
    manifestPath: string | undefined,
    private readonly bundlesDir: string | undefined,
    private readonly apiKey: string,
  ) {
    this.entries =
      manifestPath === undefined || !existsSync(manifestPath)
        ? []
        : (
            manifestSchema.parse(JSON.parse(readFileSync(manifestPath, 'utf8')))
              .frontComponents ?? []
          ).map((entry) => ({
            universalIdentifier: entry.universalIdentifier,
            name: entry.name ?? null,
            builtComponentPath: entry.builtComponentPath,
          }));
  }

  private find(nameOrId: string): FrontComponentEntry | undefined {
    return this.entries.find(
      (entry) =>
        entry.name === nameOrId || entry.universalIdentifier === nameOrId,
    );
  }

  /** GET /front-components/:name?recordId=…: the receiver page. */
  page(nameOrId: string, recordId: string | null): HttpAnswer {
    const entry = this.find(nameOrId);
    if (entry === undefined) return this.notFound(nameOrId);
    const context = {
      frontComponentId: entry.universalIdentifier,
      selectedRecordIds: recordId === null ? [] : [recordId],
      selectedObjectMetadata: null,
      locale: 'en',
      colorScheme: 'light',
      userId: null,
      toolCall: null,
    };
    const environment = {
      TWENTY_API_URL: '',
      TWENTY_APP_ACCESS_TOKEN: this.apiKey,
    };
    const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(entry.name ?? entry.universalIdentifier)}</title>
</head>
<body>
<div id="root"></div>
<script type="module">
globalThis.process = { env: ${JSON.stringify(environment)} };
globalThis.__twentySdkExecutionContext__ = ${JSON.stringify(context)};
const started = performance.now();
// First render: when the component marks its data as shown (data-ready), or shows an alert.
new MutationObserver((changes, observer) => {
  if (document.querySelector('[data-ready], [role="alert"]') === null) return;
  observer.disconnect();
  document.body.dataset.renderedMs = String(Math.round(performance.now() - started));
}).observe(document.getElementById('root'), { childList: true, subtree: true, attributes: true });
const { default: mount } = await import(${JSON.stringify(`/front-components/${encodeURIComponent(entry.universalIdentifier)}/bundle.mjs`)});
mount(document.getElementById('root'));
</script>
</body>
</html>`;
    return {
      status: 200,
      headers: { 'content-type': 'text/html; charset=utf-8' },
      body: html,
    };
  }

  /** GET /front-components/:id/bundle.mjs: the built bundle, as the build wrote it. */
  bundle(nameOrId: string): HttpAnswer {
    const entry = this.find(nameOrId);
    if (entry === undefined || this.bundlesDir === undefined)
      return this.notFound(nameOrId);
    const root = normalize(this.bundlesDir + sep);
    const path = normalize(join(root, entry.builtComponentPath));
    if (!path.startsWith(root) || !existsSync(path))
      return this.notFound(nameOrId);
    return {
      status: 200,
      headers: { 'content-type': 'text/javascript; charset=utf-8' },
      body: readFileSync(path, 'utf8'),
    };
  }

  private notFound(nameOrId: string): HttpAnswer {
    const known = this.entries.map(
      (entry) => entry.name ?? entry.universalIdentifier,
    );
    return {
      status: 404,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      body: `No front component "${nameOrId}" in the installed app. Known: ${
        known.length === 0 ? 'none' : known.join(', ')
      }.`,
    };
  }
}

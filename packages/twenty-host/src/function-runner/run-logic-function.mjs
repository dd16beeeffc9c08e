// Child process of the host's function runner (Twenty's LOCAL driver runs one fresh
// Node process per invocation too). Receives one message, runs the handler, replies.
import { pathToFileURL } from 'node:url';

const toPlain = (value) => {
  if (value === undefined) return null;
  return JSON.parse(
    JSON.stringify(value, (_key, inner) =>
      typeof inner === 'bigint' ? inner.toString() : inner,
    ),
  );
};

process.once(
  'message',
  async ({ bundlePath, handlerName, payload, context }) => {
    let reply;
    try {
      let handler = await import(pathToFileURL(bundlePath).href);
      for (const key of handlerName.split('.')) handler = handler?.[key];
      if (typeof handler !== 'function') {
        throw new Error(`Handler "${handlerName}" not found in ${bundlePath}`);
      }
      const result = await handler(payload, context);
      reply = { ok: true, result: toPlain(result) };
    } catch (error) {
      reply = {
        ok: false,
        error: {
          name: typeof error?.name === 'string' ? error.name : 'Error',
          message: String(error?.message ?? error),
          stack: typeof error?.stack === 'string' ? error.stack : undefined,
        },
      };
    }
    process.send(reply, () => process.exit(0));
  },
);

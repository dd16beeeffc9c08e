import { createRequire as __createRequire } from 'module';
const require = __createRequire(import.meta.url);

// twenty-sdk-define-stub:__twenty-sdk-define-stub__
var __defineFactoryStub = (config) => ({
  success: true,
  config,
  errors: [],
});
var __anyHandler = {
  get(_target, prop) {
    if (prop === '__esModule') return true;
    if (prop === Symbol.toPrimitive) return () => '';
    if (typeof prop === 'symbol') return void 0;
    return new Proxy(() => void 0, __anyHandler);
  },
  apply() {
    return new Proxy(() => void 0, __anyHandler);
  },
};
var __anyStub = new Proxy(() => void 0, __anyHandler);
var defineLogicFunction = __defineFactoryStub;

// workflows/on-widgets-created-batch.function.ts
import { CoreApiClient } from 'twenty-client-sdk/core';
var onWidgetsCreated = async (payload) => {
  const client = new CoreApiClient();
  await client.mutation({
    createTasks: {
      __args: {
        data: payload.events.map((event) => ({
          title: `created ${event.properties.after.name ?? ''} (${payload.events.length} in batch)`,
        })),
      },
      id: true,
    },
  });
  return { count: payload.events.length };
};
var on_widgets_created_batch_function_default = defineLogicFunction({
  universalIdentifier: '6f1c1d4e-2b0a-4c55-9d1e-0f6a2e7b9c31',
  name: 'on-widgets-created',
  databaseEventTriggerSettings: {
    eventName: 'widget.created',
    batchMode: true,
  },
  handler: onWidgetsCreated,
});
export {
  on_widgets_created_batch_function_default as default,
  onWidgetsCreated,
};
//# sourceMappingURL=on-widgets-created-batch.function.mjs.map

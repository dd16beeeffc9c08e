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

// workflows/on-widget-changed.function.ts
import { CoreApiClient } from 'twenty-client-sdk/core';
var onWidgetChanged = async (payload, context) => {
  const client = new CoreApiClient({ runAs: 'application' });
  const after = payload.properties.after;
  const result = await client.mutation({
    createNote: {
      __args: {
        data: {
          title: `widget ${after.id} quantity ${String(after.quantity)} via ${payload.name} retry ${context.retryCount} env ${process.env.FIXTURE_MODE ?? ''}`,
        },
      },
      id: true,
    },
  });
  return { result };
};
var on_widget_changed_function_default = defineLogicFunction({
  universalIdentifier: '6f1c1d4e-2b0a-4c55-9d1e-0f6a2e7b9c30',
  name: 'on-widget-changed',
  description: 'Writes a note when a widget quantity changes',
  timeoutSeconds: 30,
  databaseEventTriggerSettings: {
    eventName: 'widget.updated',
    updatedFields: ['quantity'],
  },
  handler: onWidgetChanged,
});
export { on_widget_changed_function_default as default, onWidgetChanged };
//# sourceMappingURL=on-widget-changed.function.mjs.map

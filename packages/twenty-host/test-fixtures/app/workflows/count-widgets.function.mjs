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

// workflows/count-widgets.function.ts
import { CoreApiClient } from 'twenty-client-sdk/core';
var countWidgets = async () => {
  const client = new CoreApiClient({ runAs: 'application' });
  const result = await client.query({ widgets: { totalCount: true } });
  return { total: result.widgets.totalCount };
};
var count_widgets_function_default = defineLogicFunction({
  universalIdentifier: '6f1c1d4e-2b0a-4c55-9d1e-0f6a2e7b9c32',
  name: 'count-widgets',
  cronTriggerSettings: { pattern: '0 3 * * *' },
  httpRouteTriggerSettings: {
    path: '/widgets/count',
    httpMethod: 'GET',
    isAuthRequired: false,
  },
  handler: countWidgets,
});
export { countWidgets, count_widgets_function_default as default };
//# sourceMappingURL=count-widgets.function.mjs.map

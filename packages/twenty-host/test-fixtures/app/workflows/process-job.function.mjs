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

// workflows/process-job.function.ts
import { CoreApiClient } from 'twenty-client-sdk/core';
var processJob = async (payload) => {
  const client = new CoreApiClient();
  await client.mutation({
    createNote: {
      __args: { data: { title: `job ${payload.label}` } },
      id: true,
    },
  });
  return { label: payload.label };
};
var process_job_function_default = defineLogicFunction({
  universalIdentifier: '6f1c1d4e-2b0a-4c55-9d1e-0f6a2e7b9c36',
  name: 'process-job',
  handler: processJob,
});
export { process_job_function_default as default, processJob };
//# sourceMappingURL=process-job.function.mjs.map

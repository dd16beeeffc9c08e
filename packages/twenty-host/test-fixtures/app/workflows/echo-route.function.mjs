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

// workflows/echo-route.function.ts
var echo = async (payload) => ({
  message: payload.body?.message ?? null,
  query: payload.queryStringParameters,
  forwarded: payload.headers['x-fixture'] ?? null,
});
var echo_route_function_default = defineLogicFunction({
  universalIdentifier: '6f1c1d4e-2b0a-4c55-9d1e-0f6a2e7b9c33',
  name: 'echo-route',
  httpRouteTriggerSettings: {
    path: '/echo',
    httpMethod: 'POST',
    isAuthRequired: true,
    forwardedRequestHeaders: ['x-fixture'],
  },
  handler: echo,
});
export { echo_route_function_default as default, echo };
//# sourceMappingURL=echo-route.function.mjs.map

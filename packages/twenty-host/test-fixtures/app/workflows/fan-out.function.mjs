import { createRequire as __createRequire } from 'module';
const require = __createRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __commonJS = (cb, mod) =>
  function __require() {
    try {
      return (
        mod ||
          (0, cb[__getOwnPropNames(cb)[0]])(
            (mod = { exports: {} }).exports,
            mod,
          ),
        mod.exports
      );
    } catch (e) {
      throw ((mod = 0), e);
    }
  };
var __copyProps = (to, from, except, desc) => {
  if ((from && typeof from === 'object') || typeof from === 'function') {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, {
          get: () => from[key],
          enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable,
        });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (
  (target = mod != null ? __create(__getProtoOf(mod)) : {}),
  __copyProps(
    // If the importer is in node compatibility mode or this is not an ESM
    // file that has been converted to a CommonJS file using a Babel-
    // compatible transform (i.e. "__esModule" has not been set), then set
    // "default" to the CommonJS "module.exports" for node compatibility.
    isNodeMode || !mod || !mod.__esModule
      ? __defProp(target, 'default', { value: mod, enumerable: true })
      : target,
    mod,
  )
);

// ../../work/main/node_modules/@sniptt/guards/build/guards/primitives.js
var require_primitives = __commonJS({
  '../../work/main/node_modules/@sniptt/guards/build/guards/primitives.js'(
    exports,
  ) {
    'use strict';
    Object.defineProperty(exports, '__esModule', { value: true });
    exports.isSymbol =
      exports.isBigInt =
      exports.isString =
      exports.isNumber =
      exports.isBoolean =
      exports.isUndefined =
        void 0;
    var isUndefined = (term) => {
      return typeof term === 'undefined';
    };
    exports.isUndefined = isUndefined;
    var isBoolean = (term) => {
      return typeof term === 'boolean';
    };
    exports.isBoolean = isBoolean;
    var isNumber = (term) => {
      return typeof term === 'number' && !Number.isNaN(term);
    };
    exports.isNumber = isNumber;
    var isString = (term) => {
      return typeof term === 'string';
    };
    exports.isString = isString;
    var isBigInt = (term) => {
      return typeof term === 'bigint';
    };
    exports.isBigInt = isBigInt;
    var isSymbol = (term) => {
      return typeof term === 'symbol';
    };
    exports.isSymbol = isSymbol;
  },
});

// ../../work/main/node_modules/@sniptt/guards/build/guards/structural.js
var require_structural = __commonJS({
  '../../work/main/node_modules/@sniptt/guards/build/guards/structural.js'(
    exports,
  ) {
    'use strict';
    Object.defineProperty(exports, '__esModule', { value: true });
    exports.isDate =
      exports.isWeakSet =
      exports.isWeakMap =
      exports.isSet =
      exports.isMap =
      exports.isArray =
      exports.isObject =
      exports.isFunction =
      exports.isNull =
        void 0;
    var isNull = (term) => {
      return term === null;
    };
    exports.isNull = isNull;
    var isFunction = (term) => {
      return typeof term === 'function';
    };
    exports.isFunction = isFunction;
    var isObject = (term) => {
      return !exports.isNull(term) && typeof term === 'object';
    };
    exports.isObject = isObject;
    var isArray = (term) => {
      return Array.isArray(term);
    };
    exports.isArray = isArray;
    var isMap = (term) => {
      return term instanceof Map;
    };
    exports.isMap = isMap;
    var isSet = (term) => {
      return term instanceof Set;
    };
    exports.isSet = isSet;
    var isWeakMap = (term) => {
      return term instanceof WeakMap;
    };
    exports.isWeakMap = isWeakMap;
    var isWeakSet = (term) => {
      return term instanceof WeakSet;
    };
    exports.isWeakSet = isWeakSet;
    var isDate = (term) => {
      return term instanceof Date;
    };
    exports.isDate = isDate;
  },
});

// ../../work/main/node_modules/@sniptt/guards/build/guards/convenience.js
var require_convenience = __commonJS({
  '../../work/main/node_modules/@sniptt/guards/build/guards/convenience.js'(
    exports,
  ) {
    'use strict';
    Object.defineProperty(exports, '__esModule', { value: true });
    exports.isNegativeInteger =
      exports.isNonNegativeInteger =
      exports.isPositiveInteger =
      exports.isInteger =
      exports.isNumberOrNaN =
      exports.isNonEmptyString =
      exports.isNonEmptyArray =
      exports.isObjectOrNull =
        void 0;
    var primitives_1 = require_primitives();
    var structural_1 = require_structural();
    var isObjectOrNull = (term) => {
      return typeof term === 'object';
    };
    exports.isObjectOrNull = isObjectOrNull;
    var isNonEmptyArray = (term) => {
      return structural_1.isArray(term) && term.length > 0;
    };
    exports.isNonEmptyArray = isNonEmptyArray;
    var isNonEmptyString = (term) => {
      return primitives_1.isString(term) && term.length > 0;
    };
    exports.isNonEmptyString = isNonEmptyString;
    var isNumberOrNaN = (term) => {
      return typeof term === 'number';
    };
    exports.isNumberOrNaN = isNumberOrNaN;
    var isInteger = (term) => {
      return primitives_1.isNumber(term) && Number.isInteger(term);
    };
    exports.isInteger = isInteger;
    var isPositiveInteger = (term) => {
      return exports.isInteger(term) && term > 0;
    };
    exports.isPositiveInteger = isPositiveInteger;
    var isNonNegativeInteger = (term) => {
      return exports.isInteger(term) && term >= 0;
    };
    exports.isNonNegativeInteger = isNonNegativeInteger;
    var isNegativeInteger = (term) => {
      return exports.isInteger(term) && term < 0;
    };
    exports.isNegativeInteger = isNegativeInteger;
  },
});

// ../../work/main/node_modules/@sniptt/guards/build/index.js
var require_build = __commonJS({
  '../../work/main/node_modules/@sniptt/guards/build/index.js'(exports) {
    'use strict';
    var __createBinding =
      (exports && exports.__createBinding) ||
      (Object.create
        ? function (o, m, k2, k22) {
            if (k22 === void 0) k22 = k2;
            Object.defineProperty(o, k22, {
              enumerable: true,
              get: function () {
                return m[k2];
              },
            });
          }
        : function (o, m, k2, k22) {
            if (k22 === void 0) k22 = k2;
            o[k22] = m[k2];
          });
    var __setModuleDefault =
      (exports && exports.__setModuleDefault) ||
      (Object.create
        ? function (o, v2) {
            Object.defineProperty(o, 'default', {
              enumerable: true,
              value: v2,
            });
          }
        : function (o, v2) {
            o['default'] = v2;
          });
    var __importStar =
      (exports && exports.__importStar) ||
      function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) {
          for (var k2 in mod)
            if (
              k2 !== 'default' &&
              Object.prototype.hasOwnProperty.call(mod, k2)
            )
              __createBinding(result, mod, k2);
        }
        __setModuleDefault(result, mod);
        return result;
      };
    var __exportStar =
      (exports && exports.__exportStar) ||
      function (m, exports2) {
        for (var p in m)
          if (
            p !== 'default' &&
            !Object.prototype.hasOwnProperty.call(exports2, p)
          )
            __createBinding(exports2, m, p);
      };
    Object.defineProperty(exports, '__esModule', { value: true });
    exports.structural = exports.primitives = exports.convenience = void 0;
    exports.convenience = __importStar(require_convenience());
    __exportStar(require_convenience(), exports);
    exports.primitives = __importStar(require_primitives());
    __exportStar(require_primitives(), exports);
    exports.structural = __importStar(require_structural());
    __exportStar(require_structural(), exports);
  },
});

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

// ../../work/main/node_modules/twenty-sdk/dist/logic-function/index.mjs
var import_guards = __toESM(require_build(), 1);

// ../../work/main/node_modules/uuid/dist-node/stringify.js
var byteToHex = [];
for (let i2 = 0; i2 < 256; ++i2) {
  byteToHex.push((i2 + 256).toString(16).slice(1));
}
function unsafeStringify(arr, offset = 0) {
  return (
    byteToHex[arr[offset + 0]] +
    byteToHex[arr[offset + 1]] +
    byteToHex[arr[offset + 2]] +
    byteToHex[arr[offset + 3]] +
    '-' +
    byteToHex[arr[offset + 4]] +
    byteToHex[arr[offset + 5]] +
    '-' +
    byteToHex[arr[offset + 6]] +
    byteToHex[arr[offset + 7]] +
    '-' +
    byteToHex[arr[offset + 8]] +
    byteToHex[arr[offset + 9]] +
    '-' +
    byteToHex[arr[offset + 10]] +
    byteToHex[arr[offset + 11]] +
    byteToHex[arr[offset + 12]] +
    byteToHex[arr[offset + 13]] +
    byteToHex[arr[offset + 14]] +
    byteToHex[arr[offset + 15]]
  ).toLowerCase();
}

// ../../work/main/node_modules/uuid/dist-node/rng.js
import { randomFillSync } from 'node:crypto';
var rnds8Pool = new Uint8Array(256);
var poolPtr = rnds8Pool.length;
function rng() {
  if (poolPtr > rnds8Pool.length - 16) {
    randomFillSync(rnds8Pool);
    poolPtr = 0;
  }
  return rnds8Pool.slice(poolPtr, (poolPtr += 16));
}

// ../../work/main/node_modules/uuid/dist-node/native.js
import { randomUUID } from 'node:crypto';
var native_default = { randomUUID };

// ../../work/main/node_modules/uuid/dist-node/v4.js
function _v4(options, buf, offset) {
  options = options || {};
  const rnds = options.random ?? options.rng?.() ?? rng();
  if (rnds.length < 16) {
    throw new Error('Random bytes length must be >= 16');
  }
  rnds[6] = (rnds[6] & 15) | 64;
  rnds[8] = (rnds[8] & 63) | 128;
  if (buf) {
    offset = offset || 0;
    if (offset < 0 || offset + 16 > buf.length) {
      throw new RangeError(
        `UUID byte range ${offset}:${offset + 15} is out of buffer bounds`,
      );
    }
    for (let i2 = 0; i2 < 16; ++i2) {
      buf[offset + i2] = rnds[i2];
    }
    return buf;
  }
  return unsafeStringify(rnds);
}
function v4(options, buf, offset) {
  if (native_default.randomUUID && !buf && !options) {
    return native_default.randomUUID();
  }
  return _v4(options, buf, offset);
}
var v4_default = v4;

// ../../work/main/node_modules/twenty-sdk/dist/logic-function/index.mjs
import { MetadataApiClient as i } from 'twenty-client-sdk/metadata';
var l = (e) => {
  let n2 = { type: 'unknown' };
  switch (e.type) {
    case 'string':
      n2.type = 'string';
      break;
    case 'number':
    case 'integer':
      n2.type = 'number';
      break;
    case 'boolean':
      n2.type = 'boolean';
      break;
    case 'array':
      ((n2.type = 'array'), e.items && (n2.items = l(e.items)));
      break;
    case 'object':
      ((n2.type = 'object'),
        e.properties &&
          (n2.properties = Object.fromEntries(
            Object.entries(e.properties).map(([e2, t2]) => [e2, l(t2)]),
          )));
      break;
    case 'record':
      n2.type = 'record';
      break;
    case 'records':
      n2.type = 'records';
      break;
    default:
      n2.type = 'unknown';
  }
  return (
    Array.isArray(e.enum) &&
      (n2.enum = e.enum.filter((e2) => typeof e2 == 'string')),
    e.multiline === true && (n2.multiline = true),
    (0, import_guards.isNonEmptyString)(e.label) && (n2.label = e.label),
    (0, import_guards.isNonEmptyString)(e.objectUniversalIdentifier) &&
      (n2.objectUniversalIdentifier = e.objectUniversalIdentifier),
    n2
  );
};
var u = (e) => [l(e)];
u({
  type: 'object',
  properties: {
    a: { type: 'string' },
    b: { type: 'number' },
  },
});
Object.freeze({ status: 'aborted' });
function g(e, t2, n2) {
  function r(n3, r2) {
    var i3;
    (Object.defineProperty(n3, '_zod', {
      value: n3._zod ?? {},
      enumerable: false,
    }),
      (i3 = n3._zod).traits ?? (i3.traits = /* @__PURE__ */ new Set()),
      n3._zod.traits.add(e),
      t2(n3, r2));
    for (let e2 in o.prototype)
      e2 in n3 ||
        Object.defineProperty(n3, e2, { value: o.prototype[e2].bind(n3) });
    ((n3._zod.constr = o), (n3._zod.def = r2));
  }
  let i2 = n2?.Parent ?? Object;
  class a extends i2 {}
  Object.defineProperty(a, 'name', { value: e });
  function o(e2) {
    var t3;
    let i3 = n2?.Parent ? new a() : this;
    (r(i3, e2), (t3 = i3._zod).deferred ?? (t3.deferred = []));
    for (let e3 of i3._zod.deferred) e3();
    return i3;
  }
  return (
    Object.defineProperty(o, 'init', { value: r }),
    Object.defineProperty(o, Symbol.hasInstance, {
      value: (t3) =>
        n2?.Parent && t3 instanceof n2.Parent ? true : t3?._zod?.traits?.has(e),
    }),
    Object.defineProperty(o, 'name', { value: e }),
    o
  );
}
var _ = class extends Error {
  constructor() {
    super(
      'Encountered Promise during synchronous parse. Use .parseAsync() instead.',
    );
  }
};
var oe = class extends Error {
  constructor(e) {
    (super(`Encountered unidirectional transform during encode: ${e}`),
      (this.name = 'ZodEncodeError'));
  }
};
var se = {};
function v(e) {
  return (e && Object.assign(se, e), se);
}
function ce(e) {
  let t2 = Object.values(e).filter((e2) => typeof e2 == 'number');
  return Object.entries(e)
    .filter(([e2, n2]) => t2.indexOf(+e2) === -1)
    .map(([e2, t3]) => t3);
}
function le(e, t2) {
  return typeof t2 == 'bigint' ? t2.toString() : t2;
}
function ue(e) {
  return {
    get value() {
      {
        let t2 = e();
        return (Object.defineProperty(this, 'value', { value: t2 }), t2);
      }
      throw Error('cached value already set');
    },
  };
}
function de(e) {
  return e == null;
}
function fe(e) {
  let t2 = +!!e.startsWith('^'),
    n2 = e.endsWith('$') ? e.length - 1 : e.length;
  return e.slice(t2, n2);
}
var pe = /* @__PURE__ */ Symbol('evaluating');
function y(e, t2, n2) {
  let r;
  Object.defineProperty(e, t2, {
    get() {
      if (r !== pe) return (r === void 0 && ((r = pe), (r = n2())), r);
    },
    set(n3) {
      Object.defineProperty(e, t2, { value: n3 });
    },
    configurable: true,
  });
}
function b(e, t2, n2) {
  Object.defineProperty(e, t2, {
    value: n2,
    writable: true,
    enumerable: true,
    configurable: true,
  });
}
function x(...e) {
  let t2 = {};
  for (let n2 of e) Object.assign(t2, Object.getOwnPropertyDescriptors(n2));
  return Object.defineProperties({}, t2);
}
function me(e) {
  return JSON.stringify(e);
}
var he = 'captureStackTrace' in Error ? Error.captureStackTrace : (...e) => {};
function S(e) {
  return typeof e == 'object' && !!e && !Array.isArray(e);
}
var ge = ue(() => {
  if (typeof navigator < 'u' && navigator?.userAgent?.includes('Cloudflare'))
    return false;
  try {
    return (Function(''), true);
  } catch {
    return false;
  }
});
function C(e) {
  if (S(e) === false) return false;
  let t2 = e.constructor;
  if (t2 === void 0) return true;
  let n2 = t2.prototype;
  return !(
    S(n2) === false ||
    Object.prototype.hasOwnProperty.call(n2, 'isPrototypeOf') === false
  );
}
function _e(e) {
  return C(e) ? { ...e } : Array.isArray(e) ? [...e] : e;
}
var ve = /* @__PURE__ */ new Set(['string', 'number', 'symbol']);
function w(e) {
  return e.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
function T(e, t2, n2) {
  let r = new e._zod.constr(t2 ?? e._zod.def);
  return ((!t2 || n2?.parent) && (r._zod.parent = e), r);
}
function E(e) {
  let t2 = e;
  if (!t2) return {};
  if (typeof t2 == 'string') return { error: () => t2 };
  if (t2?.message !== void 0) {
    if (t2?.error !== void 0)
      throw Error('Cannot specify both `message` and `error` params');
    t2.error = t2.message;
  }
  return (
    delete t2.message,
    typeof t2.error == 'string'
      ? {
          ...t2,
          error: () => t2.error,
        }
      : t2
  );
}
function ye(e) {
  return Object.keys(e).filter(
    (t2) => e[t2]._zod.optin === 'optional' && e[t2]._zod.optout === 'optional',
  );
}
(-Number.MAX_VALUE, Number.MAX_VALUE);
function be(e, t2) {
  let n2 = e._zod.def;
  return T(
    e,
    x(e._zod.def, {
      get shape() {
        let e2 = {};
        for (let r in t2) {
          if (!(r in n2.shape)) throw Error(`Unrecognized key: "${r}"`);
          t2[r] && (e2[r] = n2.shape[r]);
        }
        return (b(this, 'shape', e2), e2);
      },
      checks: [],
    }),
  );
}
function xe(e, t2) {
  let n2 = e._zod.def;
  return T(
    e,
    x(e._zod.def, {
      get shape() {
        let r = { ...e._zod.def.shape };
        for (let e2 in t2) {
          if (!(e2 in n2.shape)) throw Error(`Unrecognized key: "${e2}"`);
          t2[e2] && delete r[e2];
        }
        return (b(this, 'shape', r), r);
      },
      checks: [],
    }),
  );
}
function Se(e, t2) {
  if (!C(t2)) throw Error('Invalid input to extend: expected a plain object');
  let n2 = e._zod.def.checks;
  if (n2 && n2.length > 0)
    throw Error(
      'Object schemas containing refinements cannot be extended. Use `.safeExtend()` instead.',
    );
  return T(
    e,
    x(e._zod.def, {
      get shape() {
        let n3 = {
          ...e._zod.def.shape,
          ...t2,
        };
        return (b(this, 'shape', n3), n3);
      },
      checks: [],
    }),
  );
}
function Ce(e, t2) {
  if (!C(t2))
    throw Error('Invalid input to safeExtend: expected a plain object');
  return T(e, {
    ...e._zod.def,
    get shape() {
      let n2 = {
        ...e._zod.def.shape,
        ...t2,
      };
      return (b(this, 'shape', n2), n2);
    },
    checks: e._zod.def.checks,
  });
}
function we(e, t2) {
  return T(
    e,
    x(e._zod.def, {
      get shape() {
        let n2 = {
          ...e._zod.def.shape,
          ...t2._zod.def.shape,
        };
        return (b(this, 'shape', n2), n2);
      },
      get catchall() {
        return t2._zod.def.catchall;
      },
      checks: [],
    }),
  );
}
function Te(e, t2, n2) {
  return T(
    t2,
    x(t2._zod.def, {
      get shape() {
        let r = t2._zod.def.shape,
          i2 = { ...r };
        if (n2)
          for (let t3 in n2) {
            if (!(t3 in r)) throw Error(`Unrecognized key: "${t3}"`);
            n2[t3] &&
              (i2[t3] = e
                ? new e({
                    type: 'optional',
                    innerType: r[t3],
                  })
                : r[t3]);
          }
        else
          for (let t3 in r)
            i2[t3] = e
              ? new e({
                  type: 'optional',
                  innerType: r[t3],
                })
              : r[t3];
        return (b(this, 'shape', i2), i2);
      },
      checks: [],
    }),
  );
}
function Ee(e, t2, n2) {
  return T(
    t2,
    x(t2._zod.def, {
      get shape() {
        let r = t2._zod.def.shape,
          i2 = { ...r };
        if (n2)
          for (let t3 in n2) {
            if (!(t3 in i2)) throw Error(`Unrecognized key: "${t3}"`);
            n2[t3] &&
              (i2[t3] = new e({
                type: 'nonoptional',
                innerType: r[t3],
              }));
          }
        else
          for (let t3 in r)
            i2[t3] = new e({
              type: 'nonoptional',
              innerType: r[t3],
            });
        return (b(this, 'shape', i2), i2);
      },
      checks: [],
    }),
  );
}
function D(e, t2 = 0) {
  if (e.aborted === true) return true;
  for (let n2 = t2; n2 < e.issues.length; n2++)
    if (e.issues[n2]?.continue !== true) return true;
  return false;
}
function De(e, t2) {
  return t2.map((t3) => {
    var n2;
    return ((n2 = t3).path ?? (n2.path = []), t3.path.unshift(e), t3);
  });
}
function O(e) {
  return typeof e == 'string' ? e : e?.message;
}
function k(e, t2, n2) {
  let r = {
    ...e,
    path: e.path ?? [],
  };
  return (
    e.message ||
      (r.message =
        O(e.inst?._zod.def?.error?.(e)) ??
        O(t2?.error?.(e)) ??
        O(n2.customError?.(e)) ??
        O(n2.localeError?.(e)) ??
        'Invalid input'),
    delete r.inst,
    delete r.continue,
    t2?.reportInput || delete r.input,
    r
  );
}
function Oe(e) {
  return Array.isArray(e)
    ? 'array'
    : typeof e == 'string'
      ? 'string'
      : 'unknown';
}
function A(...e) {
  let [t2, n2, r] = e;
  return typeof t2 == 'string'
    ? {
        message: t2,
        code: 'custom',
        input: n2,
        inst: r,
      }
    : { ...t2 };
}
var ke = (e, t2) => {
  ((e.name = '$ZodError'),
    Object.defineProperty(e, '_zod', {
      value: e._zod,
      enumerable: false,
    }),
    Object.defineProperty(e, 'issues', {
      value: t2,
      enumerable: false,
    }),
    (e.message = JSON.stringify(t2, le, 2)),
    Object.defineProperty(e, 'toString', {
      value: () => e.message,
      enumerable: false,
    }));
};
var Ae = g('$ZodError', ke);
var je = g('$ZodError', ke, { Parent: Error });
function Me(e, t2 = (e2) => e2.message) {
  let n2 = {},
    r = [];
  for (let i2 of e.issues)
    i2.path.length > 0
      ? ((n2[i2.path[0]] = n2[i2.path[0]] || []), n2[i2.path[0]].push(t2(i2)))
      : r.push(t2(i2));
  return {
    formErrors: r,
    fieldErrors: n2,
  };
}
function Ne(e, t2) {
  let n2 =
      t2 ||
      function (e2) {
        return e2.message;
      },
    r = { _errors: [] },
    i2 = (e2) => {
      for (let t3 of e2.issues)
        if (t3.code === 'invalid_union' && t3.errors.length)
          t3.errors.map((e3) => i2({ issues: e3 }));
        else if (t3.code === 'invalid_key') i2({ issues: t3.issues });
        else if (t3.code === 'invalid_element') i2({ issues: t3.issues });
        else if (t3.path.length === 0) r._errors.push(n2(t3));
        else {
          let e3 = r,
            i3 = 0;
          for (; i3 < t3.path.length;) {
            let r2 = t3.path[i3];
            (i3 === t3.path.length - 1
              ? ((e3[r2] = e3[r2] || { _errors: [] }),
                e3[r2]._errors.push(n2(t3)))
              : (e3[r2] = e3[r2] || { _errors: [] }),
              (e3 = e3[r2]),
              i3++);
          }
        }
    };
  return (i2(e), r);
}
var j = (e) => (t2, n2, r, i2) => {
  let a = r ? Object.assign(r, { async: false }) : { async: false },
    o = t2._zod.run(
      {
        value: n2,
        issues: [],
      },
      a,
    );
  if (o instanceof Promise) throw new _();
  if (o.issues.length) {
    let t3 = new (i2?.Err ?? e)(o.issues.map((e2) => k(e2, a, v())));
    throw (he(t3, i2?.callee), t3);
  }
  return o.value;
};
var Pe = (e) => async (t2, n2, r, i2) => {
  let a = r ? Object.assign(r, { async: true }) : { async: true },
    o = t2._zod.run(
      {
        value: n2,
        issues: [],
      },
      a,
    );
  if ((o instanceof Promise && (o = await o), o.issues.length)) {
    let t3 = new (i2?.Err ?? e)(o.issues.map((e2) => k(e2, a, v())));
    throw (he(t3, i2?.callee), t3);
  }
  return o.value;
};
var M = (e) => (t2, n2, r) => {
  let i2 = r
      ? {
          ...r,
          async: false,
        }
      : { async: false },
    a = t2._zod.run(
      {
        value: n2,
        issues: [],
      },
      i2,
    );
  if (a instanceof Promise) throw new _();
  return a.issues.length
    ? {
        success: false,
        error: new (e ?? Ae)(a.issues.map((e2) => k(e2, i2, v()))),
      }
    : {
        success: true,
        data: a.value,
      };
};
var Fe = /* @__PURE__ */ M(je);
var N = (e) => async (t2, n2, r) => {
  let i2 = r ? Object.assign(r, { async: true }) : { async: true },
    a = t2._zod.run(
      {
        value: n2,
        issues: [],
      },
      i2,
    );
  return (
    a instanceof Promise && (a = await a),
    a.issues.length
      ? {
          success: false,
          error: new e(a.issues.map((e2) => k(e2, i2, v()))),
        }
      : {
          success: true,
          data: a.value,
        }
  );
};
var Ie = /* @__PURE__ */ N(je);
var Le = (e) => (t2, n2, r) => {
  let i2 = r
    ? Object.assign(r, { direction: 'backward' })
    : { direction: 'backward' };
  return j(e)(t2, n2, i2);
};
var Re = (e) => (t2, n2, r) => j(e)(t2, n2, r);
var ze = (e) => async (t2, n2, r) => {
  let i2 = r
    ? Object.assign(r, { direction: 'backward' })
    : { direction: 'backward' };
  return Pe(e)(t2, n2, i2);
};
var Be = (e) => async (t2, n2, r) => Pe(e)(t2, n2, r);
var Ve = (e) => (t2, n2, r) => {
  let i2 = r
    ? Object.assign(r, { direction: 'backward' })
    : { direction: 'backward' };
  return M(e)(t2, n2, i2);
};
var He = (e) => (t2, n2, r) => M(e)(t2, n2, r);
var Ue = (e) => async (t2, n2, r) => {
  let i2 = r
    ? Object.assign(r, { direction: 'backward' })
    : { direction: 'backward' };
  return N(e)(t2, n2, i2);
};
var We = (e) => async (t2, n2, r) => N(e)(t2, n2, r);
var Ge = /^[cC][^\s-]{8,}$/;
var Ke = /^[0-9a-z]+$/;
var qe = /^[0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{26}$/;
var Je = /^[0-9a-vA-V]{20}$/;
var Ye = /^[A-Za-z0-9]{27}$/;
var Xe = /^[a-zA-Z0-9_-]{21}$/;
var Ze =
  /^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;
var Qe =
  /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;
var $e = (e) =>
  e
    ? RegExp(
        `^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${e}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`,
      )
    : /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;
var et =
  /^(?!\.)(?!.*\.\.)([A-Za-z0-9_'+\-\.]*)[A-Za-z0-9_+-]@([A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;
var tt = '^(\\p{Extended_Pictographic}|\\p{Emoji_Component})+$';
function nt() {
  return new RegExp(tt, 'u');
}
var rt =
  /^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;
var it =
  /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;
var at =
  /^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;
var ot =
  /^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|::|([0-9a-fA-F]{1,4})?::([0-9a-fA-F]{1,4}:?){0,6})\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;
var st =
  /^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;
var ct = /^[A-Za-z0-9_-]*$/;
var lt =
  /^(?=.{1,253}\.?$)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[-0-9a-zA-Z]{0,61}[0-9a-zA-Z])?)*\.?$/;
var ut = /^\+(?:[0-9]){6,14}[0-9]$/;
var dt =
  '(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))';
var ft = /* @__PURE__ */ RegExp(`^${dt}$`);
function pt(e) {
  let t2 = '(?:[01]\\d|2[0-3]):[0-5]\\d';
  return typeof e.precision == 'number'
    ? e.precision === -1
      ? `${t2}`
      : e.precision === 0
        ? `${t2}:[0-5]\\d`
        : `${t2}:[0-5]\\d\\.\\d{${e.precision}}`
    : `${t2}(?::[0-5]\\d(?:\\.\\d+)?)?`;
}
function mt(e) {
  return RegExp(`^${pt(e)}$`);
}
function ht(e) {
  let t2 = pt({ precision: e.precision }),
    n2 = ['Z'];
  (e.local && n2.push(''),
    e.offset && n2.push('([+-](?:[01]\\d|2[0-3]):[0-5]\\d)'));
  let r = `${t2}(?:${n2.join('|')})`;
  return RegExp(`^${dt}T(?:${r})$`);
}
var gt = (e) => {
  let t2 = e ? `[\\s\\S]{${e?.minimum ?? 0},${e?.maximum ?? ''}}` : '[\\s\\S]*';
  return RegExp(`^${t2}$`);
};
var _t = /^[^A-Z]*$/;
var vt = /^[^a-z]*$/;
var P = /* @__PURE__ */ g('$ZodCheck', (e, t2) => {
  var n2;
  ((e._zod ??= {}),
    (e._zod.def = t2),
    (n2 = e._zod).onattach ?? (n2.onattach = []));
});
var yt = /* @__PURE__ */ g('$ZodCheckMaxLength', (e, t2) => {
  var n2;
  (P.init(e, t2),
    (n2 = e._zod.def).when ??
      (n2.when = (e2) => {
        let t3 = e2.value;
        return !de(t3) && t3.length !== void 0;
      }),
    e._zod.onattach.push((e2) => {
      let n3 = e2._zod.bag.maximum ?? Infinity;
      t2.maximum < n3 && (e2._zod.bag.maximum = t2.maximum);
    }),
    (e._zod.check = (n3) => {
      let r = n3.value;
      if (r.length <= t2.maximum) return;
      let i2 = Oe(r);
      n3.issues.push({
        origin: i2,
        code: 'too_big',
        maximum: t2.maximum,
        inclusive: true,
        input: r,
        inst: e,
        continue: !t2.abort,
      });
    }));
});
var bt = /* @__PURE__ */ g('$ZodCheckMinLength', (e, t2) => {
  var n2;
  (P.init(e, t2),
    (n2 = e._zod.def).when ??
      (n2.when = (e2) => {
        let t3 = e2.value;
        return !de(t3) && t3.length !== void 0;
      }),
    e._zod.onattach.push((e2) => {
      let n3 = e2._zod.bag.minimum ?? -Infinity;
      t2.minimum > n3 && (e2._zod.bag.minimum = t2.minimum);
    }),
    (e._zod.check = (n3) => {
      let r = n3.value;
      if (r.length >= t2.minimum) return;
      let i2 = Oe(r);
      n3.issues.push({
        origin: i2,
        code: 'too_small',
        minimum: t2.minimum,
        inclusive: true,
        input: r,
        inst: e,
        continue: !t2.abort,
      });
    }));
});
var xt = /* @__PURE__ */ g('$ZodCheckLengthEquals', (e, t2) => {
  var n2;
  (P.init(e, t2),
    (n2 = e._zod.def).when ??
      (n2.when = (e2) => {
        let t3 = e2.value;
        return !de(t3) && t3.length !== void 0;
      }),
    e._zod.onattach.push((e2) => {
      let n3 = e2._zod.bag;
      ((n3.minimum = t2.length),
        (n3.maximum = t2.length),
        (n3.length = t2.length));
    }),
    (e._zod.check = (n3) => {
      let r = n3.value,
        i2 = r.length;
      if (i2 === t2.length) return;
      let a = Oe(r),
        o = i2 > t2.length;
      n3.issues.push({
        origin: a,
        ...(o
          ? {
              code: 'too_big',
              maximum: t2.length,
            }
          : {
              code: 'too_small',
              minimum: t2.length,
            }),
        inclusive: true,
        exact: true,
        input: n3.value,
        inst: e,
        continue: !t2.abort,
      });
    }));
});
var F = /* @__PURE__ */ g('$ZodCheckStringFormat', (e, t2) => {
  var n2, r;
  (P.init(e, t2),
    e._zod.onattach.push((e2) => {
      let n3 = e2._zod.bag;
      ((n3.format = t2.format),
        t2.pattern &&
          ((n3.patterns ??= /* @__PURE__ */ new Set()),
          n3.patterns.add(t2.pattern)));
    }),
    t2.pattern
      ? ((n2 = e._zod).check ??
        (n2.check = (n3) => {
          ((t2.pattern.lastIndex = 0),
            !t2.pattern.test(n3.value) &&
              n3.issues.push({
                origin: 'string',
                code: 'invalid_format',
                format: t2.format,
                input: n3.value,
                ...(t2.pattern ? { pattern: t2.pattern.toString() } : {}),
                inst: e,
                continue: !t2.abort,
              }));
        }))
      : ((r = e._zod).check ?? (r.check = () => {})));
});
var St = /* @__PURE__ */ g('$ZodCheckRegex', (e, t2) => {
  (F.init(e, t2),
    (e._zod.check = (n2) => {
      ((t2.pattern.lastIndex = 0),
        !t2.pattern.test(n2.value) &&
          n2.issues.push({
            origin: 'string',
            code: 'invalid_format',
            format: 'regex',
            input: n2.value,
            pattern: t2.pattern.toString(),
            inst: e,
            continue: !t2.abort,
          }));
    }));
});
var Ct = /* @__PURE__ */ g('$ZodCheckLowerCase', (e, t2) => {
  ((t2.pattern ??= _t), F.init(e, t2));
});
var wt = /* @__PURE__ */ g('$ZodCheckUpperCase', (e, t2) => {
  ((t2.pattern ??= vt), F.init(e, t2));
});
var Tt = /* @__PURE__ */ g('$ZodCheckIncludes', (e, t2) => {
  P.init(e, t2);
  let n2 = w(t2.includes),
    r = new RegExp(
      typeof t2.position == 'number' ? `^.{${t2.position}}${n2}` : n2,
    );
  ((t2.pattern = r),
    e._zod.onattach.push((e2) => {
      let t3 = e2._zod.bag;
      ((t3.patterns ??= /* @__PURE__ */ new Set()), t3.patterns.add(r));
    }),
    (e._zod.check = (n3) => {
      n3.value.includes(t2.includes, t2.position) ||
        n3.issues.push({
          origin: 'string',
          code: 'invalid_format',
          format: 'includes',
          includes: t2.includes,
          input: n3.value,
          inst: e,
          continue: !t2.abort,
        });
    }));
});
var Et = /* @__PURE__ */ g('$ZodCheckStartsWith', (e, t2) => {
  P.init(e, t2);
  let n2 = RegExp(`^${w(t2.prefix)}.*`);
  ((t2.pattern ??= n2),
    e._zod.onattach.push((e2) => {
      let t3 = e2._zod.bag;
      ((t3.patterns ??= /* @__PURE__ */ new Set()), t3.patterns.add(n2));
    }),
    (e._zod.check = (n3) => {
      n3.value.startsWith(t2.prefix) ||
        n3.issues.push({
          origin: 'string',
          code: 'invalid_format',
          format: 'starts_with',
          prefix: t2.prefix,
          input: n3.value,
          inst: e,
          continue: !t2.abort,
        });
    }));
});
var Dt = /* @__PURE__ */ g('$ZodCheckEndsWith', (e, t2) => {
  P.init(e, t2);
  let n2 = RegExp(`.*${w(t2.suffix)}$`);
  ((t2.pattern ??= n2),
    e._zod.onattach.push((e2) => {
      let t3 = e2._zod.bag;
      ((t3.patterns ??= /* @__PURE__ */ new Set()), t3.patterns.add(n2));
    }),
    (e._zod.check = (n3) => {
      n3.value.endsWith(t2.suffix) ||
        n3.issues.push({
          origin: 'string',
          code: 'invalid_format',
          format: 'ends_with',
          suffix: t2.suffix,
          input: n3.value,
          inst: e,
          continue: !t2.abort,
        });
    }));
});
var Ot = /* @__PURE__ */ g('$ZodCheckOverwrite', (e, t2) => {
  (P.init(e, t2),
    (e._zod.check = (e2) => {
      e2.value = t2.tx(e2.value);
    }));
});
var kt = class {
  constructor(e = []) {
    ((this.content = []), (this.indent = 0), this && (this.args = e));
  }
  indented(e) {
    ((this.indent += 1), e(this), --this.indent);
  }
  write(e) {
    if (typeof e == 'function') {
      (e(this, { execution: 'sync' }), e(this, { execution: 'async' }));
      return;
    }
    let t2 = e.split('\n').filter((e2) => e2),
      n2 = Math.min(...t2.map((e2) => e2.length - e2.trimStart().length)),
      r = t2
        .map((e2) => e2.slice(n2))
        .map((e2) => ' '.repeat(this.indent * 2) + e2);
    for (let e2 of r) this.content.push(e2);
  }
  compile() {
    let e = Function,
      t2 = this?.args,
      n2 = [...(this?.content ?? ['']).map((e2) => `  ${e2}`)];
    return new e(...t2, n2.join('\n'));
  }
};
var At = {
  major: 4,
  minor: 1,
  patch: 11,
};
var I = /* @__PURE__ */ g('$ZodType', (e, t2) => {
  var n2;
  ((e ??= {}),
    (e._zod.def = t2),
    (e._zod.bag = e._zod.bag || {}),
    (e._zod.version = At));
  let r = [...(e._zod.def.checks ?? [])];
  e._zod.traits.has('$ZodCheck') && r.unshift(e);
  for (let t3 of r) for (let n3 of t3._zod.onattach) n3(e);
  if (r.length === 0)
    ((n2 = e._zod).deferred ?? (n2.deferred = []),
      e._zod.deferred?.push(() => {
        e._zod.run = e._zod.parse;
      }));
  else {
    let t3 = (e2, t4, n4) => {
        let r2 = D(e2),
          i2;
        for (let a of t4) {
          if (a._zod.def.when) {
            if (!a._zod.def.when(e2)) continue;
          } else if (r2) continue;
          let t5 = e2.issues.length,
            o = a._zod.check(e2);
          if (o instanceof Promise && n4?.async === false) throw new _();
          if (i2 || o instanceof Promise)
            i2 = (i2 ?? Promise.resolve()).then(async () => {
              (await o, e2.issues.length !== t5 && (r2 ||= D(e2, t5)));
            });
          else {
            if (e2.issues.length === t5) continue;
            r2 ||= D(e2, t5);
          }
        }
        return i2 ? i2.then(() => e2) : e2;
      },
      n3 = (n4, i2, a) => {
        if (D(n4)) return ((n4.aborted = true), n4);
        let o = t3(i2, r, a);
        if (o instanceof Promise) {
          if (a.async === false) throw new _();
          return o.then((t4) => e._zod.parse(t4, a));
        }
        return e._zod.parse(o, a);
      };
    e._zod.run = (i2, a) => {
      if (a.skipChecks) return e._zod.parse(i2, a);
      if (a.direction === 'backward') {
        let t4 = e._zod.parse(
          {
            value: i2.value,
            issues: [],
          },
          {
            ...a,
            skipChecks: true,
          },
        );
        return t4 instanceof Promise
          ? t4.then((e2) => n3(e2, i2, a))
          : n3(t4, i2, a);
      }
      let o = e._zod.parse(i2, a);
      if (o instanceof Promise) {
        if (a.async === false) throw new _();
        return o.then((e2) => t3(e2, r, a));
      }
      return t3(o, r, a);
    };
  }
  e['~standard'] = {
    validate: (t3) => {
      try {
        let n3 = Fe(e, t3);
        return n3.success ? { value: n3.data } : { issues: n3.error?.issues };
      } catch {
        return Ie(e, t3).then((e2) =>
          e2.success ? { value: e2.data } : { issues: e2.error?.issues },
        );
      }
    },
    vendor: 'zod',
    version: 1,
  };
});
var jt = /* @__PURE__ */ g('$ZodString', (e, t2) => {
  (I.init(e, t2),
    (e._zod.pattern =
      [...(e?._zod.bag?.patterns ?? [])].pop() ?? gt(e._zod.bag)),
    (e._zod.parse = (n2, r) => {
      if (t2.coerce)
        try {
          n2.value = String(n2.value);
        } catch {}
      return (
        typeof n2.value == 'string' ||
          n2.issues.push({
            expected: 'string',
            code: 'invalid_type',
            input: n2.value,
            inst: e,
          }),
        n2
      );
    }));
});
var L = /* @__PURE__ */ g('$ZodStringFormat', (e, t2) => {
  (F.init(e, t2), jt.init(e, t2));
});
var Mt = /* @__PURE__ */ g('$ZodGUID', (e, t2) => {
  ((t2.pattern ??= Qe), L.init(e, t2));
});
var Nt = /* @__PURE__ */ g('$ZodUUID', (e, t2) => {
  if (t2.version) {
    let e2 = {
      v1: 1,
      v2: 2,
      v3: 3,
      v4: 4,
      v5: 5,
      v6: 6,
      v7: 7,
      v8: 8,
    }[t2.version];
    if (e2 === void 0) throw Error(`Invalid UUID version: "${t2.version}"`);
    t2.pattern ??= $e(e2);
  } else t2.pattern ??= $e();
  L.init(e, t2);
});
var Pt = /* @__PURE__ */ g('$ZodEmail', (e, t2) => {
  ((t2.pattern ??= et), L.init(e, t2));
});
var Ft = /* @__PURE__ */ g('$ZodURL', (e, t2) => {
  (L.init(e, t2),
    (e._zod.check = (n2) => {
      try {
        let r = n2.value.trim(),
          i2 = new URL(r);
        (t2.hostname &&
          ((t2.hostname.lastIndex = 0),
          t2.hostname.test(i2.hostname) ||
            n2.issues.push({
              code: 'invalid_format',
              format: 'url',
              note: 'Invalid hostname',
              pattern: lt.source,
              input: n2.value,
              inst: e,
              continue: !t2.abort,
            })),
          t2.protocol &&
            ((t2.protocol.lastIndex = 0),
            t2.protocol.test(
              i2.protocol.endsWith(':')
                ? i2.protocol.slice(0, -1)
                : i2.protocol,
            ) ||
              n2.issues.push({
                code: 'invalid_format',
                format: 'url',
                note: 'Invalid protocol',
                pattern: t2.protocol.source,
                input: n2.value,
                inst: e,
                continue: !t2.abort,
              })),
          t2.normalize ? (n2.value = i2.href) : (n2.value = r));
        return;
      } catch {
        n2.issues.push({
          code: 'invalid_format',
          format: 'url',
          input: n2.value,
          inst: e,
          continue: !t2.abort,
        });
      }
    }));
});
var It = /* @__PURE__ */ g('$ZodEmoji', (e, t2) => {
  ((t2.pattern ??= nt()), L.init(e, t2));
});
var Lt = /* @__PURE__ */ g('$ZodNanoID', (e, t2) => {
  ((t2.pattern ??= Xe), L.init(e, t2));
});
var Rt = /* @__PURE__ */ g('$ZodCUID', (e, t2) => {
  ((t2.pattern ??= Ge), L.init(e, t2));
});
var zt = /* @__PURE__ */ g('$ZodCUID2', (e, t2) => {
  ((t2.pattern ??= Ke), L.init(e, t2));
});
var Bt = /* @__PURE__ */ g('$ZodULID', (e, t2) => {
  ((t2.pattern ??= qe), L.init(e, t2));
});
var Vt = /* @__PURE__ */ g('$ZodXID', (e, t2) => {
  ((t2.pattern ??= Je), L.init(e, t2));
});
var Ht = /* @__PURE__ */ g('$ZodKSUID', (e, t2) => {
  ((t2.pattern ??= Ye), L.init(e, t2));
});
var Ut = /* @__PURE__ */ g('$ZodISODateTime', (e, t2) => {
  ((t2.pattern ??= ht(t2)), L.init(e, t2));
});
var Wt = /* @__PURE__ */ g('$ZodISODate', (e, t2) => {
  ((t2.pattern ??= ft), L.init(e, t2));
});
var Gt = /* @__PURE__ */ g('$ZodISOTime', (e, t2) => {
  ((t2.pattern ??= mt(t2)), L.init(e, t2));
});
var Kt = /* @__PURE__ */ g('$ZodISODuration', (e, t2) => {
  ((t2.pattern ??= Ze), L.init(e, t2));
});
var qt = /* @__PURE__ */ g('$ZodIPv4', (e, t2) => {
  ((t2.pattern ??= rt),
    L.init(e, t2),
    e._zod.onattach.push((e2) => {
      let t3 = e2._zod.bag;
      t3.format = 'ipv4';
    }));
});
var Jt = /* @__PURE__ */ g('$ZodIPv6', (e, t2) => {
  ((t2.pattern ??= it),
    L.init(e, t2),
    e._zod.onattach.push((e2) => {
      let t3 = e2._zod.bag;
      t3.format = 'ipv6';
    }),
    (e._zod.check = (n2) => {
      try {
        new URL(`http://[${n2.value}]`);
      } catch {
        n2.issues.push({
          code: 'invalid_format',
          format: 'ipv6',
          input: n2.value,
          inst: e,
          continue: !t2.abort,
        });
      }
    }));
});
var Yt = /* @__PURE__ */ g('$ZodCIDRv4', (e, t2) => {
  ((t2.pattern ??= at), L.init(e, t2));
});
var Xt = /* @__PURE__ */ g('$ZodCIDRv6', (e, t2) => {
  ((t2.pattern ??= ot),
    L.init(e, t2),
    (e._zod.check = (n2) => {
      let r = n2.value.split('/');
      try {
        if (r.length !== 2) throw Error();
        let [e2, t3] = r;
        if (!t3) throw Error();
        let n3 = Number(t3);
        if (`${n3}` !== t3 || n3 < 0 || n3 > 128) throw Error();
        new URL(`http://[${e2}]`);
      } catch {
        n2.issues.push({
          code: 'invalid_format',
          format: 'cidrv6',
          input: n2.value,
          inst: e,
          continue: !t2.abort,
        });
      }
    }));
});
function Zt(e) {
  if (e === '') return true;
  if (e.length % 4 != 0) return false;
  try {
    return (atob(e), true);
  } catch {
    return false;
  }
}
var Qt = /* @__PURE__ */ g('$ZodBase64', (e, t2) => {
  ((t2.pattern ??= st),
    L.init(e, t2),
    e._zod.onattach.push((e2) => {
      e2._zod.bag.contentEncoding = 'base64';
    }),
    (e._zod.check = (n2) => {
      Zt(n2.value) ||
        n2.issues.push({
          code: 'invalid_format',
          format: 'base64',
          input: n2.value,
          inst: e,
          continue: !t2.abort,
        });
    }));
});
function $t(e) {
  if (!ct.test(e)) return false;
  let t2 = e.replace(/[-_]/g, (e2) => (e2 === '-' ? '+' : '/'));
  return Zt(t2.padEnd(Math.ceil(t2.length / 4) * 4, '='));
}
var en = /* @__PURE__ */ g('$ZodBase64URL', (e, t2) => {
  ((t2.pattern ??= ct),
    L.init(e, t2),
    e._zod.onattach.push((e2) => {
      e2._zod.bag.contentEncoding = 'base64url';
    }),
    (e._zod.check = (n2) => {
      $t(n2.value) ||
        n2.issues.push({
          code: 'invalid_format',
          format: 'base64url',
          input: n2.value,
          inst: e,
          continue: !t2.abort,
        });
    }));
});
var tn = /* @__PURE__ */ g('$ZodE164', (e, t2) => {
  ((t2.pattern ??= ut), L.init(e, t2));
});
function nn(e, t2 = null) {
  try {
    let n2 = e.split('.');
    if (n2.length !== 3) return false;
    let [r] = n2;
    if (!r) return false;
    let i2 = JSON.parse(atob(r));
    return !(
      ('typ' in i2 && i2?.typ !== 'JWT') ||
      !i2.alg ||
      (t2 && (!('alg' in i2) || i2.alg !== t2))
    );
  } catch {
    return false;
  }
}
var rn = /* @__PURE__ */ g('$ZodJWT', (e, t2) => {
  (L.init(e, t2),
    (e._zod.check = (n2) => {
      nn(n2.value, t2.alg) ||
        n2.issues.push({
          code: 'invalid_format',
          format: 'jwt',
          input: n2.value,
          inst: e,
          continue: !t2.abort,
        });
    }));
});
var an = /* @__PURE__ */ g('$ZodUnknown', (e, t2) => {
  (I.init(e, t2), (e._zod.parse = (e2) => e2));
});
var on = /* @__PURE__ */ g('$ZodNever', (e, t2) => {
  (I.init(e, t2),
    (e._zod.parse = (t3, n2) => (
      t3.issues.push({
        expected: 'never',
        code: 'invalid_type',
        input: t3.value,
        inst: e,
      }),
      t3
    )));
});
function sn(e, t2, n2) {
  (e.issues.length && t2.issues.push(...De(n2, e.issues)),
    (t2.value[n2] = e.value));
}
var cn = /* @__PURE__ */ g('$ZodArray', (e, t2) => {
  (I.init(e, t2),
    (e._zod.parse = (n2, r) => {
      let i2 = n2.value;
      if (!Array.isArray(i2))
        return (
          n2.issues.push({
            expected: 'array',
            code: 'invalid_type',
            input: i2,
            inst: e,
          }),
          n2
        );
      n2.value = Array(i2.length);
      let a = [];
      for (let e2 = 0; e2 < i2.length; e2++) {
        let o = i2[e2],
          s = t2.element._zod.run(
            {
              value: o,
              issues: [],
            },
            r,
          );
        s instanceof Promise
          ? a.push(s.then((t3) => sn(t3, n2, e2)))
          : sn(s, n2, e2);
      }
      return a.length ? Promise.all(a).then(() => n2) : n2;
    }));
});
function R(e, t2, n2, r) {
  (e.issues.length && t2.issues.push(...De(n2, e.issues)),
    e.value === void 0
      ? n2 in r && (t2.value[n2] = void 0)
      : (t2.value[n2] = e.value));
}
function ln(e) {
  let t2 = Object.keys(e.shape);
  for (let n3 of t2)
    if (!e.shape?.[n3]?._zod?.traits?.has('$ZodType'))
      throw Error(`Invalid element at key "${n3}": expected a Zod schema`);
  let n2 = ye(e.shape);
  return {
    ...e,
    keys: t2,
    keySet: new Set(t2),
    numKeys: t2.length,
    optionalKeys: new Set(n2),
  };
}
function un(e, t2, n2, r, i2, a) {
  let o = [],
    s = i2.keySet,
    c = i2.catchall._zod,
    l2 = c.def.type;
  for (let i3 of Object.keys(t2)) {
    if (s.has(i3)) continue;
    if (l2 === 'never') {
      o.push(i3);
      continue;
    }
    let a2 = c.run(
      {
        value: t2[i3],
        issues: [],
      },
      r,
    );
    a2 instanceof Promise
      ? e.push(a2.then((e2) => R(e2, n2, i3, t2)))
      : R(a2, n2, i3, t2);
  }
  return (
    o.length &&
      n2.issues.push({
        code: 'unrecognized_keys',
        keys: o,
        input: t2,
        inst: a,
      }),
    e.length ? Promise.all(e).then(() => n2) : n2
  );
}
var dn = /* @__PURE__ */ g('$ZodObject', (e, t2) => {
  if ((I.init(e, t2), !Object.getOwnPropertyDescriptor(t2, 'shape')?.get)) {
    let e2 = t2.shape;
    Object.defineProperty(t2, 'shape', {
      get: () => {
        let n3 = { ...e2 };
        return (Object.defineProperty(t2, 'shape', { value: n3 }), n3);
      },
    });
  }
  let n2 = ue(() => ln(t2));
  y(e._zod, 'propValues', () => {
    let e2 = t2.shape,
      n3 = {};
    for (let t3 in e2) {
      let r2 = e2[t3]._zod;
      if (r2.values) {
        n3[t3] ?? (n3[t3] = /* @__PURE__ */ new Set());
        for (let e3 of r2.values) n3[t3].add(e3);
      }
    }
    return n3;
  });
  let r = S,
    i2 = t2.catchall,
    a;
  e._zod.parse = (t3, o) => {
    a ??= n2.value;
    let s = t3.value;
    if (!r(s))
      return (
        t3.issues.push({
          expected: 'object',
          code: 'invalid_type',
          input: s,
          inst: e,
        }),
        t3
      );
    t3.value = {};
    let c = [],
      l2 = a.shape;
    for (let e2 of a.keys) {
      let n3 = l2[e2]._zod.run(
        {
          value: s[e2],
          issues: [],
        },
        o,
      );
      n3 instanceof Promise
        ? c.push(n3.then((n4) => R(n4, t3, e2, s)))
        : R(n3, t3, e2, s);
    }
    return i2
      ? un(c, s, t3, o, n2.value, e)
      : c.length
        ? Promise.all(c).then(() => t3)
        : t3;
  };
});
var fn = /* @__PURE__ */ g('$ZodObjectJIT', (e, t2) => {
  dn.init(e, t2);
  let n2 = e._zod.parse,
    r = ue(() => ln(t2)),
    i2 = (e2) => {
      let t3 = new kt(['shape', 'payload', 'ctx']),
        n3 = r.value,
        i3 = (e3) => {
          let t4 = me(e3);
          return `shape[${t4}]._zod.run({ value: input[${t4}], issues: [] }, ctx)`;
        };
      t3.write('const input = payload.value;');
      let a2 = /* @__PURE__ */ Object.create(null),
        o2 = 0;
      for (let e3 of n3.keys) a2[e3] = `key_${o2++}`;
      t3.write('const newResult = {};');
      for (let e3 of n3.keys) {
        let n4 = a2[e3],
          r2 = me(e3);
        (t3.write(`const ${n4} = ${i3(e3)};`),
          t3.write(`
        if (${n4}.issues.length) {
          payload.issues = payload.issues.concat(${n4}.issues.map(iss => ({
            ...iss,
            path: iss.path ? [${r2}, ...iss.path] : [${r2}]
          })));
        }
        
        
        if (${n4}.value === undefined) {
          if (${r2} in input) {
            newResult[${r2}] = undefined;
          }
        } else {
          newResult[${r2}] = ${n4}.value;
        }
        
      `));
      }
      (t3.write('payload.value = newResult;'), t3.write('return payload;'));
      let s2 = t3.compile();
      return (t4, n4) => s2(e2, t4, n4);
    },
    a,
    o = S,
    s = !se.jitless,
    c = s && ge.value,
    l2 = t2.catchall,
    u2;
  e._zod.parse = (d, f) => {
    u2 ??= r.value;
    let p = d.value;
    return o(p)
      ? s && c && f?.async === false && f.jitless !== true
        ? ((a ||= i2(t2.shape)), (d = a(d, f)), l2 ? un([], p, d, f, u2, e) : d)
        : n2(d, f)
      : (d.issues.push({
          expected: 'object',
          code: 'invalid_type',
          input: p,
          inst: e,
        }),
        d);
  };
});
function pn(e, t2, n2, r) {
  for (let n3 of e)
    if (n3.issues.length === 0) return ((t2.value = n3.value), t2);
  let i2 = e.filter((e2) => !D(e2));
  return i2.length === 1
    ? ((t2.value = i2[0].value), i2[0])
    : (t2.issues.push({
        code: 'invalid_union',
        input: t2.value,
        inst: n2,
        errors: e.map((e2) => e2.issues.map((e3) => k(e3, r, v()))),
      }),
      t2);
}
var mn = /* @__PURE__ */ g('$ZodUnion', (e, t2) => {
  (I.init(e, t2),
    y(e._zod, 'optin', () =>
      t2.options.some((e2) => e2._zod.optin === 'optional')
        ? 'optional'
        : void 0,
    ),
    y(e._zod, 'optout', () =>
      t2.options.some((e2) => e2._zod.optout === 'optional')
        ? 'optional'
        : void 0,
    ),
    y(e._zod, 'values', () => {
      if (t2.options.every((e2) => e2._zod.values))
        return new Set(t2.options.flatMap((e2) => Array.from(e2._zod.values)));
    }),
    y(e._zod, 'pattern', () => {
      if (t2.options.every((e2) => e2._zod.pattern)) {
        let e2 = t2.options.map((e3) => e3._zod.pattern);
        return RegExp(`^(${e2.map((e3) => fe(e3.source)).join('|')})$`);
      }
    }));
  let n2 = t2.options.length === 1,
    r = t2.options[0]._zod.run;
  e._zod.parse = (i2, a) => {
    if (n2) return r(i2, a);
    let o = false,
      s = [];
    for (let e2 of t2.options) {
      let t3 = e2._zod.run(
        {
          value: i2.value,
          issues: [],
        },
        a,
      );
      if (t3 instanceof Promise) (s.push(t3), (o = true));
      else {
        if (t3.issues.length === 0) return t3;
        s.push(t3);
      }
    }
    return o ? Promise.all(s).then((t3) => pn(t3, i2, e, a)) : pn(s, i2, e, a);
  };
});
var hn = /* @__PURE__ */ g('$ZodIntersection', (e, t2) => {
  (I.init(e, t2),
    (e._zod.parse = (e2, n2) => {
      let r = e2.value,
        i2 = t2.left._zod.run(
          {
            value: r,
            issues: [],
          },
          n2,
        ),
        a = t2.right._zod.run(
          {
            value: r,
            issues: [],
          },
          n2,
        );
      return i2 instanceof Promise || a instanceof Promise
        ? Promise.all([i2, a]).then(([t3, n3]) => _n(e2, t3, n3))
        : _n(e2, i2, a);
    }));
});
function gn(e, t2) {
  if (e === t2 || (e instanceof Date && t2 instanceof Date && +e == +t2))
    return {
      valid: true,
      data: e,
    };
  if (C(e) && C(t2)) {
    let n2 = Object.keys(t2),
      r = Object.keys(e).filter((e2) => n2.indexOf(e2) !== -1),
      i2 = {
        ...e,
        ...t2,
      };
    for (let n3 of r) {
      let r2 = gn(e[n3], t2[n3]);
      if (!r2.valid)
        return {
          valid: false,
          mergeErrorPath: [n3, ...r2.mergeErrorPath],
        };
      i2[n3] = r2.data;
    }
    return {
      valid: true,
      data: i2,
    };
  }
  if (Array.isArray(e) && Array.isArray(t2)) {
    if (e.length !== t2.length)
      return {
        valid: false,
        mergeErrorPath: [],
      };
    let n2 = [];
    for (let r = 0; r < e.length; r++) {
      let i2 = e[r],
        a = t2[r],
        o = gn(i2, a);
      if (!o.valid)
        return {
          valid: false,
          mergeErrorPath: [r, ...o.mergeErrorPath],
        };
      n2.push(o.data);
    }
    return {
      valid: true,
      data: n2,
    };
  }
  return {
    valid: false,
    mergeErrorPath: [],
  };
}
function _n(e, t2, n2) {
  if (
    (t2.issues.length && e.issues.push(...t2.issues),
    n2.issues.length && e.issues.push(...n2.issues),
    D(e))
  )
    return e;
  let r = gn(t2.value, n2.value);
  if (!r.valid)
    throw Error(
      `Unmergable intersection. Error path: ${JSON.stringify(r.mergeErrorPath)}`,
    );
  return ((e.value = r.data), e);
}
var vn = /* @__PURE__ */ g('$ZodEnum', (e, t2) => {
  I.init(e, t2);
  let n2 = ce(t2.entries),
    r = new Set(n2);
  ((e._zod.values = r),
    (e._zod.pattern = RegExp(
      `^(${n2
        .filter((e2) => ve.has(typeof e2))
        .map((e2) => (typeof e2 == 'string' ? w(e2) : e2.toString()))
        .join('|')})$`,
    )),
    (e._zod.parse = (t3, i2) => {
      let a = t3.value;
      return (
        r.has(a) ||
          t3.issues.push({
            code: 'invalid_value',
            values: n2,
            input: a,
            inst: e,
          }),
        t3
      );
    }));
});
var yn = /* @__PURE__ */ g('$ZodTransform', (e, t2) => {
  (I.init(e, t2),
    (e._zod.parse = (n2, r) => {
      if (r.direction === 'backward') throw new oe(e.constructor.name);
      let i2 = t2.transform(n2.value, n2);
      if (r.async)
        return (i2 instanceof Promise ? i2 : Promise.resolve(i2)).then(
          (e2) => ((n2.value = e2), n2),
        );
      if (i2 instanceof Promise) throw new _();
      return ((n2.value = i2), n2);
    }));
});
function bn(e, t2) {
  return e.issues.length && t2 === void 0
    ? {
        issues: [],
        value: void 0,
      }
    : e;
}
var xn = /* @__PURE__ */ g('$ZodOptional', (e, t2) => {
  (I.init(e, t2),
    (e._zod.optin = 'optional'),
    (e._zod.optout = 'optional'),
    y(e._zod, 'values', () =>
      t2.innerType._zod.values
        ? /* @__PURE__ */ new Set([...t2.innerType._zod.values, void 0])
        : void 0,
    ),
    y(e._zod, 'pattern', () => {
      let e2 = t2.innerType._zod.pattern;
      return e2 ? RegExp(`^(${fe(e2.source)})?$`) : void 0;
    }),
    (e._zod.parse = (e2, n2) => {
      if (t2.innerType._zod.optin === 'optional') {
        let r = t2.innerType._zod.run(e2, n2);
        return r instanceof Promise
          ? r.then((t3) => bn(t3, e2.value))
          : bn(r, e2.value);
      }
      return e2.value === void 0 ? e2 : t2.innerType._zod.run(e2, n2);
    }));
});
var Sn = /* @__PURE__ */ g('$ZodNullable', (e, t2) => {
  (I.init(e, t2),
    y(e._zod, 'optin', () => t2.innerType._zod.optin),
    y(e._zod, 'optout', () => t2.innerType._zod.optout),
    y(e._zod, 'pattern', () => {
      let e2 = t2.innerType._zod.pattern;
      return e2 ? RegExp(`^(${fe(e2.source)}|null)$`) : void 0;
    }),
    y(e._zod, 'values', () =>
      t2.innerType._zod.values
        ? /* @__PURE__ */ new Set([...t2.innerType._zod.values, null])
        : void 0,
    ),
    (e._zod.parse = (e2, n2) =>
      e2.value === null ? e2 : t2.innerType._zod.run(e2, n2)));
});
var Cn = /* @__PURE__ */ g('$ZodDefault', (e, t2) => {
  (I.init(e, t2),
    (e._zod.optin = 'optional'),
    y(e._zod, 'values', () => t2.innerType._zod.values),
    (e._zod.parse = (e2, n2) => {
      if (n2.direction === 'backward') return t2.innerType._zod.run(e2, n2);
      if (e2.value === void 0) return ((e2.value = t2.defaultValue), e2);
      let r = t2.innerType._zod.run(e2, n2);
      return r instanceof Promise ? r.then((e3) => wn(e3, t2)) : wn(r, t2);
    }));
});
function wn(e, t2) {
  return (e.value === void 0 && (e.value = t2.defaultValue), e);
}
var Tn = /* @__PURE__ */ g('$ZodPrefault', (e, t2) => {
  (I.init(e, t2),
    (e._zod.optin = 'optional'),
    y(e._zod, 'values', () => t2.innerType._zod.values),
    (e._zod.parse = (e2, n2) => (
      n2.direction === 'backward' ||
        (e2.value === void 0 && (e2.value = t2.defaultValue)),
      t2.innerType._zod.run(e2, n2)
    )));
});
var En = /* @__PURE__ */ g('$ZodNonOptional', (e, t2) => {
  (I.init(e, t2),
    y(e._zod, 'values', () => {
      let e2 = t2.innerType._zod.values;
      return e2 ? new Set([...e2].filter((e3) => e3 !== void 0)) : void 0;
    }),
    (e._zod.parse = (n2, r) => {
      let i2 = t2.innerType._zod.run(n2, r);
      return i2 instanceof Promise ? i2.then((t3) => Dn(t3, e)) : Dn(i2, e);
    }));
});
function Dn(e, t2) {
  return (
    !e.issues.length &&
      e.value === void 0 &&
      e.issues.push({
        code: 'invalid_type',
        expected: 'nonoptional',
        input: e.value,
        inst: t2,
      }),
    e
  );
}
var On = /* @__PURE__ */ g('$ZodCatch', (e, t2) => {
  (I.init(e, t2),
    y(e._zod, 'optin', () => t2.innerType._zod.optin),
    y(e._zod, 'optout', () => t2.innerType._zod.optout),
    y(e._zod, 'values', () => t2.innerType._zod.values),
    (e._zod.parse = (e2, n2) => {
      if (n2.direction === 'backward') return t2.innerType._zod.run(e2, n2);
      let r = t2.innerType._zod.run(e2, n2);
      return r instanceof Promise
        ? r.then(
            (r2) => (
              (e2.value = r2.value),
              r2.issues.length &&
                ((e2.value = t2.catchValue({
                  ...e2,
                  error: { issues: r2.issues.map((e3) => k(e3, n2, v())) },
                  input: e2.value,
                })),
                (e2.issues = [])),
              e2
            ),
          )
        : ((e2.value = r.value),
          r.issues.length &&
            ((e2.value = t2.catchValue({
              ...e2,
              error: { issues: r.issues.map((e3) => k(e3, n2, v())) },
              input: e2.value,
            })),
            (e2.issues = [])),
          e2);
    }));
});
var kn = /* @__PURE__ */ g('$ZodPipe', (e, t2) => {
  (I.init(e, t2),
    y(e._zod, 'values', () => t2.in._zod.values),
    y(e._zod, 'optin', () => t2.in._zod.optin),
    y(e._zod, 'optout', () => t2.out._zod.optout),
    y(e._zod, 'propValues', () => t2.in._zod.propValues),
    (e._zod.parse = (e2, n2) => {
      if (n2.direction === 'backward') {
        let r2 = t2.out._zod.run(e2, n2);
        return r2 instanceof Promise
          ? r2.then((e3) => z(e3, t2.in, n2))
          : z(r2, t2.in, n2);
      }
      let r = t2.in._zod.run(e2, n2);
      return r instanceof Promise
        ? r.then((e3) => z(e3, t2.out, n2))
        : z(r, t2.out, n2);
    }));
});
function z(e, t2, n2) {
  return e.issues.length
    ? ((e.aborted = true), e)
    : t2._zod.run(
        {
          value: e.value,
          issues: e.issues,
        },
        n2,
      );
}
var An = /* @__PURE__ */ g('$ZodReadonly', (e, t2) => {
  (I.init(e, t2),
    y(e._zod, 'propValues', () => t2.innerType._zod.propValues),
    y(e._zod, 'values', () => t2.innerType._zod.values),
    y(e._zod, 'optin', () => t2.innerType._zod.optin),
    y(e._zod, 'optout', () => t2.innerType._zod.optout),
    (e._zod.parse = (e2, n2) => {
      if (n2.direction === 'backward') return t2.innerType._zod.run(e2, n2);
      let r = t2.innerType._zod.run(e2, n2);
      return r instanceof Promise ? r.then(jn) : jn(r);
    }));
});
function jn(e) {
  return ((e.value = Object.freeze(e.value)), e);
}
var Mn = /* @__PURE__ */ g('$ZodCustom', (e, t2) => {
  (P.init(e, t2),
    I.init(e, t2),
    (e._zod.parse = (e2, t3) => e2),
    (e._zod.check = (n2) => {
      let r = n2.value,
        i2 = t2.fn(r);
      if (i2 instanceof Promise) return i2.then((t3) => Nn(t3, n2, r, e));
      Nn(i2, n2, r, e);
    }));
});
function Nn(e, t2, n2, r) {
  if (!e) {
    let e2 = {
      code: 'custom',
      input: n2,
      inst: r,
      path: [...(r._zod.def.path ?? [])],
      continue: !r._zod.def.abort,
    };
    (r._zod.def.params && (e2.params = r._zod.def.params),
      t2.issues.push(A(e2)));
  }
}
var Pn = class {
  constructor() {
    ((this._map = /* @__PURE__ */ new WeakMap()),
      (this._idmap = /* @__PURE__ */ new Map()));
  }
  add(e, ...t2) {
    let n2 = t2[0];
    if ((this._map.set(e, n2), n2 && typeof n2 == 'object' && 'id' in n2)) {
      if (this._idmap.has(n2.id))
        throw Error(`ID ${n2.id} already exists in the registry`);
      this._idmap.set(n2.id, e);
    }
    return this;
  }
  clear() {
    return (
      (this._map = /* @__PURE__ */ new WeakMap()),
      (this._idmap = /* @__PURE__ */ new Map()),
      this
    );
  }
  remove(e) {
    let t2 = this._map.get(e);
    return (
      t2 && typeof t2 == 'object' && 'id' in t2 && this._idmap.delete(t2.id),
      this._map.delete(e),
      this
    );
  }
  get(e) {
    let t2 = e._zod.parent;
    if (t2) {
      let n2 = { ...(this.get(t2) ?? {}) };
      delete n2.id;
      let r = {
        ...n2,
        ...this._map.get(e),
      };
      return Object.keys(r).length ? r : void 0;
    }
    return this._map.get(e);
  }
  has(e) {
    return this._map.has(e);
  }
};
function Fn() {
  return new Pn();
}
var B = /* @__PURE__ */ Fn();
function In(e, t2) {
  return new e({
    type: 'string',
    ...E(t2),
  });
}
function Ln(e, t2) {
  return new e({
    type: 'string',
    format: 'email',
    check: 'string_format',
    abort: false,
    ...E(t2),
  });
}
function Rn(e, t2) {
  return new e({
    type: 'string',
    format: 'guid',
    check: 'string_format',
    abort: false,
    ...E(t2),
  });
}
function zn(e, t2) {
  return new e({
    type: 'string',
    format: 'uuid',
    check: 'string_format',
    abort: false,
    ...E(t2),
  });
}
function Bn(e, t2) {
  return new e({
    type: 'string',
    format: 'uuid',
    check: 'string_format',
    abort: false,
    version: 'v4',
    ...E(t2),
  });
}
function Vn(e, t2) {
  return new e({
    type: 'string',
    format: 'uuid',
    check: 'string_format',
    abort: false,
    version: 'v6',
    ...E(t2),
  });
}
function Hn(e, t2) {
  return new e({
    type: 'string',
    format: 'uuid',
    check: 'string_format',
    abort: false,
    version: 'v7',
    ...E(t2),
  });
}
function Un(e, t2) {
  return new e({
    type: 'string',
    format: 'url',
    check: 'string_format',
    abort: false,
    ...E(t2),
  });
}
function Wn(e, t2) {
  return new e({
    type: 'string',
    format: 'emoji',
    check: 'string_format',
    abort: false,
    ...E(t2),
  });
}
function Gn(e, t2) {
  return new e({
    type: 'string',
    format: 'nanoid',
    check: 'string_format',
    abort: false,
    ...E(t2),
  });
}
function Kn(e, t2) {
  return new e({
    type: 'string',
    format: 'cuid',
    check: 'string_format',
    abort: false,
    ...E(t2),
  });
}
function qn(e, t2) {
  return new e({
    type: 'string',
    format: 'cuid2',
    check: 'string_format',
    abort: false,
    ...E(t2),
  });
}
function Jn(e, t2) {
  return new e({
    type: 'string',
    format: 'ulid',
    check: 'string_format',
    abort: false,
    ...E(t2),
  });
}
function Yn(e, t2) {
  return new e({
    type: 'string',
    format: 'xid',
    check: 'string_format',
    abort: false,
    ...E(t2),
  });
}
function Xn(e, t2) {
  return new e({
    type: 'string',
    format: 'ksuid',
    check: 'string_format',
    abort: false,
    ...E(t2),
  });
}
function Zn(e, t2) {
  return new e({
    type: 'string',
    format: 'ipv4',
    check: 'string_format',
    abort: false,
    ...E(t2),
  });
}
function Qn(e, t2) {
  return new e({
    type: 'string',
    format: 'ipv6',
    check: 'string_format',
    abort: false,
    ...E(t2),
  });
}
function $n(e, t2) {
  return new e({
    type: 'string',
    format: 'cidrv4',
    check: 'string_format',
    abort: false,
    ...E(t2),
  });
}
function er(e, t2) {
  return new e({
    type: 'string',
    format: 'cidrv6',
    check: 'string_format',
    abort: false,
    ...E(t2),
  });
}
function tr(e, t2) {
  return new e({
    type: 'string',
    format: 'base64',
    check: 'string_format',
    abort: false,
    ...E(t2),
  });
}
function nr(e, t2) {
  return new e({
    type: 'string',
    format: 'base64url',
    check: 'string_format',
    abort: false,
    ...E(t2),
  });
}
function rr(e, t2) {
  return new e({
    type: 'string',
    format: 'e164',
    check: 'string_format',
    abort: false,
    ...E(t2),
  });
}
function ir(e, t2) {
  return new e({
    type: 'string',
    format: 'jwt',
    check: 'string_format',
    abort: false,
    ...E(t2),
  });
}
function ar(e, t2) {
  return new e({
    type: 'string',
    format: 'datetime',
    check: 'string_format',
    offset: false,
    local: false,
    precision: null,
    ...E(t2),
  });
}
function or(e, t2) {
  return new e({
    type: 'string',
    format: 'date',
    check: 'string_format',
    ...E(t2),
  });
}
function sr(e, t2) {
  return new e({
    type: 'string',
    format: 'time',
    check: 'string_format',
    precision: null,
    ...E(t2),
  });
}
function cr(e, t2) {
  return new e({
    type: 'string',
    format: 'duration',
    check: 'string_format',
    ...E(t2),
  });
}
function lr(e) {
  return new e({ type: 'unknown' });
}
function ur(e, t2) {
  return new e({
    type: 'never',
    ...E(t2),
  });
}
function dr(e, t2) {
  return new yt({
    check: 'max_length',
    ...E(t2),
    maximum: e,
  });
}
function V(e, t2) {
  return new bt({
    check: 'min_length',
    ...E(t2),
    minimum: e,
  });
}
function fr(e, t2) {
  return new xt({
    check: 'length_equals',
    ...E(t2),
    length: e,
  });
}
function pr(e, t2) {
  return new St({
    check: 'string_format',
    format: 'regex',
    ...E(t2),
    pattern: e,
  });
}
function mr(e) {
  return new Ct({
    check: 'string_format',
    format: 'lowercase',
    ...E(e),
  });
}
function hr(e) {
  return new wt({
    check: 'string_format',
    format: 'uppercase',
    ...E(e),
  });
}
function gr(e, t2) {
  return new Tt({
    check: 'string_format',
    format: 'includes',
    ...E(t2),
    includes: e,
  });
}
function _r(e, t2) {
  return new Et({
    check: 'string_format',
    format: 'starts_with',
    ...E(t2),
    prefix: e,
  });
}
function vr(e, t2) {
  return new Dt({
    check: 'string_format',
    format: 'ends_with',
    ...E(t2),
    suffix: e,
  });
}
function H(e) {
  return new Ot({
    check: 'overwrite',
    tx: e,
  });
}
function yr(e) {
  return H((t2) => t2.normalize(e));
}
function br() {
  return H((e) => e.trim());
}
function xr() {
  return H((e) => e.toLowerCase());
}
function Sr() {
  return H((e) => e.toUpperCase());
}
function Cr(e, t2, n2) {
  return new e({
    type: 'array',
    element: t2,
    ...E(n2),
  });
}
function wr(e, t2, n2) {
  return new e({
    type: 'custom',
    check: 'custom',
    fn: t2,
    ...E(n2),
  });
}
function Tr(e) {
  let t2 = Er(
    (n2) => (
      (n2.addIssue = (e2) => {
        if (typeof e2 == 'string') n2.issues.push(A(e2, n2.value, t2._zod.def));
        else {
          let r = e2;
          (r.fatal && (r.continue = false),
            (r.code ??= 'custom'),
            (r.input ??= n2.value),
            (r.inst ??= t2),
            (r.continue ??= !t2._zod.def.abort),
            n2.issues.push(A(r)));
        }
      }),
      e(n2.value, n2)
    ),
  );
  return t2;
}
function Er(e, t2) {
  let n2 = new P({
    check: 'custom',
    ...E(t2),
  });
  return ((n2._zod.check = e), n2);
}
var Dr = /* @__PURE__ */ g('ZodISODateTime', (e, t2) => {
  (Ut.init(e, t2), G.init(e, t2));
});
function Or(e) {
  return ar(Dr, e);
}
var kr = /* @__PURE__ */ g('ZodISODate', (e, t2) => {
  (Wt.init(e, t2), G.init(e, t2));
});
function Ar(e) {
  return or(kr, e);
}
var jr = /* @__PURE__ */ g('ZodISOTime', (e, t2) => {
  (Gt.init(e, t2), G.init(e, t2));
});
function Mr(e) {
  return sr(jr, e);
}
var Nr = /* @__PURE__ */ g('ZodISODuration', (e, t2) => {
  (Kt.init(e, t2), G.init(e, t2));
});
function Pr(e) {
  return cr(Nr, e);
}
var Fr = (e, t2) => {
  (Ae.init(e, t2),
    (e.name = 'ZodError'),
    Object.defineProperties(e, {
      format: { value: (t3) => Ne(e, t3) },
      flatten: { value: (t3) => Me(e, t3) },
      addIssue: {
        value: (t3) => {
          (e.issues.push(t3), (e.message = JSON.stringify(e.issues, le, 2)));
        },
      },
      addIssues: {
        value: (t3) => {
          (e.issues.push(...t3), (e.message = JSON.stringify(e.issues, le, 2)));
        },
      },
      isEmpty: {
        get() {
          return e.issues.length === 0;
        },
      },
    }));
};
g('ZodError', Fr);
var U = g('ZodError', Fr, { Parent: Error });
var Ir = /* @__PURE__ */ j(U);
var Lr = /* @__PURE__ */ Pe(U);
var Rr = /* @__PURE__ */ M(U);
var zr = /* @__PURE__ */ N(U);
var Br = /* @__PURE__ */ Le(U);
var Vr = /* @__PURE__ */ Re(U);
var Hr = /* @__PURE__ */ ze(U);
var Ur = /* @__PURE__ */ Be(U);
var Wr = /* @__PURE__ */ Ve(U);
var Gr = /* @__PURE__ */ He(U);
var Kr = /* @__PURE__ */ Ue(U);
var qr = /* @__PURE__ */ We(U);
var W = /* @__PURE__ */ g(
  'ZodType',
  (e, t2) => (
    I.init(e, t2),
    (e.def = t2),
    (e.type = t2.type),
    Object.defineProperty(e, '_def', { value: t2 }),
    (e.check = (...n2) =>
      e.clone(
        x(t2, {
          checks: [
            ...(t2.checks ?? []),
            ...n2.map((e2) =>
              typeof e2 == 'function'
                ? {
                    _zod: {
                      check: e2,
                      def: { check: 'custom' },
                      onattach: [],
                    },
                  }
                : e2,
            ),
          ],
        }),
      )),
    (e.clone = (t3, n2) => T(e, t3, n2)),
    (e.brand = () => e),
    (e.register = (t3, n2) => (t3.add(e, n2), e)),
    (e.parse = (t3, n2) => Ir(e, t3, n2, { callee: e.parse })),
    (e.safeParse = (t3, n2) => Rr(e, t3, n2)),
    (e.parseAsync = async (t3, n2) => Lr(e, t3, n2, { callee: e.parseAsync })),
    (e.safeParseAsync = async (t3, n2) => zr(e, t3, n2)),
    (e.spa = e.safeParseAsync),
    (e.encode = (t3, n2) => Br(e, t3, n2)),
    (e.decode = (t3, n2) => Vr(e, t3, n2)),
    (e.encodeAsync = async (t3, n2) => Hr(e, t3, n2)),
    (e.decodeAsync = async (t3, n2) => Ur(e, t3, n2)),
    (e.safeEncode = (t3, n2) => Wr(e, t3, n2)),
    (e.safeDecode = (t3, n2) => Gr(e, t3, n2)),
    (e.safeEncodeAsync = async (t3, n2) => Kr(e, t3, n2)),
    (e.safeDecodeAsync = async (t3, n2) => qr(e, t3, n2)),
    (e.refine = (t3, n2) => e.check(Ji(t3, n2))),
    (e.superRefine = (t3) => e.check(Yi(t3))),
    (e.overwrite = (t3) => e.check(H(t3))),
    (e.optional = () => Mi(e)),
    (e.nullable = () => Pi(e)),
    (e.nullish = () => Mi(Pi(e))),
    (e.nonoptional = (t3) => Bi(e, t3)),
    (e.array = () => bi(e)),
    (e.or = (t3) => wi([e, t3])),
    (e.and = (t3) => Ei(e, t3)),
    (e.transform = (t3) => Wi(e, Ai(t3))),
    (e.default = (t3) => Ii(e, t3)),
    (e.prefault = (t3) => Ri(e, t3)),
    (e.catch = (t3) => Hi(e, t3)),
    (e.pipe = (t3) => Wi(e, t3)),
    (e.readonly = () => Ki(e)),
    (e.describe = (t3) => {
      let n2 = e.clone();
      return (B.add(n2, { description: t3 }), n2);
    }),
    Object.defineProperty(e, 'description', {
      get() {
        return B.get(e)?.description;
      },
      configurable: true,
    }),
    (e.meta = (...t3) => {
      if (t3.length === 0) return B.get(e);
      let n2 = e.clone();
      return (B.add(n2, t3[0]), n2);
    }),
    (e.isOptional = () => e.safeParse(void 0).success),
    (e.isNullable = () => e.safeParse(null).success),
    e
  ),
);
var Jr = /* @__PURE__ */ g('_ZodString', (e, t2) => {
  (jt.init(e, t2), W.init(e, t2));
  let n2 = e._zod.bag;
  ((e.format = n2.format ?? null),
    (e.minLength = n2.minimum ?? null),
    (e.maxLength = n2.maximum ?? null),
    (e.regex = (...t3) => e.check(pr(...t3))),
    (e.includes = (...t3) => e.check(gr(...t3))),
    (e.startsWith = (...t3) => e.check(_r(...t3))),
    (e.endsWith = (...t3) => e.check(vr(...t3))),
    (e.min = (...t3) => e.check(V(...t3))),
    (e.max = (...t3) => e.check(dr(...t3))),
    (e.length = (...t3) => e.check(fr(...t3))),
    (e.nonempty = (...t3) => e.check(V(1, ...t3))),
    (e.lowercase = (t3) => e.check(mr(t3))),
    (e.uppercase = (t3) => e.check(hr(t3))),
    (e.trim = () => e.check(br())),
    (e.normalize = (...t3) => e.check(yr(...t3))),
    (e.toLowerCase = () => e.check(xr())),
    (e.toUpperCase = () => e.check(Sr())));
});
var Yr = /* @__PURE__ */ g('ZodString', (e, t2) => {
  (jt.init(e, t2),
    Jr.init(e, t2),
    (e.email = (t3) => e.check(Ln(Zr, t3))),
    (e.url = (t3) => e.check(Un($r, t3))),
    (e.jwt = (t3) => e.check(ir(mi, t3))),
    (e.emoji = (t3) => e.check(Wn(ei, t3))),
    (e.guid = (t3) => e.check(Rn(Qr, t3))),
    (e.uuid = (t3) => e.check(zn(K, t3))),
    (e.uuidv4 = (t3) => e.check(Bn(K, t3))),
    (e.uuidv6 = (t3) => e.check(Vn(K, t3))),
    (e.uuidv7 = (t3) => e.check(Hn(K, t3))),
    (e.nanoid = (t3) => e.check(Gn(ti, t3))),
    (e.guid = (t3) => e.check(Rn(Qr, t3))),
    (e.cuid = (t3) => e.check(Kn(ni, t3))),
    (e.cuid2 = (t3) => e.check(qn(ri, t3))),
    (e.ulid = (t3) => e.check(Jn(ii, t3))),
    (e.base64 = (t3) => e.check(tr(di, t3))),
    (e.base64url = (t3) => e.check(nr(fi, t3))),
    (e.xid = (t3) => e.check(Yn(ai, t3))),
    (e.ksuid = (t3) => e.check(Xn(oi, t3))),
    (e.ipv4 = (t3) => e.check(Zn(si, t3))),
    (e.ipv6 = (t3) => e.check(Qn(ci, t3))),
    (e.cidrv4 = (t3) => e.check($n(li, t3))),
    (e.cidrv6 = (t3) => e.check(er(ui, t3))),
    (e.e164 = (t3) => e.check(rr(pi, t3))),
    (e.datetime = (t3) => e.check(Or(t3))),
    (e.date = (t3) => e.check(Ar(t3))),
    (e.time = (t3) => e.check(Mr(t3))),
    (e.duration = (t3) => e.check(Pr(t3))));
});
function Xr(e) {
  return In(Yr, e);
}
var G = /* @__PURE__ */ g('ZodStringFormat', (e, t2) => {
  (L.init(e, t2), Jr.init(e, t2));
});
var Zr = /* @__PURE__ */ g('ZodEmail', (e, t2) => {
  (Pt.init(e, t2), G.init(e, t2));
});
var Qr = /* @__PURE__ */ g('ZodGUID', (e, t2) => {
  (Mt.init(e, t2), G.init(e, t2));
});
var K = /* @__PURE__ */ g('ZodUUID', (e, t2) => {
  (Nt.init(e, t2), G.init(e, t2));
});
var $r = /* @__PURE__ */ g('ZodURL', (e, t2) => {
  (Ft.init(e, t2), G.init(e, t2));
});
var ei = /* @__PURE__ */ g('ZodEmoji', (e, t2) => {
  (It.init(e, t2), G.init(e, t2));
});
var ti = /* @__PURE__ */ g('ZodNanoID', (e, t2) => {
  (Lt.init(e, t2), G.init(e, t2));
});
var ni = /* @__PURE__ */ g('ZodCUID', (e, t2) => {
  (Rt.init(e, t2), G.init(e, t2));
});
var ri = /* @__PURE__ */ g('ZodCUID2', (e, t2) => {
  (zt.init(e, t2), G.init(e, t2));
});
var ii = /* @__PURE__ */ g('ZodULID', (e, t2) => {
  (Bt.init(e, t2), G.init(e, t2));
});
var ai = /* @__PURE__ */ g('ZodXID', (e, t2) => {
  (Vt.init(e, t2), G.init(e, t2));
});
var oi = /* @__PURE__ */ g('ZodKSUID', (e, t2) => {
  (Ht.init(e, t2), G.init(e, t2));
});
var si = /* @__PURE__ */ g('ZodIPv4', (e, t2) => {
  (qt.init(e, t2), G.init(e, t2));
});
var ci = /* @__PURE__ */ g('ZodIPv6', (e, t2) => {
  (Jt.init(e, t2), G.init(e, t2));
});
var li = /* @__PURE__ */ g('ZodCIDRv4', (e, t2) => {
  (Yt.init(e, t2), G.init(e, t2));
});
var ui = /* @__PURE__ */ g('ZodCIDRv6', (e, t2) => {
  (Xt.init(e, t2), G.init(e, t2));
});
var di = /* @__PURE__ */ g('ZodBase64', (e, t2) => {
  (Qt.init(e, t2), G.init(e, t2));
});
var fi = /* @__PURE__ */ g('ZodBase64URL', (e, t2) => {
  (en.init(e, t2), G.init(e, t2));
});
var pi = /* @__PURE__ */ g('ZodE164', (e, t2) => {
  (tn.init(e, t2), G.init(e, t2));
});
var mi = /* @__PURE__ */ g('ZodJWT', (e, t2) => {
  (rn.init(e, t2), G.init(e, t2));
});
var hi = /* @__PURE__ */ g('ZodUnknown', (e, t2) => {
  (an.init(e, t2), W.init(e, t2));
});
function gi() {
  return lr(hi);
}
var _i = /* @__PURE__ */ g('ZodNever', (e, t2) => {
  (on.init(e, t2), W.init(e, t2));
});
function vi(e) {
  return ur(_i, e);
}
var yi = /* @__PURE__ */ g('ZodArray', (e, t2) => {
  (cn.init(e, t2),
    W.init(e, t2),
    (e.element = t2.element),
    (e.min = (t3, n2) => e.check(V(t3, n2))),
    (e.nonempty = (t3) => e.check(V(1, t3))),
    (e.max = (t3, n2) => e.check(dr(t3, n2))),
    (e.length = (t3, n2) => e.check(fr(t3, n2))),
    (e.unwrap = () => e.element));
});
function bi(e, t2) {
  return Cr(yi, e, t2);
}
var xi = /* @__PURE__ */ g('ZodObject', (e, t2) => {
  (fn.init(e, t2),
    W.init(e, t2),
    y(e, 'shape', () => t2.shape),
    (e.keyof = () => Oi(Object.keys(e._zod.def.shape))),
    (e.catchall = (t3) =>
      e.clone({
        ...e._zod.def,
        catchall: t3,
      })),
    (e.passthrough = () =>
      e.clone({
        ...e._zod.def,
        catchall: gi(),
      })),
    (e.loose = () =>
      e.clone({
        ...e._zod.def,
        catchall: gi(),
      })),
    (e.strict = () =>
      e.clone({
        ...e._zod.def,
        catchall: vi(),
      })),
    (e.strip = () =>
      e.clone({
        ...e._zod.def,
        catchall: void 0,
      })),
    (e.extend = (t3) => Se(e, t3)),
    (e.safeExtend = (t3) => Ce(e, t3)),
    (e.merge = (t3) => we(e, t3)),
    (e.pick = (t3) => be(e, t3)),
    (e.omit = (t3) => xe(e, t3)),
    (e.partial = (...t3) => Te(ji, e, t3[0])),
    (e.required = (...t3) => Ee(zi, e, t3[0])));
});
function Si(e, t2) {
  return new xi({
    type: 'object',
    shape: e ?? {},
    ...E(t2),
  });
}
var Ci = /* @__PURE__ */ g('ZodUnion', (e, t2) => {
  (mn.init(e, t2), W.init(e, t2), (e.options = t2.options));
});
function wi(e, t2) {
  return new Ci({
    type: 'union',
    options: e,
    ...E(t2),
  });
}
var Ti = /* @__PURE__ */ g('ZodIntersection', (e, t2) => {
  (hn.init(e, t2), W.init(e, t2));
});
function Ei(e, t2) {
  return new Ti({
    type: 'intersection',
    left: e,
    right: t2,
  });
}
var Di = /* @__PURE__ */ g('ZodEnum', (e, t2) => {
  (vn.init(e, t2),
    W.init(e, t2),
    (e.enum = t2.entries),
    (e.options = Object.values(t2.entries)));
  let n2 = new Set(Object.keys(t2.entries));
  ((e.extract = (e2, r) => {
    let i2 = {};
    for (let r2 of e2)
      if (n2.has(r2)) i2[r2] = t2.entries[r2];
      else throw Error(`Key ${r2} not found in enum`);
    return new Di({
      ...t2,
      checks: [],
      ...E(r),
      entries: i2,
    });
  }),
    (e.exclude = (e2, r) => {
      let i2 = { ...t2.entries };
      for (let t3 of e2)
        if (n2.has(t3)) delete i2[t3];
        else throw Error(`Key ${t3} not found in enum`);
      return new Di({
        ...t2,
        checks: [],
        ...E(r),
        entries: i2,
      });
    }));
});
function Oi(e, t2) {
  return new Di({
    type: 'enum',
    entries: Array.isArray(e) ? Object.fromEntries(e.map((e2) => [e2, e2])) : e,
    ...E(t2),
  });
}
var ki = /* @__PURE__ */ g('ZodTransform', (e, t2) => {
  (yn.init(e, t2),
    W.init(e, t2),
    (e._zod.parse = (n2, r) => {
      if (r.direction === 'backward') throw new oe(e.constructor.name);
      n2.addIssue = (r2) => {
        if (typeof r2 == 'string') n2.issues.push(A(r2, n2.value, t2));
        else {
          let t3 = r2;
          (t3.fatal && (t3.continue = false),
            (t3.code ??= 'custom'),
            (t3.input ??= n2.value),
            (t3.inst ??= e),
            n2.issues.push(A(t3)));
        }
      };
      let i2 = t2.transform(n2.value, n2);
      return i2 instanceof Promise
        ? i2.then((e2) => ((n2.value = e2), n2))
        : ((n2.value = i2), n2);
    }));
});
function Ai(e) {
  return new ki({
    type: 'transform',
    transform: e,
  });
}
var ji = /* @__PURE__ */ g('ZodOptional', (e, t2) => {
  (xn.init(e, t2), W.init(e, t2), (e.unwrap = () => e._zod.def.innerType));
});
function Mi(e) {
  return new ji({
    type: 'optional',
    innerType: e,
  });
}
var Ni = /* @__PURE__ */ g('ZodNullable', (e, t2) => {
  (Sn.init(e, t2), W.init(e, t2), (e.unwrap = () => e._zod.def.innerType));
});
function Pi(e) {
  return new Ni({
    type: 'nullable',
    innerType: e,
  });
}
var Fi = /* @__PURE__ */ g('ZodDefault', (e, t2) => {
  (Cn.init(e, t2),
    W.init(e, t2),
    (e.unwrap = () => e._zod.def.innerType),
    (e.removeDefault = e.unwrap));
});
function Ii(e, t2) {
  return new Fi({
    type: 'default',
    innerType: e,
    get defaultValue() {
      return typeof t2 == 'function' ? t2() : _e(t2);
    },
  });
}
var Li = /* @__PURE__ */ g('ZodPrefault', (e, t2) => {
  (Tn.init(e, t2), W.init(e, t2), (e.unwrap = () => e._zod.def.innerType));
});
function Ri(e, t2) {
  return new Li({
    type: 'prefault',
    innerType: e,
    get defaultValue() {
      return typeof t2 == 'function' ? t2() : _e(t2);
    },
  });
}
var zi = /* @__PURE__ */ g('ZodNonOptional', (e, t2) => {
  (En.init(e, t2), W.init(e, t2), (e.unwrap = () => e._zod.def.innerType));
});
function Bi(e, t2) {
  return new zi({
    type: 'nonoptional',
    innerType: e,
    ...E(t2),
  });
}
var Vi = /* @__PURE__ */ g('ZodCatch', (e, t2) => {
  (On.init(e, t2),
    W.init(e, t2),
    (e.unwrap = () => e._zod.def.innerType),
    (e.removeCatch = e.unwrap));
});
function Hi(e, t2) {
  return new Vi({
    type: 'catch',
    innerType: e,
    catchValue: typeof t2 == 'function' ? t2 : () => t2,
  });
}
var Ui = /* @__PURE__ */ g('ZodPipe', (e, t2) => {
  (kn.init(e, t2), W.init(e, t2), (e.in = t2.in), (e.out = t2.out));
});
function Wi(e, t2) {
  return new Ui({
    type: 'pipe',
    in: e,
    out: t2,
  });
}
var Gi = /* @__PURE__ */ g('ZodReadonly', (e, t2) => {
  (An.init(e, t2), W.init(e, t2), (e.unwrap = () => e._zod.def.innerType));
});
function Ki(e) {
  return new Gi({
    type: 'readonly',
    innerType: e,
  });
}
var qi = /* @__PURE__ */ g('ZodCustom', (e, t2) => {
  (Mn.init(e, t2), W.init(e, t2));
});
function Ji(e, t2 = {}) {
  return wr(qi, e, t2);
}
function Yi(e) {
  return Tr(e);
}
var Xi = /* @__PURE__ */ (function () {
  function e(e2) {
    ((this.groups = []),
      (this.each = false),
      (this.context = void 0),
      (this.type = e2.type),
      (this.name = e2.name),
      (this.target = e2.target),
      (this.propertyName = e2.propertyName),
      (this.constraints = e2?.constraints),
      (this.constraintCls = e2.constraintCls),
      (this.validationTypeOptions = e2.validationTypeOptions),
      e2.validationOptions &&
        ((this.message = e2.validationOptions.message),
        (this.groups = e2.validationOptions.groups),
        (this.always = e2.validationOptions.always),
        (this.each = e2.validationOptions.each),
        (this.context = e2.validationOptions.context)));
  }
  return e;
})();
var Zi = (function () {
  function e() {}
  return (
    (e.prototype.transform = function (e2) {
      var t2 = [];
      return (
        Object.keys(e2.properties).forEach(function (n2) {
          e2.properties[n2].forEach(function (r) {
            var i2 = {
                message: r.message,
                groups: r.groups,
                always: r.always,
                each: r.each,
              },
              a = {
                type: r.type,
                name: r.name,
                target: e2.name,
                propertyName: n2,
                constraints: r.constraints,
                validationTypeOptions: r.options,
                validationOptions: i2,
              };
            t2.push(new Xi(a));
          });
        }),
        t2
      );
    }),
    e
  );
})();
var Qi = function (e) {
  var t2 = typeof Symbol == 'function' && Symbol.iterator,
    n2 = t2 && e[t2],
    r = 0;
  if (n2) return n2.call(e);
  if (e && typeof e.length == 'number')
    return {
      next: function () {
        return (
          e && r >= e.length && (e = void 0),
          {
            value: e && e[r++],
            done: !e,
          }
        );
      },
    };
  throw TypeError(
    t2 ? 'Object is not iterable.' : 'Symbol.iterator is not defined.',
  );
};
var $i = function (e, t2) {
  var n2 = typeof Symbol == 'function' && e[Symbol.iterator];
  if (!n2) return e;
  var r = n2.call(e),
    i2,
    a = [],
    o;
  try {
    for (; (t2 === void 0 || t2-- > 0) && !(i2 = r.next()).done;)
      a.push(i2.value);
  } catch (e2) {
    o = { error: e2 };
  } finally {
    try {
      i2 && !i2.done && (n2 = r.return) && n2.call(r);
    } finally {
      if (o) throw o.error;
    }
  }
  return a;
};
var ea = function (e, t2, n2) {
  if (n2 || arguments.length === 2)
    for (var r = 0, i2 = t2.length, a; r < i2; r++)
      (a || !(r in t2)) &&
        ((a ||= Array.prototype.slice.call(t2, 0, r)), (a[r] = t2[r]));
  return e.concat(a || Array.prototype.slice.call(t2));
};
((function () {
  function e() {
    ((this.validationMetadatas = /* @__PURE__ */ new Map()),
      (this.constraintMetadatas = /* @__PURE__ */ new Map()));
  }
  return (
    Object.defineProperty(e.prototype, 'hasValidationMetaData', {
      get: function () {
        return !!this.validationMetadatas.size;
      },
      enumerable: false,
      configurable: true,
    }),
    (e.prototype.addValidationSchema = function (e2) {
      var t2 = this;
      new Zi().transform(e2).forEach(function (e3) {
        return t2.addValidationMetadata(e3);
      });
    }),
    (e.prototype.addValidationMetadata = function (e2) {
      var t2 = this.validationMetadatas.get(e2.target);
      t2 ? t2.push(e2) : this.validationMetadatas.set(e2.target, [e2]);
    }),
    (e.prototype.addConstraintMetadata = function (e2) {
      var t2 = this.constraintMetadatas.get(e2.target);
      t2 ? t2.push(e2) : this.constraintMetadatas.set(e2.target, [e2]);
    }),
    (e.prototype.groupByPropertyName = function (e2) {
      var t2 = {};
      return (
        e2.forEach(function (e3) {
          (t2[e3.propertyName] || (t2[e3.propertyName] = []),
            t2[e3.propertyName].push(e3));
        }),
        t2
      );
    }),
    (e.prototype.getTargetValidationMetadatas = function (e2, t2, n2, r, i2) {
      var a,
        o,
        s = function (e3) {
          return e3.always === void 0
            ? e3.groups && e3.groups.length
              ? false
              : n2
            : e3.always;
        },
        c = function (e3) {
          return !!(r && (!i2 || !i2.length) && e3.groups && e3.groups.length);
        },
        l2 = (this.validationMetadatas.get(e2) || []).filter(function (n3) {
          return n3.target !== e2 && n3.target !== t2
            ? false
            : s(n3)
              ? true
              : c(n3)
                ? false
                : i2 && i2.length > 0
                  ? n3.groups &&
                    !!n3.groups.find(function (e3) {
                      return i2.indexOf(e3) !== -1;
                    })
                  : true;
        }),
        u2 = [];
      try {
        for (
          var d = Qi(this.validationMetadatas.entries()), f = d.next();
          !f.done;
          f = d.next()
        ) {
          var p = $i(f.value, 2),
            m = p[0],
            h = p[1];
          e2.prototype instanceof m && u2.push.apply(u2, ea([], $i(h), false));
        }
      } catch (e3) {
        a = { error: e3 };
      } finally {
        try {
          f && !f.done && (o = d.return) && o.call(d);
        } finally {
          if (a) throw a.error;
        }
      }
      var ee = u2
        .filter(function (t3) {
          return typeof t3.target == 'string' ||
            t3.target === e2 ||
            (t3.target instanceof Function &&
              !(e2.prototype instanceof t3.target))
            ? false
            : s(t3)
              ? true
              : c(t3)
                ? false
                : i2 && i2.length > 0
                  ? t3.groups &&
                    !!t3.groups.find(function (e3) {
                      return i2.indexOf(e3) !== -1;
                    })
                  : true;
        })
        .filter(function (e3) {
          return !l2.find(function (t3) {
            return t3.propertyName === e3.propertyName && t3.type === e3.type;
          });
        });
      return l2.concat(ee);
    }),
    (e.prototype.getTargetValidatorConstraints = function (e2) {
      return this.constraintMetadatas.get(e2) || [];
    }),
    e
  );
})(),
  (function () {
    function e() {}
    return (
      (e.isValid = function (e2) {
        var t2 = this;
        return (
          e2 !== 'isValid' &&
          e2 !== 'getMessage' &&
          Object.keys(this)
            .map(function (e3) {
              return t2[e3];
            })
            .indexOf(e2) !== -1
        );
      }),
      (e.CUSTOM_VALIDATION = 'customValidation'),
      (e.NESTED_VALIDATION = 'nestedValidation'),
      (e.PROMISE_VALIDATION = 'promiseValidation'),
      (e.CONDITIONAL_VALIDATION = 'conditionalValidation'),
      (e.WHITELIST = 'whitelistValidation'),
      (e.IS_DEFINED = 'isDefined'),
      e
    );
  })());
var ta = new ((function () {
  function e() {
    this.instances = [];
  }
  return (
    (e.prototype.get = function (e2) {
      var t2 = this.instances.find(function (t3) {
        return t3.type === e2;
      });
      return (
        t2 ||
          ((t2 = {
            type: e2,
            object: new e2(),
          }),
          this.instances.push(t2)),
        t2.object
      );
    }),
    e
  );
})())();
var na;
var q;
function ra(e) {
  if (na)
    try {
      var t2 = na.get(e);
      if (t2 || !q || !q.fallback) return t2;
    } catch (e2) {
      if (!q || !q.fallbackOnErrors) throw e2;
    }
  return ta.get(e);
}
(function () {
  function e(e2, t2, n2) {
    (n2 === void 0 && (n2 = false),
      (this.target = e2),
      (this.name = t2),
      (this.async = n2));
  }
  return (
    Object.defineProperty(e.prototype, 'instance', {
      get: function () {
        return ra(this.target);
      },
      enumerable: false,
      configurable: true,
    }),
    e
  );
})();
var J = /* @__PURE__ */ (function (e) {
  return (
    (e.ACTOR = 'ACTOR'),
    (e.ADDRESS = 'ADDRESS'),
    (e.ARRAY = 'ARRAY'),
    (e.BOOLEAN = 'BOOLEAN'),
    (e.CURRENCY = 'CURRENCY'),
    (e.DATE = 'DATE'),
    (e.DATE_TIME = 'DATE_TIME'),
    (e.EMAILS = 'EMAILS'),
    (e.FILES = 'FILES'),
    (e.FULL_NAME = 'FULL_NAME'),
    (e.LINKS = 'LINKS'),
    (e.MORPH_RELATION = 'MORPH_RELATION'),
    (e.MULTI_SELECT = 'MULTI_SELECT'),
    (e.NUMBER = 'NUMBER'),
    (e.NUMERIC = 'NUMERIC'),
    (e.PHONES = 'PHONES'),
    (e.POSITION = 'POSITION'),
    (e.RATING = 'RATING'),
    (e.RAW_JSON = 'RAW_JSON'),
    (e.RELATION = 'RELATION'),
    (e.RICH_TEXT = 'RICH_TEXT'),
    (e.SELECT = 'SELECT'),
    (e.TEXT = 'TEXT'),
    (e.TS_VECTOR = 'TS_VECTOR'),
    (e.UUID = 'UUID'),
    e
  );
})({});
var ia = /* @__PURE__ */ (function (e) {
  return (
    (e.EMAIL = 'EMAIL'),
    (e.CALENDAR = 'CALENDAR'),
    (e.WORKFLOW = 'WORKFLOW'),
    (e.AGENT = 'AGENT'),
    (e.API = 'API'),
    (e.IMPORT = 'IMPORT'),
    (e.MANUAL = 'MANUAL'),
    (e.SYSTEM = 'SYSTEM'),
    (e.WEBHOOK = 'WEBHOOK'),
    (e.APPLICATION = 'APPLICATION'),
    e
  );
})({});
var aa = {
  type: J.ACTOR,
  properties: [
    {
      name: 'source',
      type: J.SELECT,
      hidden: false,
      isRequired: true,
      options: Object.keys(ia).map((e, t2) => ({
        id: v4_default(),
        label: `${ia[e].toLowerCase()}`,
        value: e,
        position: t2,
      })),
    },
    {
      name: 'workspaceMemberId',
      type: J.UUID,
      hidden: 'input',
      isRequired: false,
    },
    {
      name: 'name',
      type: J.TEXT,
      hidden: 'input',
      isRequired: true,
    },
    {
      name: 'context',
      type: J.RAW_JSON,
      hidden: false,
      isRequired: false,
    },
  ],
};
var oa = {
  type: J.ADDRESS,
  properties: [
    {
      name: 'addressStreet1',
      type: J.TEXT,
      hidden: false,
      isRequired: false,
    },
    {
      name: 'addressStreet2',
      type: J.TEXT,
      hidden: false,
      isRequired: false,
    },
    {
      name: 'addressCity',
      type: J.TEXT,
      hidden: false,
      isRequired: false,
    },
    {
      name: 'addressPostcode',
      type: J.TEXT,
      hidden: false,
      isRequired: false,
    },
    {
      name: 'addressState',
      type: J.TEXT,
      hidden: false,
      isRequired: false,
    },
    {
      name: 'addressCountry',
      type: J.TEXT,
      hidden: false,
      isRequired: false,
    },
    {
      name: 'addressLat',
      type: J.NUMERIC,
      hidden: false,
      isRequired: false,
    },
    {
      name: 'addressLng',
      type: J.NUMERIC,
      hidden: false,
      isRequired: false,
    },
  ],
};
var sa = {
  type: J.CURRENCY,
  properties: [
    {
      name: 'amountMicros',
      type: J.NUMERIC,
      hidden: false,
      isRequired: false,
    },
    {
      name: 'currencyCode',
      type: J.TEXT,
      hidden: false,
      isRequired: false,
    },
  ],
};
var ca = {
  type: J.EMAILS,
  properties: [
    {
      name: 'primaryEmail',
      type: J.TEXT,
      hidden: false,
      isRequired: false,
      isIncludedInUniqueConstraint: true,
    },
    {
      name: 'additionalEmails',
      type: J.RAW_JSON,
      hidden: false,
      isRequired: false,
    },
  ],
};
var la = {
  type: J.FULL_NAME,
  properties: [
    {
      name: 'firstName',
      type: J.TEXT,
      hidden: false,
      isRequired: false,
      isIncludedInUniqueConstraint: false,
    },
    {
      name: 'lastName',
      type: J.TEXT,
      hidden: false,
      isRequired: false,
      isIncludedInUniqueConstraint: false,
    },
  ],
};
var ua = {
  type: J.LINKS,
  properties: [
    {
      name: 'primaryLinkLabel',
      type: J.TEXT,
      hidden: false,
      isRequired: false,
    },
    {
      name: 'primaryLinkUrl',
      type: J.TEXT,
      hidden: false,
      isRequired: false,
      isIncludedInUniqueConstraint: true,
    },
    {
      name: 'secondaryLinks',
      type: J.RAW_JSON,
      hidden: false,
      isRequired: false,
    },
  ],
};
var da = {
  type: J.PHONES,
  properties: [
    {
      name: 'primaryPhoneNumber',
      type: J.TEXT,
      hidden: false,
      isRequired: false,
      isIncludedInUniqueConstraint: true,
    },
    {
      name: 'primaryPhoneCountryCode',
      type: J.TEXT,
      hidden: false,
      isRequired: false,
      isIncludedInUniqueConstraint: true,
    },
    {
      name: 'primaryPhoneCallingCode',
      type: J.TEXT,
      hidden: false,
      isRequired: false,
      isIncludedInUniqueConstraint: true,
    },
    {
      name: 'additionalPhones',
      type: J.RAW_JSON,
      hidden: false,
      isRequired: false,
    },
  ],
};
var fa = {
  type: J.RICH_TEXT,
  properties: [
    {
      name: 'blocknote',
      type: J.TEXT,
      hidden: false,
      isRequired: false,
    },
    {
      name: 'markdown',
      type: J.TEXT,
      hidden: false,
      isRequired: false,
    },
  ],
};
(Si({
  blocknote: Xr().nullable().optional(),
  markdown: Xr().nullable(),
}),
  /* @__PURE__ */ new Map([
    [J.LINKS, ua],
    [J.CURRENCY, sa],
    [J.FULL_NAME, la],
    [J.ADDRESS, oa],
    [J.ACTOR, aa],
    [J.EMAILS, ca],
    [J.PHONES, da],
    [J.RICH_TEXT, fa],
  ]));
var Y = /* @__PURE__ */ (function (e) {
  return (
    (e.GOOGLE = 'google'),
    (e.MICROSOFT = 'microsoft'),
    (e.IMAP_SMTP_CALDAV = 'imap_smtp_caldav'),
    (e.OIDC = 'oidc'),
    (e.SAML = 'saml'),
    (e.EMAIL_GROUP = 'email_group'),
    (e.APP = 'app'),
    e
  );
})({});
(J.RELATION, J.MORPH_RELATION, J.FILES, J.TS_VECTOR);
var pa = /* @__PURE__ */ (function (e) {
  return (
    (e.EMAIL = 'EMAIL'),
    (e.SMS = 'SMS'),
    (e.EMAIL_GROUP = 'EMAIL_GROUP'),
    (e.APP = 'APP'),
    e
  );
})({});
var X = /* @__PURE__ */ (function (e) {
  return (
    (e.DAY = 'DAY'),
    (e.MONTH = 'MONTH'),
    (e.QUARTER = 'QUARTER'),
    (e.YEAR = 'YEAR'),
    (e.WEEK = 'WEEK'),
    (e.DAY_OF_THE_WEEK = 'DAY_OF_THE_WEEK'),
    (e.MONTH_OF_THE_YEAR = 'MONTH_OF_THE_YEAR'),
    (e.QUARTER_OF_THE_YEAR = 'QUARTER_OF_THE_YEAR'),
    (e.NONE = 'NONE'),
    e
  );
})({});
var Z = /* @__PURE__ */ (function (e) {
  return (
    (e.TABLE = 'TABLE'),
    (e.KANBAN = 'KANBAN'),
    (e.CALENDAR = 'CALENDAR'),
    (e.LIST = 'LIST'),
    (e.FIELDS_WIDGET = 'FIELDS_WIDGET'),
    (e.TABLE_WIDGET = 'TABLE_WIDGET'),
    (e.KANBAN_WIDGET = 'KANBAN_WIDGET'),
    (e.LIST_WIDGET = 'LIST_WIDGET'),
    (e.CALENDAR_WIDGET = 'CALENDAR_WIDGET'),
    e
  );
})({});
(J.CURRENCY,
  J.EMAILS,
  J.LINKS,
  J.PHONES,
  J.FULL_NAME,
  J.ADDRESS,
  J.ACTOR,
  J.RICH_TEXT,
  J.CURRENCY,
  J.EMAILS,
  J.LINKS,
  J.PHONES,
  J.FULL_NAME,
  J.ADDRESS,
  J.ACTOR,
  J.RICH_TEXT,
  {
    DEVELOPERS_CONTRIBUTE_CAPABILITIES_LOCAL_SETUP:
      '/developers/contribute/capabilities/local-setup',
    DEVELOPERS_CONTRIBUTE_COMMANDS: '/developers/contribute/commands',
    DEVELOPERS_CONTRIBUTE_STYLE_GUIDE: '/developers/contribute/style-guide',
    DEVELOPERS_EXTEND_API: '/developers/extend/api',
    DEVELOPERS_EXTEND_APPS_CONFIG_APPLICATION:
      '/developers/extend/apps/config/application',
    DEVELOPERS_EXTEND_APPS_CONFIG_INSTALL_HOOKS:
      '/developers/extend/apps/config/install-hooks',
    DEVELOPERS_EXTEND_APPS_CONFIG_OVERVIEW:
      '/developers/extend/apps/config/overview',
    DEVELOPERS_EXTEND_APPS_CONFIG_PUBLIC_ASSETS:
      '/developers/extend/apps/config/public-assets',
    DEVELOPERS_EXTEND_APPS_CONFIG_ROLES: '/developers/extend/apps/config/roles',
    DEVELOPERS_EXTEND_APPS_DATA_EXTENDING_OBJECTS:
      '/developers/extend/apps/data/extending-objects',
    DEVELOPERS_EXTEND_APPS_DATA_OBJECTS: '/developers/extend/apps/data/objects',
    DEVELOPERS_EXTEND_APPS_DATA_OVERVIEW:
      '/developers/extend/apps/data/overview',
    DEVELOPERS_EXTEND_APPS_DATA_RELATIONS:
      '/developers/extend/apps/data/relations',
    DEVELOPERS_EXTEND_APPS_DATA_SYSTEM_FIELDS:
      '/developers/extend/apps/data/system-fields',
    DEVELOPERS_EXTEND_APPS_DATA_TIMELINE_ACTIVITY_TYPES:
      '/developers/extend/apps/data/timeline-activity-types',
    DEVELOPERS_EXTEND_APPS_GETTING_STARTED_CONCEPTS:
      '/developers/extend/apps/getting-started/concepts',
    DEVELOPERS_EXTEND_APPS_GETTING_STARTED_LOCAL_SERVER:
      '/developers/extend/apps/getting-started/local-server',
    DEVELOPERS_EXTEND_APPS_GETTING_STARTED_PROJECT_STRUCTURE:
      '/developers/extend/apps/getting-started/project-structure',
    DEVELOPERS_EXTEND_APPS_GETTING_STARTED_QUICK_START:
      '/developers/extend/apps/getting-started/quick-start',
    DEVELOPERS_EXTEND_APPS_GETTING_STARTED_SCAFFOLDING:
      '/developers/extend/apps/getting-started/scaffolding',
    DEVELOPERS_EXTEND_APPS_GETTING_STARTED_TROUBLESHOOTING:
      '/developers/extend/apps/getting-started/troubleshooting',
    DEVELOPERS_EXTEND_APPS_LAYOUT_COMMAND_MENU_ITEMS:
      '/developers/extend/apps/layout/command-menu-items',
    DEVELOPERS_EXTEND_APPS_LAYOUT_FRONT_COMPONENTS:
      '/developers/extend/apps/layout/front-components',
    DEVELOPERS_EXTEND_APPS_LAYOUT_NAVIGATION_MENU_ITEMS:
      '/developers/extend/apps/layout/navigation-menu-items',
    DEVELOPERS_EXTEND_APPS_LAYOUT_OVERVIEW:
      '/developers/extend/apps/layout/overview',
    DEVELOPERS_EXTEND_APPS_LAYOUT_PAGE_LAYOUTS:
      '/developers/extend/apps/layout/page-layouts',
    DEVELOPERS_EXTEND_APPS_LAYOUT_VIEWS: '/developers/extend/apps/layout/views',
    DEVELOPERS_EXTEND_APPS_LOGIC_BACKGROUND_JOBS:
      '/developers/extend/apps/logic/background-jobs',
    DEVELOPERS_EXTEND_APPS_LOGIC_CONNECTIONS:
      '/developers/extend/apps/logic/connections',
    DEVELOPERS_EXTEND_APPS_LOGIC_CREDITS:
      '/developers/extend/apps/logic/credits',
    DEVELOPERS_EXTEND_APPS_LOGIC_KEY_VALUE_STORE:
      '/developers/extend/apps/logic/key-value-store',
    DEVELOPERS_EXTEND_APPS_LOGIC_LOGIC_FUNCTIONS:
      '/developers/extend/apps/logic/logic-functions',
    DEVELOPERS_EXTEND_APPS_LOGIC_MESSAGING_CHANNELS:
      '/developers/extend/apps/logic/messaging-channels',
    DEVELOPERS_EXTEND_APPS_LOGIC_OVERVIEW:
      '/developers/extend/apps/logic/overview',
    DEVELOPERS_EXTEND_APPS_LOGIC_SKILLS_AND_AGENTS:
      '/developers/extend/apps/logic/skills-and-agents',
    DEVELOPERS_EXTEND_APPS_OPERATIONS_CLI:
      '/developers/extend/apps/operations/cli',
    DEVELOPERS_EXTEND_APPS_OPERATIONS_OVERVIEW:
      '/developers/extend/apps/operations/overview',
    DEVELOPERS_EXTEND_APPS_OPERATIONS_PUBLISHING:
      '/developers/extend/apps/operations/publishing',
    DEVELOPERS_EXTEND_APPS_OPERATIONS_SYNC_AND_RECOVERY:
      '/developers/extend/apps/operations/sync-and-recovery',
    DEVELOPERS_EXTEND_APPS_OPERATIONS_TESTING:
      '/developers/extend/apps/operations/testing',
    DEVELOPERS_EXTEND_APPS_OPERATIONS_TRANSLATIONS:
      '/developers/extend/apps/operations/translations',
    DEVELOPERS_EXTEND_APPS_TUTORIALS_DOCUMENT_GENERATOR_AI_AGENT:
      '/developers/extend/apps/tutorials/document-generator/ai-agent',
    DEVELOPERS_EXTEND_APPS_TUTORIALS_DOCUMENT_GENERATOR_BUILDING_THE_UI:
      '/developers/extend/apps/tutorials/document-generator/building-the-ui',
    DEVELOPERS_EXTEND_APPS_TUTORIALS_DOCUMENT_GENERATOR_DATA_MODEL:
      '/developers/extend/apps/tutorials/document-generator/data-model',
    DEVELOPERS_EXTEND_APPS_TUTORIALS_DOCUMENT_GENERATOR_GENERATING_DOCUMENTS:
      '/developers/extend/apps/tutorials/document-generator/generating-documents',
    DEVELOPERS_EXTEND_APPS_TUTORIALS_DOCUMENT_GENERATOR_HTTP_ROUTES:
      '/developers/extend/apps/tutorials/document-generator/http-routes',
    DEVELOPERS_EXTEND_APPS_TUTORIALS_DOCUMENT_GENERATOR_OVERVIEW:
      '/developers/extend/apps/tutorials/document-generator/overview',
    DEVELOPERS_EXTEND_APPS_TUTORIALS_DOCUMENT_GENERATOR_PUBLISHING:
      '/developers/extend/apps/tutorials/document-generator/publishing',
    DEVELOPERS_EXTEND_OAUTH: '/developers/extend/oauth',
    DEVELOPERS_EXTEND_WEBHOOKS: '/developers/extend/webhooks',
    DEVELOPERS_INTRODUCTION: '/developers/introduction',
    DEVELOPERS_SELF_HOST_CAPABILITIES_DOCKER_COMPOSE:
      '/developers/self-host/capabilities/docker-compose',
    DEVELOPERS_SELF_HOST_CAPABILITIES_SETUP:
      '/developers/self-host/capabilities/setup',
    DEVELOPERS_SELF_HOST_CAPABILITIES_TROUBLESHOOTING:
      '/developers/self-host/capabilities/troubleshooting',
    DEVELOPERS_SELF_HOST_CAPABILITIES_UPGRADE_GUIDE:
      '/developers/self-host/capabilities/upgrade-guide',
    GETTING_STARTED_CORE_CONCEPTS_AI: '/getting-started/core-concepts/ai',
    GETTING_STARTED_CORE_CONCEPTS_APPS: '/getting-started/core-concepts/apps',
    GETTING_STARTED_CORE_CONCEPTS_CALENDAR_AND_EMAIL:
      '/getting-started/core-concepts/calendar-and-email',
    GETTING_STARTED_CORE_CONCEPTS_DASHBOARDS:
      '/getting-started/core-concepts/dashboards',
    GETTING_STARTED_CORE_CONCEPTS_DATA_MODEL:
      '/getting-started/core-concepts/data-model',
    GETTING_STARTED_CORE_CONCEPTS_GLOSSARY:
      '/getting-started/core-concepts/glossary',
    GETTING_STARTED_CORE_CONCEPTS_LAYOUT:
      '/getting-started/core-concepts/layout',
    GETTING_STARTED_CORE_CONCEPTS_WORKFLOWS:
      '/getting-started/core-concepts/workflows',
    GETTING_STARTED_INTRODUCTION: '/getting-started/introduction',
    GETTING_STARTED_KEY_FEATURES: '/getting-started/key-features',
    GETTING_STARTED_QUICKSTART: '/getting-started/quickstart',
    UI_ACCESSIBILITY: '/ui/accessibility',
    UI_COMPONENTS_CODE_EDITOR: '/ui/components/code-editor',
    UI_COMPONENTS_DROPDOWN: '/ui/components/dropdown',
    UI_COMPONENTS_INPUT_ICON_BUTTON: '/ui/components/input/icon-button',
    UI_COMPONENTS_INPUT_LIGHT_BUTTON: '/ui/components/input/light-button',
    UI_COMPONENTS_INPUT_LIGHT_ICON_BUTTON:
      '/ui/components/input/light-icon-button',
    UI_COMPONENTS_INPUT_MAIN_BUTTON: '/ui/components/input/main-button',
    UI_COMPONENTS_OVERVIEW: '/ui/components/overview',
    UI_COMPONENTS_SECTION: '/ui/components/section',
    UI_COMPONENTS_SETTINGS_ROW: '/ui/components/settings-row',
    UI_COMPONENTS_TAB_BUTTON: '/ui/components/tab-button',
    UI_COMPONENTS_TOAST: '/ui/components/toast',
    UI_DARK_MODE: '/ui/dark-mode',
    UI_GETTING_STARTED: '/ui/getting-started',
    UI_PRIMITIVES_ACCESSIBILITY_VISIBILITY_HIDDEN:
      '/ui/primitives/accessibility/visibility-hidden',
    UI_PRIMITIVES_DATA_DISPLAY_AVATAR: '/ui/primitives/data-display/avatar',
    UI_PRIMITIVES_DATA_DISPLAY_CHIP: '/ui/primitives/data-display/chip',
    UI_PRIMITIVES_DATA_DISPLAY_COLOR_SAMPLE:
      '/ui/primitives/data-display/color-sample',
    UI_PRIMITIVES_DATA_DISPLAY_PILL: '/ui/primitives/data-display/pill',
    UI_PRIMITIVES_DATA_DISPLAY_STATUS: '/ui/primitives/data-display/status',
    UI_PRIMITIVES_DATA_DISPLAY_TAG: '/ui/primitives/data-display/tag',
    UI_PRIMITIVES_FEEDBACK_BANNER: '/ui/primitives/feedback/banner',
    UI_PRIMITIVES_FEEDBACK_CIRCULAR_PROGRESS_BAR:
      '/ui/primitives/feedback/circular-progress-bar',
    UI_PRIMITIVES_FEEDBACK_LOADER: '/ui/primitives/feedback/loader',
    UI_PRIMITIVES_FEEDBACK_PROGRESS_BAR: '/ui/primitives/feedback/progress-bar',
    UI_PRIMITIVES_INPUT_BUTTON: '/ui/primitives/input/button',
    UI_PRIMITIVES_INPUT_BUTTON_GROUP: '/ui/primitives/input/button-group',
    UI_PRIMITIVES_INPUT_CHECKBOX: '/ui/primitives/input/checkbox',
    UI_PRIMITIVES_INPUT_FIELD: '/ui/primitives/input/field',
    UI_PRIMITIVES_INPUT_INPUT: '/ui/primitives/input/input',
    UI_PRIMITIVES_INPUT_INPUT_GROUP: '/ui/primitives/input/input-group',
    UI_PRIMITIVES_INPUT_RADIO: '/ui/primitives/input/radio',
    UI_PRIMITIVES_INPUT_RADIO_GROUP: '/ui/primitives/input/radio-group',
    UI_PRIMITIVES_INPUT_SEGMENTED_CONTROL:
      '/ui/primitives/input/segmented-control',
    UI_PRIMITIVES_INPUT_SELECT: '/ui/primitives/input/select',
    UI_PRIMITIVES_INPUT_SLIDER: '/ui/primitives/input/slider',
    UI_PRIMITIVES_INPUT_SWITCH: '/ui/primitives/input/switch',
    UI_PRIMITIVES_INPUT_TEXTAREA: '/ui/primitives/input/textarea',
    UI_PRIMITIVES_LAYOUT_ANIMATED_EXPANDABLE_CONTAINER:
      '/ui/primitives/layout/animated-expandable-container',
    UI_PRIMITIVES_LAYOUT_HORIZONTAL_SEPARATOR:
      '/ui/primitives/layout/horizontal-separator',
    UI_PRIMITIVES_LAYOUT_RESIZE_HANDLE: '/ui/primitives/layout/resize-handle',
    UI_PRIMITIVES_LAYOUT_TEXT_DIRECTION_PROVIDER:
      '/ui/primitives/layout/text-direction-provider',
    UI_PRIMITIVES_NAVIGATION_CLICK_TO_ACTION_LINK:
      '/ui/primitives/navigation/click-to-action-link',
    UI_PRIMITIVES_NAVIGATION_LIST_ITEM: '/ui/primitives/navigation/list-item',
    UI_PRIMITIVES_NAVIGATION_TABS: '/ui/primitives/navigation/tabs',
    UI_PRIMITIVES_OVERVIEW: '/ui/primitives/overview',
    UI_PRIMITIVES_SURFACES_ALERT_DIALOG: '/ui/primitives/surfaces/alert-dialog',
    UI_PRIMITIVES_SURFACES_CARD: '/ui/primitives/surfaces/card',
    UI_PRIMITIVES_SURFACES_DIALOG: '/ui/primitives/surfaces/dialog',
    UI_PRIMITIVES_SURFACES_MENU: '/ui/primitives/surfaces/menu',
    UI_PRIMITIVES_SURFACES_POPOVER: '/ui/primitives/surfaces/popover',
    UI_PRIMITIVES_SURFACES_TOOLTIP: '/ui/primitives/surfaces/tooltip',
    UI_PRIMITIVES_TYPOGRAPHY_HEADING: '/ui/primitives/typography/heading',
    UI_PRIMITIVES_TYPOGRAPHY_OVERFLOWING_TEXT_WITH_TOOLTIP:
      '/ui/primitives/typography/overflowing-text-with-tooltip',
    UI_PRIMITIVES_TYPOGRAPHY_TEXT: '/ui/primitives/typography/text',
    UI_SSR: '/ui/ssr',
    UI_THEMING: '/ui/theming',
    UI_TOKENS: '/ui/tokens',
    USER_GUIDE_AI_CAPABILITIES_AI_AGENTS:
      '/user-guide/ai/capabilities/ai-agents',
    USER_GUIDE_AI_CAPABILITIES_AI_CHATBOT:
      '/user-guide/ai/capabilities/ai-chatbot',
    USER_GUIDE_AI_CAPABILITIES_PERMISSIONS_ACCESS_CONTROL:
      '/user-guide/ai/capabilities/permissions-access-control',
    USER_GUIDE_AI_HOW_TOS_AI_FAQ: '/user-guide/ai/how-tos/ai-faq',
    USER_GUIDE_AI_OVERVIEW: '/user-guide/ai/overview',
    USER_GUIDE_BILLING_CAPABILITIES_CREDITS:
      '/user-guide/billing/capabilities/credits',
    USER_GUIDE_BILLING_CAPABILITIES_PRICING_PLANS:
      '/user-guide/billing/capabilities/pricing-plans',
    USER_GUIDE_BILLING_CAPABILITIES_USAGE_LIMITS:
      '/user-guide/billing/capabilities/usage-limits',
    USER_GUIDE_BILLING_HOW_TOS_BILLING_FAQ:
      '/user-guide/billing/how-tos/billing-faq',
    USER_GUIDE_BILLING_OVERVIEW: '/user-guide/billing/overview',
    USER_GUIDE_CALENDAR_EMAILS_CAPABILITIES_CALENDAR:
      '/user-guide/calendar-emails/capabilities/calendar',
    USER_GUIDE_CALENDAR_EMAILS_CAPABILITIES_MAILBOX:
      '/user-guide/calendar-emails/capabilities/mailbox',
    USER_GUIDE_CALENDAR_EMAILS_HOW_TOS_CAN_I_BOOK_MEETINGS_FROM_TWENTY:
      '/user-guide/calendar-emails/how-tos/can-i-book-meetings-from-twenty',
    USER_GUIDE_CALENDAR_EMAILS_HOW_TOS_CAN_I_SEND_EMAILS_FROM_TWENTY:
      '/user-guide/calendar-emails/how-tos/can-i-send-emails-from-twenty',
    USER_GUIDE_CALENDAR_EMAILS_HOW_TOS_CAN_I_TRACK_EMAIL_ACTIVITY_ON_ALL_OBJECTS:
      '/user-guide/calendar-emails/how-tos/can-i-track-email-activity-on-all-objects',
    USER_GUIDE_CALENDAR_EMAILS_HOW_TOS_CONNECT_SEVERAL_MAILBOXES_PER_USER:
      '/user-guide/calendar-emails/how-tos/connect-several-mailboxes-per-user',
    USER_GUIDE_CALENDAR_EMAILS_HOW_TOS_FORWARD_A_SHARED_INBOX_FROM_ANY_MAIL_PROVIDER:
      '/user-guide/calendar-emails/how-tos/forward-a-shared-inbox-from-any-mail-provider',
    USER_GUIDE_CALENDAR_EMAILS_HOW_TOS_FORWARD_A_SHARED_INBOX_FROM_GOOGLE_WORKSPACE:
      '/user-guide/calendar-emails/how-tos/forward-a-shared-inbox-from-google-workspace',
    USER_GUIDE_CALENDAR_EMAILS_HOW_TOS_FORWARD_A_SHARED_INBOX_FROM_MICROSOFT_365:
      '/user-guide/calendar-emails/how-tos/forward-a-shared-inbox-from-microsoft-365',
    USER_GUIDE_CALENDAR_EMAILS_HOW_TOS_I_DONT_SEE_EMAILS_ON_RECORDS:
      '/user-guide/calendar-emails/how-tos/i-dont-see-emails-on-records',
    USER_GUIDE_CALENDAR_EMAILS_HOW_TOS_LIMIT_EMAILS_IMPORTED:
      '/user-guide/calendar-emails/how-tos/limit-emails-imported',
    USER_GUIDE_CALENDAR_EMAILS_OVERVIEW: '/user-guide/calendar-emails/overview',
    USER_GUIDE_DASHBOARDS_CAPABILITIES_CHART_SETTINGS:
      '/user-guide/dashboards/capabilities/chart-settings',
    USER_GUIDE_DASHBOARDS_CAPABILITIES_DASHBOARDS:
      '/user-guide/dashboards/capabilities/dashboards',
    USER_GUIDE_DASHBOARDS_CAPABILITIES_WIDGETS:
      '/user-guide/dashboards/capabilities/widgets',
    USER_GUIDE_DASHBOARDS_HOW_TOS_DASHBOARDS_FAQ:
      '/user-guide/dashboards/how-tos/dashboards-faq',
    USER_GUIDE_DASHBOARDS_HOW_TOS_WIDGET_FAQ:
      '/user-guide/dashboards/how-tos/widget-faq',
    USER_GUIDE_DASHBOARDS_OVERVIEW: '/user-guide/dashboards/overview',
    USER_GUIDE_DATA_MIGRATION_CAPABILITIES_ERROR_HANDLING:
      '/user-guide/data-migration/capabilities/error-handling',
    USER_GUIDE_DATA_MIGRATION_CAPABILITIES_FIELD_MAPPING:
      '/user-guide/data-migration/capabilities/field-mapping',
    USER_GUIDE_DATA_MIGRATION_CAPABILITIES_FILE_FORMATS:
      '/user-guide/data-migration/capabilities/file-formats',
    USER_GUIDE_DATA_MIGRATION_CAPABILITIES_IMPORT_RELATIONS:
      '/user-guide/data-migration/capabilities/import-relations',
    USER_GUIDE_DATA_MIGRATION_CAPABILITIES_UNIQUENESS_CONSTRAINTS:
      '/user-guide/data-migration/capabilities/uniqueness-constraints',
    USER_GUIDE_DATA_MIGRATION_HOW_TOS_EXPORT_YOUR_DATA:
      '/user-guide/data-migration/how-tos/export-your-data',
    USER_GUIDE_DATA_MIGRATION_HOW_TOS_FIX_IMPORT_ERRORS:
      '/user-guide/data-migration/how-tos/fix-import-errors',
    USER_GUIDE_DATA_MIGRATION_HOW_TOS_IMPORT_COMPANIES_VIA_CSV:
      '/user-guide/data-migration/how-tos/import-companies-via-csv',
    USER_GUIDE_DATA_MIGRATION_HOW_TOS_IMPORT_CONTACTS_VIA_CSV:
      '/user-guide/data-migration/how-tos/import-contacts-via-csv',
    USER_GUIDE_DATA_MIGRATION_HOW_TOS_IMPORT_DATA_VIA_API:
      '/user-guide/data-migration/how-tos/import-data-via-api',
    USER_GUIDE_DATA_MIGRATION_HOW_TOS_IMPORT_RELATIONS_BETWEEN_OBJECTS_VIA_CSV:
      '/user-guide/data-migration/how-tos/import-relations-between-objects-via-csv',
    USER_GUIDE_DATA_MIGRATION_HOW_TOS_MIGRATING_FROM_OTHER_CRMS:
      '/user-guide/data-migration/how-tos/migrating-from-other-crms',
    USER_GUIDE_DATA_MIGRATION_HOW_TOS_MIGRATING_FROM_SELF_HOSTED_TO_CLOUD:
      '/user-guide/data-migration/how-tos/migrating-from-self-hosted-to-cloud',
    USER_GUIDE_DATA_MIGRATION_HOW_TOS_PREPARE_YOUR_CSV_FILES:
      '/user-guide/data-migration/how-tos/prepare-your-csv-files',
    USER_GUIDE_DATA_MIGRATION_HOW_TOS_UPDATE_EXISTING_RECORDS_VIA_IMPORT:
      '/user-guide/data-migration/how-tos/update-existing-records-via-import',
    USER_GUIDE_DATA_MIGRATION_OVERVIEW: '/user-guide/data-migration/overview',
    USER_GUIDE_DATA_MODEL_CAPABILITIES_FIELDS:
      '/user-guide/data-model/capabilities/fields',
    USER_GUIDE_DATA_MODEL_CAPABILITIES_OBJECTS:
      '/user-guide/data-model/capabilities/objects',
    USER_GUIDE_DATA_MODEL_CAPABILITIES_RELATION_FIELDS:
      '/user-guide/data-model/capabilities/relation-fields',
    USER_GUIDE_DATA_MODEL_HOW_TOS_CREATE_CUSTOM_FIELDS:
      '/user-guide/data-model/how-tos/create-custom-fields',
    USER_GUIDE_DATA_MODEL_HOW_TOS_CREATE_CUSTOM_OBJECTS:
      '/user-guide/data-model/how-tos/create-custom-objects',
    USER_GUIDE_DATA_MODEL_HOW_TOS_CREATE_MANY_TO_MANY_RELATIONS:
      '/user-guide/data-model/how-tos/create-many-to-many-relations',
    USER_GUIDE_DATA_MODEL_HOW_TOS_CREATE_RELATION_FIELDS:
      '/user-guide/data-model/how-tos/create-relation-fields',
    USER_GUIDE_DATA_MODEL_HOW_TOS_CUSTOMIZE_YOUR_DATA_MODEL:
      '/user-guide/data-model/how-tos/customize-your-data-model',
    USER_GUIDE_DATA_MODEL_HOW_TOS_DATA_MODEL_FAQ:
      '/user-guide/data-model/how-tos/data-model-faq',
    USER_GUIDE_DATA_MODEL_OVERVIEW: '/user-guide/data-model/overview',
    USER_GUIDE_INTRODUCTION: '/user-guide/introduction',
    USER_GUIDE_LAYOUT_CAPABILITIES_NAVIGATION:
      '/user-guide/layout/capabilities/navigation',
    USER_GUIDE_LAYOUT_CAPABILITIES_RECORD_PAGES:
      '/user-guide/layout/capabilities/record-pages',
    USER_GUIDE_LAYOUT_OVERVIEW: '/user-guide/layout/overview',
    USER_GUIDE_LEGAL_HOW_TOS_LEGAL_FAQ: '/user-guide/legal/how-tos/legal-faq',
    USER_GUIDE_LEGAL_OVERVIEW: '/user-guide/legal/overview',
    USER_GUIDE_PERMISSIONS_ACCESS_CAPABILITIES_PERMISSIONS:
      '/user-guide/permissions-access/capabilities/permissions',
    USER_GUIDE_PERMISSIONS_ACCESS_CAPABILITIES_SSO_CONFIGURATION:
      '/user-guide/permissions-access/capabilities/sso-configuration',
    USER_GUIDE_PERMISSIONS_ACCESS_HOW_TOS_PERMISSIONS_FAQ:
      '/user-guide/permissions-access/how-tos/permissions-faq',
    USER_GUIDE_PERMISSIONS_ACCESS_OVERVIEW:
      '/user-guide/permissions-access/overview',
    USER_GUIDE_SETTINGS_CAPABILITIES_COMMUNITY_SETTINGS:
      '/user-guide/settings/capabilities/community-settings',
    USER_GUIDE_SETTINGS_CAPABILITIES_DOMAINS_SETTINGS:
      '/user-guide/settings/capabilities/domains-settings',
    USER_GUIDE_SETTINGS_CAPABILITIES_EXPERIENCE_SETTINGS:
      '/user-guide/settings/capabilities/experience-settings',
    USER_GUIDE_SETTINGS_CAPABILITIES_MEMBER_MANAGEMENT:
      '/user-guide/settings/capabilities/member-management',
    USER_GUIDE_SETTINGS_CAPABILITIES_PROFILE_SETTINGS:
      '/user-guide/settings/capabilities/profile-settings',
    USER_GUIDE_SETTINGS_CAPABILITIES_WORKSPACE_SETTINGS:
      '/user-guide/settings/capabilities/workspace-settings',
    USER_GUIDE_SETTINGS_HOW_TOS_SETTINGS_FAQ:
      '/user-guide/settings/how-tos/settings-faq',
    USER_GUIDE_SETTINGS_OVERVIEW: '/user-guide/settings/overview',
    USER_GUIDE_VIEWS_PIPELINES_CAPABILITIES_CALENDAR_VIEW:
      '/user-guide/views-pipelines/capabilities/calendar-view',
    USER_GUIDE_VIEWS_PIPELINES_CAPABILITIES_FIELDS_AND_COLUMNS:
      '/user-guide/views-pipelines/capabilities/fields-and-columns',
    USER_GUIDE_VIEWS_PIPELINES_CAPABILITIES_FILTERS_AND_SORTING:
      '/user-guide/views-pipelines/capabilities/filters-and-sorting',
    USER_GUIDE_VIEWS_PIPELINES_CAPABILITIES_KANBAN_VIEWS:
      '/user-guide/views-pipelines/capabilities/kanban-views',
    USER_GUIDE_VIEWS_PIPELINES_CAPABILITIES_TABLE_VIEWS:
      '/user-guide/views-pipelines/capabilities/table-views',
    USER_GUIDE_VIEWS_PIPELINES_CAPABILITIES_VIEW_SETTINGS:
      '/user-guide/views-pipelines/capabilities/view-settings',
    USER_GUIDE_VIEWS_PIPELINES_HOW_TOS_CREATE_A_CALENDAR_VIEW_FOR_TASKS_DUE:
      '/user-guide/views-pipelines/how-tos/create-a-calendar-view-for-tasks-due',
    USER_GUIDE_VIEWS_PIPELINES_HOW_TOS_CREATE_A_KANBAN_VIEW_FOR_PROJECTS:
      '/user-guide/views-pipelines/how-tos/create-a-kanban-view-for-projects',
    USER_GUIDE_VIEWS_PIPELINES_HOW_TOS_CREATE_A_TABLE_VIEW_WITH_GROUPING:
      '/user-guide/views-pipelines/how-tos/create-a-table-view-with-grouping',
    USER_GUIDE_VIEWS_PIPELINES_HOW_TOS_RESTRICT_ACCESS_TO_YOUR_VIEW:
      '/user-guide/views-pipelines/how-tos/restrict-access-to-your-view',
    USER_GUIDE_VIEWS_PIPELINES_HOW_TOS_SET_UP_A_SALES_PIPELINE:
      '/user-guide/views-pipelines/how-tos/set-up-a-sales-pipeline',
    USER_GUIDE_VIEWS_PIPELINES_HOW_TOS_SHOW_EXPECTED_AMOUNT_IN_PIPELINE:
      '/user-guide/views-pipelines/how-tos/show-expected-amount-in-pipeline',
    USER_GUIDE_VIEWS_PIPELINES_HOW_TOS_TRACK_TIME_IN_STAGE:
      '/user-guide/views-pipelines/how-tos/track-time-in-stage',
    USER_GUIDE_WORKFLOWS_CAPABILITIES_SEND_EMAILS_FROM_WORKFLOWS:
      '/user-guide/workflows/capabilities/send-emails-from-workflows',
    USER_GUIDE_WORKFLOWS_CAPABILITIES_USE_BRANCHES_IN_WORKFLOWS:
      '/user-guide/workflows/capabilities/use-branches-in-workflows',
    USER_GUIDE_WORKFLOWS_CAPABILITIES_USE_ITERATOR:
      '/user-guide/workflows/capabilities/use-iterator',
    USER_GUIDE_WORKFLOWS_CAPABILITIES_WORKFLOW_ACTIONS:
      '/user-guide/workflows/capabilities/workflow-actions',
    USER_GUIDE_WORKFLOWS_CAPABILITIES_WORKFLOW_BRANCHES:
      '/user-guide/workflows/capabilities/workflow-branches',
    USER_GUIDE_WORKFLOWS_CAPABILITIES_WORKFLOW_CREDITS:
      '/user-guide/workflows/capabilities/workflow-credits',
    USER_GUIDE_WORKFLOWS_CAPABILITIES_WORKFLOW_RUNS:
      '/user-guide/workflows/capabilities/workflow-runs',
    USER_GUIDE_WORKFLOWS_CAPABILITIES_WORKFLOW_TRIGGERS:
      '/user-guide/workflows/capabilities/workflow-triggers',
    USER_GUIDE_WORKFLOWS_CAPABILITIES_WORKFLOW_VERSIONS:
      '/user-guide/workflows/capabilities/workflow-versions',
    USER_GUIDE_WORKFLOWS_HOW_TOS_ADVANCED_CONFIGURATIONS_HANDLE_ARRAYS_IN_CODE_ACTIONS:
      '/user-guide/workflows/how-tos/advanced-configurations/handle-arrays-in-code-actions',
    USER_GUIDE_WORKFLOWS_HOW_TOS_CONNECT_TO_OTHER_TOOLS_BRING_PRODUCT_DATA_IN_TWENTY:
      '/user-guide/workflows/how-tos/connect-to-other-tools/bring-product-data-in-twenty',
    USER_GUIDE_WORKFLOWS_HOW_TOS_CONNECT_TO_OTHER_TOOLS_BRING_TYPEFORM_SUBMISSIONS_IN_TWENTY:
      '/user-guide/workflows/how-tos/connect-to-other-tools/bring-typeform-submissions-in-twenty',
    USER_GUIDE_WORKFLOWS_HOW_TOS_CONNECT_TO_OTHER_TOOLS_GENERATE_PDF_FROM_TWENTY:
      '/user-guide/workflows/how-tos/connect-to-other-tools/generate-pdf-from-twenty',
    USER_GUIDE_WORKFLOWS_HOW_TOS_CONNECT_TO_OTHER_TOOLS_GENERATE_QUOTE_OR_INVOICE_FROM_TWENTY:
      '/user-guide/workflows/how-tos/connect-to-other-tools/generate-quote-or-invoice-from-twenty',
    USER_GUIDE_WORKFLOWS_HOW_TOS_CONNECT_TO_OTHER_TOOLS_SET_UP_A_WEBHOOK_TRIGGER:
      '/user-guide/workflows/how-tos/connect-to-other-tools/set-up-a-webhook-trigger',
    USER_GUIDE_WORKFLOWS_HOW_TOS_CRM_AUTOMATIONS_AUTO_REPLY_TO_INBOUND_EMAILS:
      '/user-guide/workflows/how-tos/crm-automations/auto-reply-to-inbound-emails',
    USER_GUIDE_WORKFLOWS_HOW_TOS_CRM_AUTOMATIONS_CLOSED_WON_AUTOMATIONS:
      '/user-guide/workflows/how-tos/crm-automations/closed-won-automations',
    USER_GUIDE_WORKFLOWS_HOW_TOS_CRM_AUTOMATIONS_DETECT_STALE_OPPORTUNITIES:
      '/user-guide/workflows/how-tos/crm-automations/detect-stale-opportunities',
    USER_GUIDE_WORKFLOWS_HOW_TOS_CRM_AUTOMATIONS_DISPLAY_NUMBER_OF_EMAILS_RECEIVED:
      '/user-guide/workflows/how-tos/crm-automations/display-number-of-emails-received',
    USER_GUIDE_WORKFLOWS_HOW_TOS_CRM_AUTOMATIONS_DISPLAY_RELATED_RECORD_DATA:
      '/user-guide/workflows/how-tos/crm-automations/display-related-record-data',
    USER_GUIDE_WORKFLOWS_HOW_TOS_CRM_AUTOMATIONS_FORMULA_FIELDS:
      '/user-guide/workflows/how-tos/crm-automations/formula-fields',
    USER_GUIDE_WORKFLOWS_HOW_TOS_CRM_AUTOMATIONS_NOTIFY_TEAMMATES_OF_NOTE_TO_REVIEW:
      '/user-guide/workflows/how-tos/crm-automations/notify-teammates-of-note-to-review',
    USER_GUIDE_WORKFLOWS_HOW_TOS_CRM_AUTOMATIONS_SEND_EMAIL_ALERTS_WITH_TASKS_DUE:
      '/user-guide/workflows/how-tos/crm-automations/send-email-alerts-with-tasks-due',
    USER_GUIDE_WORKFLOWS_HOW_TOS_NEED_MORE_HELP_PROFESSIONAL_SERVICES:
      '/user-guide/workflows/how-tos/need-more-help/professional-services',
    USER_GUIDE_WORKFLOWS_HOW_TOS_NEED_MORE_HELP_WORKFLOW_TROUBLESHOOTING:
      '/user-guide/workflows/how-tos/need-more-help/workflow-troubleshooting',
    USER_GUIDE_WORKFLOWS_HOW_TOS_NEED_MORE_HELP_WORKFLOWS_FAQ:
      '/user-guide/workflows/how-tos/need-more-help/workflows-faq',
    USER_GUIDE_WORKFLOWS_OVERVIEW: '/user-guide/workflows/overview',
  }.GETTING_STARTED_INTRODUCTION,
  Y.GOOGLE,
  Y.MICROSOFT,
  Y.IMAP_SMTP_CALDAV,
  Y.GOOGLE,
  Y.MICROSOFT,
  Y.IMAP_SMTP_CALDAV,
  Y.EMAIL_GROUP,
  /* @__PURE__ */ new Set([J.TS_VECTOR, J.RAW_JSON, J.FILES, J.POSITION]),
  J.ACTOR,
  J.ADDRESS,
  J.ARRAY,
  J.BOOLEAN,
  J.CURRENCY,
  J.DATE,
  J.DATE_TIME,
  J.EMAILS,
  J.FILES,
  J.FULL_NAME,
  J.LINKS,
  J.MORPH_RELATION,
  J.MULTI_SELECT,
  J.NUMBER,
  J.NUMERIC,
  J.PHONES,
  J.POSITION,
  J.RATING,
  J.RAW_JSON,
  J.RELATION,
  J.RICH_TEXT,
  J.SELECT,
  J.TEXT,
  J.TS_VECTOR,
  J.UUID,
  /* @__PURE__ */ new Set([J.TS_VECTOR, J.ARRAY, J.MULTI_SELECT, J.RAW_JSON]),
  X.DAY,
  X.WEEK,
  X.MONTH,
  X.QUARTER,
  X.YEAR,
  J.FILES,
  J.LINKS,
  J.TEXT,
  J.FULL_NAME,
  J.UUID,
  pa.EMAIL,
  Z.TABLE,
  Z.KANBAN,
  Z.CALENDAR,
  Z.LIST,
  Z.FIELDS_WIDGET,
  Z.TABLE_WIDGET,
  Z.KANBAN_WIDGET,
  Z.LIST_WIDGET,
  Z.CALENDAR_WIDGET);
var ma = /* @__PURE__ */ (function (e) {
  return (
    (e.OK = 'OK'),
    (e.SUCCESS = 'SUCCESS'),
    (e.INFO = 'INFO'),
    (e.WARNING = 'WARNING'),
    (e.ERROR = 'ERROR'),
    (e.NEUTRAL = 'NEUTRAL'),
    (e.UNKNOWN = 'UNKNOWN'),
    e
  );
})({});
(Object.values(ma).filter((e) => e !== ma.OK && e !== ma.UNKNOWN),
  J.TEXT,
  J.ARRAY,
  J.BOOLEAN,
  J.DATE,
  J.DATE_TIME,
  J.NUMBER,
  J.NUMERIC,
  J.RAW_JSON,
  J.RICH_TEXT,
  J.SELECT,
  J.MULTI_SELECT);
var $ =
  '\n  id\n  handle\n  displayName\n  visibility\n  connectedAccountId\n  isSyncEnabled\n';
var Ta = `
  mutation CreateAppMessageChannel($input: CreateAppMessageChannelInput!) {
    createAppMessageChannel(input: $input) {
      ${$}
    }
  }
`;
var Da = `
  query ListAppMessageChannels($filter: ListAppMessageChannelsInput) {
    appMessageChannels(filter: $filter) {
      ${$}
    }
  }
`;
var ka = `
  mutation UpdateAppMessageChannel($input: UpdateAppMessageChannelInput!) {
    updateAppMessageChannel(input: $input) {
      ${$}
    }
  }
`;
var ja = `
  mutation DeleteAppMessageChannel($id: UUID!) {
    deleteAppMessageChannel(id: $id) {
      ${$}
    }
  }
`;
var Ra = async (e) => {
  let { enqueueJobs: t2 } = await new i().mutation({
    enqueueJobs: {
      __args: { input: e },
      enqueued: true,
      logicFunctionUniversalIdentifier: true,
      enqueuedJobsCount: true,
      jobIds: true,
    },
  });
  return t2;
};

// workflows/fan-out.function.ts
var fanOut = async () =>
  Ra({
    logicFunctionUniversalIdentifier: '6f1c1d4e-2b0a-4c55-9d1e-0f6a2e7b9c36',
    payloads: [{ label: 'one' }, { label: 'two' }],
  });
var fan_out_function_default = defineLogicFunction({
  universalIdentifier: '6f1c1d4e-2b0a-4c55-9d1e-0f6a2e7b9c35',
  name: 'fan-out',
  cronTriggerSettings: { pattern: '0 * * * *' },
  handler: fanOut,
});
export { fan_out_function_default as default, fanOut };
//# sourceMappingURL=fan-out.function.mjs.map

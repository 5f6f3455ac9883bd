// A Jest runtime that loads the application (apps/, libs/, scripts/, migrations/ as compiled into dist/ by
// `npm run build`, which every test command runs first) and every npm package with Node's own module loader,
// once per Jest worker process, instead of re-evaluating them inside each test file's VM context.
//
// Why: Jest gives each test file a fresh module registry and re-compiles and re-evaluates every module the
// file imports inside its own `vm` context. For an e2e file that is the whole API and worker (NestJS, TypeORM,
// BullMQ, Fastify, pdfkit, exceljs, …): about 5.5 CPU-seconds per file before its first line, measured with
// test/support/count-assertions.ts, more than the median file's own work. Loaded natively, a worker pays it
// once; each file then only builds its own API and worker instances (as before: nothing of one file's Nest
// application, database or queues is shared with another's).
//
// What stays in each file's own context (loaded by Jest as before): the test files, test/**, libs/testing
// (it reads the file's own `process.env`, set by test/support/database-environment.mjs, and keeps per-file
// state such as the TOTP secrets it saw), Jest's own packages, and Node's built-in modules. A test file
// whose first lines carry the pragma `@jazari-isolated-modules` gets the old behaviour for everything (for
// a file that changes process-wide state of the application: defines jobs of its own in the job catalogue,
// turns OpenTelemetry tracing on for the process). `JAZARI_TEST_ISOLATED_MODULES=1` gives it to every file.
// The e2e, slow and browser projects use it (jest.config.js); the unit specs keep Jest's per-file loading.
//
// docs/testing.md ("Modules loaded once per worker") says what this means for a test: values made by the
// application come from Node's realm, so `toBeInstanceOf(Date)` or `toStrictEqual` on them compare across
// realms; compare values (`toEqual`, `toMatchObject`) as the suites do.
const { existsSync, readFileSync, statSync } = require('node:fs');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { SyntheticModule } = require('node:vm');
const Runtime = require('jest-runtime').default;

const root = path.resolve(__dirname, '../..');
const dist = path.join(root, 'dist');
const APP_SOURCE = /^(apps|libs|scripts|migrations|bench)\/.*\.ts$/;
const KEPT_IN_CONTEXT = /^(libs\/testing\/|apps\/web\/)|\.(spec|e2e-spec|slow-spec|browser-spec)\.ts$/;
const JEST_PACKAGE = /^(@jest\/|jest$|jest-|expect$|@swc\/jest)/;
// Packages only test code uses, that check the prototype of the plain objects they are given (oidc-provider
// refuses a configuration whose objects are not of its own realm): loaded in the file's context as before.
const TEST_ONLY_PACKAGE = /^oidc-provider(\/|$)/;

/** The compiled file Node can load for a module Jest resolved, or undefined to leave it to Jest. */
function nativeTarget(specifier, resolved) {
  if (specifier.startsWith('node:') || specifier === '@jest/globals') return undefined;
  const bare = !specifier.startsWith('.') && !specifier.startsWith('/') && !specifier.startsWith('@jazari/');
  if (bare) {
    if (JEST_PACKAGE.test(specifier) || TEST_ONLY_PACKAGE.test(specifier)) return undefined;
    // A package: Node resolves the specifier itself (its `import` condition), as the compiled app does, so
    // the test and the app share one instance of it.
    return specifier;
  }
  const relative = path.relative(root, resolved).split(path.sep).join('/');
  if (!APP_SOURCE.test(relative) || KEPT_IN_CONTEXT.test(relative)) return undefined;
  const compiled = path.join(dist, relative.replace(/\.ts$/, '.js'));
  // A file edited (or added) after the last build would silently run as it was: say so instead.
  if (!existsSync(compiled) || statSync(resolved).mtimeMs > statSync(compiled).mtimeMs) {
    throw new Error(
      `${relative} is newer than dist/ (the e2e, slow and browser suites run the compiled application): \`npm run build\` first`,
    );
  }
  return pathToFileURL(compiled).href;
}

function isolatedFile(testPath) {
  if (process.env.JAZARI_TEST_ISOLATED_MODULES) return true;
  try {
    return readFileSync(testPath, 'utf8').slice(0, 2_000).includes('@jazari-isolated-modules');
  } catch {
    return false;
  }
}

/** Node's namespace of a module, as a module of the test file's context (names of a CommonJS package too). */
function synthetic(namespace, identifier, context) {
  const names = new Set(Object.keys(namespace));
  const value = namespace.default;
  if (value && (typeof value === 'object' || typeof value === 'function') && !namespace.__esModule) {
    for (const key of Object.keys(value)) if (key !== 'default') names.add(key);
  }
  const module = new SyntheticModule(
    [...names],
    function () {
      for (const name of names) this.setExport(name, name in namespace ? namespace[name] : value[name]);
    },
    { context, identifier: `native:${identifier}` },
  );
  return module;
}

class NativeAppRuntime extends Runtime {
  constructor(config, environment, resolver, transformer, cacheFS, options, testPath, ...rest) {
    super(config, environment, resolver, transformer, cacheFS, options, testPath, ...rest);
    if (isolatedFile(testPath)) return;
    // Decorators in a test file (a DTO, a controller or a module of its own) record their TypeScript types
    // with `Reflect.metadata`, which the application's reflect-metadata defines on Node's `Reflect`, and
    // Nest's validation pipe reads them there: the file shares that `Reflect`, or its own has none.
    environment.global.Reflect = Reflect;
    const loader = this.esmLoader;
    const jestResolve = loader.resolveModule.bind(loader);
    const loaded = new Map();
    loader.resolveModule = async (specifier, referencingIdentifier, context) => {
      if (specifier.startsWith('node:') || specifier === '@jest/globals' || specifier.startsWith('data:')) {
        return jestResolve(specifier, referencingIdentifier, context);
      }
      const bare =
        !specifier.startsWith('.') && !specifier.startsWith('/') && !specifier.startsWith('@jazari/');
      const resolved = bare
        ? undefined
        : await loader.resolution.resolveEsmAsync(referencingIdentifier, specifier);
      if (bare && this._resolution.isCoreModule(specifier))
        return jestResolve(specifier, referencingIdentifier, context);
      const target = nativeTarget(specifier, resolved);
      if (!target) return jestResolve(specifier, referencingIdentifier, context);
      let module = loaded.get(target);
      if (!module) {
        module = import(target).then(async (namespace) => {
          const wrapped = synthetic(namespace, target, context);
          await wrapped.link(() => {
            throw new Error('a synthetic module has no imports');
          });
          await wrapped.evaluate();
          return wrapped;
        });
        loaded.set(target, module);
      }
      return module;
    };
  }
}

module.exports = NativeAppRuntime;
module.exports.default = NativeAppRuntime;

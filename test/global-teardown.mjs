export default async function globalTeardown() {
  // Once per run, whatever the number of projects that name this teardown (test/global-setup.mjs).
  const services = globalThis.__jazariTestServices;
  globalThis.__jazariTestServices = undefined;
  await services?.stop();
}

export default async function globalTeardown() {
  await globalThis.__jazariTestServices?.stop();
}

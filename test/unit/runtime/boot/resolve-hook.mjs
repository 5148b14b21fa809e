// Module resolve hook for the boot test: `electron` is the strict fake; the built main bundle's `node:os`
// is the wrapper with a movable boot clock. Everything else resolves as usual.
const fakeElectron = new URL('./fake-electron.ts', import.meta.url).href;
const fakeOs = new URL('./fake-os.mjs', import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron') return { url: fakeElectron, shortCircuit: true };
  if ((specifier === 'node:os' || specifier === 'os') && context.parentURL?.includes('/out/main/')) {
    return { url: fakeOs, shortCircuit: true };
  }
  return nextResolve(specifier, context);
}

// @ts-check
/** `npm run analyze`: the public API, read from JSDoc in src/, into custom-elements.json. */
export default {
  // The public modules only: internals (session, API client) would churn the manifest on every change.
  globs: ['src/tavus-deployment.ts', 'src/registration.ts', 'src/define.ts', 'src/index.ts'],
  litelement: true,
  packagejson: false,
};

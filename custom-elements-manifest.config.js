// @ts-check
/** `npm run analyze`: the public API, read from JSDoc in src/, into custom-elements.json. */
export default {
  globs: ['src/**/*.ts'],
  litelement: true,
  packagejson: false,
};

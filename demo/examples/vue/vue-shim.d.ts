// tsc checks main.ts; Vue's own tooling checks the single-file component.
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}

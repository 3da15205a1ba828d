import type { GlobalComponents } from 'vue';
import type { TavusDeployment, TavusErrorCode } from 'tavus-deployment';

/** The props Vue's tooling checks `<tavus-deployment …>` against. */
type Props = InstanceType<GlobalComponents['tavus-deployment']>['$props'];
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;

export type Checks = [
  Expect<Equal<Props['deployment-id'], string | undefined>>,
  Expect<Equal<Props['memory-stores'], string[] | undefined>>,
  Expect<Equal<NonNullable<Props['callFactory']>, NonNullable<TavusDeployment['callFactory']>>>,
];

export const props: Props = {
  'deployment-id': 'd1',
  'base-url': 'http://127.0.0.1:4010',
  'ontavus:error': (e) => e.detail.code satisfies TavusErrorCode,
  'ontavus:utterance': (e) => e.detail.text satisfies string,
  'pal-id': 'p1',
};
// @ts-expect-error deployment-id is a string
export const wrong: Props = { 'deployment-id': 42 };
// @ts-expect-error state is read-only: Vue would assign the element's getter, which throws
export const readOnly: Props = { state: 'connected' };

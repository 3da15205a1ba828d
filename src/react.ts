import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { TAVUS_EVENT_NAMES, type TavusEventMap, type TavusEventName } from './events.js';
import { TavusDeployment as TavusDeploymentElement } from './tavus-deployment.js';
import './define.js';

type Pascal<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Capitalize<Head>}${Pascal<Tail>}` : Capitalize<S>;

/** `tavus:state-change` → `onTavusStateChange`. */
type ReactEventProp<N extends TavusEventName> = N extends `tavus:${infer Name}` ? `onTavus${Pascal<Name>}` : never;

type ReactEvents = { [N in TavusEventName as ReactEventProp<N>]: EventName<TavusEventMap[N]> };

const reactEventProp = (name: string) =>
  name.replace(/^tavus:/, 'on-tavus-').replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());

const component = createComponent({
  tagName: 'tavus-deployment',
  elementClass: TavusDeploymentElement,
  react: React,
  events: Object.fromEntries(TAVUS_EVENT_NAMES.map((name) => [reactEventProp(name), name])) as ReactEvents,
});

/** Read-only properties are no props: React would assign the element's getter, which throws. */
type Props = Omit<React.ComponentPropsWithRef<typeof component>, 'state'>;

/**
 * `<TavusDeployment>` for React: properties as props (`deploymentId`,
 * `callFactory`, …) and every `tavus:*` event as a typed `onTavus…` prop.
 */
export const TavusDeployment: React.ForwardRefExoticComponent<Props> = component;

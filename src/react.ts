import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import type { TavusEventMap } from './events.js';
import { TavusDeployment as TavusDeploymentElement } from './tavus-deployment.js';
import './define.js';

/**
 * `<TavusDeployment>` for React: properties as props (`deploymentId`,
 * `callFactory`, …) and every `tavus:*` event as a typed `onTavus…` prop.
 */
export const TavusDeployment = createComponent({
  tagName: 'tavus-deployment',
  elementClass: TavusDeploymentElement,
  react: React,
  events: {
    onTavusReady: 'tavus:ready' as EventName<TavusEventMap['tavus:ready']>,
    onTavusStateChange: 'tavus:state-change' as EventName<TavusEventMap['tavus:state-change']>,
    onTavusConversationCreated: 'tavus:conversation-created' as EventName<TavusEventMap['tavus:conversation-created']>,
    onTavusConversationStarted: 'tavus:conversation-started' as EventName<TavusEventMap['tavus:conversation-started']>,
    onTavusConversationEnded: 'tavus:conversation-ended' as EventName<TavusEventMap['tavus:conversation-ended']>,
    onTavusError: 'tavus:error' as EventName<TavusEventMap['tavus:error']>,
    onTavusProtocolMessage: 'tavus:protocol-message' as EventName<TavusEventMap['tavus:protocol-message']>,
    onTavusToolCall: 'tavus:tool-call' as EventName<TavusEventMap['tavus:tool-call']>,
  },
});

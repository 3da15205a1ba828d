import 'tavus-deployment/define';
import type { TavusDeployment, TavusErrorCode, TavusEventName } from 'tavus-deployment';

const created: TavusDeployment = document.createElement('tavus-deployment');
created.deploymentId = 'd1';
created.memoryStores = ['m1'];
// @ts-expect-error memoryStores is a list, not the attribute's comma-separated string
created.memoryStores = 'm1,m2';

const found = document.querySelector('tavus-deployment');
found?.addEventListener('tavus:error', (e) => {
  const code: TavusErrorCode = e.detail.code;
  // @ts-expect-error the detail of tavus:error has no conversationId
  void e.detail.conversationId;
  return code;
});
found?.addEventListener('tavus:conversation-ended', (e) => e.detail.reason);
found?.addEventListener('tavus:state-change', ({ detail }) => {
  // @ts-expect-error 'live' is not a state
  if (detail.state === 'live') return;
});

export const names: TavusEventName[] = ['tavus:ready', 'tavus:tool-call'];
// @ts-expect-error events are namespaced: 'error' alone is not one of them
export const wrongName: TavusEventName = 'error';

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

// Talking to the replica.
created.sendMessage({ event_type: 'conversation.echo', properties: { modality: 'text', text: 'Hi' } });
created.respond('What are your hours?');
created.echo('Welcome back!');
created.interrupt();
created.overwriteContext('The visitor is on the pricing page.');
created.appendContext('They chose the Pro plan.');
created.setSensitivity({ pause: 'low', interrupt: 'auto' });
created.sendToolResult('call_1', { temperature: 21 });
created.sendToolResult('call_1', 'No such city', 'error');
// @ts-expect-error respond() takes the text itself
created.respond({ text: 'Hi' });
// @ts-expect-error 'loud' is no sensitivity level
created.setSensitivity({ pause: 'loud' });
// @ts-expect-error a message needs an event_type
created.sendMessage({ properties: {} });
// @ts-expect-error a tool result is a success or an error
created.sendToolResult('call_1', 'x', 'done');
// @ts-expect-error a tool's output is text or an object
created.sendToolResult('call_1', 42);

found?.addEventListener('tavus:utterance', ({ detail }) => {
  const role: 'user' | 'replica' = detail.role;
  // @ts-expect-error pal is reported as replica
  if (detail.role === 'pal') return;
  return detail.final && !detail.interrupted ? detail.text : role;
});
found?.addEventListener('tavus:speaking-change', ({ detail }) => detail.speaking satisfies boolean);
found?.addEventListener('tavus:tool-call', ({ detail }) => {
  const args = detail.args as { city: string } | undefined;
  detail.respond({ city: args?.city, temperature: 21 });
  detail.respond('Unknown city', 'error');
  // @ts-expect-error a tool result is a success or an error
  detail.respond('x', 'done');
  return detail.toolCallId satisfies string | undefined;
});
found?.addEventListener('tavus:before-start', (event) => {
  event.detail.conversationalContext = 'Visitor 42';
  event.detail.memoryStores.push('visitor-42');
  // @ts-expect-error memoryStores is a list
  event.detail.memoryStores = 'visitor-42';
  event.preventDefault();
});
found?.addEventListener('tavus:protocol-message', ({ detail }) => {
  if (detail.event_type === 'conversation.utterance') return detail.properties.speech;
  // @ts-expect-error only tool calls carry arguments
  if (detail.event_type === 'conversation.utterance.streaming') return detail.properties.arguments;
  return detail.inference_id;
});

export const names: TavusEventName[] = ['tavus:ready', 'tavus:tool-call', 'tavus:utterance', 'tavus:before-start'];
// @ts-expect-error events are namespaced: 'error' alone is not one of them
export const wrongName: TavusEventName = 'error';

import 'tavus-deployment/define';
import { settings } from '../../settings.js';

const toggle = document.querySelector<HTMLButtonElement>('#toggle')!;
const panel = document.querySelector<HTMLElement>('#panel')!;
const status = document.querySelector('#status')!;

// Removing the element ends its conversation: closing the panel needs no explicit end call.
toggle.addEventListener('click', () => {
  const open = panel.hidden;
  panel.hidden = !open;
  toggle.setAttribute('aria-expanded', String(open));
  toggle.textContent = open ? 'Close' : 'Talk to us';
  if (!open) {
    panel.replaceChildren();
    return;
  }
  const element = document.createElement('tavus-deployment');
  element.deploymentId = settings.deploymentId;
  element.baseUrl = settings.baseUrl;
  element.callFactory = settings.callFactory;
  element.addEventListener('tavus:state-change', (event) => {
    status.textContent = event.detail.state;
  });
  panel.append(element);
  void element.startConversation();
});

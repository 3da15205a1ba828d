import { useEffect, useRef, useState } from 'react';
import { TavusDeployment } from 'tavus-deployment/react';
import { settings } from '../../settings.js';

type TavusElement = HTMLElementTagNameMap['tavus-deployment'];

/** The conversation panel: starts when it opens, ends when it closes. */
function Conversation({ onState }: { onState: (state: string) => void }) {
  const ref = useRef<TavusElement>(null);

  useEffect(() => {
    const element = ref.current;
    void element?.startConversation();
    // Removal alone would end it on a real unmount; StrictMode's rehearsal unmount keeps the element in the DOM.
    return () => void element?.endConversation();
  }, []);

  return (
    <TavusDeployment
      ref={ref}
      deploymentId={settings.deploymentId}
      baseUrl={settings.baseUrl}
      callFactory={settings.callFactory}
      onTavusStateChange={(event) => onState(event.detail.state)}
      onTavusError={(event) => console.warn(event.detail.code, event.detail.message)}
    />
  );
}

export function App() {
  const [open, setOpen] = useState(false);
  const [state, setState] = useState('closed');

  return (
    <main>
      <h1>React</h1>
      <p>
        <code>tavus-deployment/react</code> wraps the element; the app runs under <code>StrictMode</code>.
      </p>
      <button
        type="button"
        id="toggle"
        className="primary"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {open ? 'Close' : 'Talk to us'}
      </button>
      <p id="status" role="status">
        {state}
      </p>
      {open && <Conversation onState={setState} />}
    </main>
  );
}

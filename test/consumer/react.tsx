import type {} from 'tavus-deployment/jsx';
import { useRef } from 'react';
import type { TavusDeployment as TavusDeploymentElement, TavusErrorCode } from 'tavus-deployment';
import { TavusDeployment } from 'tavus-deployment/react';

type OnCode = { onCode: (code: TavusErrorCode) => void };

export function Wrapped({ onCode }: OnCode) {
  const ref = useRef<TavusDeploymentElement>(null);
  return (
    <>
      <TavusDeployment
        ref={ref}
        deploymentId="d1"
        memoryStores={['m1']}
        onTavusError={(e) => onCode(e.detail.code)}
        onTavusConversationEnded={(e) => e.detail.reason}
        onTavusConversationStarted={() => ref.current?.appendContext('The visitor came from the pricing page.')}
        onTavusUtterance={(e) => e.detail.final && e.detail.text}
        onTavusSpeakingChange={(e) => e.detail.speaking}
        onTavusToolCall={(e) => e.detail.respond({ ok: true })}
        onTavusBeforeStart={(e) => {
          e.detail.conversationalContext = 'Visitor 42';
          if (!e.detail.memoryStores.length) e.preventDefault();
        }}
      />
      {/* @ts-expect-error the detail of tavus:utterance has no speech: it is text */}
      <TavusDeployment deploymentId="d1" onTavusUtterance={(e) => e.detail.speech} />
      {/* @ts-expect-error state is read-only */}
      <TavusDeployment deploymentId="d1" state="connected" />
      {/* @ts-expect-error the wrapper takes properties, not attributes */}
      <TavusDeployment deploymentId="d1" memoryStores="m1" />
    </>
  );
}

export function Plain({ onCode }: OnCode) {
  const ref = useRef<TavusDeploymentElement>(null);
  return (
    <>
      <tavus-deployment ref={ref} deployment-id="d1" base-url="http://127.0.0.1:4010" start-label="Talk" />
      <tavus-deployment
        ref={(el) => el?.deploymentId}
        deploymentId="d1"
        style={{ '--tavus-accent': '#000' }}
        ontavus:error={(e) => onCode(e.detail.code)}
        ontavus:state-change={(e) => e.detail.state}
        ontavus:utterance={(e) => e.detail.text}
        ontavus:before-start={(e) => e.preventDefault()}
        pal-id="p1"
      />
      {/* @ts-expect-error deployment-id is a string */}
      <tavus-deployment deployment-id={42} />
      {/* @ts-expect-error no such property (TypeScript lets any hyphenated attribute through, so a camelCase typo) */}
      <tavus-deployment deploymentID="d1" />
      {/* @ts-expect-error the detail of tavus:error has no conversationId */}
      <tavus-deployment ontavus:error={(e) => e.detail.conversationId} />
      {/* @ts-expect-error state is read-only: React would assign the element's getter, which throws */}
      <tavus-deployment state="connected" />
    </>
  );
}

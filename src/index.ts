export { TavusDeployment, type TavusPosition } from './tavus-deployment.js';
export { defineTavusDeployment } from './registration.js';
export { VERSION } from './version.js';
export { dailyCallFactory, dailyCallObjectFactory } from './daily-call.js';
export { TAVUS_EVENT_NAMES } from './events.js';
export type { CallAdapter, CallEventMap, CallEventName, CallFactory, CallMedia, MediaCallAdapter } from './call-adapter.js';
export type { TavusErrorCode } from './errors.js';
export type {
  TavusBeforeStartDetail,
  TavusConversationCreatedDetail,
  TavusConversationEndedDetail,
  TavusConversationStartedDetail,
  TavusErrorDetail,
  TavusEventDetailMap,
  TavusEventMap,
  TavusEventName,
  TavusMediaChangeDetail,
  TavusOpenChangeDetail,
  TavusReadyDetail,
  TavusSpeakingChangeDetail,
  TavusStateChangeDetail,
  TavusToolCallDetail,
  TavusUtteranceDetail,
} from './events.js';
export type {
  TavusLegacySpeakingMessage,
  TavusOutgoingMessage,
  TavusPerceptionAnalysisMessage,
  TavusPerceptionToolCallMessage,
  TavusProtocolEnvelope,
  TavusProtocolMessage,
  TavusProtocolRole,
  TavusSensitivity,
  TavusSensitivityLevel,
  TavusSpeaker,
  TavusSpeakingMessage,
  TavusStreamingUtteranceMessage,
  TavusSystemMessage,
  TavusToolCallMessage,
  TavusToolOutput,
  TavusToolResultStatus,
  TavusUtteranceMessage,
} from './protocol/messages.js';
export type { EndReason, StateName } from './session/session-state.js';
export type { StringKey as TavusStringKey, StringTable as TavusStrings } from './strings/localize.js';

/** A `conversation.tool_call` from the replica, as re-fired by `tavus:tool-call`. */
export interface ToolCall {
  name: string;
  /** The tool's arguments exactly as Tavus sent them (a JSON string). */
  arguments: string;
  toolCallId: string | undefined;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
}

/** The Interactions Protocol's `event_type` of a Daily app-message, if it has one. */
export function eventType(data: unknown): string | undefined {
  const type = record(data)?.['event_type'];
  return typeof type === 'string' ? type : undefined;
}

/** Reads a tool call out of an app-message; `undefined` for anything else. */
export function toolCallFrom(data: unknown): ToolCall | undefined {
  if (eventType(data) !== 'conversation.tool_call') return undefined;
  const message = record(data);
  const properties = record(message?.['properties']);
  const name = properties?.['name'];
  if (typeof name !== 'string') return undefined;
  const args = properties?.['arguments'];
  const id = message?.['tool_call_id'] ?? properties?.['tool_call_id'];
  return {
    name,
    arguments: typeof args === 'string' ? args : JSON.stringify(args ?? {}),
    toolCallId: typeof id === 'string' ? id : undefined,
  };
}

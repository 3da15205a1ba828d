/**
 * What the page's protocol methods throw without a joined call, as
 * `WebSocket.send()` does before the socket opens. A module of its own: the
 * element throws it before the engine (which sends) is even loaded.
 */
export function notConnected(): DOMException {
  return new DOMException('No conversation is connected: wait for tavus:conversation-started.', 'InvalidStateError');
}

/** What {@link withTimeout} rejects with when time runs out. */
export const TIMED_OUT = Symbol('timed out');

/** `promise`, or a rejection with {@link TIMED_OUT} after `ms`. */
export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(TIMED_OUT), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

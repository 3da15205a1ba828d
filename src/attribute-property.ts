/**
 * Defines `name` on `host` itself as its attribute (`attribute`, else `name`; so reflected by construction), for a
 * property that the first script can't spare the bytes to declare and a lazy chunk defines. A value the page set
 * before the chunk arrived is taken over.
 */
export function defineAttributeProperty<T>(
  host: HTMLElement,
  name: string,
  read: (attribute: string | null) => T,
  write: (value: T) => string | null,
  attribute = name,
): void {
  const early = Object.getOwnPropertyDescriptor(host, name);
  Object.defineProperty(host, name, {
    configurable: true,
    enumerable: true,
    get: () => read(host.getAttribute(attribute)),
    set: (value: T) => {
      const text = write(value);
      if (text === null) host.removeAttribute(attribute);
      else host.setAttribute(attribute, text);
    },
  });
  if (early && 'value' in early) (host as unknown as Record<string, T>)[name] = early.value as T;
}

import type { ReactiveElement } from 'lit';
import { defineAttributeProperty } from '../attribute-property.js';

export interface StartPropertiesHost extends ReactiveElement {
  skipPreJoin: boolean;
  callUi: 'custom' | 'prebuilt';
}

/**
 * `skipPreJoin` and `callUi`, which the first script can't spare the bytes to declare: defined here on the element
 * itself, as their attributes. Only a start reads them, and a start waits for this chunk.
 */
export function defineStartProperties(host: StartPropertiesHost): void {
  defineAttributeProperty<boolean>(host, 'skipPreJoin', (attribute) => attribute !== null, (skip) => (skip ? '' : null), 'skip-pre-join');
  defineAttributeProperty<string | null | undefined>(
    host,
    'callUi',
    (attribute) => (attribute === 'prebuilt' ? attribute : 'custom'),
    (value) => value ?? null,
    'call-ui',
  );
}

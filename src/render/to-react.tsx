import { createElement, type ReactElement } from 'react';
import type { SvgEl } from './svg-tree.ts';

// React wants camelCase for hyphenated SVG presentation attributes (stroke-width → strokeWidth), but not for data-*
// and aria-*; `class` is `className`.
const reactName = (name: string) =>
  name === 'class'
    ? 'className'
    : name.startsWith('data-') || name.startsWith('aria-')
      ? name
      : name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * Turns a drawing into React elements. Text goes in as children, so React escapes it: never markup. `extra` props
 * (a ref, handlers) go on the top element only.
 */
export function toReact(node: SvgEl, key?: string | number, extra?: Record<string, unknown>): ReactElement {
  const props: Record<string, unknown> = { key, ...extra };
  for (const [name, value] of Object.entries(node.attrs ?? {})) if (value !== undefined) props[reactName(name)] = value;
  if (node.text !== undefined) return createElement(node.tag, props, node.text);
  return createElement(node.tag, props, ...(node.children ?? []).map((c, i) => toReact(c, i)));
}

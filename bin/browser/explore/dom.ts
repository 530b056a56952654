/**
 * Building the page's elements. Text goes in as text (textContent), never as markup: names,
 * sources and notes come from scenario files people did not all write themselves.
 */

type Attributes = Readonly<Record<string, string | undefined>>;

/** An element with attributes (those given as undefined are left out) and children, text as text. */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const made = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) made.setAttribute(name, value);
  made.append(...children);
  return made;
}

/** The element with this id, which the page built itself: its absence is a bug. */
export function byId<T extends HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (found === null) throw new Error(`the explore page has no element #${id}`);
  return found as T;
}

/** An id from any text: the characters an id selector needs no escaping for. */
export function idOf(...parts: string[]): string {
  return parts.join('-').replace(/[^A-Za-z0-9_-]/g, '_');
}

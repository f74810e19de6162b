/**
 * Building DOM nodes without HTML strings. Every string child becomes a Text node, so document text (untrusted: it
 * comes from ingested readouts) is always inserted as text, never parsed as markup. There is deliberately no way to
 * set `innerHTML` through this module.
 */

/** A child of {@link h}: a node, text (inserted as a Text node), or nothing (skipped). */
export type Child = Node | string | number | null | undefined | false | readonly Child[];

/** Attributes of {@link h}. `class` may be a list; `on*` functions become event listeners; `false`/`null` omit. */
export type Attributes = Record<string, string | number | boolean | null | undefined | readonly (string | false | null | undefined)[] | EventListener>;

/** An HTML element with attributes and children. Attribute names are set with `setAttribute` (never `style`). */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  applyAttributes(element, attributes);
  append(element, children);
  return element;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG element with attributes and children. */
export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: Child[]): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG_NS, tag);
  applyAttributes(element, attributes);
  append(element, children);
  return element;
}

function applyAttributes(element: Element, attributes: Attributes): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'style') throw new Error('inline style attributes are refused by the CSP; use a class');
    if (typeof value === 'function') {
      element.addEventListener(name.slice(2).toLowerCase(), value);
    } else if (Array.isArray(value)) {
      const names = value.filter((v): v is string => typeof v === 'string' && v !== '');
      if (names.length > 0) element.setAttribute(name, names.join(' '));
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
}

/** Appends children (text as Text nodes) to `parent`. */
export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child as readonly Child[]);
    else if (typeof child === 'string' || typeof child === 'number') parent.appendChild(document.createTextNode(String(child)));
    else parent.appendChild(child as Node);
  }
}

/** Replaces every child of `parent` with `children`. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

// Building page content for the search page and the find tool. Everything goes through DOM methods: strings
// become text nodes, never HTML, so nothing typed or loaded can become markup; and attributes are set one by one
// rather than as inline style, so the Content-Security-Policy needs no exceptions.

/** An element with attributes and children; strings become text, and null, false or '' children are left out. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children.flat(Infinity).filter((child) => child !== null && child !== undefined && child !== false && child !== ''));
  return node;
}

/** A link with text. */
export function link(href, text, attrs = {}) {
  return el('a', { ...attrs, href }, text);
}

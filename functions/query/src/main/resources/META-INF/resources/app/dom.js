// Building the page. Every text that comes from the API (filing texts above all: they are untrusted input from
// whoever uploaded the filing) enters the page as a Text node, never as markup: nothing here assigns innerHTML.

/**
 * An element with attributes and children. Children are nodes, or strings and numbers that become text;
 * null, undefined and false are skipped, arrays are flattened. Attributes starting with "on" are listeners.
 */
export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2).toLowerCase(), value);
    } else if ((name === 'href' || name === 'src') && !safeUrl(value)) {
      throw new Error(`refusing a ${name} that is neither a relative nor an http(s) URL`);
    } else if (name === 'class') {
      element.className = value;
    } else if (value === true) {
      element.setAttribute(name, '');
    } else {
      element.setAttribute(name, String(value));
    }
  }
  append(element, children);
  return element;
}

/** Relative URLs, in-page routes and http(s) only: never javascript: or data: from whatever a filing says. */
function safeUrl(value) {
  const url = new URL(String(value), document.baseURI);
  return url.protocol === 'http:' || url.protocol === 'https:';
}

export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) {
      continue;
    }
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Replaces an element's content. */
export function replace(parent, ...children) {
  parent.replaceChildren();
  return append(parent, children);
}

/** A description list of facts; facts without a value are left out. */
export function facts(entries) {
  const shown = entries.filter(([, value]) => value !== undefined && value !== null && value !== '');
  return el('dl', { class: 'facts' }, shown.map(([term, value]) => [el('dt', {}, term), el('dd', {}, value)]));
}

const NUMBER = new Intl.NumberFormat('en-US');

export function number(value) {
  return NUMBER.format(value);
}

/** 1234567 -> "1.2 MB". */
export function bytes(value) {
  if (value === null || value === undefined) {
    return '';
  }
  const units = ['bytes', 'KB', 'MB', 'GB'];
  let size = value;
  let unit = 0;
  while (size >= 1000 && unit < units.length - 1) {
    size /= 1000;
    unit++;
  }
  return unit === 0 ? `${value} bytes` : `${size.toFixed(size < 10 ? 1 : 0)} ${units[unit]}`;
}

/** "2024-05-02T16:15:30" -> "2024-05-02 16:15:30"; dates stay as the API wrote them (YYYY-MM-DD). */
export function dateTime(value) {
  return value ? String(value).replace('T', ' ').replace(/\.\d+/, '').replace(/Z$/, ' UTC') : '';
}

/** The page's one status line, read out by screen readers. */
export function announce(message) {
  const status = document.getElementById('status');
  if (status) {
    status.textContent = message;
  }
}

// Each view has a URL of its own, in the fragment: "#/filings/0000950134-00-009581", "#/filings?form=8-K".
// The fragment never reaches the server, so the one page at "/" serves every view, and the paths cannot collide
// with the API's own (/filings/{id} is JSON). Bookmarks and the back button work as with any link.

/** The current route: the path's segments (decoded) and its parameters. */
export function current() {
  const hash = location.hash.startsWith('#/') ? location.hash.slice(1) : '/';
  const [pathPart, queryPart = ''] = hash.split('?');
  const segments = pathPart.split('/').filter(Boolean).map(decodeURIComponent);
  return { segments, params: new URLSearchParams(queryPart) };
}

/** The href of a view: route('filings', id) -> "#/filings/ID"; parameters that are empty are left out. */
export function route(...parts) {
  let parameters = {};
  if (parts.length && typeof parts[parts.length - 1] === 'object') {
    parameters = parts.pop();
  }
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(parameters)) {
    if (value !== undefined && value !== null && value !== '') {
      query.set(name, value);
    }
  }
  const path = '#/' + parts.map((part) => encodeURIComponent(part)).join('/');
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** Goes to a view, as following a link would (a history entry the back button returns from). */
export function go(href) {
  if (location.hash === href) {
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    location.hash = href;
  }
}

/** True when the fragment is a view's URL (and not an in-page anchor such as the skip link's). */
export function isRoute(hash) {
  return hash === '' || hash === '#' || hash.startsWith('#/');
}

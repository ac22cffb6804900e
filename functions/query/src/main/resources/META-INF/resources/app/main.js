// The dashboard: reads the route from the URL's fragment and renders its view into <main>.
import { current, isRoute } from './router.js';
import { el, replace } from './dom.js';
import { heading, renderAuth } from './ui.js';
import { token } from './api.js';
import { overview } from './views/overview.js';
import { filings } from './views/filings.js';
import { filing } from './views/filing.js';
import { company } from './views/company.js';
import { failures } from './views/failures.js';

const main = document.getElementById('main');
let active = null;

/**
 * One rendering of a view. A view awaits the API; when the user has moved on meanwhile it is stale and must not
 * touch the page. Cleanups (a chart's observers) run when the next view starts.
 */
class View {
  constructor() {
    this.cleanups = [];
    this.focused = false;
  }

  stale() {
    return active !== this;
  }

  onLeave(cleanup) {
    this.cleanups.push(cleanup);
  }

  leave() {
    this.cleanups.forEach((cleanup) => cleanup());
  }
}

function render() {
  if (!isRoute(location.hash)) {
    return; // an in-page anchor, not a view
  }
  if (active) {
    active.leave();
  }
  const view = new View();
  const previous = active;
  active = view;
  // Busy until the view has what it needs: screen readers wait, and tests know when a view is done.
  main.setAttribute('aria-busy', 'true');
  delete main.dataset.route;
  const { segments, params } = current();
  const [first, second] = segments;
  highlight(first || 'overview');
  document.title = `${titleOf(first)} · EDGAR Live`;
  let rendering;
  if (!first) {
    rendering = overview(main, params, view);
  } else if (first === 'filings' && !second) {
    rendering = filings(main, params, view);
  } else if (first === 'filings' && segments.length === 2) {
    rendering = filing(main, second, params, view);
  } else if (first === 'companies' && segments.length === 2) {
    rendering = company(main, second, view);
  } else if (first === 'failures' && !second) {
    rendering = failures(main, params, view);
  } else {
    replace(main, heading('No such page'), el('p', {}, 'The dashboard has no view at this address. ',
      el('a', { href: '#/' }, 'Go to the overview.')));
    rendering = Promise.resolve();
  }
  // Move focus to the new view's heading (not on the first load: the page starts at its top anyway).
  if (previous && !view.focused) {
    focusHeading(view);
  }
  rendering.catch((error) => console.error('view failed', error)).finally(() => {
    if (view.stale()) {
      return;
    }
    main.setAttribute('aria-busy', 'false');
    main.dataset.route = location.hash || '#/';
    if (previous && !view.focused) {
      focusHeading(view);
    }
  });
}

function focusHeading(view) {
  const title = document.getElementById('view-heading');
  if (title && !view.stale()) {
    title.focus({ preventScroll: false });
  }
}

function titleOf(first) {
  return { filings: 'Filings', companies: 'Company', failures: 'Failures' }[first] || 'Overview';
}

function highlight(name) {
  for (const link of document.querySelectorAll('[data-nav]')) {
    if (link.dataset.nav === name || (name === 'companies' && link.dataset.nav === 'filings')) {
      link.setAttribute('aria-current', 'page');
    } else {
      link.removeAttribute('aria-current');
    }
  }
}

/**
 * A sign-in through the identity provider's hosted page (OAuth implicit flow) comes back with the token in the
 * fragment: keep it for this tab and clear it from the address bar and history.
 */
function takeTokenFromRedirect() {
  const fragment = new URLSearchParams(location.hash.slice(1));
  const bearer = fragment.get('access_token') || fragment.get('id_token');
  if (bearer && !location.hash.startsWith('#/')) {
    token.set(bearer);
    history.replaceState(null, '', `${location.pathname}${location.search}#/`);
  }
}

document.querySelector('.skip').addEventListener('click', (event) => {
  event.preventDefault();
  main.focus();
});
takeTokenFromRedirect();
renderAuth();
window.addEventListener('hashchange', render);
render();

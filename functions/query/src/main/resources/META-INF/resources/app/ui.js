// Pieces every view uses: the loading and error states, the pager, the sign-in form, item and company links.
import { ApiError, token } from './api.js';
import { el, announce } from './dom.js';
import { route, go } from './router.js';

/** A view's heading, focused on arrival so that keyboard and screen reader users start at the new content. */
export function heading(text, ...rest) {
  return el('h1', { tabindex: '-1', id: 'view-heading' }, text, ...rest);
}

export function loading(what) {
  announce(`Loading ${what}…`);
  return el('p', { class: 'loading', 'aria-busy': 'true' }, el('span', { class: 'spinner', 'aria-hidden': 'true' }),
    `Loading ${what}…`);
}

/**
 * An error in words: the API's problem detail, never its JSON. A 401/403 offers the sign-in form; anything that may
 * pass (network, 5xx) a retry.
 */
export function failure(error, retry) {
  const apiError = error instanceof ApiError ? error : new ApiError(0, 'Something went wrong', error.message);
  announce(apiError.sentence);
  const panel = el('div', { class: 'problem', role: 'alert' },
    el('p', { class: 'problem-title' }, apiError.sentence));
  if (apiError.parameter) {
    panel.append(el('p', {}, `The parameter at fault: ${apiError.parameter}.`));
  }
  if (apiError.needsSignIn) {
    panel.append(el('p', {}, 'This API asks who you are. Paste an access token (a JWT from the identity provider ' +
      'the API trusts) to sign in for this browser tab.'), signInForm(retry));
  } else if ((apiError.status === 0 || apiError.status >= 500) && retry) {
    panel.append(el('button', { type: 'button', onclick: retry }, 'Try again'));
  }
  return panel;
}

/** A token field: the token goes into this tab's session storage and into each API request's Authorization. */
export function signInForm(then) {
  const input = el('input', { id: 'token', name: 'token', type: 'password', autocomplete: 'off', required: true,
    spellcheck: 'false' });
  return el('form', { class: 'sign-in', onsubmit: (event) => {
    event.preventDefault();
    token.set(input.value);
    renderAuth();
    if (then) {
      then();
    }
  } }, el('label', { for: 'token' }, 'Access token'), input, el('button', { type: 'submit' }, 'Sign in'));
}

/** The header's "Signed in · Sign out" while a token is set. */
export function renderAuth() {
  const slot = document.getElementById('auth');
  if (!slot) {
    return;
  }
  slot.replaceChildren();
  if (token.get()) {
    slot.append(el('span', {}, 'Signed in with a token'), el('button', { type: 'button', class: 'link',
      onclick: () => { token.set(null); renderAuth(); go(location.hash || '#/'); } }, 'Sign out'));
  }
}

/**
 * Newer/older links for a cursor-paged list. The API pages forward only, so the way back is remembered per tab:
 * each cursor maps to the cursor of the page before it.
 */
export function pager(makeHref, cursor, nextCursor, shown) {
  const previous = cursor ? previousCursors().get(cursor) : undefined;
  if (nextCursor) {
    rememberPrevious(nextCursor, cursor || '');
  }
  const links = [];
  if (cursor) {
    // The second page's way back is the first page ('' remembered): its "Newer" is the first page itself.
    if (previous !== '') {
      links.push(el('a', { href: makeHref(undefined), class: 'button' }, '« First page'));
    }
    if (previous !== undefined) {
      links.push(el('a', { href: makeHref(previous || undefined), class: 'button', rel: 'prev' }, '‹ Newer'));
    }
  }
  if (nextCursor) {
    links.push(el('a', { href: makeHref(nextCursor), class: 'button', rel: 'next' }, 'Older ›'));
  }
  return el('nav', { class: 'pager', 'aria-label': 'Pages' },
    el('span', { class: 'muted' }, shown === 0 ? 'Nothing here.' : `${shown} shown${nextCursor ? ', more follow' : ''}`),
    links);
}

const PREVIOUS_KEY = 'edgar-live.previous-cursors';

function previousCursors() {
  try {
    return new Map(JSON.parse(sessionStorage.getItem(PREVIOUS_KEY) || '[]'));
  } catch (unreadable) {
    return new Map();
  }
}

function rememberPrevious(next, current) {
  const map = previousCursors();
  map.set(next, current);
  // Keep the last few hundred: a cursor is ~100 characters.
  const entries = [...map.entries()].slice(-300);
  sessionStorage.setItem(PREVIOUS_KEY, JSON.stringify(entries));
}

export function filingLink(summary, text) {
  return el('a', { href: route('filings', summary.id) }, text || summary.accessionNumber || summary.id);
}

export function companyLink(cik, name) {
  return cik ? el('a', { href: route('companies', String(Number(cik))) }, name || `CIK ${cik}`) : (name || '');
}

/** Item codes as small labels that name the item ("5.02 Officer changes"). */
export function itemChips(codes, catalog, formType) {
  if (!codes || codes.length === 0) {
    return el('span', { class: 'muted' }, '—');
  }
  return el('ul', { class: 'chips' }, codes.map((code) => el('li', { title: catalog.title(code, formType) || null },
    catalog.label(code, formType))));
}

// The API, as the dashboard reads it: JSON in, ApiError out. Paths are relative to the page, so the dashboard
// works wherever the API is mounted (localhost, an API Gateway stage, a custom domain's base path).

const TOKEN_KEY = 'edgar-live.token';
const CACHE_LIMIT = 200;
const cache = new Map();
/** Over HTTP/2 a response has no status text: name the statuses an API behind API Gateway answers with. */
const STATUS_TITLES = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 413: 'Content Too Large',
  429: 'Too Many Requests', 500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** An answer other than 2xx, in words: RFC 9457 problem fields where the API sent them. */
export class ApiError extends Error {
  constructor(status, title, detail, parameter, path) {
    super(detail || title);
    this.status = status;
    this.title = title;
    this.detail = detail;
    this.parameter = parameter;
    this.path = path;
  }

  /** A sentence for people: "Not Found: No filing has the id '…'." */
  get sentence() {
    const head = this.status ? `${this.title || 'Error'} (${this.status})` : this.title;
    return this.detail ? `${head}: ${this.detail}` : `${head}.`;
  }

  get needsSignIn() {
    return this.status === 401 || this.status === 403;
  }
}

/** The bearer token for an API deployed with ApiAuth=JWT; kept for this browser tab only. */
export const token = {
  get: () => sessionStorage.getItem(TOKEN_KEY),
  set: (value) => {
    if (value) {
      sessionStorage.setItem(TOKEN_KEY, value.trim());
    } else {
      sessionStorage.removeItem(TOKEN_KEY);
    }
    cache.clear();
  },
};

/**
 * GET a JSON resource. Answers are cached for the tab's life (filings do not change under an id often, and the
 * back button should be instant); pass fresh to skip the cache.
 */
export async function get(path, { fresh = false, signal } = {}) {
  if (!fresh && cache.has(path)) {
    return cache.get(path);
  }
  const headers = { Accept: 'application/json' };
  const bearer = token.get();
  if (bearer) {
    headers.Authorization = `Bearer ${bearer}`;
  }
  let response;
  try {
    response = await fetch(path, { headers, signal });
  } catch (failure) {
    if (failure.name === 'AbortError') {
      throw failure;
    }
    throw new ApiError(0, 'The API could not be reached', 'check that it runs and try again', null, path);
  }
  if (!response.ok) {
    throw await problemOf(response, path);
  }
  const body = await response.json();
  if (cache.size >= CACHE_LIMIT) {
    cache.delete(cache.keys().next().value);
  }
  cache.set(path, body);
  return body;
}

/** A path with its query string; parameters that are empty are left out. */
export function path(base, parameters = {}) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(parameters)) {
    if (value !== undefined && value !== null && value !== '') {
      query.set(name, value);
    }
  }
  const text = query.toString();
  if (!text) {
    return base;
  }
  return `${base}${base.includes('?') ? '&' : '?'}${text}`;
}

/** Runs tasks with at most `limit` in flight: the browser and the API share a handful of connections. */
export async function inParallel(tasks, limit = 6) {
  const results = new Array(tasks.length);
  let next = 0;
  async function worker() {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]();
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

async function problemOf(response, path) {
  const title = response.statusText || STATUS_TITLES[response.status] || 'Error';
  const type = response.headers.get('Content-Type') || '';
  if (type.includes('json')) {
    try {
      // A problem document from the API, or API Gateway's own {"message": "..."}.
      const problem = await response.json();
      return new ApiError(response.status, problem.title || title, problem.detail || problem.message,
        problem.parameter, path);
    } catch (notJson) {
      // fall through to the status line
    }
  }
  return new ApiError(response.status, title, null, null, path);
}

// Uploads that did not become filings, with the reason the ingest function recorded (GET /failures).
import { get, path } from '../api.js';
import { el, replace, bytes, dateTime, announce } from '../dom.js';
import { route, go } from '../router.js';
import { heading, loading, failure, pager } from '../ui.js';

export async function failures(main, params, view) {
  const cursor = params.get('cursor') || undefined;
  const filter = { from: params.get('from') || '', to: params.get('to') || '', limit: params.get('limit') || '' };
  const results = el('div', {}, loading('recent ingest failures'));
  replace(main, heading('Ingest failures'),
    el('p', { class: 'lead' }, 'Uploads that did not become filings, newest first, with the reason the ingest '
      + 'function gave. The objects stay in the bucket: fix or replace one and upload it again.'),
    results);
  try {
    const page = await get(path('failures', { ...filter, limit: filter.limit || 50, cursor }));
    if (view.stale()) {
      return;
    }
    const rows = page.items || [];
    replace(results,
      rows.length ? failureTable(rows) : el('p', { class: 'note' }, 'No failures recorded: every upload became a filing.'),
      pager((next) => route('failures', { ...filter, cursor: next }), cursor, page.nextCursor, rows.length));
    announce(`${rows.length} failures shown.`);
  } catch (error) {
    if (view.stale()) {
      return;
    }
    if (error.status === 404 && !error.detail) {
      replace(results, el('div', { class: 'note', role: 'note' },
        el('p', {}, el('strong', {}, 'This API does not list ingest failures yet'),
          ' (GET /failures answered 404 Not Found).'),
        el('p', {}, 'Failures are still recorded with their reasons, and the ingest function logs each one as a '
          + 'FAILED line with reason= (bin/local prints them). This view lists them once the API serves '
          + 'GET /failures.')));
      announce('This API does not list ingest failures yet.');
    } else {
      replace(results, failure(error, () => go(location.hash)));
    }
  }
}

function failureTable(rows) {
  return el('table', { class: 'list' },
    el('caption', { class: 'visually-hidden' }, 'Ingest failures, newest first'),
    el('thead', {}, el('tr', {}, ['When', 'Object', 'Size', 'Reason'].map((name) => el('th', { scope: 'col' }, name)))),
    el('tbody', {}, rows.map((row) => el('tr', {},
      el('td', { 'data-label': 'When' }, dateTime(row.at)),
      el('td', { 'data-label': 'Object' }, el('code', {}, row.key)),
      el('td', { 'data-label': 'Size' }, bytes(row.size)),
      el('td', { 'data-label': 'Reason', class: 'reason' }, row.reason)))));
}

// Uploads that did not become filings, with the reason the ingest function recorded (GET /failures): newest first,
// paged with the API's cursors, each reason in words.
import { get, path } from '../api.js';
import { el, replace, bytes, dateTime, announce } from '../dom.js';
import { route, go } from '../router.js';
import { heading, loading, failure, pager } from '../ui.js';

/** Words a reason code spells that are not lower-case words. */
const PROPER = { aws: 'AWS', edgar: 'EDGAR', sec: 'SEC', gzip: 'gzip', zip: 'zip', tar: 'tar', xml: 'XML' };

export async function failures(main, params, view) {
  const cursor = params.get('cursor') || undefined;
  const filter = { from: params.get('from') || '', to: params.get('to') || '', limit: params.get('limit') || '' };
  const results = el('div', {}, loading('recent ingest failures'));
  replace(main, heading('Ingest failures'),
    el('p', { class: 'lead' }, 'Uploads that did not become filings, newest first, with the reason the ingest '
      + 'function gave. The objects stay in the bucket: fix or replace one and upload it again.'),
    results);
  try {
    const page = await get(path('failures', { ...filter, limit: filter.limit || 50, cursor }), { fresh: true });
    if (view.stale()) {
      return;
    }
    const rows = page.items || [];
    replace(results,
      rows.length ? failureTable(rows) : el('p', { class: 'note' }, 'No failures recorded: every upload became a filing.'),
      pager((next) => route('failures', { ...filter, cursor: next }), cursor, page.nextCursor, rows.length));
    announce(`${rows.length} failures shown.`);
  } catch (error) {
    if (!view.stale()) {
      replace(results, failure(error, () => go(location.hash)));
    }
  }
}

/**
 * A recorded reason, "NOT_A_FILING: no EDGAR envelope ... was found", as words: "Not a filing", the message, and the
 * code (what the ingest function's log lines and alarms name) kept beside them. Any code reads this way, so a
 * reason the ingest function learns later needs no change here.
 */
export function reasonInWords(reason) {
  const coded = /^([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*):\s*([\s\S]*)$/.exec(reason || '');
  if (!coded) {
    return { title: reason || 'No reason was recorded', message: '', code: null };
  }
  const words = coded[1].toLowerCase().split('_').map((word) => PROPER[word] || word).join(' ');
  return { title: words.charAt(0).toUpperCase() + words.slice(1), message: coded[2], code: coded[1] };
}

function failureTable(rows) {
  return el('table', { class: 'list' },
    el('caption', { class: 'visually-hidden' }, 'Ingest failures, newest first'),
    el('thead', {}, el('tr', {}, ['When', 'Object', 'Size', 'Reason'].map((name) => el('th', { scope: 'col' }, name)))),
    el('tbody', {}, rows.map((row) => el('tr', {},
      el('td', { 'data-label': 'When' }, dateTime(row.at)),
      el('td', { 'data-label': 'Object' }, el('code', {}, row.key)),
      el('td', { 'data-label': 'Size' }, bytes(row.size)),
      el('td', { 'data-label': 'Reason', class: 'reason' }, reasonCell(row.reason))))));
}

function reasonCell(reason) {
  const { title, message, code } = reasonInWords(reason);
  return [el('strong', {}, title), message ? `: ${message}` : '',
    code ? el('small', { class: 'muted' }, ` (${code})`) : ''];
}

// A company: what its latest filing says of it, and its filings over time.
import { get, path } from '../api.js';
import { el, append, replace, facts, number, announce } from '../dom.js';
import { route, go } from '../router.js';
import { catalogOrCodes } from '../catalog.js';
import { heading, loading, failure, filingLink, itemChips } from '../ui.js';
import { tabulate, stackedBars, totalsTable } from '../chart.js';
import { address } from './filing.js';

/** The chart reads at most this many of a company's filings (pages of the API's largest size). */
const MAX_FILINGS = 2000;
const PAGE = 500;
const LATEST_SHOWN = 25;

export async function company(main, cik, view) {
  replace(main, heading(`Company ${cik}`), loading('the company'));
  let profile;
  try {
    profile = await get(`companies/${encodeURIComponent(cik)}`);
  } catch (error) {
    if (!view.stale()) {
      replace(main, heading('Company not shown'), failure(error, () => go(location.hash)));
    }
    return;
  }
  if (view.stale()) {
    return;
  }
  document.title = `${profile.name || cik} · EDGAR Live`;
  const filingsSlot = el('div', {}, loading('its filings'));
  replace(main,
    heading(profile.name || `CIK ${profile.cik}`, el('span', { class: 'sub' }, ` CIK ${profile.cik}`)),
    el('section', { class: 'card', 'aria-labelledby': 'h-profile' }, el('h2', { id: 'h-profile' }, 'Profile'),
      facts([
        ['Industry (SIC)', profile.sic],
        ['State of incorporation', profile.stateOfIncorporation],
        ['Fiscal year end', profile.fiscalYearEnd],
        ['IRS number', profile.irsNumber],
        ['File number', profile.fileNumber],
        ['Business address', address(profile.businessAddress)],
        ['Mail address', address(profile.mailAddress)],
        ['Phone', profile.phone],
        ['Former names', (profile.formerNames || []).map((former) =>
          `${former.name}${former.changedOn ? ` (until ${former.changedOn})` : ''}`).join('; ')],
        ['As of', profile.fromFiling ? el('span', {}, `${profile.asOf || ''} `,
          el('a', { href: route('filings', profile.fromFiling) }, 'the filing these facts come from')) : profile.asOf],
      ])),
    filingsSlot);

  try {
    const [known, [rows, more]] = await Promise.all([
      catalogOrCodes(), allFilings(profile.cik)]);
    if (view.stale()) {
      return;
    }
    drawFilings(filingsSlot, profile, rows, more, known, view);
    announce(`${profile.name}: ${rows.length} filings.`);
  } catch (error) {
    if (!view.stale()) {
      replace(filingsSlot, failure(error, () => go(location.hash)));
    }
  }
}

async function allFilings(cik) {
  const rows = [];
  let cursor;
  do {
    const page = await get(path(`companies/${cik}/filings`, { limit: PAGE, cursor }));
    rows.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor && rows.length < MAX_FILINGS);
  return [rows, Boolean(cursor)];
}

function drawFilings(slot, profile, rows, more, known, view) {
  const dated = rows.filter((row) => row.filedDate);
  const section = el('section', { 'aria-labelledby': 'h-filings' }, el('h2', { id: 'h-filings' }, 'Filings over time'));
  if (dated.length) {
    const from = `${dated[dated.length - 1].filedDate.slice(0, 4)}-01-01`;
    const to = `${dated[0].filedDate.slice(0, 4)}-12-31`;
    const byForm = new Map();
    for (const row of dated) {
      const days = byForm.get(row.formType) || new Map();
      days.set(row.filedDate, (days.get(row.filedDate) || 0) + 1);
      byForm.set(row.formType, days);
    }
    const series = [...byForm.entries()].map(([form, days]) => ({ key: form, label: form,
      days: [...days.entries()].map(([day, count]) => ({ day, count })) }));
    const table = tabulate(series, from, to, 'month');
    const figure = el('figure', { class: 'chart', 'aria-label': 'Stacked bar chart of this company\'s filings per '
      + 'month by form; the table below lists the same counts.' });
    append(section, [
      more ? el('p', { class: 'note' }, `The chart counts the latest ${number(rows.length)} filings.`) : null,
      figure,
      totalsTable(table, `${profile.name}'s filings by form, ${from.slice(0, 4)} to ${to.slice(0, 4)}`,
        (one) => route('filings', { cik: Number(profile.cik), form: one.key }))]);
    const plot = stackedBars(figure, table, { bucket: 'month' });
    view.onLeave(() => plot.destroy());
  }
  const latest = rows.slice(0, LATEST_SHOWN);
  append(section, [el('h3', {}, 'Latest filings'),
    latest.length ? el('table', { class: 'list' },
      el('thead', {}, el('tr', {}, ['Filed', 'Form', 'Items', 'Filing'].map((name) => el('th', { scope: 'col' }, name)))),
      el('tbody', {}, latest.map((row) => el('tr', {},
        el('td', { 'data-label': 'Filed' }, row.filedDate || el('span', { class: 'muted' }, 'undated')),
        el('td', { 'data-label': 'Form' }, row.formType || ''),
        el('td', { 'data-label': 'Items' }, itemChips(row.itemCodes, known, row.formType)),
        el('td', { 'data-label': 'Filing' }, filingLink(row))))))
      : el('p', { class: 'muted' }, 'No filings stored.'),
    rows.length > LATEST_SHOWN
      ? el('p', {}, el('a', { href: route('filings', { cik: Number(profile.cik) }) }, `All ${more ? '' : number(rows.length) + ' '}filings of this company ›`))
      : null]);
  replace(slot, section);
}

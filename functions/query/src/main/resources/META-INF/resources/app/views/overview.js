// The first screen: filings per day over a range, stacked by form or by 8-K item, from one
// GET /stats/daily?by=form (or by=item) that counts every form (or item) of the range at once.
import { get, path } from '../api.js';
import { el, replace, number, announce } from '../dom.js';
import { route, go } from '../router.js';
import { catalog } from '../catalog.js';
import { heading, loading, failure } from '../ui.js';
import { bucketFor, tabulate, stackedBars, totalsTable } from '../chart.js';

const DEFAULT_DAYS = 90;
const NEWEST_OF = ['8-K', '8-K/A', '10-K', '10-Q'];
const PRESETS = [['30 days', 30], ['90 days', 90], ['1 year', 365], ['5 years', 1826], ['10 years', 3660]];

export async function overview(main, params, view) {
  const by = params.get('by') === 'item' ? 'item' : 'form';
  // No forms named: every form filed in the range (the chart shows the largest and sums the rest as "Other").
  const forms = (params.get('forms') || '').split(',').map((f) => f.trim().toUpperCase()).filter(Boolean);
  replace(main, heading('Filings per day'), loading('the newest filing date'));

  let to = params.get('to');
  let from = params.get('from');
  if (!to) {
    // With no range asked for, end at the newest filing rather than today: a stack loaded with older filings
    // should not open on an empty chart.
    to = await newestFilingDate().catch(() => today());
  }
  if (!from) {
    from = addDays(to, -(DEFAULT_DAYS - 1));
  }
  if (view.stale()) {
    return;
  }
  const bucket = ['day', 'week', 'month'].includes(params.get('bucket')) ? params.get('bucket') : bucketFor(from, to);
  const settings = { by, forms, from, to, bucket };

  const chartSlot = el('div', { class: 'chart-slot' });
  replace(main, heading(`Filings per ${bucket}`, el('span', { class: 'sub' }, ` ${from} to ${to}`)),
    controls(settings), chartSlot);

  replace(chartSlot, loading(by === 'form' ? 'counts of each form' : 'counts of each 8-K item'));
  try {
    // One request for every series; the catalog (item titles) only where the chart is by item.
    const [answer, known] = await Promise.all([get(path('stats/daily', { by, from, to })),
      by === 'item' ? catalog() : null]);
    if (view.stale()) {
      return;
    }
    const counted = new Map(answer.series.map((one) => [one[by], one.days]));
    let series;
    if (by === 'form') {
      const keys = forms.length ? forms : [...counted.keys()];
      series = keys.map((form) => ({ key: form, label: form, days: counted.get(form) || [] }));
    } else {
      if (known.currentReportItems.length === 0) {
        replace(chartSlot, el('p', { class: 'note' }, 'This API has no catalog of items yet (GET /catalog answered '
          + '404), so the chart cannot list the 8-K items.'));
        return;
      }
      series = known.currentReportItems.map((item) => ({ key: item.code, label: known.label(item.code),
        days: counted.get(item.code) || [] }));
    }
    drawChart(chartSlot, series, settings);
  } catch (error) {
    if (!view.stale()) {
      replace(chartSlot, failure(error, () => go(location.hash)));
    }
  }
  view.onLeave(() => chartSlot.plot && chartSlot.plot.destroy());
}

function drawChart(slot, series, settings) {
  const { by, from, to, bucket } = settings;
  const table = tabulate(series, from, to, bucket);
  const total = table.all.reduce((sum, one) => sum + one.total, 0);
  if (total === 0) {
    replace(slot, el('p', { class: 'note' }, `No ${by === 'form' ? 'filings' : '8-K items'} were filed `
      + `from ${from} to ${to}. Choose a longer range above.`));
    announce('No filings in this range.');
    return;
  }
  const busiest = busiestBucket(table);
  const figure = el('figure', { class: 'chart', 'aria-label': `Stacked bar chart of filings per ${bucket} by ${by}; `
    + 'the table below lists the same counts.' });
  replace(slot,
    el('ul', { class: 'headline' },
      el('li', {}, el('strong', {}, number(total)), by === 'form' ? ' filings' : ' items filed'),
      el('li', {}, el('strong', {}, number(table.all.length)), by === 'form' ? ' forms' : ' distinct items'),
      el('li', {}, 'busiest ', bucket, ': ', el('strong', {}, busiest.label), ` (${number(busiest.count)})`)),
    figure,
    totalsTable(table, `${by === 'form' ? 'Filings by form' : 'Filings by 8-K item'}, ${from} `
      + `to ${to}`, (one) => route('filings', { [by]: one.key, from, to })));
  slot.plot = stackedBars(figure, table, { bucket });
  performance.mark('edgar:chart-drawn');
  announce(`Chart drawn: ${total} ${by === 'form' ? 'filings' : 'items'} from ${from} to ${to}.`);
}

function busiestBucket(table) {
  let best = { index: 0, count: -1 };
  table.xs.forEach((x, i) => {
    const count = table.series.reduce((sum, one) => sum + one.counts[i], 0);
    if (count > best.count) {
      best = { index: i, count };
    }
  });
  const date = new Date(table.xs[best.index] * 1000).toISOString().slice(0, 10);
  return { label: date, count: best.count };
}

/** The form that sets what the chart shows; it changes the URL, so every chart can be bookmarked. */
function controls(settings) {
  const { by, forms, from, to } = settings;
  const fromInput = el('input', { type: 'date', id: 'from', name: 'from', value: from, required: true });
  const toInput = el('input', { type: 'date', id: 'to', name: 'to', value: to, required: true });
  const formsInput = el('input', { type: 'text', id: 'forms', name: 'forms', value: forms.join(', '),
    placeholder: 'every form', 'aria-describedby': 'forms-hint', spellcheck: 'false' });
  const byForm = el('input', { type: 'radio', id: 'by-form', name: 'by', value: 'form', checked: by === 'form' });
  const byItem = el('input', { type: 'radio', id: 'by-item', name: 'by', value: 'item', checked: by === 'item' });
  const submit = (overrides = {}) => {
    const chosen = byItem.checked ? 'item' : 'form';
    go(route('', {
      by: chosen === 'item' ? 'item' : undefined,
      forms: chosen === 'form'
        ? formsInput.value.split(',').map((f) => f.trim()).filter(Boolean).join(',') : undefined,
      from: overrides.from || fromInput.value,
      to: overrides.to || toInput.value,
    }));
  };
  return el('form', { class: 'controls', onsubmit: (event) => { event.preventDefault(); submit(); } },
    el('fieldset', { class: 'by' }, el('legend', {}, 'Stack by'),
      el('span', { class: 'choice' }, byForm, el('label', { for: 'by-form' }, 'Form')),
      el('span', { class: 'choice' }, byItem, el('label', { for: 'by-item' }, '8-K item'))),
    el('div', { class: 'field' }, el('label', { for: 'from' }, 'From'), fromInput),
    el('div', { class: 'field' }, el('label', { for: 'to' }, 'To'), toInput),
    el('div', { class: 'field grow' }, el('label', { for: 'forms' }, 'Forms'), formsInput,
      el('small', { id: 'forms-hint', class: 'muted' }, 'Comma-separated, for the chart by form; empty for every form.')),
    el('div', { class: 'actions' }, el('button', { type: 'submit' }, 'Show')),
    el('div', { class: 'presets', role: 'group', 'aria-label': 'Range ending on the To date' },
      PRESETS.map(([label, days]) => el('button', { type: 'button', class: 'secondary', onclick: () => submit({
        from: addDays(toInput.value || to, -(days - 1)) }) }, label))));
}

/** The newest filed date among the forms most stacks hold (the API lists one form at a time). */
async function newestFilingDate() {
  const pages = await Promise.all(NEWEST_OF.map((form) => get(path('filings', { form, limit: 1 }))));
  const dates = pages.flatMap((page) => page.items.map((summary) => summary.filedDate)).filter(Boolean).sort();
  return dates.length ? dates[dates.length - 1] : today();
}

function today() {
  return new Date().toISOString().slice(0, 10);
}

export function addDays(isoDate, days) {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

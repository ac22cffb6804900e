// The latest filings, newest first, filtered by form, item, company and dates, paged with the API's cursors.
import { get, path } from '../api.js';
import { el, replace, announce } from '../dom.js';
import { route, go } from '../router.js';
import { catalogOrCodes } from '../catalog.js';
import { heading, loading, failure, pager, filingLink, companyLink, itemChips } from '../ui.js';

const PAGE_SIZES = ['25', '50', '100'];
const DEFAULT_FORM = '8-K';

export async function filings(main, params, view) {
  const filter = {
    form: params.get('form') || '',
    item: params.get('item') || '',
    cik: params.get('cik') || '',
    from: params.get('from') || '',
    to: params.get('to') || '',
    limit: params.get('limit') || '25',
  };
  const cursor = params.get('cursor') || undefined;
  const results = el('div', { class: 'results' }, loading('filings'));
  replace(main, heading('Latest filings', el('span', { class: 'sub' }, ` ${describe(filter)}`)),
    el('div', { class: 'controls-slot' }), results);

  const known = await catalogOrCodes();
  if (view.stale()) {
    return;
  }
  main.querySelector('.controls-slot').replaceWith(controls(filter, known));

  const { request, keep, note } = plan(filter);
  try {
    const page = await get(path(request, { from: filter.from, to: filter.to, limit: filter.limit, cursor }));
    if (view.stale()) {
      return;
    }
    const rows = page.items.filter(keep);
    const hrefFor = (next) => route('filings', { ...filter, cursor: next });
    replace(results,
      note ? el('p', { class: 'note' }, note(page.items.length, rows.length)) : null,
      rows.length ? listTable(rows, known) : el('p', { class: 'note' }, 'No filings match on this page.'),
      pager(hrefFor, cursor, page.nextCursor, rows.length));
    announce(`${rows.length} filings shown.`);
  } catch (error) {
    if (!view.stale()) {
      replace(results, failure(error, () => go(location.hash)));
    }
  }
}

/**
 * Which list the API can give for this filter, and what is left to filter here: the API lists a company's
 * filings by form but not by item, and an item's filings across forms.
 */
function plan(filter) {
  const cik = filter.cik.replace(/\D/g, '');
  if (cik) {
    const request = `companies/${cik}/filings${filter.form ? `?form=${encodeURIComponent(filter.form)}` : ''}`;
    if (filter.item) {
      return { request, keep: (row) => row.itemCodes.includes(filter.item),
        note: (all, kept) => `The API lists a company's filings by form, not by item: ${kept} of the ${all} filings `
          + `on this page carry item ${filter.item}.` };
    }
    return { request, keep: () => true };
  }
  if (filter.item) {
    const request = `filings?item=${encodeURIComponent(filter.item)}`;
    if (filter.form) {
      const form = filter.form.toUpperCase();
      return { request, keep: (row) => (row.formType || '').toUpperCase() === form,
        note: (all, kept) => `${kept} of the ${all} filings with item ${filter.item} on this page are ${form}s.` };
    }
    return { request, keep: () => true };
  }
  // The API lists one form, one item or one company at a time: with none chosen, the 8-Ks.
  return { request: `filings?form=${encodeURIComponent(filter.form || DEFAULT_FORM)}`, keep: () => true };
}

function describe(filter) {
  const parts = [];
  if (filter.form || (!filter.item && !filter.cik)) {
    parts.push(filter.form || DEFAULT_FORM);
  }
  if (filter.item) {
    parts.push(`item ${filter.item}`);
  }
  if (filter.cik) {
    parts.push(`CIK ${filter.cik}`);
  }
  if (filter.from || filter.to) {
    parts.push(`${filter.from || '…'} to ${filter.to || '…'}`);
  }
  return parts.join(' · ');
}

function listTable(rows, known) {
  return el('table', { class: 'list' },
    el('caption', { class: 'visually-hidden' }, 'Filings, newest first'),
    el('thead', {}, el('tr', {}, ['Filed', 'Form', 'Company', 'Items', 'Filing'].map((name) =>
      el('th', { scope: 'col' }, name)))),
    el('tbody', {}, rows.map((row) => el('tr', {},
      el('td', { 'data-label': 'Filed' }, row.filedDate || el('span', { class: 'muted' }, 'undated')),
      el('td', { 'data-label': 'Form' }, row.formType || ''),
      el('td', { 'data-label': 'Company' }, companyLink(row.cik, row.companyName)),
      el('td', { 'data-label': 'Items' }, itemChips(row.itemCodes, known, row.formType)),
      el('td', { 'data-label': 'Filing' }, filingLink(row))))));
}

function controls(filter, known) {
  const formInput = el('input', { id: 'f-form', name: 'form', value: filter.form, list: 'form-types',
    autocomplete: 'off', spellcheck: 'false', placeholder: '8-K' });
  const itemSelect = el('select', { id: 'f-item', name: 'item' }, el('option', { value: '' }, 'Any item'),
    [...known.itemsByForm.entries()].map(([form, items]) => el('optgroup', { label: form },
      items.map((item) => el('option', { value: item.code, selected: item.code === filter.item },
        known.label(item.code, form))))));
  if (filter.item && !itemSelect.querySelector(`option[value="${CSS.escape(filter.item)}"]`)) {
    itemSelect.append(el('option', { value: filter.item, selected: true }, filter.item));
  }
  const cikInput = el('input', { id: 'f-cik', name: 'cik', value: filter.cik, inputmode: 'numeric',
    pattern: '\\d{1,10}', autocomplete: 'off', 'aria-describedby': 'f-cik-hint' });
  const fromInput = el('input', { id: 'f-from', name: 'from', type: 'date', value: filter.from });
  const toInput = el('input', { id: 'f-to', name: 'to', type: 'date', value: filter.to });
  const sizeSelect = el('select', { id: 'f-limit', name: 'limit' }, PAGE_SIZES.map((size) =>
    el('option', { value: size, selected: size === filter.limit }, size)));
  if (!PAGE_SIZES.includes(filter.limit)) {
    sizeSelect.append(el('option', { value: filter.limit, selected: true }, filter.limit));
  }
  return el('form', { class: 'controls', role: 'search', 'aria-label': 'Filter filings', onsubmit: (event) => {
    event.preventDefault();
    go(route('filings', { form: formInput.value.trim(), item: itemSelect.value, cik: cikInput.value.trim(),
      from: fromInput.value, to: toInput.value, limit: sizeSelect.value === '25' ? undefined : sizeSelect.value }));
  } },
    el('datalist', { id: 'form-types' }, known.formTypes.map((form) => el('option', { value: form }))),
    el('div', { class: 'field' }, el('label', { for: 'f-form' }, 'Form'), formInput),
    el('div', { class: 'field grow' }, el('label', { for: 'f-item' }, 'Item'), itemSelect),
    el('div', { class: 'field' }, el('label', { for: 'f-cik' }, 'Company CIK'), cikInput,
      el('small', { id: 'f-cik-hint', class: 'muted' }, 'Digits, e.g. 320193')),
    el('div', { class: 'field' }, el('label', { for: 'f-from' }, 'Filed from'), fromInput),
    el('div', { class: 'field' }, el('label', { for: 'f-to' }, 'Filed to'), toInput),
    el('div', { class: 'field' }, el('label', { for: 'f-limit' }, 'Per page'), sizeSelect),
    el('div', { class: 'actions' }, el('button', { type: 'submit' }, 'Filter'),
      el('a', { href: route('filings'), class: 'button secondary' }, 'Clear')));
}

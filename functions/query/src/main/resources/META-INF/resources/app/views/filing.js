// One filing: header facts, company, each item with its full text, exhibits, signatures, documents, warnings, and
// where the original object is. Every text is the filer's and is shown as text.
import { get } from '../api.js';
import { el, append, replace, facts, bytes, dateTime, number, announce } from '../dom.js';
import { route, go } from '../router.js';
import { catalogOrCodes } from '../catalog.js';
import { heading, loading, failure, companyLink } from '../ui.js';

export async function filing(main, id, params, view) {
  replace(main, heading(`Filing ${id}`), loading('the filing'));
  let known;
  let data;
  let textsInline = true;
  try {
    known = await catalogOrCodes();
    try {
      data = await get(`filings/${encodeURIComponent(id)}?include=text`);
    } catch (error) {
      if (error.status !== 413) {
        throw error;
      }
      // Too much text for one answer: the filing without texts, each item's text on demand.
      data = await get(`filings/${encodeURIComponent(id)}`);
      textsInline = false;
    }
  } catch (error) {
    if (!view.stale()) {
      replace(main, heading('Filing not shown'), failure(error, () => go(location.hash)));
    }
    return;
  }
  if (view.stale()) {
    return;
  }
  const company = data.company || {};
  document.title = `${data.formType || 'Filing'} ${company.name || ''} ${data.filedDate || ''} · EDGAR Live`;
  replace(main,
    heading(`${data.formType || 'Filing'}${data.amendment ? ' (amendment)' : ''}`,
      el('span', { class: 'sub' }, ` ${company.name || 'company unknown'}${data.filedDate ? `, filed ${data.filedDate}` : ''}`)),
    el('div', { class: 'columns' },
      el('section', { class: 'card', 'aria-labelledby': 'h-facts' }, el('h2', { id: 'h-facts' }, 'Filing'),
        facts([
          ['Accession number', data.accessionNumber],
          ['Id', data.accessionNumber === data.id ? null : data.id],
          ['Form', data.formType],
          ['Filed', data.filedDate],
          ['Period of report', data.periodOfReport],
          ['Accepted', dateTime(data.acceptedAt)],
          ['Stored', dateTime(data.storedAt)],
        ]),
        original(data)),
      companyCard(company)),
    itemsSection(data, known, textsInline, id),
    exhibitsSection(data, id),
    signaturesSection(data),
    documentsSection(data),
    warningsSection(data));
  announce(`${data.formType || 'Filing'} of ${company.name || 'an unknown company'} shown.`);

  const wanted = params.get('item');
  if (wanted) {
    const target = main.querySelector(`[data-item="${CSS.escape(wanted)}"]`);
    if (target) {
      target.scrollIntoView();
      target.focus();
      view.focused = true;
    }
  }
}

/** Where the bytes came from: the S3 key, a short-lived link to the object, and the filing on EDGAR. */
function original(data) {
  const block = el('div', { class: 'original' });
  const keys = data.sourceKeys || [];
  append(block, [el('h3', {}, 'Original'),
    keys.length ? el('ul', { class: 'keys' }, keys.map((key) => el('li', {}, el('code', {}, key)))) : null]);
  const links = el('p', { class: 'links' });
  block.append(links);
  get(`filings/${encodeURIComponent(data.id)}/source`, { fresh: true }).then((source) => {
    links.prepend(el('a', { href: source.url, rel: 'noopener', download: '' }, 'Download the original object'),
      ' ', el('span', { class: 'muted' }, `(link valid until ${dateTime(source.expiresAt)})`), ' ');
  }, (error) => {
    links.prepend(el('span', { class: 'muted' }, `No link to the object: ${error.sentence}`), ' ');
  });
  const edgar = edgarUrl(data);
  if (edgar) {
    links.append(el('a', { href: edgar, rel: 'noopener noreferrer', target: '_blank' }, 'On SEC EDGAR ↗'));
  }
  return block;
}

/** The filing's index page on EDGAR, where it has an accession number and a CIK. */
function edgarUrl(data) {
  const accession = data.accessionNumber;
  const cik = data.company && data.company.cik;
  if (!accession || !cik || !/^\d{10}-\d{2}-\d{6}$/.test(accession)) {
    return null;
  }
  return `https://www.sec.gov/Archives/edgar/data/${Number(cik)}/${accession.replace(/-/g, '')}/${accession}-index.htm`;
}

function companyCard(company) {
  return el('section', { class: 'card', 'aria-labelledby': 'h-company' }, el('h2', { id: 'h-company' }, 'Company'),
    facts([
      ['Name', company.cik ? companyLink(company.cik, company.name) : company.name],
      ['CIK', company.cik],
      ['Industry (SIC)', company.sic],
      ['State of incorporation', company.stateOfIncorporation],
      ['Fiscal year end', company.fiscalYearEnd],
      ['File number', company.fileNumber],
      ['Business address', address(company.businessAddress)],
      ['Phone', company.phone],
      ['Former names', (company.formerNames || []).map((former) =>
        `${former.name}${former.changedOn ? ` (until ${former.changedOn})` : ''}`).join('; ')],
    ]));
}

export function address(value) {
  if (!value) {
    return '';
  }
  return [value.street1, value.street2, [value.city, value.state, value.zip].filter(Boolean).join(' ')]
    .filter(Boolean).join(', ');
}

function itemsSection(data, known, textsInline, id) {
  const items = data.items || [];
  const section = el('section', { 'aria-labelledby': 'h-items' }, el('h2', { id: 'h-items' }, `Items (${items.length})`));
  if (!items.length) {
    section.append(el('p', { class: 'muted' }, 'The parser found no items in this filing.'));
    return section;
  }
  section.append(el('nav', { 'aria-label': 'Items in this filing' }, el('ul', { class: 'toc' }, items.map((item) =>
    el('li', {}, el('a', { href: route('filings', data.id, { item: itemKey(item) }) },
      known.label(itemKey(item), data.formType)))))));
  for (const item of items) {
    const text = el('div', { class: 'text' });
    if (textsInline && item.text !== undefined && item.text !== null) {
      text.textContent = item.text;
    } else {
      text.append(el('p', { class: 'muted' }, item.excerpt ? `${item.excerpt} …` : ''),
        el('button', { type: 'button', onclick: async (event) => {
          event.target.disabled = true;
          try {
            const full = await get(`filings/${encodeURIComponent(id)}/items/${encodeURIComponent(itemKey(item))}`);
            text.textContent = full.text;
          } catch (error) {
            text.append(el('p', { class: 'problem' }, error.sentence));
          }
        } }, `Show the full text (${number(item.length)} characters)`));
    }
    append(section, [el('article', { class: 'item' },
      el('h3', { tabindex: '-1', 'data-item': itemKey(item) }, itemName(item, known, data.formType)),
      renumbered(item)
        ? el('p', { class: 'muted' }, `Numbered ${item.code} in this filing, before the 2004 renumbering; today's item `
          + `${known.label(item.normalizedCode, data.formType)}.`)
        : null,
      text)]);
  }
  return section;
}

/** An item's unique code within its filing: a 10-Q has an Item 1 in each part (I-1, II-1). */
function itemKey(item) {
  return item.normalizedCode || item.code;
}

/** A pre-2004 8-K item (5, 7) filed under its old number and found under today's (8.01, 9.01). */
function renumbered(item) {
  return item.normalizedCode && item.normalizedCode !== item.code && !item.normalizedCode.includes('-');
}

function itemName(item, known, formType) {
  const title = item.title || known.title(itemKey(item), formType);
  const part = /^(I{1,2})-/.exec(item.normalizedCode || '');
  return `${part ? `Part ${part[1]}, ` : ''}Item ${item.code}${title ? ` · ${title}` : ''}`;
}

function exhibitsSection(data, id) {
  const exhibits = data.exhibits || [];
  if (!exhibits.length) {
    return null;
  }
  return el('section', { 'aria-labelledby': 'h-exhibits' }, el('h2', { id: 'h-exhibits' }, `Exhibits (${exhibits.length})`),
    exhibits.map((exhibit) => {
      const body = el('div', { class: 'text' });
      if (exhibit.text) {
        body.textContent = exhibit.text;
      } else if (exhibit.length) {
        body.append(el('p', { class: 'muted' }, 'Loading the text when opened…'));
      } else {
        body.append(el('p', { class: 'muted' }, 'No text: a binary document, or listed in the exhibit index only.'));
      }
      const details = el('details', { class: 'exhibit' },
        el('summary', {}, el('strong', {}, `Exhibit ${exhibit.number || '?'}`), ' ', exhibit.description || '',
          el('span', { class: 'muted' }, ` ${[exhibit.documentType, exhibit.fileName,
            exhibit.length ? `${number(exhibit.length)} characters` : null].filter(Boolean).join(' · ')}`)),
        body);
      if (!exhibit.text && exhibit.length && exhibit.number) {
        details.addEventListener('toggle', async () => {
          if (!details.open || details.dataset.loaded) {
            return;
          }
          details.dataset.loaded = 'yes';
          try {
            const full = await get(`filings/${encodeURIComponent(id)}/exhibits/${encodeURIComponent(exhibit.number)}`);
            body.textContent = full.text || '';
          } catch (error) {
            replace(body, el('p', { class: 'problem' }, error.sentence));
          }
        });
      }
      return details;
    }));
}

function signaturesSection(data) {
  const signatures = data.signatures || [];
  return el('section', { 'aria-labelledby': 'h-signatures' }, el('h2', { id: 'h-signatures' }, 'Signatures'),
    signatures.length
      ? el('ul', { class: 'signatures' }, signatures.map((signature) => el('li', {},
        el('strong', {}, signature.name || 'unnamed'), signature.title ? `, ${signature.title}` : '',
        signature.date ? el('span', { class: 'muted' }, ` — ${signature.date}`) : '')))
      : el('p', { class: 'muted' }, 'No signatures found.'));
}

function documentsSection(data) {
  const documents = data.documents || [];
  if (!documents.length) {
    return null;
  }
  return el('section', { 'aria-labelledby': 'h-documents' }, el('h2', { id: 'h-documents' }, 'Documents'),
    el('table', { class: 'list' },
      el('thead', {}, el('tr', {}, ['#', 'Type', 'File', 'Description', 'Format', 'Size'].map((name) =>
        el('th', { scope: 'col' }, name)))),
      el('tbody', {}, documents.map((doc) => el('tr', {},
        el('td', { 'data-label': '#' }, doc.sequence),
        el('td', { 'data-label': 'Type' }, doc.type || ''),
        el('td', { 'data-label': 'File' }, doc.fileName || ''),
        el('td', { 'data-label': 'Description' }, doc.description || ''),
        el('td', { 'data-label': 'Format' }, (doc.format || '').toLowerCase().replace(/_/g, ' ')),
        el('td', { 'data-label': 'Size' }, bytes(doc.size)))))));
}

function warningsSection(data) {
  const warnings = data.warnings || [];
  return el('section', { 'aria-labelledby': 'h-warnings' }, el('h2', { id: 'h-warnings' }, `Parser warnings (${warnings.length})`),
    warnings.length
      ? el('ul', { class: 'warnings' }, warnings.map((warning) => el('li', {},
        el('code', {}, warning.code), ` ${warning.message}`,
        el('span', { class: 'muted' }, ` at byte ${number(warning.offset)}`))))
      : el('p', { class: 'muted' }, 'None: the parser read this filing without a doubt.'));
}

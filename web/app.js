// edgard web UI: one page over the public JSON API (/v1/...), no framework, no build step.
//
// Hash routes keep every view shareable and make Back/Forward work:
//   #/search?q=...&forms=8-K&from=2003&offset=20   full-text search (filters as in /v1/search)
//   #/companies?q=NAME_OR_CIK                      company lookup
//   #/company/CIK                                  company profile and filings
//   #/timeline?company=NAME                        a company known by name only (no CIK)
//   #/filing/ID?doc=N&item=KEY                     filing (accession or sha256:HEX), document N,
//                                                  scrolled to item KEY ("5.02", "II-1A")
// Text from the API only ever enters the page as text nodes; the one piece of markup the API
// sends (<b> in search snippets) is parsed into elements by hand.

const main = document.getElementById('main');
const statusRegion = document.getElementById('status');
const searchForm = document.getElementById('search-form');
const queryBox = document.getElementById('q');

// ---------------------------------------------------------------- DOM helpers

// h('a', {href: '#/'}, 'text', child, [more]) builds an element; null/false/'' children are skipped.
function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value == null || value === false) continue;
    if (key.startsWith('on')) el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? '' : value);
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child == null || child === false || child === '') continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(child instanceof Node ? child : String(child));
  }
  return el;
}

const present = (v) => v != null && v !== '' && !(Array.isArray(v) && v.length === 0);
const plural = (n, one, many = one + 's') => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

function formatBytes(n) {
  if (!Number.isFinite(n)) return '';
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(n < 10240 ? 1 : 0)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

const humanKey = (key) => key.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());

// A value of a record for a table cell or a list: scalars as they are, arrays and objects flat.
function formatValue(v) {
  if (v == null) return '';
  if (Array.isArray(v)) return v.map(formatValue).filter(Boolean).join('; ');
  if (typeof v === 'object') {
    return Object.entries(v).filter(([, x]) => present(x)).map(([k, x]) => `${humanKey(k)}: ${formatValue(x)}`).join(', ');
  }
  if (typeof v === 'number') return v.toLocaleString('en-US', { maximumFractionDigits: 6 });
  return String(v);
}

// A scrollable table region that the keyboard can reach too.
function tableRegion(label, table) {
  return h('div', { class: 'table-wrap', role: 'region', 'aria-label': label, tabindex: '0' }, table);
}

// Rows of objects as a table, columns from the keys (used for arrays whose shape may still grow).
function recordTable(label, rows) {
  const columns = [];
  for (const row of rows.slice(0, 100)) {
    for (const [key, value] of Object.entries(row ?? {})) {
      if (!columns.includes(key) && rows.some((r) => present(r?.[key])) && value !== undefined) columns.push(key);
    }
  }
  return tableRegion(label, h('table', null,
    h('thead', null, h('tr', null, columns.map((c) => h('th', { scope: 'col' }, humanKey(c))))),
    h('tbody', null, rows.map((row) => h('tr', null, columns.map((c) => {
      const v = row?.[c];
      return h('td', { class: typeof v === 'number' ? 'num' : null }, formatValue(v));
    }))))));
}

// A search snippet: HTML-escaped text with <b>...</b> around matches. Split on the two tags,
// decode the entities of the text between them, and insert that as text: nothing else the
// string holds can become markup.
const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function snippetNodes(snippet) {
  const nodes = [];
  let bold = false;
  for (const part of String(snippet ?? '').split(/(<\/?b>)/i)) {
    if (/^<b>$/i.test(part)) bold = true;
    else if (/^<\/b>$/i.test(part)) bold = false;
    else if (part) {
      const text = decodeEntities(part);
      nodes.push(bold ? h('b', null, text) : document.createTextNode(text));
    }
  }
  return nodes;
}

function announce(text) {
  statusRegion.textContent = '';
  // A fresh text node after a tick makes screen readers speak the same message twice in a row.
  requestAnimationFrame(() => { statusRegion.textContent = text; });
}

// ---------------------------------------------------------------- API

class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

// Recent answers, so Back, Forward and switching documents fetch nothing twice.
const caches = { json: new Map(), bytes: new Map() };
const CACHE_LIMIT = { json: 40, bytes: 6 };

async function api(url, { as = 'json', signal } = {}) {
  const cache = caches[as];
  if (cache.has(url)) {
    const value = cache.get(url);
    cache.delete(url);
    cache.set(url, value);
    return value;
  }
  let response;
  try {
    response = await fetch(url, { signal, headers: { Accept: as === 'json' ? 'application/json' : 'text/plain' } });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    throw new ApiError(0, 'unreachable', 'The edgard server could not be reached. Is it still running?');
  }
  if (!response.ok) {
    let code = `http_${response.status}`;
    let message = `${response.status} ${response.statusText}`.trim();
    try {
      const body = await response.json();
      if (body?.error) {
        code = body.error.code || code;
        message = body.error.message || message;
      }
    } catch { /* not JSON: keep the status line */ }
    throw new ApiError(response.status, code, message);
  }
  const value = as === 'json' ? await response.json() : new Uint8Array(await response.arrayBuffer());
  cache.set(url, value);
  if (cache.size > CACHE_LIMIT[as]) cache.delete(cache.keys().next().value);
  return value;
}

const ERROR_TITLES = {
  not_found: 'Not found',
  invalid_input: 'That request could not be understood',
  unreachable: 'Server unreachable',
};

// The API's message, under a title for its code; "Try again" only where trying again may help.
function errorBox(error, retry, title) {
  if (!(error.status === 0 || error.status >= 500)) retry = null;
  return h('div', { class: 'error', role: 'alert' },
    h('h2', null, title ?? ERROR_TITLES[error.code] ?? 'Something went wrong'),
    h('p', null, error.message || String(error)),
    error.code ? h('p', { class: 'error-code' }, error.status ? `${error.code} · HTTP ${error.status}` : error.code) : null,
    retry ? h('button', { type: 'button', onclick: retry }, 'Try again') : null);
}

// ---------------------------------------------------------------- routing

const encodeSegment = (s) => encodeURIComponent(s).replace(/%3A/gi, ':');

function route(segments, params) {
  let hash = '#/' + segments.map(encodeSegment).join('/');
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params ?? {})) {
    if (value != null && value !== '') query.set(key, value);
  }
  const qs = query.toString();
  return qs ? `${hash}?${qs}` : hash;
}

function parseHash() {
  const hash = location.hash.replace(/^#\/?/, '');
  const at = hash.indexOf('?');
  const path = at < 0 ? hash : hash.slice(0, at);
  const params = new URLSearchParams(at < 0 ? '' : hash.slice(at + 1));
  const segments = path.split('/').filter(Boolean).map((s) => {
    try { return decodeURIComponent(s); } catch { return s; }
  });
  return { segments, params };
}

const filingLink = (id, params) => route(['filing', id], params);
const companyLink = (cik) => route(['company', cik]);
const searchLink = (params) => route(['search'], params);

let firstRender = true;  // the page just loaded: leave the focus where the browser put it
let controller = null;  // aborts the fetches of the view being left
let filingView = null;  // the filing on screen, so that switching its documents re-renders only the reader

async function render() {
  const { segments, params } = parseHash();
  const [name = 'search', arg] = segments;
  for (const a of document.querySelectorAll('[data-nav]')) {
    if (a.dataset.nav === name || (name === 'company' && a.dataset.nav === 'companies')) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
  controller?.abort();
  controller = new AbortController();
  const { signal } = controller;

  if (name === 'filing' && filingView?.id === arg && filingView.root.isConnected) {
    document.body.classList.remove('loading');
    main.removeAttribute('aria-busy');
    await showDocument(filingView, params, signal).catch(ignoreAbort);
    return;
  }
  filingView = null;
  const hadFocusInMain = !firstRender && (main.contains(document.activeElement) || document.activeElement === document.body);
  firstRender = false;
  document.body.classList.add('loading');
  main.setAttribute('aria-busy', 'true');
  try {
    const views = { search: viewSearch, companies: viewCompanies, company: viewCompany, timeline: viewTimeline, filing: viewFiling };
    const view = views[name] ?? viewNotFound;
    const content = await view(arg, params, signal);
    if (signal.aborted) return;
    main.replaceChildren(content);
    window.scrollTo(0, 0);
    if (name === 'filing') await showDocument(filingView, params, signal);
  } catch (e) {
    if (e.name === 'AbortError') return;
    main.replaceChildren(h('h1', { tabindex: '-1' }, 'edgard'), errorBox(e, render));
    document.title = 'Error – edgard';
  } finally {
    if (!signal.aborted) {
      document.body.classList.remove('loading');
      main.removeAttribute('aria-busy');
    }
  }
  // After following a link the focus was on something now gone: put it on the new heading.
  if (!signal.aborted && hadFocusInMain && !main.contains(document.activeElement) && !params.get('item')) {
    main.querySelector('h1')?.focus({ preventScroll: true });
  }
}

function ignoreAbort(e) {
  if (e.name !== 'AbortError') throw e;
}

// ---------------------------------------------------------------- search

const FILTERS = [
  { key: 'forms', label: 'Form types', placeholder: '8-K, 10-K', list: 'form-list' },
  { key: 'company', label: 'Company name', placeholder: 'part of a name' },
  { key: 'ciks', label: 'CIKs', placeholder: '320193', inputmode: 'numeric' },
  { key: 'from', label: 'Filed from', placeholder: 'YYYY-MM-DD or YYYY' },
  { key: 'to', label: 'Filed to', placeholder: 'YYYY-MM-DD or YYYY' },
  { key: 'items', label: 'Items reported', placeholder: '5.02, 2.02' },
  { key: 'kinds', label: 'Document kind' },
  { key: 'document_types', label: 'Document types', placeholder: 'EX-99.1, EX-24' },
];
const KINDS = {
  current_report: 'Current report (8-K)',
  annual_report: 'Annual report (10-K)',
  quarterly_report: 'Quarterly report (10-Q)',
  press_release: 'Press release',
  power_of_attorney: 'Power of attorney',
  ownership_report: 'Ownership report (3, 4, 5)',
  beneficial_ownership_report: 'Beneficial ownership (13D, 13G)',
  prospectus: 'Prospectus',
  exhibit: 'Exhibit',
  other: 'Other',
};
const COMMON_FORMS = ['8-K', '10-K', '10-Q', '3', '4', '5', 'S-1', 'S-8', 'DEF 14A', 'SC 13D', 'SC 13G', '20-F', '6-K', '424B2', '13F-HR'];
const LIMITS = ['10', '20', '50', '100'];
const SEARCH_KEYS = ['q', ...FILTERS.map((f) => f.key), 'limit', 'offset'];

const SYNTAX = [
  ['heaton director', 'both words, anywhere (AND is implied)'],
  ['"board of directors"', 'the exact phrase'],
  ['merger OR acquisition', 'either word'],
  ['director -resign', 'leave out a word (also NOT resign)'],
  ['resign*', 'words that start with resign'],
  ['(ceo OR cfo) resign*', 'grouping'],
];

function syntaxHelp(open) {
  return h('details', { class: 'help', open },
    h('summary', null, 'Query syntax'),
    h('dl', null, SYNTAX.map(([example, meaning]) => [
      h('dt', null, h('a', { href: searchLink({ q: example }) }, h('code', null, example))),
      h('dd', null, meaning),
    ])),
    h('p', null, 'Case does not matter. The filters narrow by form, date, company, item and kind.'));
}

function filterPanel(params) {
  const active = FILTERS.filter((f) => params.get(f.key)).length;
  const field = (f) => {
    const id = `f-${f.key}`;
    const value = params.get(f.key) ?? '';
    let control;
    if (f.key === 'kinds') {
      const options = { '': 'Any kind', ...KINDS };
      if (value && !(value in options)) options[value] = value;
      control = h('select', { id, name: f.key, form: 'search-form' },
        Object.entries(options).map(([v, label]) => h('option', { value: v, selected: v === value }, label)));
    } else {
      control = h('input', {
        id, name: f.key, form: 'search-form', value, placeholder: f.placeholder, list: f.list,
        inputmode: f.inputmode, autocomplete: 'off', spellcheck: 'false',
      });
    }
    return h('div', { class: 'field' }, h('label', { for: id }, f.label), control);
  };
  const limit = params.get('limit') ?? '20';
  return h('details', { class: 'filters', open: active > 0 },
    h('summary', null, active ? `Filters (${active} active)` : 'Filters'),
    h('div', { class: 'filter-grid' },
      FILTERS.map(field),
      h('div', { class: 'field' }, h('label', { for: 'f-limit' }, 'Results per page'),
        h('select', { id: 'f-limit', name: 'limit', form: 'search-form' },
          [...new Set([...LIMITS, limit])].map((v) => h('option', { value: v, selected: v === limit }, v))))),
    h('datalist', { id: 'form-list' }, COMMON_FORMS.map((v) => h('option', { value: v }))),
    h('div', { class: 'filter-actions' },
      h('button', { type: 'submit', form: 'search-form' }, 'Apply filters'),
      active ? h('a', { href: searchLink({ q: params.get('q') }) }, 'Clear filters') : null));
}

// Narrowing by a facet value; the link removes the filter again when it is already set.
function facetList(title, facets, isActive, paramsFor) {
  if (!present(facets)) return null;
  return h('section', { class: 'facet', 'aria-label': title },
    h('h2', null, title),
    h('ul', null, facets.map(({ value, count }) => {
      const label = [h('span', null, value === '(none)' ? 'unknown' : value), ' ', h('span', { class: 'count' }, count.toLocaleString('en-US'))];
      if (value === '(none)' || value === '') return h('li', { class: 'facet-none' }, label);
      const active = isActive(value);
      return h('li', null, h('a', {
        href: paramsFor(value, active), 'aria-current': active ? 'true' : null,
        title: active ? `Remove this filter` : `Only ${value}`,
      }, label));
    })));
}

function paramsObject(params, changes) {
  const out = {};
  for (const key of SEARCH_KEYS) if (params.get(key)) out[key] = params.get(key);
  delete out.offset;
  return { ...out, ...changes };
}

function hitItem(hit) {
  const documentLabel = [hit.document_type, hit.description && hit.description !== hit.document_type ? hit.description : null]
    .filter(present).join(' · ');
  const title = [hit.company || 'Unknown company', hit.form_type].filter(present).join(' — ');
  return h('li', { class: 'hit' },
    h('h3', null, h('a', { href: filingLink(hit.id, { doc: hit.sequence }) }, title)),
    h('p', { class: 'meta' },
      hit.filed_at ? h('span', null, 'Filed ', h('time', { datetime: hit.filed_at }, hit.filed_at)) : h('span', null, 'Undated document'),
      hit.sequence != null ? h('span', null, `Document ${hit.sequence}${documentLabel ? ': ' + documentLabel : ''}`) : null,
      hit.accession_number ? h('span', null, hit.accession_number) : null,
      hit.cik ? h('a', { href: companyLink(hit.cik) }, `CIK ${hit.cik}`) : null),
    present(hit.snippet) ? h('p', { class: 'snippet' }, snippetNodes(hit.snippet)) : null);
}

function pager(params, total, offset, limit) {
  if (total <= limit && offset === 0) return null;
  const page = Math.floor(offset / limit) + 1;
  const pages = Math.max(1, Math.ceil(total / limit));
  const at = (o) => searchLink({ ...paramsObject(params), offset: o > 0 ? o : null });
  return h('nav', { class: 'pager', 'aria-label': 'Result pages' },
    offset > 0 ? h('a', { href: at(offset - limit), rel: 'prev' }, '← Previous') : h('span', { 'aria-hidden': 'true' }),
    h('span', null, `Page ${page} of ${pages.toLocaleString('en-US')}`),
    offset + limit < total ? h('a', { href: at(offset + limit), rel: 'next' }, 'Next →') : h('span', { 'aria-hidden': 'true' }));
}

async function viewSearch(_, params, signal) {
  const q = (params.get('q') ?? '').trim();
  if (document.activeElement !== queryBox || !q) queryBox.value = q;
  document.title = q ? `${q} – edgard search` : 'edgard: search EDGAR filings';
  const head = [h('h1', { tabindex: '-1', class: q ? 'visually-hidden' : null }, q ? `Search results for ${q}` : 'Search EDGAR filings'), filterPanel(params)];
  // Filters without words browse the documents they choose, newest first.
  const filtered = FILTERS.some((f) => params.get(f.key));
  if (!q && !filtered) {
    return h('div', { class: 'search' }, head,
      h('p', { class: 'notice' },
        'Search the full text of every stored filing and document, or choose filters to browse. Press / to jump to the search box.'),
      syntaxHelp(true));
  }
  const limit = Number(params.get('limit')) || 20;
  const offset = Number(params.get('offset')) || 0;
  const query = new URLSearchParams();
  for (const key of SEARCH_KEYS) if (params.get(key)) query.set(key, key === 'q' ? q : params.get(key));
  query.set('limit', limit);  // the pager counts with it, whatever the server's default
  let result;
  try {
    result = await api(`/v1/search?${query}`, { signal });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    announce(e.message);
    const title = e.code === 'invalid_input' ? 'The search could not be read' : null;
    return h('div', { class: 'search' }, head, errorBox(e, render, title), syntaxHelp(e.code === 'invalid_input'));
  }
  const hits = result.hits ?? [];
  const total = result.total ?? hits.length;
  const forms = params.get('forms');
  const from = params.get('from');
  const to = params.get('to');
  announce(total ? `${plural(total, 'document')} match` : 'No documents match');
  const facets = h('aside', { class: 'facets', 'aria-label': 'Narrow the results' },
    facetList('Form type', result.facets?.forms, (v) => forms === v,
      (v, active) => searchLink(paramsObject(params, { forms: active ? null : v }))),
    facetList('Year filed', result.facets?.years, (v) => from === v && to === v,
      (v, active) => searchLink(paramsObject(params, { from: active ? null : v, to: active ? null : v }))));
  let body;
  if (!hits.length) {
    const filters = FILTERS.filter((f) => params.get(f.key));
    body = h('div', { class: 'empty' },
      h('p', null, offset > 0 && total > 0 ? 'No more results on this page. ' : `No documents match ${q}.`),
      filters.length ? h('p', null, 'Filters in use: ',
        filters.map((f, i) => [i ? ', ' : '', h('a', { href: searchLink(paramsObject(params, { [f.key]: null })) },
          `remove ${f.label.toLowerCase()} “${params.get(f.key)}”`)])) : null,
      h('p', null, 'Try fewer words, OR between alternatives, or a prefix such as resign*.'),
      syntaxHelp(false));
  } else {
    body = [
      h('p', { class: 'summary' }, `${plural(total, 'document')} match`,
        total > hits.length ? ` · showing ${(offset + 1).toLocaleString('en-US')}–${(offset + hits.length).toLocaleString('en-US')}` : ''),
      h('ol', { class: 'hits', start: offset + 1 }, hits.map(hitItem)),
      pager(params, total, offset, limit),
    ];
  }
  return h('div', { class: 'search' }, head, h('div', { class: 'results-layout' }, h('div', { class: 'results' }, body), facets),
    h('footer', { class: 'search-foot' }, syntaxHelp(false)));
}

function submitSearch(event) {
  event.preventDefault();
  const params = {};
  for (const [key, value] of new FormData(searchForm)) {
    const clean = String(value).trim();
    if (!clean) continue;
    params[key] = ['forms', 'ciks', 'items', 'kinds', 'document_types'].includes(key)
      ? clean.split(',').map((s) => s.trim()).filter(Boolean).join(',')
      : clean;
  }
  if (params.limit === '20') delete params.limit;
  const target = searchLink(params);
  if (location.hash === target) render();
  else location.hash = target;
}

// ---------------------------------------------------------------- companies

async function viewCompanies(_, params, signal) {
  const q = (params.get('q') ?? '').trim();
  document.title = q ? `Companies: ${q} – edgard` : 'Companies – edgard';
  const form = h('form', { class: 'inline-form', role: 'search', onsubmit: (e) => {
    e.preventDefault();
    const value = e.target.elements.cq.value.trim();
    const target = route(['companies'], { q: value });
    if (location.hash === target) render(); else location.hash = target;
  } },
  h('label', { for: 'cq' }, 'Company name or CIK'),
  h('div', { class: 'inline' }, h('input', { id: 'cq', name: 'cq', type: 'search', value: q, autocomplete: 'off', spellcheck: 'false' }),
    h('button', { type: 'submit' }, 'Find')));
  const page = h('div', { class: 'companies' }, h('h1', { tabindex: '-1' }, 'Companies'), form);
  if (!q) return append(page, [h('p', { class: 'notice' }, 'Find a filer by part of its name, a former name, or its CIK.')]);
  let result;
  try {
    result = await api(`/v1/companies?${new URLSearchParams({ q })}`, { signal });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    return append(page, [errorBox(e, render)]);
  }
  const companies = result.companies ?? [];
  announce(companies.length ? plural(companies.length, 'company', 'companies') : 'No company found');
  if (!companies.length) {
    return append(page, [h('p', { class: 'empty' }, `No company matches ${q}. `,
      h('a', { href: searchLink({ q }) }, 'Search the full text for it instead'), '.')]);
  }
  const count = (c) => (typeof c.filings === 'number' ? c.filings : c.filing_count);
  return append(page, [h('ul', { class: 'company-list' }, companies.map((c) => h('li', null,
    h('a', { href: companyLink(c.cik) }, c.name || `CIK ${c.cik}`),
    h('span', { class: 'meta' }, ` CIK ${c.cik}`, count(c) != null ? ` · ${plural(count(c), 'filing')}` : '',
      c.last_filed_at ? ` · last filed ${c.last_filed_at}` : ''),
    present(c.former_names) ? h('span', { class: 'former' }, `formerly ${c.former_names.map((n) => n.name ?? n).join('; ')}`) : null)))]);
}

// ---------------------------------------------------------------- company timeline

// "press release 2003-07-24" linking to the document a record came from.
function sourceLink(src) {
  if (!src?.filing) return null;
  const what = [(src.kind || src.form_type || 'filing').replace(/_/g, ' '), src.date].filter(present).join(' ');
  return h('a', { href: filingLink(src.filing, { doc: src.document }) }, what);
}

function peopleSection(people) {
  if (!present(people)) return null;
  const status = (p) => {
    const parts = [];
    if (p.director) parts.push('director');
    if (p.from) parts.push(`from ${p.from}`);
    if (p.until) parts.push(`until ${p.until} (${p.until_reason === 'succeeded' ? `succeeded by ${p.succeeded_by}` : p.until_reason})`);
    return parts.join(' · ');
  };
  return h('section', { 'aria-labelledby': 'people-h' }, h('h2', { id: 'people-h' }, 'Officers and directors'),
    tableRegion('Officers and directors', h('table', { class: 'timeline' },
      h('thead', null, h('tr', null, ['Person', 'Titles (first seen – last seen)', 'Tenure'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', null, people.map((p) => h('tr', null,
        h('th', { scope: 'row' }, p.name, present(p.other_spellings) ? h('span', { class: 'meta' }, ` also ${p.other_spellings.join('; ')}`) : null),
        h('td', null, h('ul', { class: 'plain' }, (p.titles ?? []).map((t) => h('li', null, t.title, ' ',
          h('span', { class: 'meta' }, t.first_seen === t.last_seen ? t.first_seen : `${t.first_seen} – ${t.last_seen}`), ' ',
          sourceLink(t.sources?.[0]))),
          (p.powers_of_attorney_granted ?? []).map((g) => h('li', null, `granted a power of attorney ${g.executed_on ?? ''}`)))),
        h('td', null, status(p))))))));
}

function eventsSection(events) {
  if (!present(events)) return null;
  const what = (e) => e.type === 'board_size_change' ? `board from ${e.from} to ${e.to} seats`
    : [e.type, e.person, e.role].filter(present).join(' · ');
  return h('section', { 'aria-labelledby': 'events-h' }, h('h2', { id: 'events-h' }, 'Events'),
    h('ol', { class: 'events' }, events.map((e) => h('li', null,
      h('time', { datetime: e.date }, e.date || '—'), ' ', h('strong', null, what(e)),
      e.effective_date ? h('span', { class: 'meta' }, ` effective ${e.effective_date}`) : null, ' ',
      sourceLink(e.source), e.evidence ? h('blockquote', null, e.evidence) : null))));
}

function powersSection(powers) {
  if (!present(powers)) return null;
  return h('section', { 'aria-labelledby': 'poa-h' }, h('h2', { id: 'poa-h' }, 'Powers of attorney'),
    h('ul', { class: 'plain' }, powers.map((p) => h('li', null,
      h('strong', null, p.grantor_person || p.grantor || 'Unknown grantor'), ` executed ${p.executed_on ?? '—'}, appoints `,
      (p.attorneys_in_fact ?? []).map((a) => [a.name, a.title].filter(present).join(', ')).join('; '),
      p.signing ? ` (signing ${p.signing})` : '', present(p.scope) ? ` for Forms ${p.scope.join(', ')}` : '', ' ',
      sourceLink(p.source)))));
}

// A line chart of one concept's values over time, as inline SVG (no library, works offline).
// Durations are not mixed: the chart shows the period length with the most values (years
// first on a tie), instants apart from durations.
function factChart(facts, concept) {
  const months = (f) => (f.period_start
    ? Math.round((Date.parse(f.period_end) - Date.parse(f.period_start)) / (30.44 * 86400000)) : 0);
  const groups = new Map();
  for (const f of facts) {
    if (f.concept !== concept || !Number.isFinite(f.value)) continue;
    const key = months(f);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(f);
  }
  const [length, chosen] = [...groups].sort((a, b) => b[1].length - a[1].length || b[0] - a[0])[0] ?? [0, []];
  const points = chosen.sort((a, b) => (a.period_end < b.period_end ? -1 : 1));
  if (points.length < 2) return h('p', { class: 'meta' }, 'One value only: no chart.');
  const W = 560, H = 160, P = 28;
  const values = points.map((f) => f.value);
  const lo = Math.min(0, ...values), hi = Math.max(0, ...values);
  const x = (i) => P + (i * (W - 2 * P)) / (points.length - 1);
  const y = (v) => H - P - ((v - lo) * (H - 2 * P)) / (hi - lo || 1);
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', `0 0 ${W} ${H}`);
  svg.setAttribute('class', 'chart');
  svg.setAttribute('role', 'img');
  const span = length === 0 ? 'at period ends' : `${length}-month periods`;
  svg.setAttribute('aria-label', `${concept} over time (${span}): ${points.map((f) => `${f.period_end} ${formatValue(f.value)}`).join(', ')}`);
  const add = (tag, attrs, text) => {
    const el = document.createElementNS(ns, tag);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    if (text) el.textContent = text;
    svg.append(el);
  };
  add('line', { x1: P, x2: W - P, y1: y(0), y2: y(0), class: 'axis' });
  add('polyline', { points: points.map((f, i) => `${x(i)},${y(f.value)}`).join(' '), class: 'series' });
  points.forEach((f, i) => {
    add('circle', { cx: x(i), cy: y(f.value), r: 3, class: 'point' });
    add('text', { x: x(i), y: H - 6, 'text-anchor': 'middle', class: 'tick' }, f.period_end);
    add('text', { x: x(i), y: y(f.value) - 6, 'text-anchor': 'middle', class: 'tick' }, formatValue(f.value));
  });
  return svg;
}

function factsSection(facts) {
  if (!present(facts)) return null;
  const concepts = [...new Set(facts.map((f) => f.concept))].sort();
  const chartBox = h('div', { class: 'chart-box' });
  const select = h('select', { id: 'fact-concept', onchange: () => chartBox.replaceChildren(factChart(facts, select.value)) },
    concepts.map((c) => h('option', { value: c }, c)));
  const initial = concepts.includes('Revenues') ? 'Revenues' : concepts[0];
  select.value = initial;
  chartBox.append(factChart(facts, initial));
  const period = (f) => (f.period_start ? `${f.period_start} – ${f.period_end}` : `at ${f.period_end}`);
  return h('section', { 'aria-labelledby': 'facts-h' }, h('h2', { id: 'facts-h' }, 'Financial facts'),
    h('div', { class: 'field inline-field' }, h('label', { for: 'fact-concept' }, 'Chart'), select), chartBox,
    tableRegion('Financial facts', h('table', { class: 'facts-table' },
      h('thead', null, h('tr', null, ['Concept', 'Period', 'Value', 'Unit', 'Label', 'Source'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', null, facts.map((f) => h('tr', null, h('td', null, f.concept), h('td', null, period(f)),
        h('td', { class: 'num' }, formatValue(f.value)), h('td', null, f.unit), h('td', null, f.label), h('td', null, sourceLink(f.source))))))));
}

function insidersSection(rows) {
  if (!present(rows)) return null;
  // Who signed, and the power of attorney behind a signature made under one:
  // in the filing, filed earlier (linked), or none on file (why).
  const signer = (sig) => {
    if (!sig?.attorney_in_fact) return sig?.name ?? '';
    const by = `${sig.attorney_in_fact}, attorney-in-fact`;
    if (sig.power_of_attorney) return `${by} (power of attorney in the filing)`;
    const onFile = sig.power_of_attorney_on_file;
    if (onFile) {
      return [`${by} (`, h('a', { href: filingLink(onFile.filing) },
        `power of attorney${onFile.executed_on ? ` of ${onFile.executed_on}` : ''}`), ')'];
    }
    return sig.power_of_attorney_missing ? [by, h('span', { class: 'meta' }, ` (${sig.power_of_attorney_missing})`)] : by;
  };
  return h('section', { 'aria-labelledby': 'insiders-h' }, h('h2', { id: 'insiders-h' }, `Insider transactions (${rows.length})`),
    tableRegion('Insider transactions', h('table', { class: 'insiders' },
      h('thead', null, h('tr', null, ['Date', 'Owner', 'Code', 'A/D', 'Shares', 'Price', 'Owned after', 'Security', 'Signed by', 'Filing']
        .map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', null, rows.map((r) => h('tr', null,
        h('td', null, r.date ?? ''), h('td', null, (r.owners ?? []).map((o) => [o.name, o.relationship].filter(present).join(', ')).join('; ')),
        h('td', null, `${r.code ?? ''}${r.derivative ? '*' : ''}`), h('td', null, r.acquired_disposed ?? ''),
        h('td', { class: 'num' }, formatValue(r.shares)), h('td', { class: 'num' }, formatValue(r.price)),
        h('td', { class: 'num' }, formatValue(r.shares_owned_following)), h('td', null, r.security_title ?? ''),
        h('td', null, signer(r.signature)), h('td', null, h('a', { href: filingLink(r.filing) }, r.filed_at || 'filing'))))))),
    h('p', { class: 'meta' }, '* derivative security. Codes: P purchase, S sale, A grant, M exercise, F tax withholding, G gift.'));
}

function holdersSection(holders) {
  if (!present(holders)) return null;
  return h('section', { 'aria-labelledby': 'holders-h' }, h('h2', { id: 'holders-h' }, 'Holders of 5% or more (Schedules 13D/13G)'),
    h('ul', { class: 'plain' }, holders.map((x) => h('li', null, h('strong', null, x.name ?? 'Unnamed'),
      x.percent_of_class != null ? ` ${x.percent_of_class}% of ${x.class ?? 'the class'}` : '',
      x.aggregate != null ? ` (${formatValue(x.aggregate)} shares)` : '', x.event_date ? ` as of ${x.event_date}` : '', ' ',
      sourceLink(x.source)))));
}

function timelineSections(t) {
  return [peopleSection(t.people), eventsSection(t.events), powersSection(t.powers_of_attorney), factsSection(t.financial_facts),
    holdersSection(t.holders), insidersSection(t.insiders)];
}

async function viewTimeline(_arg, params, signal) {
  const name = params.get('company') ?? '';
  const t = await api(`/v1/timeline?company=${encodeURIComponent(name)}`, { signal });
  document.title = `${t.company?.name ?? name} – edgard`;
  return h('div', { class: 'company' },
    h('p', { class: 'kicker' }, 'Company (known by name)'),
    h('h1', { tabindex: '-1' }, t.company?.name ?? name),
    h('p', { class: 'meta' }, `${plural(t.company?.filings ?? 0, 'filing')} name it`,
      t.company?.cik ? [' · ', h('a', { href: companyLink(t.company.cik) }, `CIK ${t.company.cik}`)] : ' · no CIK'),
    timelineSections(t));
}

const FILING_PAGE = 200;

async function viewCompany(cik, _params, signal) {
  const c = await api(`/v1/companies/${encodeURIComponent(cik ?? '')}`, { signal });
  document.title = `${c.name ?? 'Company'} – edgard`;
  const filings = c.filings ?? [];
  const formCounts = new Map();
  for (const f of filings) formCounts.set(f.form_type || '(none)', (formCounts.get(f.form_type || '(none)') ?? 0) + 1);

  const showItems = filings.some((f) => present(f.items));
  const showRoles = filings.some((f) => f.role && f.role !== 'filer');
  const tbody = h('tbody');
  const more = h('button', { type: 'button', class: 'more', hidden: true }, '');
  let shown = [];
  let limit = FILING_PAGE;
  const fill = () => {
    const rows = shown.slice(0, limit).map((f) => h('tr', null,
      h('td', null, f.form_type || '—'),
      h('td', null, f.filed_at ? h('time', { datetime: f.filed_at }, f.filed_at) : '—'),
      h('td', null, f.period_of_report ?? ''),
      showItems ? h('td', null, (f.items ?? []).join(', ')) : null,
      showRoles ? h('td', null, PARTY_ROLES[f.role] ?? f.role ?? '') : null,
      h('td', null, h('a', { href: filingLink(f.id) }, f.accession_number || 'document'))));
    tbody.replaceChildren(...rows);
    more.hidden = shown.length <= limit;
    more.textContent = `Show all ${shown.length.toLocaleString('en-US')}`;
  };
  const select = h('select', { id: 'company-form-filter', onchange: () => {
    shown = select.value ? filings.filter((f) => (f.form_type || '(none)') === select.value) : filings;
    limit = FILING_PAGE;
    fill();
    announce(plural(shown.length, 'filing'));
  } },
  h('option', { value: '' }, `All forms (${filings.length})`),
  [...formCounts].sort((a, b) => b[1] - a[1]).map(([form, n]) => h('option', { value: form }, `${form} (${n})`)));
  more.addEventListener('click', () => { limit = Infinity; fill(); });
  shown = filings;
  fill();

  return h('div', { class: 'company' },
    h('p', { class: 'kicker' }, 'Company'),
    h('h1', { tabindex: '-1' }, c.name ?? `CIK ${cik}`),
    h('dl', { class: 'facts' },
      fact('CIK', c.cik),
      fact('SIC', [c.sic, c.sic_description].filter(present).join(' · ')),
      fact('State of incorporation', c.state_of_incorporation),
      fact('Fiscal year end', monthDay(c.fiscal_year_end))),
    h('p', { class: 'actions' }, h('a', { href: searchLink({ ciks: c.cik ?? cik }) }, 'Search this company’s documents')),
    present(c.former_names) ? h('section', { 'aria-labelledby': 'former-h' },
      h('h2', { id: 'former-h' }, 'Former names'),
      h('ul', { class: 'plain' }, c.former_names.map((n) => h('li', null, typeof n === 'string' ? n : n.name,
        n.date_changed ? h('span', { class: 'meta' }, ` until ${n.date_changed}`) : null)))) : null,
    timelineSections(c),
    h('section', { 'aria-labelledby': 'filings-h' },
      h('h2', { id: 'filings-h' }, `Filings (${filings.length.toLocaleString('en-US')})`),
      filings.length ? [
        formCounts.size > 1 ? h('div', { class: 'field inline-field' }, h('label', { for: 'company-form-filter' }, 'Form type'), select) : null,
        tableRegion('Filings', h('table', { class: 'filings' },
          h('thead', null, h('tr', null, ['Form', 'Filed', 'Period', showItems && 'Items', showRoles && 'Role', 'Filing'].filter(Boolean).map((t) => h('th', { scope: 'col' }, t)))),
          tbody)),
        more,
      ] : h('p', { class: 'empty' }, 'No filings stored for this company.')));
}

// "0930" (EDGAR's fiscal year end) as "September 30".
function monthDay(mmdd) {
  const m = /^(\d\d)(\d\d)$/.exec(mmdd ?? '');
  if (!m || m[1] < '01' || m[1] > '12') return mmdd;
  return `${new Date(Date.UTC(2000, Number(m[1]) - 1, 1)).toLocaleString('en-US', { month: 'long', timeZone: 'UTC' })} ${Number(m[2])}`;
}

function fact(label, value, className) {
  if (!present(value)) return null;
  return h('div', { class: className }, h('dt', null, label), h('dd', null, value));
}

// ---------------------------------------------------------------- filing

const PARTY_ROLES = { filer: 'Filer', subject_company: 'Subject company', filed_by: 'Filed by', issuer: 'Issuer',
  reporting_owner: 'Reporting owner', serial_company: 'Serial company' };
const TEXTLESS = new Set(['binary', 'pdf']);
const IMAGE = /\.(jpe?g|gif|png)$/i;

function filerOf(submission) {
  const parties = submission?.parties ?? [];
  return parties.find((p) => p.role === 'filer' && p.cik) ?? parties.find((p) => p.cik) ?? parties[0] ?? null;
}

// EDGAR's own paths: /Archives/edgar/data/{CIK without zeros}/{accession without dashes}/...
function archivePaths(submission) {
  const accession = submission?.accession_number;
  const cik = filerOf(submission)?.cik;
  if (!accession || !cik) return null;
  const base = `/Archives/edgar/data/${String(cik).replace(/^0+(?=\d)/, '')}/${accession.replace(/-/g, '')}/${accession}`;
  return { txt: `${base}.txt`, index: `${base}-index.htm` };
}

// Items get keys for #/filing/ID?item=KEY: "5.02", "II-1A" in a 10-Q, "5.02~2" when repeated.
function itemKeys(items) {
  const seen = new Map();
  return items.map((it) => {
    const base = (it.part ? `${it.part}-` : '') + it.number;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n > 1 ? `${base}~${n}` : base;
  });
}

const itemLabel = (it) => `${it.part ? `Part ${it.part}, ` : ''}Item ${it.number}`;

function partyCard(p) {
  const address = p.business_address;
  const addressLines = address ? [[address.street1, address.street2].filter(present).join(', '),
    [address.city, address.state, address.zip].filter(present).join(' ')].filter(present) : [];
  return h('li', { class: 'party' },
    h('p', { class: 'kicker' }, PARTY_ROLES[p.role] ?? humanKey(p.role ?? 'party')),
    h('p', { class: 'party-name' }, p.cik ? h('a', { href: companyLink(p.cik) }, p.name || `CIK ${p.cik}`) : (p.name || 'Unnamed'),
      !p.cik && p.name ? h('a', { class: 'lookup', href: route(['timeline'], { company: p.name }) }, 'this company’s timeline') : null),
    h('dl', { class: 'facts compact' },
      fact('CIK', p.cik),
      fact('SIC', [p.sic, p.sic_description].filter(present).join(' · ')),
      fact('Incorporated in', p.state_of_incorporation),
      fact('IRS number', p.irs_number),
      fact('File number', p.file_number),
      addressLines.length ? fact('Business address', addressLines.map((l, i) => [i ? h('br') : null, l])) : null,
      fact('Phone', address?.phone),
      present(p.former_names) ? fact('Former names', p.former_names.map((n, i) => [i ? h('br') : null,
        typeof n === 'string' ? n : `${n.name}${n.date_changed ? ` (until ${n.date_changed})` : ''}`])) : null));
}

async function viewFiling(id, _params, signal) {
  const data = await api(`/v1/filings/${encodeSegment(id ?? '')}`, { signal });
  const s = data.submission ?? {};
  const documents = data.documents ?? [];
  const items = data.items ?? [];
  const filer = filerOf(s);
  const bare = data.envelope === 'bare' || !s.accession_number;
  const kind = documents[0]?.kind;
  const what = s.form_type ? `Form ${s.form_type}` : (KINDS[kind] ?? 'Document');
  const title = [what, filer?.name].filter(present).join(' — ');
  document.title = `${title} – edgard`;
  const paths = archivePaths(s);
  const firstDoc = documents[0]?.sequence ?? 1;

  const docRows = documents.map((d) => {
    const label = [d.type, d.description && d.description !== d.type ? d.description : null].filter(present).join(' · ') || `Document ${d.sequence}`;
    return h('tr', { 'data-seq': d.sequence },
      h('td', { class: 'num' }, d.sequence),
      h('td', null, h('a', { href: filingLink(id, { doc: d.sequence }), 'data-doc-link': d.sequence }, label),
        d.filename ? h('span', { class: 'filename' }, d.filename) : null),
      h('td', null, KINDS[d.kind] ?? d.kind ?? ''),
      h('td', { class: 'optional' }, d.format ?? ''),
      h('td', { class: 'num' }, formatBytes(d.bytes)),
      h('td', null, h('a', { href: `/v1/filings/${encodeSegment(id)}/documents/${d.sequence}?raw=1`, 'aria-label': `Original bytes of document ${d.sequence}` }, 'original')));
  });

  const viewerTitle = h('h2', { id: 'doc-title' }, 'Document');
  const viewerTools = h('p', { class: 'viewer-tools' });
  const text = h('pre', { id: 'doc-text', class: 'doc-text', tabindex: '0', 'aria-labelledby': 'doc-title' });
  const records = h('aside', { class: 'records', 'aria-label': 'Records extracted from the filing' });

  const root = h('div', { class: 'filing' },
    h('header', { class: 'filing-head' },
      h('p', { class: 'kicker' }, bare ? 'Document without an EDGAR envelope' : 'Filing'),
      h('h1', { tabindex: '-1' }, title),
      h('dl', { class: 'facts' },
        fact('Accession number', s.accession_number, 'nowrap'),
        fact('Filed', s.filed_at),
        fact('Accepted', s.acceptance_datetime?.replace('T', ' ')),
        fact('Period of report', s.period_of_report),
        fact('Items', present(s.items) ? s.items.join(', ') : null),
        fact('Documents', documents.length > 1 ? documents.length : null),
        bare ? fact('SHA-256', data.source?.sha256 ?? data.id?.replace(/^sha256:/, ''), 'wide mono') : null,
        fact('Size', formatBytes(data.source?.bytes))),
      h('p', { class: 'actions' },
        paths ? [h('a', { href: paths.txt }, 'Raw submission (.txt)'), h('a', { href: paths.index }, 'EDGAR index page')]
          : bare ? h('a', { href: `/v1/filings/${encodeSegment(id)}/documents/${firstDoc}?raw=1` }, 'Original file') : null,
        filer?.cik ? h('a', { href: companyLink(filer.cik) }, `All filings of ${filer.name || 'this company'}`) : null)),
    present(s.parties) ? h('section', { 'aria-labelledby': 'parties-h' },
      h('h2', { id: 'parties-h' }, s.parties.length > 1 ? 'Parties' : 'Party'),
      h('ul', { class: 'parties' }, s.parties.map(partyCard))) : null,
    documents.length ? h('section', { 'aria-labelledby': 'docs-h' },
      h('h2', { id: 'docs-h' }, `Documents (${documents.length})`),
      tableRegion('Documents', h('table', { class: 'documents' },
        h('thead', null, h('tr', null, ['#', 'Document', 'Kind', 'Format', 'Size', ''].map((t) => h('th', { scope: 'col', class: t === 'Format' ? 'optional' : null }, t)))),
        h('tbody', null, docRows)))) : null,
    h('div', { class: 'reader' },
      h('article', { class: 'viewer', 'aria-labelledby': 'doc-title' }, viewerTitle, viewerTools, text),
      records));

  filingView = { id, data, root, documents, items, keys: itemKeys(items), text, viewerTitle, viewerTools, records, seq: null };
  return root;
}

// Shows the chosen document of the filing on screen (fetching its text only when it changed),
// marks it in the documents table and records, and scrolls to the chosen item.
async function showDocument(view, params, signal) {
  const { id, documents, items, keys } = view;
  const wanted = Number(params.get('doc'));
  const itemKey = params.get('item');
  const itemIndex = itemKey ? keys.indexOf(itemKey) : -1;
  const doc = documents.find((d) => d.sequence === wanted)
    ?? (itemIndex >= 0 ? documents.find((d) => d.sequence === items[itemIndex].document) : null)
    ?? documents[0];
  if (!doc) {
    view.viewerTitle.textContent = 'No documents';
    view.text.replaceChildren('This filing holds no documents.');
    return;
  }
  if (view.seq !== doc.sequence) {
    view.seq = doc.sequence;
    for (const a of view.root.querySelectorAll('[data-doc-link]')) {
      if (Number(a.dataset.docLink) === doc.sequence) a.setAttribute('aria-current', 'true');
      else a.removeAttribute('aria-current');
    }
    const label = [doc.type, doc.description && doc.description !== doc.type ? doc.description : null, doc.filename].filter(present);
    view.viewerTitle.textContent = `Document ${doc.sequence}${label.length ? ': ' + label.join(' · ') : ''}`;
    const raw = `/v1/filings/${encodeSegment(id)}/documents/${doc.sequence}?raw=1`;
    const docItems = items.map((it, i) => ({ it, key: keys[i], i })).filter(({ it }) => it.document === doc.sequence && Array.isArray(it.text_range));
    view.viewerTools.replaceChildren();
    append(view.viewerTools, [
      h('a', { href: raw }, doc.format === 'html' ? 'Original HTML' : 'Original bytes'),
      docItems.length ? h('span', { class: 'meta' }, `${plural(docItems.length, 'item')} highlighted`) : null]);
    renderRecords(view, doc.sequence);
    if (TEXTLESS.has(doc.format)) {
      view.text.replaceChildren(h('span', { class: 'notice' }, `This ${doc.format} document has no text. `),
        IMAGE.test(doc.filename ?? '') ? h('img', { src: raw, alt: doc.description || doc.filename, loading: 'lazy' }) : h('a', { href: raw }, 'Open the original'));
    } else {
      view.text.replaceChildren(h('span', { class: 'notice' }, 'Loading the text…'));
      view.text.setAttribute('aria-busy', 'true');
      try {
        const bytes = await api(`/v1/filings/${encodeSegment(id)}/documents/${doc.sequence}`, { as: 'bytes', signal });
        signal.throwIfAborted();  // another document was chosen meanwhile
        view.text.replaceChildren(bytes.length ? highlightedText(bytes, docItems) : h('span', { class: 'notice' }, 'This document has no text.'));
      } catch (e) {
        if (e.name === 'AbortError') {
          if (view.seq === doc.sequence) view.seq = null;  // not shown after all
          throw e;
        }
        view.text.replaceChildren(errorBox(e, () => { view.seq = null; showDocument(view, params, signal).catch(ignoreAbort); }));
      } finally {
        if (!signal.aborted) view.text.removeAttribute('aria-busy');
      }
    }
  }
  if (itemIndex >= 0) {
    const mark = document.getElementById(`item-${itemKey}`);
    if (mark) {
      mark.scrollIntoView({ block: 'start' });
      mark.focus({ preventScroll: true });
    }
  }
}

// The text with each item's byte range (text_range, offsets into the UTF-8 bytes) in a <mark>.
// Offsets are moved back to the start of a UTF-8 sequence, ranges may nest (the innermost wins),
// and each slice is decoded once.
function highlightedText(bytes, docItems) {
  const size = bytes.length;
  const snap = (n) => {
    let at = Math.max(0, Math.min(size, Math.trunc(Number(n) || 0)));
    while (at > 0 && at < size && (bytes[at] & 0xc0) === 0x80) at--;
    return at;
  };
  const ranges = docItems.map(({ it, key, i }) => ({ start: snap(it.text_range[0]), end: snap(it.text_range[1]), key, i, it }))
    .filter((r) => r.end > r.start);
  const cuts = [...new Set([0, size, ...ranges.flatMap((r) => [r.start, r.end])])].sort((a, b) => a - b);
  const decoder = new TextDecoder('utf-8');
  const fragment = document.createDocumentFragment();
  const opened = new Set();
  for (let c = 0; c + 1 < cuts.length; c++) {
    const [a, b] = [cuts[c], cuts[c + 1]];
    const text = decoder.decode(bytes.subarray(a, b));
    let inner = null;
    for (const r of ranges) {
      if (r.start <= a && r.end >= b && (!inner || r.end - r.start < inner.end - inner.start)) inner = r;
    }
    if (!inner) { fragment.append(text); continue; }
    const first = !opened.has(inner.key);
    opened.add(inner.key);
    fragment.append(h('mark', {
      class: `item tone-${inner.i % 2}`, id: first ? `item-${inner.key}` : null, tabindex: first ? '-1' : null,
      'data-label': first ? `${itemLabel(inner.it)}${inner.it.title ? ' · ' + inner.it.title : ''}` : null,
    }, text));
  }
  return fragment;
}

function recordSection(title, body) {
  const slug = title.toLowerCase().replace(/[^a-z]+/g, '-');
  return h('section', { class: 'record', 'aria-labelledby': `rec-${slug}` }, h('h2', { id: `rec-${slug}` }, title), body);
}

const docRef = (view, seq, current) => seq == null ? null
  : seq === current ? h('span', { class: 'meta' }, ' (this document)')
    : [' · ', h('a', { class: 'doc-ref', href: filingLink(view.id, { doc: seq }) }, `document ${seq}`)];

function renderRecords(view, current) {
  const { data, items, keys, id } = view;
  const sections = [];
  if (present(items)) {
    sections.push(recordSection(`Items (${items.length})`, h('ol', { class: 'record-list' }, items.map((it, i) => {
      const jumpable = Array.isArray(it.text_range);
      const label = [h('strong', null, itemLabel(it)), it.title ? ` ${it.title}` : ''];
      return h('li', { class: it.document === current ? 'here' : null },
        jumpable ? h('a', { href: filingLink(id, { doc: it.document, item: keys[i] }) }, label) : label,
        it.status && it.status !== 'extracted' ? h('span', { class: 'badge' }, humanKey(it.status)) : null,
        it.document !== current ? h('span', { class: 'meta' }, ` · document ${it.document}`) : null);
    }))));
  }
  if (present(data.exhibits)) {
    sections.push(recordSection(`Exhibits (${data.exhibits.length})`, h('ul', { class: 'record-list' }, data.exhibits.map((x) =>
      h('li', null, h('strong', null, `Exhibit ${x.number}`), x.description ? ` ${x.description}` : '',
        x.document == null ? h('span', { class: 'meta' }, ' · not attached') : docRef(view, x.document, current))))));
  }
  if (present(data.signatures)) {
    sections.push(recordSection(`Signatures (${data.signatures.length})`, h('ul', { class: 'record-list' }, data.signatures.map((sig) =>
      h('li', null, h('strong', null, sig.name || 'Unnamed'),
        [sig.title, sig.company, sig.by ? `by ${sig.by}` : null, sig.date].filter(present).map((t) => [h('br'), t]),
        docRef(view, sig.document, current))))));
  }
  for (const [key, title] of [['people', 'People'], ['events', 'Events'], ['powers_of_attorney', 'Powers of attorney'], ['financial_facts', 'Financial facts']]) {
    if (present(data[key])) sections.push(recordSection(`${title} (${data[key].length})`, recordTable(title, data[key])));
  }
  if (data.ownership && typeof data.ownership === 'object') {
    sections.push(recordSection('Ownership', h('dl', { class: 'facts compact' },
      Object.entries(data.ownership).map(([k, v]) => fact(humanKey(k), formatValue(v))))));
  }
  if (present(data.warnings)) {
    sections.push(h('details', { class: 'record warnings' }, h('summary', null, `Parser warnings (${data.warnings.length})`),
      h('ul', { class: 'record-list' }, data.warnings.map((w) => h('li', null, w.offset != null ? h('span', { class: 'meta' }, `byte ${w.offset}: `) : null, w.message)))));
  }
  if (!sections.length) sections.push(h('p', { class: 'notice' }, 'No items, exhibits or signatures were found in this filing.'));
  view.records.replaceChildren(...sections);
}

function viewNotFound() {
  document.title = 'Not found – edgard';
  return h('div', null, h('h1', { tabindex: '-1' }, 'No such page'),
    h('p', null, 'This address does not name a page of edgard. ', h('a', { href: '#/' }, 'Go to search'), '.'));
}

// ---------------------------------------------------------------- start

searchForm.addEventListener('submit', submitSearch);

// "/" focuses the search box from anywhere but a text field; Escape leaves it.
document.addEventListener('keydown', (e) => {
  if (e.key !== '/' || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
  const t = e.target;
  if (t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
  e.preventDefault();
  queryBox.focus();
  queryBox.select();
});
queryBox.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && !queryBox.value) queryBox.blur();
});

// The skip link must not become a route.
document.querySelector('[data-skip]').addEventListener('click', (e) => {
  e.preventDefault();
  (main.querySelector('h1') ?? main).focus();
});

window.addEventListener('hashchange', render);
render();

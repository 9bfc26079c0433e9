// Browser tests of the web UI (web/) against a running `edgard serve` that holds the bundled
// filings (testdata/seeds and testdata/corpus):
//
//   edgard ingest testdata/seeds testdata/corpus --db /tmp/ui.db
//   edgard serve --db /tmp/ui.db --listen 127.0.0.1:8080 &
//   npm run test:browser
//
// Environment: EDGARD_URL (default http://127.0.0.1:8080), EDGARD_SCREENSHOTS (default
// build/screenshots), CHROMIUM (default /usr/bin/chromium, Debian's package).
// The tests act as a person would (keyboard, links, what is on screen) and fail on any
// script error or failed request the page logs.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const base = (process.env.EDGARD_URL || 'http://127.0.0.1:8080').replace(/\/+$/, '');
const shots = path.resolve(root, process.env.EDGARD_SCREENSHOTS || 'build/screenshots');
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';

let browser;
let context;

before(async () => {
  mkdirSync(shots, { recursive: true });
  browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
});

after(async () => {
  await browser?.close();
});

// A new page whose script errors and failed requests fail the test; `allowed` HTTP statuses
// are the ones the test provokes on purpose.
async function openPage(t, { allowed = [] } = {}) {
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`script error: ${e.message}`));
  page.on('console', (m) => {
    // Failed loads are judged by their status below.
    if (m.type() === 'error' && !/status of \d+/.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && !allowed.includes(r.status())) problems.push(`HTTP ${r.status()} ${r.url()}`);
  });
  t.after(async () => {
    await page.close();
    assert.deepEqual(problems, [], 'the page logged problems');
  });
  return page;
}

// Saves a screenshot, after checking that no placeholder of a missing value reached the screen
// (outside the filings' own words: document text and snippets).
async function shot(page, name) {
  const leaks = await page.evaluate(() => {
    const copy = document.querySelector('main').cloneNode(true);
    for (const el of copy.querySelectorAll('#doc-text, .snippet')) el.remove();
    return copy.textContent.match(/\b(null|undefined|NaN)\b|\[object Object\]/g);
  });
  assert.equal(leaks, null, `${name}: placeholders on screen`);
  await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
}
const h1 = (page) => page.getByRole('heading', { level: 1 });

// Opens search results the way a person does: "/" to the box, type, Enter.
async function searchFor(page, query) {
  await page.keyboard.press('/');
  const box = page.getByRole('searchbox', { name: 'Search the full text of filings' });
  assert.ok(await box.evaluate((el) => el === document.activeElement), '"/" focuses the search box');
  await box.fill(query);
  await box.press('Enter');
  await page.locator('ol.hits, .empty, .error').first().waitFor();
}

describe('search', () => {
  test('finds the HemaCare press release with highlighted words', async (t) => {
    const page = await openPage(t);
    await page.goto(`${base}/`);
    await page.getByText('Query syntax').first().waitFor();
    await searchFor(page, 'heaton "board of directors"');

    const hit = page.locator('li.hit').filter({ hasText: /HemaCare/i }).first();
    await hit.waitFor();
    assert.match(await hit.getByRole('link').first().innerText(), /HemaCare/i);
    const bold = await hit.locator('.snippet b').allInnerTexts();
    assert.ok(bold.some((b) => /heaton/i.test(b)), `heaton is highlighted: ${bold}`);
    assert.ok(bold.some((b) => /board of directors/i.test(b)), `the phrase is highlighted: ${bold}`);
    assert.equal(await hit.locator('.snippet *:not(b)').count(), 0, 'a snippet holds no markup but <b>');
    assert.match(await page.locator('.summary').innerText(), /\b1 document match/);

    // The address is shareable: loading it again shows the same results.
    assert.match(decodeURIComponent(new URL(page.url()).hash.replace(/\+/g, ' ')), /^#\/search\?q=heaton "board of directors"/);
    await page.reload();
    await page.locator('li.hit').filter({ hasText: /HemaCare/i }).first().waitFor();
    assert.equal(await page.getByRole('searchbox', { name: 'Search the full text of filings' }).inputValue(), 'heaton "board of directors"');
    await shot(page, 'search-heaton');
  });

  test('facets narrow and pages move on', async (t) => {
    const page = await openPage(t);
    await page.goto(`${base}/#/search?q=board&limit=10`);
    await page.locator('li.hit').first().waitFor();
    const total = Number((await page.locator('.summary').innerText()).match(/([\d,]+) documents? match/)[1].replace(/,/g, ''));
    assert.ok(total > 10, `"board" matches more than a page: ${total}`);

    await page.getByRole('link', { name: 'Next →' }).click();
    await page.waitForURL(/offset=10/);
    await page.locator('ol.hits[start="11"]').waitFor();

    const facet = page.getByRole('complementary', { name: 'Narrow the results' }).getByRole('link', { name: /^8-K\s/ });
    await facet.click();
    await page.waitForURL(/forms=8-K/);
    await page.locator('#f-forms[value="8-K"]').waitFor();  // the narrowed page, not the last one
    await page.locator('li.hit').first().waitFor();
    assert.doesNotMatch(page.url(), /offset=/, 'narrowing starts again at the first page');
    for (const title of await page.locator('li.hit h3').allInnerTexts()) assert.match(title, /8-K/);
    assert.equal(await page.locator('#f-forms').inputValue(), '8-K', 'the filter shows the narrowing');
    await shot(page, 'search-board-8-K');
  });

  test('an empty result and a malformed query are told plainly', async (t) => {
    const page = await openPage(t, { allowed: [400] });
    await page.goto(`${base}/#/search?q=zzqxjvnonexistentword`);
    await page.locator('.empty').waitFor();
    assert.match(await page.locator('.empty').innerText(), /No documents match zzqxjvnonexistentword/);

    await searchFor(page, 'board AND (');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /\(/, 'the API error message is shown');
    assert.match(await alert.innerText(), /invalid_input/);
    await shot(page, 'search-malformed');
  });
});

describe('filing', () => {
  test('the 8-K seed shows its header, text with items in place, and records', async (t) => {
    const page = await openPage(t);
    await page.goto(`${base}/#/search?q=marcario&forms=8-K`);
    const link = page.locator('li.hit h3 a').filter({ hasText: /HemaCare/i }).first();
    await link.waitFor();
    const href = await link.getAttribute('href');
    assert.match(href, /^#\/filing\/sha256:[0-9a-f]{64}/, 'a bare document is named by its SHA-256');
    await link.click();

    await page.locator('mark.item').first().waitFor();
    assert.match(await h1(page).innerText(), /8-K.*HEMACARE/i);
    const head = await page.locator('.filing-head').innerText();
    assert.match(head, /Period of report\s+2003-06-27/);
    assert.match(head, /Items\s+5, 7/);
    assert.ok(await page.getByRole('link', { name: 'Original file' }).isVisible());
    assert.equal(await page.getByRole('link', { name: 'Raw submission (.txt)' }).count(), 0, 'no EDGAR paths without an accession number');
    assert.match(await page.locator('.party').first().innerText(), /Woodland Hills/);

    const text = page.locator('#doc-text');
    assert.match(await text.innerText(), /Rose\s+Marcario/);
    // Item 5's mark holds exactly its text, from byte offsets converted to characters.
    const item5 = page.locator('mark.item[id="item-5"]');
    assert.match(await item5.getAttribute('data-label'), /^Item 5/);
    const body5 = await item5.evaluate((el) => el.textContent);
    assert.match(body5, /^The text of a press release/);
    assert.match(body5, /incorporated by reference herein\.$/);

    const records = page.getByRole('complementary', { name: 'Records extracted from the filing' });
    assert.match(await records.innerText(), /Judi Irving/);
    assert.match(await records.innerText(), /Exhibit 99\.1/);

    // Following an item record moves to its text and focuses it.
    await records.getByRole('link', { name: /Item 7/ }).click();
    await page.waitForURL(/item=7/);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'item-7');
    await shot(page, 'filing-8-K-seed');

    // The same page on a phone: one column, nothing wider than the screen.
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
    const small = await phone.newPage();
    await small.goto(page.url());
    await small.locator('mark.item').first().waitFor();
    assert.ok(await small.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), 'no sideways scrolling');
    await shot(small, 'filing-8-K-seed-phone');
    await phone.close();
  });

  test('an enveloped filing links to its EDGAR paths and switches documents', async (t) => {
    const page = await openPage(t);
    await page.goto(`${base}/#/filing/0001193125-14-084697`);
    await page.locator('mark.item').first().waitFor();
    assert.match(await h1(page).innerText(), /8-K.*APPLE/i);
    assert.equal(await page.getByRole('link', { name: 'Raw submission (.txt)' }).getAttribute('href'),
      '/Archives/edgar/data/320193/000119312514084697/0001193125-14-084697.txt');
    assert.equal(await page.getByRole('link', { name: 'EDGAR index page' }).getAttribute('href'),
      '/Archives/edgar/data/320193/000119312514084697/0001193125-14-084697-index.htm');
    const raw = await page.request.get(`${base}/Archives/edgar/data/320193/000119312514084697/0001193125-14-084697.txt`);
    assert.equal(raw.status(), 200);
    assert.match((await raw.text()).slice(0, 200), /<SEC-DOCUMENT>|<SEC-HEADER>/);

    // Keyboard: the second document's link, Enter.
    const second = page.locator('[data-doc-link="2"]');
    await second.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/doc=2/);
    await page.locator('#doc-title', { hasText: 'Document 2' }).waitFor();
    assert.equal(await second.getAttribute('aria-current'), 'true');
    await page.waitForFunction(() => !document.querySelector('#doc-text')?.hasAttribute('aria-busy'));
    assert.match(await page.locator('#doc-text').innerText(), /ARTICLES OF INCORPORATION/i);
    await shot(page, 'filing-apple-8-K');
  });

  test('a filing that does not exist shows the API message', async (t) => {
    const page = await openPage(t, { allowed: [404] });
    await page.goto(`${base}/#/filing/0000000000-00-000000`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    assert.match(await alert.innerText(), /Not found/);
    assert.match(await alert.innerText(), /not_found/);
  });
});

describe('company', () => {
  test('a company found by name shows its profile and filings', async (t) => {
    const page = await openPage(t);
    await page.goto(`${base}/`);
    await page.getByRole('link', { name: 'Companies' }).click();
    const box = page.getByRole('searchbox', { name: 'Company name or CIK' });
    await box.fill('apple');
    await box.press('Enter');
    const result = page.locator('.company-list a').first();
    await result.waitFor();
    assert.match(await result.innerText(), /apple/i);
    await result.click();

    await page.waitForURL(/#\/company\/0*320193$/);
    await page.locator('table.filings tbody tr').first().waitFor();
    assert.match(await h1(page).innerText(), /apple/i);
    assert.match(await page.locator('dl.facts').innerText(), /CIK\s+0*320193/);
    assert.match(await page.locator('main').innerText(), /Former names[\s\S]*APPLE COMPUTER INC/);
    const rows = await page.locator('table.filings tbody tr').count();
    assert.ok(rows > 5, `Apple has many filings: ${rows}`);

    // Apple's officers and directors from its 8-Ks, and its figures.
    assert.match(await page.locator('table.timeline').innerText(), /Betsy Rafael[\s\S]*retirement/);
    await page.locator('svg.chart').waitFor();

    await page.getByLabel('Form type').selectOption('8-K');
    for (const form of await page.locator('table.filings tbody tr td:first-child').allInnerTexts()) assert.equal(form, '8-K');
    await shot(page, 'company-apple');

    await page.locator('table.filings tbody a').first().click();
    await page.waitForURL(/#\/filing\//);
    await page.getByRole('heading', { level: 1, name: /8-K/ }).waitFor();
  });

  test('a company known by name only shows its officers, events, powers of attorney and figures', async (t) => {
    const page = await openPage(t);
    await page.goto(`${base}/#/timeline?company=HemaCare`);
    await page.getByRole('heading', { level: 1, name: 'HemaCare Corporation' }).waitFor();
    const people = await page.locator('table.timeline').innerText();
    assert.match(people, /David Fractor[\s\S]*succeeded by Rose Marcario/);
    assert.match(people, /Wm\. Andrew Heaton[\s\S]*until 2003-07-24 \(resignation\)/);
    assert.match(await page.locator('ol.events').innerText(), /board from 6 to 5 seats/);
    assert.match(await page.locator('main').innerText(), /Powers of attorney[\s\S]*Judi Irving[\s\S]*for Forms 3, 4, 5/);
    const chart = page.locator('svg.chart');
    await chart.waitFor();
    assert.match(await chart.getAttribute('aria-label'), /Revenues over time \(12-month periods\): .*27,817,000/);
    await page.getByLabel('Chart').selectOption('NetIncomeLoss');
    assert.match(await page.locator('svg.chart').getAttribute('aria-label'), /NetIncomeLoss over time/);
    await shot(page, 'company-timeline-hemacare');
    // Each record links to the document it came from.
    await page.locator('table.facts-table tbody a').first().click();
    await page.waitForURL(/#\/filing\/sha256:/);
  });
});

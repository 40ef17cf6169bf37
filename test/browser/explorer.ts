/**
 * The browser test of the policy explorer (`npm run test:browser`, after the library and the page are built):
 * serves the built page on 127.0.0.1, drives Debian's chromium with playwright-core, and checks that the page
 * answers as the library does in Node, draws the timeline, is usable by keyboard and at 360 px, makes no
 * request to any other host and logs no error. Screenshots go to test-output/explorer-screenshots/.
 *
 *   tsx test/browser/explorer.ts [built page folder, default test-output/explorer]
 *
 * Environment: CHROMIUM (default /usr/bin/chromium).
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { harness } from './harness.js';
import { serve } from './server.js';

type Library = typeof import('../../src/index.js');
type Decision = import('../../src/index.js').Decision;
type Member = import('../../src/index.js').Member;
type PurposeId = import('../../src/index.js').PurposeId;

// The callbacks below run in the page, where these exist; declared here, in this module only, because the
// repository's tsconfig has no DOM lib.
declare const document: any;
declare const window: any;
declare const getComputedStyle: (element: unknown) => { borderStyle: string };

const root = fileURLToPath(new URL('../..', import.meta.url));
const folder = resolve(process.argv[2] ?? join(root, 'test-output', 'explorer'));
const shots = join(root, 'test-output', 'explorer-screenshots');
const executablePath = process.env['CHROMIUM'] ?? '/usr/bin/chromium';
const BROWSER_ZONE = 'Pacific/Kiritimati'; // UTC+14: the page's answers must not depend on the browser's zone

const vocabulary = JSON.parse(readFileSync(join(root, 'data', 'vocabulary.json'), 'utf8')) as {
  purposes: { id: PurposeId; label: string }[];
  dataCategories: { id: string; label: string }[];
};
const PURPOSE_IDS = vocabulary.purposes.map((purpose) => purpose.id);
const CONTROL_NAMES = ['country', 'date', 'birthDate', 'timeZone', ...PURPOSE_IDS.map((id) => `optOut-${id}`)];

interface Case {
  country: string;
  date: string;
  birthDate?: string;
  timeZone?: string;
  optOuts?: Partial<Record<PurposeId, string>>;
}

/** What the page shows for one purpose. */
interface Shown {
  status: string | null;
  reasons: string | null;
  at: string | null;
  reasonItems: string[];
  terms: string[];
  links: string[];
  pathKinds: string[];
  sources: string[];
  quotes: string[];
  text: string;
}

async function main(): Promise<number> {
  if (!existsSync(join(folder, 'index.html'))) {
    console.error(`explorer browser test: ${folder}/index.html is missing; run tsx scripts/build-explorer.ts --out ${folder}`);
    console.log('explorer browser test: 0 passed, 1 failed (not run)');
    return 1;
  }
  if (!existsSync(executablePath)) {
    console.error(`explorer browser test: no browser at ${executablePath}; install Debian's chromium (apt-get install chromium)`);
    console.log('explorer browser test: 0 passed, 1 failed (not run)');
    return 1;
  }
  mkdirSync(shots, { recursive: true });
  const lib = (await import(pathToFileURL(join(root, 'dist', 'index.js')).href)) as Library;
  const t = harness();
  const server = await serve(folder);
  const port = new URL(server.origin).port;
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  const blocked: string[] = [];
  const failedRequests: string[] = [];

  console.log(`explorer browser test: ${folder} on ${server.origin}, ${executablePath}`);
  const browser: Browser = await chromium.launch({
    executablePath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const context: BrowserContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US', timezoneId: BROWSER_ZONE });
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1' && url.port === port) await route.continue();
      else {
        blocked.push(url.href);
        await route.abort('blockedbyclient');
      }
    });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    watch(page, 'http', pageErrors, consoleErrors, failedRequests);
    await page.goto(`${server.origin}/index.html`);
    await page.waitForSelector('html[data-ready="true"]');

    // ---- structure and labels -------------------------------------------------------------------------------
    await t.check('the page has a lang attribute, one h1 and no skipped heading level', async () => {
      const { lang, levels } = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        levels: [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h: any) => Number(h.tagName.slice(1))),
      }));
      assert.equal(lang, 'en');
      assert.equal(levels.filter((level: number) => level === 1).length, 1, 'exactly one h1');
      assert.equal(levels[0], 1, 'the first heading is the h1');
      levels.forEach((level: number, i: number) => {
        if (i > 0) assert.ok(level <= levels[i - 1]! + 1, `heading h${level} follows h${levels[i - 1]}`);
      });
    });

    await t.check(`the form has the documented controls (${CONTROL_NAMES.join(', ')}), each with a label`, async () => {
      const controls = await page.$$eval('#member-form input, #member-form select, #member-form textarea', (elements: any[]) =>
        elements.map((el) => ({ name: el.name, labels: [...el.labels].map((label: any) => label.textContent.trim()) })),
      );
      assert.deepEqual(controls.map((c: { name: string }) => c.name), CONTROL_NAMES);
      for (const control of controls) assert.ok(control.labels.some((label: string) => label.length > 0), `${control.name} has no label`);
      assert.equal(await page.getByLabel('Country', { exact: true }).getAttribute('name'), 'country');
      assert.equal(await page.getByLabel('Date', { exact: true }).getAttribute('name'), 'date');
    });

    await t.check('the country select lists every country, grouped by region, with display names', async () => {
      const groups = await page.$$eval('select[name=country] optgroup', (elements: any[]) =>
        elements.map((group) => ({ label: group.label, region: group.dataset.region, codes: [...group.querySelectorAll('option')].map((o: any) => o.value) })),
      );
      assert.deepEqual(groups.map((g: { region: string }) => g.region), lib.regions.map((region) => region.id));
      for (const region of lib.regions) {
        const group = groups.find((g: { region: string }) => g.region === region.id);
        assert.ok(group, `a group for ${region.id}`);
        assert.equal(group.label, region.name);
        assert.deepEqual([...group.codes].sort(), region.countries.map((c) => c.code).sort(), `countries of ${region.id}`);
      }
      const germany = await page.$eval('select[name=country] option[value=DE]', (o: any) => o.textContent);
      assert.equal(germany, 'Germany (DE)');
    });

    await t.check('the time-zone select offers the country default (empty) and IANA zones', async () => {
      const options = await page.$$eval('select[name=timeZone] option', (elements: any[]) => elements.map((o) => ({ value: o.value, text: o.textContent })));
      assert.equal(options[0]?.value, '');
      assert.match(options[0]?.text ?? '', /Country default \(Europe\/Berlin\)/);
      for (const zone of ['Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'UTC']) {
        assert.ok(options.some((o: { value: string }) => o.value === zone), `${zone} is offered`);
      }
    });

    // ---- answers against the library -----------------------------------------------------------------------
    const cases: Case[] = [
      { country: 'DE', date: '2025-11-02' },
      { country: 'DE', date: '2025-11-03' },
      { country: 'NO', date: '2025-11-02' },
      { country: 'NO', date: '2025-11-03' },
      { country: 'FR', date: '2025-11-03', birthDate: '2010-05-01' },
      { country: 'FR', date: '2028-05-01', birthDate: '2010-05-01' },
      { country: 'DE', date: '2025-11-20', optOuts: { 'ai-training': '2025-12-01' } },
      { country: 'DE', date: '2026-01-15', optOuts: { 'ai-training': '2025-12-01' } },
      { country: 'GB', date: '2025-11-03' },
      { country: 'GB', date: '2024-09-19' },
      { country: 'GB', date: '2026-02-01', optOuts: { 'microsoft-ai-training': '2026-01-01' } },
      { country: 'US', date: '2026-03-01' },
      { country: 'US', date: '2025-06-01', optOuts: { 'microsoft-ads': '2025-05-01' } },
      { country: 'HK', date: '2024-10-11' },
      { country: 'CA', date: '2025-11-03' },
      { country: 'IN', date: '2025-11-03' },
      { country: 'DE', date: '2024-09-17' },
      { country: 'DE', date: '2025-11-03', timeZone: 'Pacific/Kiritimati' },
      { country: 'US', date: '2025-11-03', timeZone: 'Asia/Tokyo', birthDate: '2007-11-03' },
      { country: 'US', date: '2025-01-15', birthDate: '2010-05-01' },
    ];
    for (const c of cases) {
      await t.check(`answers as the library for ${describe(c)}`, async () => {
        await setForm(page, c);
        for (const purpose of PURPOSE_IDS) {
          const expected = lib.decide(purpose, memberOf(c), c.date);
          const shown = await shownFor(page, purpose);
          compare(shown, expected, purpose);
          // One wording: the page's reasons are the library's sentences for them.
          assert.deepEqual(shown.reasonItems, lib.explainInWords(expected).slice(1, 1 + expected.reasons.length), `${purpose}: the library's words`);
        }
      });
    }

    await t.check('a minor, an opt-out and before-coverage are explained in words', async () => {
      await setForm(page, { country: 'FR', date: '2025-11-03', birthDate: '2010-05-01' });
      assert.match((await shownFor(page, 'ai-training')).reasonItems.join(' '), /under 18/);
      await setForm(page, { country: 'DE', date: '2026-01-15', optOuts: { 'ai-training': '2025-12-01' } });
      assert.match((await shownFor(page, 'ai-training')).reasonItems.join(' '), /opted out .*data used before that stays used/);
      await setForm(page, { country: 'DE', date: '2024-09-17' });
      assert.match((await shownFor(page, 'microsoft-ads')).reasonItems.join(' '), /before 2024-09-18/);
      await setForm(page, { country: 'US', date: '2025-01-15', birthDate: '2010-05-01' });
      assert.match((await shownFor(page, 'ai-training')).reasonItems.join(' '), /under 18 .*no source says whether members under 18 are excluded/);
    });

    await t.check('each fact shows the confidence of its evidence; medium and low stand out in words', async () => {
      await setForm(page, { country: 'DE', date: '2025-11-03' });
      const marks = await page.$$eval('#results [data-purpose="ai-training"] .terms li[data-term]', (items: any[]) =>
        items.map((li) => [li.dataset.term, li.querySelector('.confidence')?.dataset.confidence, li.querySelector('.confidence')?.textContent]),
      );
      const decision = lib.explainAiTraining({ country: 'DE' }, '2025-11-03');
      const expected = decision.provision!.claims
        .filter((c) => c.field === 'dataCategories' || c.field === 'excludedData')
        .map((c) => [c.value, c.confidence, c.confidence === 'high' ? 'high' : `${c.confidence} confidence`]);
      assert.deepEqual(marks, expected);
      assert.ok(marks.some(([, level]) => level === 'low'), 'a low-confidence fact is shown as such');
      const lowStyle = await page.$eval('#results [data-purpose="ai-training"] .confidence--low', (el: any) => getComputedStyle(el).borderStyle);
      assert.equal(lowStyle, 'dashed');
      const reread = await page.$$eval('#results [data-purpose="ai-training"] .sources .reread a', (links: any[]) => links.map((a) => a.href));
      assert.ok(reread.some((href: string) => href.startsWith('https://github.com/OpenTermsArchive/pga-versions/blob/bc7d59e9d4f6f5e3b2927e9c0ec82f7283d3a9b8/')));
    });

    await t.check('US microsoft-ads shows the setting as a link and the Global Privacy Control signal', async () => {
      await setForm(page, { country: 'US', date: '2026-03-01' });
      const shown = await shownFor(page, 'microsoft-ads');
      assert.deepEqual(shown.links, ['https://www.linkedin.com/mypreferences/s/settings/share-data-with-trusted-partners']);
      assert.deepEqual(shown.pathKinds, ['setting', 'signal']);
      assert.match(shown.text, /Global Privacy Control/);
    });

    // ---- input errors --------------------------------------------------------------------------------------
    await t.check('an empty date shows the library’s error in role=alert, marks the field and clears the answers', async () => {
      await setForm(page, { country: 'DE', date: '2025-11-03' });
      await page.fill('input[name=date]', '');
      const expected = errorOf(() => lib.decide('ai-training', { country: 'DE' }, ''));
      const error = await errorShown(page);
      assert.equal(error.message, expected.message);
      assert.equal(error.field, 'at');
      assert.equal(await page.getAttribute('input[name=date]', 'aria-invalid'), 'true');
      assert.equal(await page.locator('[data-purpose][data-status]').count(), 0, 'no stale answer stays');
      assert.equal(await page.locator('#timeline-marker').getAttribute('visibility'), 'hidden');
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: join(shots, 'error.png'), fullPage: false });
    });

    await t.check('an impossible date typed on the keyboard (30 February) shows an error, fixing it clears it', async () => {
      await setForm(page, { country: 'DE', date: '2025-11-03' });
      await page.fill('input[name=date]', '');
      await page.focus('input[name=date]');
      await page.keyboard.type('02302025');
      const error = await errorShown(page);
      assert.equal(error.field, 'at');
      assert.match(error.all, /incomplete or impossible date/);
      await page.fill('input[name=date]', '2025-11-03');
      assert.equal((await page.textContent('#input-error'))?.trim(), '');
      assert.equal(await page.getAttribute('input[name=date]', 'aria-invalid'), null);
      assert.equal(await page.locator('[data-purpose][data-status]').count(), PURPOSE_IDS.length);
    });

    await t.check('a birth date the library rejects (year 275760) shows INVALID_BIRTH_DATE', async () => {
      await setForm(page, { country: 'DE', date: '2025-11-03', birthDate: '275760-01-01' });
      const expected = errorOf(() => lib.decide('ai-training', { country: 'DE', birthDate: '275760-01-01' }, '2025-11-03'));
      const error = await errorShown(page);
      assert.equal(error.message, expected.message);
      assert.equal(error.code, 'INVALID_BIRTH_DATE');
      assert.equal(await page.getAttribute('input[name=birthDate]', 'aria-invalid'), 'true');
      await page.click('#input-error button');
      assert.equal(await page.evaluate(() => document.activeElement.name), 'birthDate', 'the error’s button moves focus to the field');
    });

    // ---- timeline ------------------------------------------------------------------------------------------
    await t.check(`the timeline has a row for each of ${lib.regions.length} regions × ${PURPOSE_IDS.length} purposes, every bar titled`, async () => {
      await setForm(page, { country: 'DE', date: '2025-11-03' });
      const rows = await page.$$eval('svg.timeline g.row', (elements: any[]) =>
        elements.map((row) => ({
          region: row.dataset.region,
          purpose: row.dataset.purpose,
          label: row.querySelector('.row-label')?.textContent,
          bars: [...row.querySelectorAll('rect[data-status]')].map((bar: any) => ({
            status: bar.dataset.status,
            title: bar.querySelector('title')?.textContent ?? '',
          })),
        })),
      );
      assert.equal(rows.length, lib.regions.length * PURPOSE_IDS.length);
      for (const purpose of PURPOSE_IDS) {
        for (const region of lib.regions) {
          const row = rows.find((r: { region: string; purpose: string }) => r.region === region.id && r.purpose === purpose);
          assert.ok(row, `row ${region.id} × ${purpose}`);
          assert.equal(row.label, region.name);
          assert.ok(row.bars.length >= 2, `${region.id} × ${purpose} has bars`);
          for (const bar of row.bars) {
            assert.ok(['subject', 'not-subject', 'unknown'].includes(bar.status));
            assert.ok(bar.title.includes(region.name), `bar title "${bar.title}" names the region`);
          }
        }
      }
      assert.ok((await page.locator('svg.timeline > title').textContent())?.length, 'the chart has a title');
      assert.equal(await page.locator('svg.timeline .group-label').count(), PURPOSE_IDS.length, 'each purpose group is labelled');
      assert.ok((await page.locator('svg.timeline .tick').count()) >= 8, 'the time axis is labelled');
    });

    for (const date of ['2024-09-10', '2024-10-20', '2025-11-02', '2025-11-03', '2026-03-01']) {
      await t.check(`the timeline's bar at ${date} matches the library's status in every row`, async () => {
        await setForm(page, { country: 'DE', date });
        const atDate = await page.$$eval(
          'svg.timeline g.row',
          (elements: any[], day: string) =>
            elements.map((row) => {
              const bar = [...row.querySelectorAll('rect[data-status]')].find(
                (b: any) => (b.dataset.from === '' || b.dataset.from <= day) && (b.dataset.to === '' || day < b.dataset.to),
              ) as any;
              return { region: row.dataset.region, purpose: row.dataset.purpose, status: bar?.dataset.status };
            }),
          date,
        );
        for (const row of atDate) {
          const region = lib.regions.find((r) => r.id === row.region)!;
          const expected = lib.decide(row.purpose as PurposeId, { country: region.countries[0]!.code }, date).status;
          assert.equal(row.status, expected, `${row.region} × ${row.purpose} at ${date}`);
        }
      });
    }

    await t.check('the marker moves with the date and the member’s region is highlighted', async () => {
      const xs: number[] = [];
      for (const date of ['2024-10-01', '2025-11-03', '2026-06-01']) {
        await setForm(page, { country: 'GB', date });
        const marker = page.locator('#timeline-marker');
        assert.equal(await marker.getAttribute('data-date'), date);
        xs.push(Number(await marker.getAttribute('data-x')));
      }
      assert.ok(xs[0]! < xs[1]! && xs[1]! < xs[2]!, `marker x grows with the date: ${xs.join(' < ')}`);
      const current = await page.$$eval('svg.timeline g.row[data-current="true"]', (rows: any[]) => rows.map((row) => row.dataset.region));
      assert.deepEqual(current, PURPOSE_IDS.map(() => 'gb'));
    });

    await t.check('the member’s AI-training exposure windows are drawn as the library computes them', async () => {
      const members: Case[] = [
        { country: 'DE', date: '2026-01-01', birthDate: '2008-06-15', optOuts: { 'ai-training': '2026-09-01' } },
        { country: 'HK', date: '2025-01-01' },
        { country: 'DE', date: '2025-01-01', optOuts: { 'ai-training': '2024-01-01' } },
      ];
      for (const c of members) {
        await setForm(page, c);
        const expected = lib.aiTrainingExposure(memberOf(c)).map((i) => ({ from: i.from.toISOString(), to: i.to?.toISOString() ?? '', status: i.status }));
        const shown = await page.$$eval('svg.timeline rect[data-exposure]', (bars: any[]) =>
          bars.map((bar) => ({ from: bar.dataset.from, to: bar.dataset.to, status: bar.dataset.exposure })),
        );
        assert.deepEqual(shown, expected, describe(c));
      }
      await setForm(page, { country: 'DE', date: '2026-01-01', birthDate: '2008-06-15', optOuts: { 'ai-training': '2026-09-01' } });
      await page.locator('#timeline').screenshot({ path: join(shots, 'timeline.png') });
    });

    // ---- keyboard ------------------------------------------------------------------------------------------
    await t.check('Tab reaches the skip link first, then every control in order; the keyboard changes the answer', async () => {
      await page.goto('about:blank');
      await page.goto(`${server.origin}/index.html#country=DE&date=2025-11-03`);
      await page.waitForSelector('html[data-ready="true"]');
      const order: string[] = [];
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        const name = await page.evaluate(() => {
          const el = document.activeElement;
          return el?.name || (el?.classList.contains('skip-link') ? 'skip-link' : el?.tagName.toLowerCase());
        });
        if (order.at(-1) !== name) order.push(name);
        if (name === CONTROL_NAMES.at(-1)) break;
      }
      assert.equal(order[0], 'skip-link', `first stop: ${order[0]}`);
      assert.deepEqual(order.filter((name) => CONTROL_NAMES.includes(name)), CONTROL_NAMES, `tab order: ${order.join(' → ')}`);

      await page.focus('select[name=country]');
      await page.keyboard.type('United Kingdom');
      assert.equal(await page.inputValue('select[name=country]'), 'GB');
      const expected = lib.decide('microsoft-ai-training', { country: 'GB' }, '2025-11-03');
      assert.equal(await page.getAttribute('[data-purpose="microsoft-ai-training"]', 'data-status'), expected.status);

      await page.focus('.skip-link');
      await page.keyboard.press('Enter');
      assert.equal(await page.evaluate(() => document.activeElement.id), 'answer', 'the skip link moves focus to the answer');
    });

    await t.check('desktop screenshot', async () => {
      await setForm(page, { country: 'DE', date: '2025-11-03' });
      await page.screenshot({ path: join(shots, 'desktop.png'), fullPage: true });
    });

    // ---- narrow screens ------------------------------------------------------------------------------------
    await t.check('at 360 px wide nothing scrolls sideways but the chart’s own scroller', async () => {
      await page.setViewportSize({ width: 360, height: 800 });
      await setForm(page, { country: 'GB', date: '2025-11-03', birthDate: '2000-01-01', optOuts: { 'ai-training': '2025-12-01' } });
      await page.evaluate(() => document.querySelectorAll('details').forEach((d: any) => (d.open = true)));
      const widths = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
        body: document.body.scrollWidth,
        wide: [...document.querySelectorAll('body *')]
          .filter((el: any) => !el.closest('.timeline-scroll, .table-scroll') && el.getBoundingClientRect().right > window.innerWidth + 0.5)
          .map((el: any) => `${el.tagName.toLowerCase()}.${el.className?.baseVal ?? el.className}`)
          .slice(0, 5),
      }));
      assert.ok(widths.scroll <= widths.client, `document is ${widths.scroll} px wide in a ${widths.client} px window: ${widths.wide.join(', ')}`);
      assert.deepEqual(widths.wide, [], 'elements sticking out');
      await page.evaluate(() => document.querySelectorAll('details').forEach((d: any) => (d.open = false)));
      await page.screenshot({ path: join(shots, 'mobile-360.png'), fullPage: true });
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: join(shots, 'mobile-360-top.png'), fullPage: false });
      await page.setViewportSize({ width: 1280, height: 900 });
    });

    // ---- offline, from file:// -----------------------------------------------------------------------------
    await t.check('the page works from file:// and asks for nothing but its own files', async () => {
      const fileContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: BROWSER_ZONE });
      const requests: string[] = [];
      const filePage = await fileContext.newPage();
      watch(filePage, 'file', pageErrors, consoleErrors, failedRequests);
      filePage.on('request', (request) => requests.push(request.url()));
      await filePage.goto(`${pathToFileURL(join(folder, 'index.html')).href}#country=GB&date=2025-11-03`);
      await filePage.waitForSelector('html[data-ready="true"]');
      const status = await filePage.getAttribute('[data-purpose="microsoft-ai-training"]', 'data-status');
      assert.equal(status, lib.decide('microsoft-ai-training', { country: 'GB' }, '2025-11-03').status);
      const foreign = requests.filter((url) => !url.startsWith('file:') && !url.startsWith('data:'));
      assert.deepEqual(foreign, []);
      await fileContext.close();
    });

    // ---- the whole run -------------------------------------------------------------------------------------
    await t.check('no request went to any host but 127.0.0.1', () => assert.deepEqual(blocked, []));
    await t.check('every request the page made succeeded (no 404, no failed load)', () => {
      assert.deepEqual(server.missing, []);
      assert.deepEqual(failedRequests, []);
    });
    await t.check('no page error and no console error', () => {
      assert.deepEqual(pageErrors, []);
      assert.deepEqual(consoleErrors, []);
    });
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`screenshots: ${shots}/{desktop,mobile-360,mobile-360-top,timeline,error}.png`);
  return t.summary('explorer browser test');
}

function watch(page: Page, label: string, pageErrors: string[], consoleErrors: string[], failedRequests: string[]): void {
  page.on('pageerror', (error) => pageErrors.push(`${label}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${label}: ${message.text()}`);
  });
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText ?? '';
    // Requests to other hosts are aborted on purpose and reported as blocked.
    if (!reason.includes('ERR_BLOCKED_BY_CLIENT')) failedRequests.push(`${label}: ${request.url()} ${reason}`);
  });
}

function memberOf(c: Case): Member {
  const optOuts = Object.fromEntries(Object.entries(c.optOuts ?? {}).filter(([, value]) => value !== ''));
  return {
    country: c.country,
    ...(c.birthDate ? { birthDate: c.birthDate } : {}),
    ...(c.timeZone ? { timeZone: c.timeZone } : {}),
    ...(Object.keys(optOuts).length > 0 ? { optOuts } : {}),
  };
}

function describe(c: Case): string {
  const parts = [c.country, c.date];
  if (c.birthDate) parts.push(`born ${c.birthDate}`);
  if (c.timeZone) parts.push(c.timeZone);
  for (const [purpose, date] of Object.entries(c.optOuts ?? {})) parts.push(`opted out of ${purpose} ${date}`);
  return parts.join(', ');
}

/** Sets every control, so nothing carries over from the case before. */
async function setForm(page: Page, c: Case): Promise<void> {
  await page.selectOption('select[name=country]', c.country);
  await page.selectOption('select[name=timeZone]', c.timeZone ?? '');
  await page.fill('input[name=birthDate]', c.birthDate ?? '');
  for (const purpose of PURPOSE_IDS) await page.fill(`input[name="optOut-${purpose}"]`, c.optOuts?.[purpose] ?? '');
  await page.fill('input[name=date]', c.date);
}

async function shownFor(page: Page, purpose: PurposeId): Promise<Shown> {
  return page.$eval(`#results [data-purpose="${purpose}"]`, (el: any) => ({
    status: el.getAttribute('data-status'),
    reasons: el.getAttribute('data-reasons'),
    at: el.getAttribute('data-at'),
    reasonItems: [...el.querySelectorAll('.reasons li')].map((li: any) => li.textContent),
    terms: [...el.querySelectorAll('.terms li[data-term]')].map((li: any) => li.dataset.term),
    links: [...el.querySelectorAll('.paths a')].map((a: any) => a.href),
    pathKinds: [...el.querySelectorAll('.paths li')].map((li: any) => li.dataset.kind),
    sources: [...el.querySelectorAll('.sources li[data-source]')].map((li: any) => li.dataset.source),
    quotes: [...el.querySelectorAll('.sources blockquote')].map((q: any) => q.textContent),
    text: el.textContent,
  }));
}

/** The page shows what the decision says: status, reasons, instant, data, opt-out links, sources and quotes. */
function compare(shown: Shown, expected: Decision, purpose: string): void {
  assert.equal(shown.status, expected.status, `${purpose}: status`);
  assert.equal(shown.reasons, expected.reasons.join(' '), `${purpose}: reasons`);
  assert.equal(shown.reasonItems.length, expected.reasons.length, `${purpose}: one sentence per reason`);
  assert.equal(shown.at, expected.at.toISOString(), `${purpose}: instant evaluated`);
  const provision = expected.provision;
  if (provision !== null) {
    const expectedTerms = [...(provision.dataCategories ?? []), ...(provision.excludedData ?? [])];
    assert.deepEqual(shown.terms, expectedTerms, `${purpose}: data used and excluded`);
    for (const id of provision.dataCategories ?? []) {
      const label = vocabulary.dataCategories.find((category) => category.id === id)?.label;
      assert.ok(label !== undefined && shown.text.includes(label), `${purpose}: label of ${id}`);
    }
    const urls = (provision.optOut?.paths ?? []).flatMap((path) => (path.url === undefined ? [] : [path.url]));
    assert.deepEqual(shown.links, urls, `${purpose}: opt-out links`);
  }
  assert.deepEqual(shown.sources, expected.sources.map((source) => source.id), `${purpose}: sources`);
  for (const claim of provision?.claims ?? []) {
    for (const citation of claim.citations) assert.ok(shown.quotes.includes(citation.quote), `${purpose}: quote of ${citation.source}`);
  }
}

function errorOf(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    if (error instanceof Error) return error;
  }
  throw new Error('expected the library to throw');
}

async function errorShown(page: Page): Promise<{ message: string; field: string; code: string; all: string }> {
  const alert = page.locator('[role="alert"]');
  assert.ok(await alert.isVisible(), 'the alert is visible');
  const message = page.locator('[role="alert"] .error-message');
  return {
    message: (await message.textContent()) ?? '',
    field: (await message.getAttribute('data-field')) ?? '',
    code: (await message.getAttribute('data-code')) ?? '',
    all: (await alert.textContent()) ?? '',
  };
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    console.log('\nexplorer browser test: 0 passed, 1 failed (crashed)');
    process.exit(1);
  },
);

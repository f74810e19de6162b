/**
 * The web UI in a real headless Chromium (Debian's `chromium` driven by playwright-core), against the real server on a
 * temporary database holding the bundled sample readouts: relations → dyad → meeting; a field's highlighted words are
 * its evidence; a correction persists across a reload; the .ics download parses; a hostile readout runs nothing and
 * shows literally; no console errors anywhere.
 *
 * Chromium missing is a failure (CI installs it), not a silent skip: set READOUT_SKIP_BROWSER=1 to skip knowingly.
 * READOUT_SCREENSHOTS=1 (`npm run screenshots`) also writes docs/screenshots/*.png.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ingest } from '../src/app/ingest.ts';
import type { MeetingDetailView, PlanView } from '../src/app/views.ts';
import { startServer, type RunningServer } from '../src/http/serve.ts';
import type { StorageDialect } from '../src/storage/dialects/storage-dialect.ts';
import { openDatabase } from '../src/storage/open-database.ts';

const ROOT = resolve(import.meta.dirname, '..');
const WEB = join(ROOT, 'web');
const DIST_INDEX = join(WEB, 'dist', 'index.html');
const CHROMIUM = process.env['READOUT_CHROMIUM'] ?? '/usr/bin/chromium';
const SCREENSHOTS = process.env['READOUT_SCREENSHOTS'] === '1';
const SCREENSHOT_DIR = join(ROOT, 'docs', 'screenshots');
/** The server's clock: follow-up statuses are as of this day, whatever today is. */
const SERVER_NOW = new Date('2017-10-01T09:00:00Z');

const chromiumMissing = !existsSync(CHROMIUM);
const skipKnowingly = chromiumMissing && process.env['READOUT_SKIP_BROWSER'] === '1';
if (chromiumMissing) {
  process.stderr.write(skipKnowingly
    ? `browser tests NOT RUN: ${CHROMIUM} is missing and READOUT_SKIP_BROWSER=1 is set.\n`
    : `browser tests CANNOT RUN: ${CHROMIUM} is missing. Install it (apt-get install chromium) or set READOUT_SKIP_BROWSER=1 to skip them knowingly.\n`);
}

describe('web UI in Chromium', { skip: skipKnowingly ? `${CHROMIUM} missing; READOUT_SKIP_BROWSER=1` : false }, () => {
  let dir: string;
  let dialect: StorageDialect;
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const consoleErrors: string[] = [];
  const dialogs: string[] = [];

  before(async () => {
    assert.ok(!chromiumMissing, `${CHROMIUM} is missing: the browser tests were not run (set READOUT_SKIP_BROWSER=1 to skip them knowingly)`);
    buildUiIfStale();
    dir = mkdtempSync(join(tmpdir(), 'readout-browser-'));
    dialect = await openDatabase(join(dir, 'readout.db'));
    const summary = await ingest(dialect, [join(ROOT, 'samples')], { now: () => SERVER_NOW });
    assert.equal(summary.failed, 0, `sample ingest failures: ${JSON.stringify(summary.failures)}`);
    server = await startServer({ dialect, port: 0, now: () => SERVER_NOW });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    context = await browser.newContext({ viewport: { width: 1366, height: 850 }, acceptDownloads: true, baseURL: server.url });
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => consoleErrors.push(`${page.url()}: uncaught ${error.message}`));
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    if (SCREENSHOTS) mkdirSync(SCREENSHOT_DIR, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
    await dialect?.close();
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });

  /** Goes to `path` and waits until the page has rendered (the router clears `aria-busy`). */
  async function open(path: string): Promise<void> {
    await page.goto(path);
    await settled();
  }

  async function settled(): Promise<void> {
    await page.waitForFunction(() => {
      const main = document.querySelector('main');
      return main !== null && main.getAttribute('aria-busy') !== 'true' && main.querySelector('.loading') === null;
    });
  }

  async function api<T>(path: string): Promise<T> {
    const response = await fetch(new URL(path, server.url));
    assert.equal(response.status, 200, `GET ${path}`);
    return await response.json() as T;
  }

  /** With READOUT_SCREENSHOTS=1: the window (scrolled to `at` when given) as docs/screenshots/<name>.png. */
  async function shot(name: string, at?: string): Promise<void> {
    if (!SCREENSHOTS) return;
    if (at !== undefined) await page.locator(at).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
    if (at !== undefined) await page.evaluate(() => window.scrollTo(0, 0));
  }

  let meetingPath = '';

  it('goes relations → dyad → meeting by clicking links', async () => {
    await open('/');
    assert.equal(await page.title(), 'Relations · Readout');
    const row = page.locator('tr[data-dyad="JP-RU"]');
    assert.equal((await row.locator('td').first().textContent())?.trim(), '4', 'Japan-Russia has four meetings in the samples');
    await shot('relations');

    await row.getByRole('link', { name: 'Japan – Russia' }).click();
    await page.waitForURL('**/dyad/JP-RU');
    await settled();
    assert.equal(await page.locator('h1').textContent(), 'Japan – Russia relations');
    const items = page.locator('#timeline .meeting-item');
    assert.equal(await items.count(), 4);
    assert.equal(await page.locator('.timeline-strip .timeline-mark').count(), 4, 'one mark per meeting on the time axis');
    // Level and mode are visible on each timeline entry.
    const first = (await items.first().textContent()) ?? '';
    assert.match(first, /2017-11-10/);
    assert.match(first, /Leaders/);
    assert.match(first, /In person/);
    // The follow-up board: one column per status, every card linked to its evidence.
    for (const status of ['pending', 'held', 'overdue']) assert.equal(await page.locator(`.board-column.status-${status}`).count(), 1);
    const cards = page.locator('.board .plan-card');
    assert.ok(await cards.count() > 0, 'the Japan-Russia samples announce plans');
    const evidenceHref = await cards.first().getByRole('link', { name: 'show evidence' }).getAttribute('href');
    assert.match(evidenceHref ?? '', /^\/documents\/\d+\?start=\d+&end=\d+$/);
    assert.ok(await page.locator('#per-year svg.year-chart rect.bar').count() >= 2, 'the per-year chart has bars');
    await shot('dyad');
    await shot('dyad-follow-ups', '#follow-ups');

    await items.getByRole('link', { name: '2017-09-18' }).click();
    await page.waitForURL(/\/meeting\/\d+$/);
    await settled();
    meetingPath = new URL(page.url()).pathname;
    assert.equal(await page.locator('h1').textContent(), 'Japan – Russia — 2017-09-18');
  });

  it('highlights the words a field came from when the field is clicked', async () => {
    const meeting = await api<MeetingDetailView>(`/api${meetingPath.replace('/meeting/', '/meetings/')}`);
    for (const field of ['date', 'place', 'durationMinutes']) {
      const evidence = meeting.fields.find((f) => f.field === field)?.values[0]?.evidence;
      assert.ok(evidence !== null && evidence !== undefined, `${field} has evidence`);
      await page.locator(`tr[data-field="${field}"] button.field-button`).click();
      const marks = page.locator('.source-text mark.is-active');
      const texts = await marks.allTextContents();
      assert.equal(texts.join(''), evidence.text, `${field}: highlighted words`);
      const starts = await marks.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-start'))));
      const ends = await marks.evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-end'))));
      assert.equal(starts[0], evidence.start, `${field}: highlight starts at the evidence offset`);
      assert.equal(ends.at(-1), evidence.end, `${field}: highlight ends at the evidence offset`);
      assert.ok(await marks.first().evaluate(inView), `${field}: highlight scrolled into view`);
      assert.equal(await page.locator(`tr[data-field="${field}"] button.field-button`).getAttribute('aria-pressed'), 'true');
    }
    // Dates as the source wrote them beside the normalised value.
    assert.match((await page.locator('tr[data-field="date"]').textContent()) ?? '', /2017-09-18.*“?September 18, 2017/);
    await page.locator('tr[data-field="date"] button.field-button').click();
    await shot('meeting');
  });

  it('works from the keyboard: a field button activates with Enter', async () => {
    const button = page.locator('tr[data-field="place"] button.field-button');
    await button.focus();
    await page.keyboard.press('Enter');
    assert.equal((await page.locator('.source-text mark.is-active').allTextContents()).join(''), 'New York');
    const outline = await button.evaluate((el) => getComputedStyle(el).outlineStyle);
    assert.notEqual(outline, 'none', 'focused buttons show a focus ring');
  });

  it('saves a correction from the meeting page and shows it after a reload', async () => {
    await page.locator('tr[data-field="place"] details.correct summary').click();
    await page.locator('#correct-place').fill('Manhattan, New York');
    await page.locator('#correct-place-note').fill('UN headquarters');
    await page.locator('tr[data-field="place"] form.correction-form button[type="submit"]').click();
    await page.locator('tr[data-field="place"].is-corrected').waitFor();
    await page.reload();
    await settled();
    const row = page.locator('tr[data-field="place"]');
    assert.equal(await row.locator('td.field-value .value').textContent(), 'Manhattan, New York');
    assert.equal(await row.locator('.badge.corrected').textContent(), 'corrected by analyst');
    // The extraction output is kept beside the correction.
    assert.match((await row.locator('td.field-sources').textContent()) ?? '', /^New York New York/);
    const listed = await page.locator('.correction-list li').allTextContents();
    assert.equal(listed.length, 1);
    assert.match(listed[0] ?? '', /Place set to Manhattan, New York — UN headquarters/);
    const meeting = await api<MeetingDetailView>(`/api${meetingPath.replace('/meeting/', '/meetings/')}`);
    assert.equal(meeting.place, 'Manhattan, New York');
    assert.equal(meeting.corrections.length, 1);
  });

  it('downloads the plans as .ics with one all-day event per dated plan', async () => {
    await open('/calendar?month=2017-11');
    assert.equal(await page.locator('#month-h').textContent(), 'November 2017');
    assert.ok(await page.locator('.month-grid .bar').count() > 0, 'November 2017 shows announced events as bars');
    const subscribe = await page.locator('#ics-url').inputValue();
    assert.equal(subscribe, `webcal://${new URL(server.url).host}/api/export/plans.ics`);
    await shot('calendar');

    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-ics-download]').click()]);
    const path = await download.path();
    const events = parseIcs(readFileSync(path, 'utf8'));
    const plans = (await api<{ items: PlanView[] }>('/api/plans?limit=1000')).items.filter((p) => p.start !== null);
    assert.equal(events.length, plans.length, 'every plan with a start date is one event');
    for (const plan of plans) {
      const event = events.find((e) => e['X-READOUT-PLAN-ID'] === String(plan.id));
      assert.ok(event !== undefined, `plan ${plan.id} is in the calendar`);
      assert.equal(event['DTSTART;VALUE=DATE'], compact(plan.start ?? ''), `plan ${plan.id} DTSTART`);
      assert.equal(event['DTEND;VALUE=DATE'], compact(dayAfter(plan.end ?? plan.start ?? '')), `plan ${plan.id} DTEND (exclusive)`);
    }
    const october = plans.find((p) => p.whenText === 'at the beginning of October');
    assert.ok(october !== undefined);
    assert.equal(events.find((e) => e['X-READOUT-PLAN-ID'] === String(october.id))?.['DTSTART;VALUE=DATE'], '20171001');
  });

  it('shows a hostile readout literally and runs nothing from it', async () => {
    const hostile = [
      'Japan-France Foreign Ministers\' Meeting <script>window.__readoutPwned = "script"; alert("script")</script>',
      'March 3, 2025',
      'On March 3, Mr. Taro Sato, Minister for Foreign Affairs of Japan, held a meeting with Mr. Jean Martin, Minister for Europe and Foreign Affairs of France, in Tokyo. <img src=x onerror="window.__readoutPwned=\'img\';alert(1)">',
      'The two ministers agreed to hold the next meeting in Paris in May 2025. <svg onload="window.__readoutPwned=\'svg\'"></svg> <a href="javascript:alert(1)">click</a>',
    ].join('\n\n');
    await open('/add');
    await shot('add-readouts');
    await page.locator('#paste-text').fill(hostile);
    await page.locator('#paste-title').fill('<img src=x onerror=alert("title")> hostile title');
    await page.locator('form[data-form="paste"] button[type="submit"]').click();
    const result = page.locator('.ingest-results li').first();
    await result.waitFor();
    assert.equal(await result.getAttribute('data-status'), 'added', (await result.textContent()) ?? '');
    await result.getByRole('link', { name: 'open document' }).click();
    await page.waitForURL(/\/documents\/\d+$/);
    await settled();

    const text = (await page.locator('.source-text').textContent()) ?? '';
    assert.ok(text.includes('<script>window.__readoutPwned = "script"; alert("script")</script>'), 'the script tag shows as text');
    assert.ok(text.includes('<img src=x onerror="window.__readoutPwned=\'img\';alert(1)">'), 'the onerror attribute shows as text');
    assert.ok(text.includes('<a href="javascript:alert(1)">click</a>'));
    assert.equal(await page.locator('main img, main script, main svg[onload], main a[href^="javascript:"]').count(), 0, 'no element was made from the document');
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => (window as unknown as { __readoutPwned?: string }).__readoutPwned), undefined, 'nothing ran');
    assert.deepEqual(dialogs, [], 'no dialog opened');

    // Search renders its snippet as text too.
    await open('/search?q=onerror');
    const snippet = (await page.locator('.snippet').first().textContent()) ?? '';
    assert.match(snippet, /onerror/);
    assert.equal(await page.locator('main img').count(), 0);
    assert.equal(await page.evaluate(() => (window as unknown as { __readoutPwned?: string }).__readoutPwned), undefined);
  });

  it('renders the people, person, network, documents and search pages', async () => {
    await open('/people');
    assert.ok(await page.locator('tbody tr').count() >= 10, 'the samples name at least ten people');
    await page.getByRole('link', { name: 'Sergey Lavrov' }).click();
    await page.waitForURL(/\/people\/\d+$/);
    await settled();
    assert.equal(await page.locator('h1').textContent(), 'Sergey Lavrov');
    assert.equal(await page.locator('.meeting-item').count(), 3, 'Lavrov met Kishida, Kono and Wang Yi in the samples');
    await shot('person');

    await open('/network');
    assert.equal(await page.locator('svg.network .node').count(), new Set(['JP', 'RU', 'GB', 'US', 'CN', 'CA', 'FR', 'IL']).size);
    await page.locator('#network-year').selectOption('2017');
    await page.locator('.network-page form button[type="submit"]').click();
    await page.waitForURL(/year=2017/);
    await settled();
    assert.equal(await page.locator('svg.network .node').count(), 2, 'in 2017 only Japan and Russia met');
    await open('/network');
    await shot('network');

    await open('/search?q=Vladivostok');
    assert.ok(await page.locator('.search-hits li').count() >= 1);
    assert.equal(await page.locator('.snippet mark').first().textContent(), 'Vladivostok');
  });

  it('shows two reports of one meeting side by side, and a merge can be rejected', async () => {
    const response = await fetch(new URL('/api/documents/text', server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Foreign Minister Sergey Lavrov’s talks with Foreign Minister of Japan Taro Kono', publisher: 'Ministry of Foreign Affairs of the Russian Federation', text: RUSSIAN_REPORT }),
    });
    assert.equal(response.status, 201);
    await open('/dyad/JP-RU');
    await page.locator('#timeline .meeting-item').getByRole('link', { name: '2017-09-18' }).click();
    await page.waitForURL(/\/meeting\/\d+$/);
    await settled();
    assert.equal(await page.locator('.source-column').count(), 2, 'both reports side by side');
    const occasion = page.locator('.comparison-table tr', { has: page.locator('th', { hasText: 'Occasion' }) });
    assert.match((await occasion.locator('td').nth(0).textContent()) ?? '', /United Nations \(UN\) General Assembly\s*only here/);
    // the Russian report names the Assembly ("on the sidelines of the 72nd session of the UN General Assembly", written
    // out) in other words: the sources disagree on the wording, and each value is shown with its source
    assert.match((await occasion.locator('td').nth(1).textContent()) ?? '', /^United Nations General Assembly\s*only here/);

    const meeting = await api<MeetingDetailView>(`/api${new URL(page.url()).pathname.replace('/meeting/', '/meetings/')}`);
    await page.locator('tr[data-field="date"] button.field-button').click();
    for (const value of meeting.fields.find((f) => f.field === 'date')?.values ?? []) {
      const column = page.locator(`.source-column[data-document-id="${value.source.documentId}"]`);
      assert.equal((await column.locator('mark.is-active').allTextContents()).join(''), value.evidence?.text, `date words in ${value.source.publisher ?? ''}`);
    }
    await shot('meeting-two-sources', '.texts-panel');

    const russian = meeting.sources.find((src) => src.publisher === 'Ministry of Foreign Affairs of the Russian Federation');
    assert.ok(russian !== undefined);
    await page.locator('.merges li', { hasText: 'Russian Federation' }).getByRole('button', { name: 'Not the same meeting' }).click();
    await page.waitForFunction(() => document.querySelectorAll('.source-column').length === 1);
    await settled();
    assert.equal(await page.locator('h1').textContent(), 'Japan – Russia — 2017-09-18');
    const corrections = await api<{ items: { target: string; action: string }[] }>('/api/corrections');
    assert.ok(corrections.items.some((c) => c.target === 'merge' && c.action === 'reject'));
    const split = await api<{ items: { sources: { documentId: number }[] }[] }>('/api/meetings?dyad=JP-RU');
    assert.ok(split.items.some((m) => m.sources.length === 1 && m.sources[0]?.documentId === russian.documentId), 'the Russian report is a meeting of its own');
  });

  it('logs no console errors on any page', () => {
    assert.deepEqual(consoleErrors, []);
  });
});

/** A second report of the 18 September 2017 meeting, as the other side would publish it. */
const RUSSIAN_REPORT = [
  'Foreign Minister Sergey Lavrov’s talks with Foreign Minister of Japan Taro Kono',
  '19 September 2017',
  'On September 18, Foreign Minister of the Russian Federation Sergey Lavrov held talks with Minister for Foreign Affairs of Japan Taro Kono in New York on the sidelines of the 72nd session of the UN General Assembly. The ministers discussed the situation on the Korean Peninsula and joint economic activities on the southern Kuril Islands.',
].join('\n\n');

/** True when `el` is inside its scrolling text panel's visible area and inside the window. */
function inView(el: Element): boolean {
  const box = el.getBoundingClientRect();
  const panel = el.closest('.source-text')?.getBoundingClientRect();
  if (panel === undefined) return false;
  return box.top >= panel.top && box.bottom <= panel.bottom && box.bottom > 0 && box.top < window.innerHeight;
}

/** Builds web/dist unless it is newer than every source file of the UI. */
function buildUiIfStale(): void {
  const newest = newestMtime([join(WEB, 'src'), join(WEB, 'index.html'), join(WEB, 'public'), join(WEB, 'vite.config.ts')]);
  if (existsSync(DIST_INDEX) && statSync(DIST_INDEX).mtimeMs >= newest) return;
  const vite = join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js');
  const run = spawnSync(process.execPath, [vite, 'build', '--config', join(WEB, 'vite.config.ts'), '--logLevel', 'warn'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(run.status, 0, `vite build failed:\n${run.stdout}\n${run.stderr}`);
}

function newestMtime(paths: readonly string[]): number {
  let newest = 0;
  for (const path of paths) {
    if (!existsSync(path)) continue;
    const stat = statSync(path);
    if (stat.isDirectory()) newest = Math.max(newest, newestMtime(readdirSync(path).map((name) => join(path, name))));
    else newest = Math.max(newest, stat.mtimeMs);
  }
  return newest;
}

/** The VEVENTs of an iCalendar text, each as property name (with parameters) -> value, after unfolding lines. */
function parseIcs(text: string): Record<string, string>[] {
  const lines = text.replace(/\r\n[ \t]/g, '').split(/\r\n/);
  assert.equal(lines[0], 'BEGIN:VCALENDAR');
  const events: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT') {
      assert.ok(current !== null);
      events.push(current);
      current = null;
    } else if (current !== null) {
      const colon = line.indexOf(':');
      current[line.slice(0, colon)] = line.slice(colon + 1);
    }
  }
  return events;
}

function compact(iso: string): string {
  return iso.replaceAll('-', '');
}

function dayAfter(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

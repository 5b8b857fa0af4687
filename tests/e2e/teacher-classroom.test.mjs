// Running a class with the teacher pages, in Debian's Chromium with the built extension and the
// network off: the student view keeps the leaning, the notes and the stance out of the page (and
// out of its exports) until the teacher reveals them; the teacher pastes an article of their own,
// uses it in the library, compare view and presenter, and finds it again after the browser is
// closed and started again on the same profile; the presenter walks a prepared lesson and shows
// each answer on one 1366×768 screen; the worksheet and its answer key open in a plain browser,
// print on A4 in grey, and show the article's markup as text. Screenshots go to
// artifacts/screenshots/.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch } from './helpers/chromium.mjs';
import { analyzeTexts } from './helpers/engine.mjs';
import { EXPORTS, LIBRARY, SHOTS, engineReports, pdfPages, pdfToPngs, readingOrder, seedTexts, watchRequests } from './helpers/teacher.mjs';

const [A, B] = LIBRARY.showcase;
const texts = seedTexts();
// The teacher's own article: a seed's text with markup in it that must stay text everywhere.
const INJECTION = '<img src=x onerror="document.title=\'pwned\'"><script>document.title="pwned"</script>';
const OWN_TEXT = `${texts[A]}\nتعليق القارئ: ${INJECTION}\n`;
const OWN = { title: 'مقال المعلّم <b>عن قسد</b>', outlet: 'صحيفة الاختبار', date: '2019-10-12' };

describe('teacher mode in class', () => {
  const profile = mkdtempSync(join(tmpdir(), 'adasa-classroom-'));
  const engine = engineReports();
  const own = analyzeTexts({ own: OWN_TEXT }).own;
  let ext;
  let net;
  let base;
  let ownId;

  async function start(locale = 'en-US') {
    ext = await launch({ locale, userDataDir: profile });
    net = watchRequests(ext.context);
    await ext.context.setOffline(true);
    base = `chrome-extension://${ext.extensionId}/`;
  }

  before(() => start());
  after(async () => {
    await ext?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  async function open(path, viewport = { width: 1280, height: 900 }) {
    const page = await ext.context.newPage();
    await page.setViewportSize(viewport);
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(base + path);
    return { page, errors };
  }

  async function download(page, format, prefix = 'classroom') {
    const [d] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-export=${format}]`).click()]);
    const file = join(EXPORTS, `${prefix}-${d.suggestedFilename()}`);
    await d.saveAs(file);
    return { file, name: d.suggestedFilename(), content: readFileSync(file, 'utf8') };
  }

  /** Every answer the student view keeps back, as it reads in the page. */
  const answers = (id, lang) => {
    const e = LIBRARY.articles.find((a) => a.id === id);
    return [e.leaning[lang], e.notes[lang]];
  };

  for (const lang of ['en', 'ar']) {
    test(`student view (${lang}): the library hides the leaning, the notes and the stance until revealed`, async () => {
      const { page, errors } = await open(`library.html?article=${B}&lang=${lang}&view=student`);
      await page.waitForSelector('[data-testid=article][data-painted]');
      await page.waitForSelector('[data-testid=library][data-answers=hidden]');
      const body = await page.evaluate(() => document.body.innerText);
      for (const a of LIBRARY.articles) {
        assert.ok(!body.includes(a.leaning[lang]), `leaning of ${a.id} on screen`);
        assert.ok(!body.includes(a.notes[lang]), `notes of ${a.id} on screen`);
      }
      assert.equal(await page.locator('.stances, .stance-head, [data-testid=stance-words]').count(), 0, 'no stance bar, label or score');
      assert.ok((await page.getByTestId('hidden-answer').count()) >= 3);
      // The highlights stay: the findings are what the class works on.
      assert.equal(Number(await page.getByTestId('count-framing').textContent()), engine[B].counts.framing);
      await page.screenshot({ path: join(SHOTS, `classroom-library-student-${lang}.png`) });

      // Exports made now leave the answers out.
      const html = await download(page, 'html');
      const md = await download(page, 'md');
      for (const s of answers(B, lang)) {
        assert.ok(!html.content.includes(s.slice(0, 40)), 'HTML export without the answers');
        assert.ok(!md.content.includes(s.slice(0, 40)), 'Markdown export without the answers');
      }
      assert.ok(!html.content.includes('class="stance"'), 'no stance table in the HTML export');
      assert.ok(!/\| *[\u2066\u2067\u2068]?[-−]?\d\.\d\d[\u2069]? *\|/.test(md.content), 'no stance score in the Markdown export');
      assert.ok(html.content.includes('class="f '), 'the marked findings are still in the export');

      // The reveal puts every answer on screen; switching the view off keeps them there.
      await page.getByTestId('reveal-answers').click();
      await page.waitForSelector('[data-testid=library][data-answers=shown]');
      assert.equal(await page.getByTestId('leaning').textContent(), answers(B, lang)[0]);
      assert.equal(await page.getByTestId('notes').textContent(), answers(B, lang)[1]);
      assert.equal(await page.locator('.stances > li').count(), engine[B].actors.length);
      await page.screenshot({ path: join(SHOTS, `classroom-library-revealed-${lang}.png`) });
      await page.getByTestId('reveal-answers').click();
      await page.waitForSelector('[data-testid=library][data-answers=hidden]');
      assert.equal(await page.getByTestId('leaning').count(), 0, 'hidden again');
      await page.getByTestId('student-view').uncheck();
      await page.waitForSelector('[data-testid=library][data-view=teacher][data-answers=shown]');
      // The address follows the view after the page has drawn it: wait for it, as for the check below.
      await page.waitForFunction(() => new URL(location.href).searchParams.get('view') === null);
      await page.getByTestId('student-view').check();
      await page.waitForFunction(() => new URL(location.href).searchParams.get('view') === 'student');
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  test('student view: compare hides the leaning and the stance bars, the presenter offers no answer list', async () => {
    const { page, errors } = await open(`compare.html?a=seed:${A}&b=seed:${B}&lang=ar&view=student`);
    await page.waitForSelector('[data-testid=compare][data-ready=true][data-answers=hidden]');
    const body = await page.evaluate(() => document.body.innerText);
    for (const id of [A, B]) assert.ok(!body.includes(answers(id, 'ar')[0]), `leaning of ${id}`);
    assert.equal(await page.getByTestId('stance').count(), 0, 'no stance table');
    assert.equal(await page.locator('.stance-head, [data-testid=stance-words]').count(), 0);
    // Links on keep the student view.
    const present = await page.locator('.side a[href^="presenter.html"]').first().getAttribute('href');
    assert.equal(new URLSearchParams(present.split('?')[1]).get('view'), 'student');
    await page.screenshot({ path: join(SHOTS, 'classroom-compare-student-ar.png'), fullPage: true });
    await page.getByTestId('reveal-answers').click();
    await page.waitForSelector('[data-testid=compare][data-answers=shown]');
    assert.equal(await page.getByTestId('stance').count(), 1);
    assert.equal((await page.getByTestId('leaning').allTextContents()).length, 2);
    assert.deepEqual(errors, []);
    await page.close();

    const p = await open(`presenter.html?article=seed:${B}&lang=en&view=student`);
    await p.page.waitForSelector('[data-testid=presenter][data-view=student]');
    await p.page.getByTestId('passage').waitFor();
    assert.equal(await p.page.getByTestId('prepare').count(), 0, 'the lesson list (every answer) is the teacher’s');
    assert.equal(await p.page.getByTestId('answer').isVisible(), false);
    assert.deepEqual(p.errors, []);
    await p.page.close();
  });

  test('an article of my own: pasted, edited, shown with the engine’s findings, in compare and presenter', async () => {
    const { page, errors } = await open(`library.html?article=${A}&lang=ar`);
    await page.waitForSelector('[data-testid=article][data-painted]');
    await page.getByTestId('own-add').click();
    // Nothing is saved without a text.
    await page.getByTestId('own-save').click();
    await page.getByTestId('own-problems').waitFor();
    await page.getByTestId('own-title').fill(OWN.title);
    await page.getByTestId('own-outlet').fill('منفذ مؤقت');
    await page.getByTestId('own-date').fill('12/10/2019');
    await page.getByTestId('own-text').fill(OWN_TEXT);
    await page.getByTestId('own-save').click();
    await page.getByTestId('own-problems').filter({ hasText: 'YYYY-MM-DD' }).waitFor();
    await page.getByTestId('own-date').fill(OWN.date);
    await page.screenshot({ path: join(SHOTS, 'classroom-own-form-ar.png') });
    await page.getByTestId('own-save').click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('article')?.startsWith('own:'));
    ownId = new URL(page.url()).searchParams.get('article').slice(4);
    await page.waitForSelector(`.reader[data-article="own:${ownId}"] [data-testid=article][data-painted]`);
    assert.equal(await page.locator('#article-title').textContent(), OWN.title, 'the title is text, markup included');
    assert.equal(await page.locator('#article-title b').count(), 0);
    for (const k of Object.keys(own.counts)) assert.equal(Number(await page.getByTestId(`count-${k}`).textContent()), own.counts[k], `count of ${k}`);
    assert.ok((await page.locator('[data-testid=article]').textContent()).includes(INJECTION), 'the markup shows as text');
    assert.equal(await page.locator('[data-testid=article] img, [data-testid=article] script').count(), 0);
    assert.notEqual(await page.title(), 'pwned');

    // Edit: the outlet changes, the text and findings stay.
    await page.locator(`[data-own="${ownId}"] [data-testid=own-edit]`).click();
    assert.equal(await page.getByTestId('own-text').inputValue(), OWN_TEXT);
    await page.getByTestId('own-outlet').fill(OWN.outlet);
    await page.getByTestId('own-save').click();
    await page.getByTestId('own-details').filter({ hasText: OWN.outlet }).waitFor();
    assert.equal(await page.locator('[data-own]').count(), 1, 'edited in place, not added');
    await page.screenshot({ path: join(SHOTS, 'classroom-own-library-ar.png') });

    // Compare: the own article beside a demo one, and in the pickers.
    await page.getByTestId('compare-with').selectOption(`seed:${B}`);
    await page.locator('.launcher button[type=submit]').click();
    await page.waitForSelector('[data-testid=compare][data-ready=true]');
    assert.equal(new URL(page.url()).searchParams.get('a'), `own:${ownId}`);
    const sideText = await page.locator('.side[data-side="0"]').textContent();
    assert.ok(sideText.includes(OWN.outlet) && sideText.includes(OWN.date), sideText);
    assert.equal(await page.locator(`[data-testid=pick-articleB] option[value="own:${ownId}"]`).count(), 1);
    await page.screenshot({ path: join(SHOTS, 'classroom-own-compare-ar.png') });

    // Presenter: every finding of the pasted text.
    await page.locator('.side[data-side="0"] a[href^="presenter.html"]').click();
    await page.waitForSelector(`[data-testid=presenter][data-total="${own.findings.length}"]`);
    assert.ok((await page.getByTestId('passage').textContent()).includes(readingOrder(own)[0].text));
    assert.deepEqual(errors, []);
    await page.close();
  });

  test('my article and my lesson survive a browser restart (same profile, browser closed and started again)', async () => {
    const { page } = await open(`presenter.html?article=seed:${B}&lang=en`);
    await page.getByTestId('passage').waitFor();
    await page.getByTestId('prepare').click();
    await page.locator('[data-kind=distancing]').uncheck();
    const keys = await page.locator('.lesson-shortlist input[data-key]').evaluateAll((els) => els.slice(0, 3).map((e) => e.dataset.key));
    for (const k of keys) await page.locator(`[data-key="${k}"]`).check();
    await page.getByTestId('lesson-done').click();
    await page.waitForSelector('[data-testid=presenter][data-total="3"]');
    await page.close();

    await ext.close();
    await start('ar');
    const lib = await open(`library.html?article=own:${ownId}&lang=ar`);
    await lib.page.waitForSelector(`.reader[data-article="own:${ownId}"] [data-testid=article][data-painted]`);
    assert.equal(await lib.page.locator('#article-title').textContent(), OWN.title);
    await lib.page.getByTestId('own-details').filter({ hasText: OWN.outlet }).waitFor();
    assert.equal(Number(await lib.page.getByTestId('count-framing').textContent()), own.counts.framing);
    await lib.page.close();
    const cmp = await open(`compare.html?a=own:${ownId}&b=seed:${B}&lang=ar`);
    await cmp.page.waitForSelector('[data-testid=compare][data-ready=true]');
    await cmp.page.close();
    const pres = await open(`presenter.html?article=seed:${B}&lang=en`);
    await pres.page.waitForSelector('[data-testid=presenter][data-total="3"]');
    await pres.page.getByTestId('prepare').click();
    assert.equal(await pres.page.locator('[data-kind=distancing]').isChecked(), false, 'the kinds chosen are kept');
    for (const k of keys) assert.equal(await pres.page.locator(`[data-key="${k}"]`).isChecked(), true);
    await pres.page.screenshot({ path: join(SHOTS, 'classroom-presenter-prepare-en.png') });
    await pres.page.getByTestId('clear-shortlist').click();
    await pres.page.locator('[data-kind=distancing]').check();
    await pres.page.getByTestId('lesson-done').click();
    await pres.page.waitForSelector(`[data-testid=presenter][data-total="${engine[B].findings.length}"]`);
    await pres.page.close();
  });

  for (const lang of ['en', 'ar']) {
    test(`presenter at 1366×768 (${lang}): after each reveal the mark, explanation, neutral wording and target are on screen`, async () => {
      const order = readingOrder(engine[B]);
      const { page, errors } = await open(`presenter.html?article=seed:${B}&lang=${lang}`, { width: 1366, height: 768 });
      await page.waitForSelector(`[data-testid=presenter][data-total="${order.length}"]`);
      const shot = new Set([0, order.findIndex((f) => f.neutral), order.reduce((m, f, i) => (f.text.length > order[m].text.length ? i : m), 0)]);
      for (const [i] of order.entries()) {
        await page.waitForSelector(`[data-testid=presenter][data-index="${i}"] [data-revealed=false]`);
        await page.keyboard.press('Enter');
        await page.waitForSelector(`[data-testid=presenter][data-index="${i}"] [data-revealed=true]`);
        const fit = await page.evaluate(() => {
          const inView = (r) => r.width > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
          const marks = [];
          for (const [name, h] of CSS.highlights)
            if (name.startsWith('adasa-') && name !== 'adasa-focus' && name !== 'adasa-flash') for (const r of h) marks.push(r.getBoundingClientRect());
          const rows = [...document.querySelectorAll('[data-testid=answer] .why, [data-testid=answer] dt, [data-testid=answer] dd')].map((e) => e.getBoundingClientRect());
          return {
            scroll: document.scrollingElement.scrollHeight - innerHeight,
            marks: marks.length,
            markIn: marks.every(inView),
            rowsIn: rows.length > 0 && rows.every(inView),
            markSize: parseFloat(getComputedStyle(document.querySelector('[data-testid=passage]')).fontSize),
          };
        });
        if (fit.scroll > 0) await page.screenshot({ path: join(SHOTS, `classroom-presenter-1366-${lang}-overflow.png`), fullPage: true });
        assert.ok(fit.scroll <= 0, `finding ${i + 1}: the page scrolls by ${fit.scroll}px`);
        assert.equal(fit.marks, 1, `finding ${i + 1}: one mark`);
        assert.ok(fit.markIn, `finding ${i + 1}: the mark is on screen`);
        assert.ok(fit.rowsIn, `finding ${i + 1}: the explanation and its rows are on screen`);
        assert.ok(fit.markSize >= 36, `finding ${i + 1}: mark at ${fit.markSize}px`);
        if (shot.has(i)) await page.screenshot({ path: join(SHOTS, `classroom-presenter-1366-${lang}-${i + 1}.png`) });
        if (i < order.length - 1) await page.keyboard.press('Enter');
      }
      assert.deepEqual(errors, []);
      await page.close();
    });
  }

  describe('worksheet and answer key in a plain browser', () => {
    const files = {};
    let plain;
    let plainNet;

    before(async () => {
      for (const [name, path] of [
        ['seed', `library.html?article=${B}&lang=ar`],
        ['own', `library.html?article=own:${ownId}&lang=ar`],
        ['seed-en', `library.html?article=${B}&lang=en`],
      ]) {
        const { page } = await open(path);
        await page.waitForSelector('[data-testid=article][data-painted]');
        files[name] = { worksheet: await download(page, 'worksheet', `classroom-${name}`), key: await download(page, 'key', `classroom-${name}`) };
        await page.close();
      }
      plain = await launch({ withExtension: false, locale: 'ar' });
      plainNet = watchRequests(plain.context);
      await plain.context.setOffline(true);
    });
    after(async () => {
      await plain?.close();
    });

    for (const [name, kind] of [
      ['seed', 'worksheet'],
      ['seed', 'key'],
      ['own', 'worksheet'],
      ['own', 'key'],
      ['seed-en', 'worksheet'],
      ['seed-en', 'key'],
    ]) {
      test(`${kind} of ${name}: right to left, numbered, grey, A4`, async () => {
        const { file } = files[name][kind];
        const page = await plain.context.newPage();
        const errors = [];
        page.on('pageerror', (e) => errors.push(e.message));
        await page.goto(pathToFileURL(file).href);
        const shape = await page.evaluate(() => ({
          dir: document.documentElement.dir,
          textDir: document.querySelector('section.text')?.dir ?? null,
          paragraphs: [...document.querySelectorAll('.para')].map((p) => Number(p.dataset.n)),
          questions: [...document.querySelectorAll('[data-q]')].map((q) => ({ n: Number(q.dataset.q), type: q.dataset.type })),
          title: document.title,
          markup: document.querySelectorAll('body img, body script, h1 b').length,
        }));
        assert.equal(shape.dir, name === 'seed-en' ? 'ltr' : 'rtl');
        assert.equal(shape.markup, 0, 'page text never becomes markup');
        assert.notEqual(shape.title, 'pwned');
        if (kind === 'worksheet') {
          assert.equal(shape.textDir, 'rtl', 'the article reads right to left');
          assert.deepEqual(
            shape.paragraphs,
            shape.paragraphs.map((_, i) => i + 1),
          );
          assert.ok(shape.paragraphs.length >= 5);
        } else assert.equal(shape.textDir, null, 'the key does not repeat the article');
        assert.deepEqual(
          shape.questions.map((q) => q.n),
          shape.questions.map((_, i) => i + 1),
        );
        assert.deepEqual([...new Set(shape.questions.map((q) => q.type))], ['names', 'figure', 'neutral']);
        // The worksheet and its key ask the same questions in the same order.
        const other = readFileSync(files[name][kind === 'key' ? 'worksheet' : 'key'].file, 'utf8');
        assert.equal((other.match(/data-q="/g) ?? []).length, shape.questions.length);
        if (name === 'own' && kind === 'worksheet') {
          const shown = await page.locator('section.text').textContent();
          assert.ok(shown.includes(INJECTION), 'the markup in the article prints as text');
        }
        // Only greys: no colour carries meaning on paper.
        await page.emulateMedia({ media: 'print' });
        const colours = await page.evaluate(() => {
          const out = new Set();
          for (const e of document.querySelectorAll('body, body *')) {
            const s = getComputedStyle(e);
            for (const c of [s.color, s.backgroundColor, s.borderTopColor, s.borderInlineStartColor, s.textDecorationColor]) out.add(c);
          }
          return [...out];
        });
        const grey = (c) => {
          const m = /rgba?\((\d+), (\d+), (\d+)(?:, ([\d.]+))?\)/.exec(c);
          return m && ((m[1] === m[2] && m[2] === m[3]) || m[4] === '0');
        };
        assert.deepEqual(
          colours.filter((c) => !grey(c)),
          [],
        );
        const pdf = join(EXPORTS, `classroom-${name}-${kind}.pdf`);
        await page.pdf({ path: pdf, format: 'A4', printBackground: true });
        assert.ok(statSync(pdf).size > 10_000);
        const pages = pdfPages(pdf);
        const pngs = pdfToPngs(pdf, `classroom-${name}-${kind}-print`, { gray: true });
        assert.equal(pngs.length, pages);
        await page.setViewportSize({ width: 900, height: 1200 });
        await page.emulateMedia({ media: 'screen' });
        await page.screenshot({ path: join(SHOTS, `classroom-${name}-${kind}.png`) });
        assert.deepEqual(errors, []);
        await page.close();
      });
    }

    test('the handouts asked for nothing: no request but the files themselves', () => {
      assert.ok(plainNet.seen.length > 0);
      assert.deepEqual(
        plainNet.seen.filter((u) => !u.startsWith('file://')),
        [],
      );
    });
  });

  test('delete: the article leaves the library, the compare pickers and storage', async () => {
    const { page, errors } = await open(`library.html?article=own:${ownId}&lang=en`);
    await page.waitForSelector(`[data-own="${ownId}"]`);
    page.once('dialog', (d) => d.accept());
    await page.locator(`[data-own="${ownId}"] [data-testid=own-delete]`).click();
    await page.waitForSelector(`[data-own="${ownId}"]`, { state: 'detached' });
    await page.waitForSelector(`.reader[data-article="${A}"] [data-testid=article][data-painted]`);
    const stored = await page.evaluate(() => chrome.storage.local.get(null));
    assert.deepEqual(stored.ownArticles, []);
    const cmp = await open(`compare.html?a=own:${ownId}&b=seed:${B}&lang=en`);
    await cmp.page.locator('.error[role=alert]').waitFor();
    assert.equal(await cmp.page.locator(`option[value="own:${ownId}"]`).count(), 0);
    await cmp.page.close();
    assert.deepEqual(errors, []);
    assert.deepEqual(net.outside(), []);
    await page.close();
  });
});

// The WordPress plugin inside a real WordPress 6.1 (Debian's packages, twentytwentythree), set
// up by scripts/setup-wordpress.sh: installed from dist/overlap-wordpress.zip through
// WordPress's own upload screen, posts written by an Author (kses applies), read in Chromium
// by an anonymous reader. The tests run in order: each builds on the site the previous left.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { after, before, test } from 'node:test';
import { launchBrowser, newPage, repo, resultsDir, until } from '../browser/helpers.mjs';
import { CONTENT_DIR, PLUGIN_DIR, block, createPosts, logIn, optionsNamed, paragraphsHtml, site } from './site.mjs';

const wire = readFileSync(join(repo, 'demo/examples/ferry-wire.txt'), 'utf8');
const published = readFileSync(join(repo, 'demo/examples/ferry-published.txt'), 'utf8');
const ALLOWED = new Set(['a', 'b', 'src-a', 'src-b', 'label-a', 'label-b', 'min-words', 'view', 'order', 'theme', 'worker']);

let browser;
let posts;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

// A reader's page that records alert() and friends as well as errors.
async function readerPage() {
  const page = await newPage(browser);
  page.dialogs = [];
  page.on('dialog', async (dialog) => {
    page.dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  return page;
}

// Every <overlap-view> of the page: its state, texts, passages count and attributes.
function widgets(page) {
  return page.evaluate(() => [...document.querySelectorAll('overlap-view')].map((w) => ({
    state: w.state,
    error: w.shadowRoot.querySelector('[part="error"]')?.textContent ?? '',
    a: w.texts?.a ?? null,
    passages: w.result?.passages.length ?? 0,
    attributes: w.getAttributeNames(),
    labels: [...w.shadowRoot.querySelectorAll('[part~="label"]')].map((l) => l.textContent),
  })));
}

// The <link rel="preload"> elements of <head> for the engine's wasm.
function enginePreloads(page) {
  return page.evaluate(() => [...document.head.querySelectorAll('link[rel="preload"]')]
    .filter((link) => /\/overlap\.wasm$/.test(new URL(link.href).pathname))
    .map((link) => ({ as: link.getAttribute('as'), crossOrigin: link.crossOrigin })));
}

async function waitSettled(page, count) {
  await until(page, (n) => {
    const all = [...document.querySelectorAll('overlap-view')];
    return all.length >= n && all.every((w) => ['ready', 'error', 'idle'].includes(w.state));
  }, count, 60000);
}

function files(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path); else out.push(relative(dir, path));
    }
  };
  walk(dir);
  return out.sort();
}

test('the zip installs through WordPress\'s upload screen and activates', async () => {
  const page = await newPage(browser);
  await logIn(page, 'admin');
  await page.goto(`${site.url}wp-admin/plugin-install.php?tab=upload`);
  await page.setInputFiles('#pluginzip', join(repo, 'dist/overlap-wordpress.zip'));
  await Promise.all([page.waitForLoadState('load'), page.click('#install-plugin-submit')]);
  await page.waitForSelector('text=Plugin installed successfully.', { timeout: 60000 });
  // What WordPress unpacked is the build's plugin folder, file for file.
  const built = join(repo, 'dist/wordpress/overlap');
  assert.deepEqual(files(PLUGIN_DIR), files(built));
  for (const file of files(built)) assert.ok(readFileSync(join(PLUGIN_DIR, file)).equals(readFileSync(join(built, file))), file);
  await Promise.all([page.waitForURL(/plugins\.php/), page.click('a.button-primary[href*="action=activate"]')]);
  await page.waitForSelector('tr.active[data-slug="overlap"]');
  // The dashboard's own requests to wordpress.org and gravatar.com fail offline; nothing else may.
  assert.deepEqual(page.problems.filter((p) => !/Failed to load resource/.test(p)), []);
});

test('an Author\'s posts keep the element and the shortcode; the block is stored', () => {
  const pair = `<div id="original">${paragraphsHtml(wire)}</div>\n<div id="rewrite">${paragraphsHtml(published)}</div>\n`;
  const swapped = `<div id="original">${paragraphsHtml(published)}</div>\n<div id="rewrite">${paragraphsHtml(wire)}</div>\n`;
  const element = '<overlap-view a="#original" b="#rewrite" label-a="Wire story" label-b="Published" min-words="12" theme="auto"></overlap-view>';
  posts = Object.fromEntries(createPosts('author', [
    { title: 'Raw element', content: pair + element },
    { title: 'Shortcode', content: `${pair}[overlap a="#original" b="#rewrite" label-a="Wire story" label-b="Published"]` },
    { title: 'Block', content: `<!-- wp:paragraph --><p>A comparison pasted into the block.</p><!-- /wp:paragraph -->\n${block('overlap/view', { textA: wire, textB: published, labelA: 'Wire story', labelB: 'Published' })}` },
    { title: 'Block on the post itself', content: `<!-- wp:html -->${paragraphsHtml(wire)}<!-- /wp:html -->\n${block('overlap/view', { sourceA: 'post', textB: published, labelA: 'This post', labelB: 'Published' })}` },
    { title: 'Pair one', content: pair + element, category: 'Pairs' },
    { title: 'Pair two', content: swapped + element, category: 'Pairs' },
    { title: 'Hostile', content: hostileContent() },
    { title: 'No widget', content: '<p>An ordinary post.</p>' },
  ]).map((p, i) => [['raw', 'shortcode', 'block', 'ownText', 'pairOne', 'pairTwo', 'hostile', 'plain'][i], p]));
  assert.ok(posts.raw.content.includes(element), 'kses kept the element and its attributes');
  assert.ok(posts.shortcode.content.includes('[overlap a="#original"'));
  assert.match(posts.block.content, /<!-- wp:overlap\/view \{/);
  // An archive page showing both "Pairs" posts in full, as a site's editor would build it.
  const query = { queryId: 1, query: { perPage: 2, postType: 'post', order: 'asc', orderBy: 'date', inherit: false, taxQuery: { category: [posts.pairOne.term] } } };
  const [archive] = createPosts('admin', [{ type: 'page', title: 'Both pairs', content:
    `<!-- wp:query ${JSON.stringify(query)} --><div class="wp-block-query"><!-- wp:post-template --><!-- wp:post-title /--><!-- wp:post-content /--><!-- /wp:post-template --></div><!-- /wp:query -->` }]);
  posts.archive = archive;
});

function hostileContent() {
  const texts = `<div id="h-a">${paragraphsHtml(wire)}</div><div id="h-b">${paragraphsHtml(published)}</div>`;
  return `${texts}
<overlap-view a="#h-a" b="#h-b" label-a="<img src=x onerror=alert(1)>" label-b="Fine" onclick="alert(2)" onmouseover="alert(3)" style="color:red" src-a="javascript:alert(4)"></overlap-view>
<overlap-view a="#h-a" b="#h-b" label-a="</overlap-view><script>alert(5)</script>"></overlap-view>
<overlap-view a="#h-a&quot; onfocus=&quot;alert(6)" b="#h-b" label-b="x&quot; autofocus onfocus=&quot;alert(7)" view="passages&quot; onclick=&quot;alert(8)"></overlap-view>
<overlap-view src-a="https://evil.example/a.txt" src-b="//evil.example/b.txt"></overlap-view>
<overlap-view src-a="/wp-content/plugins/overlap/readme.txt" src-b="/wp-content/plugins/overlap/readme.txt" min-words="9999999" theme="bogus" worker="sometimes"></overlap-view>
<overlap-view src-a="/wp-content/plugins/overlap/readme.txt" src-b="/wp-content/plugins/overlap/readme.txt /wp-content/plugins/overlap/THIRD-PARTY-NOTICES.txt"></overlap-view>
<overlap-view src-a="/wp-content/plugins/overlap/readme.txt" src-b="/wp-content/plugins/overlap/readme.txt https://evil.example/c.txt"></overlap-view>
[overlap a="#h-a" b="#h-b" label-a="<img src=x onerror=alert(9)>" onclick="alert(10)" src-a="javascript:alert(11)"]`;
}

test('the raw element, the shortcode and the block show passages, with the script deferred in the footer', async () => {
  for (const name of ['raw', 'shortcode', 'block']) {
    const page = await readerPage();
    const wasm = [];
    page.on('request', (request) => { if (/\/overlap\.wasm$/.test(new URL(request.url()).pathname)) wasm.push(request.url()); });
    await page.goto(posts[name].url);
    await waitSettled(page, 1);
    const [w] = await widgets(page);
    assert.equal(w.state, 'ready', `${name}: ${w.error}`);
    assert.ok(w.passages >= 3, `${name}: ${w.passages} passages`);
    assert.ok(w.a.startsWith('Ferry service to Marrow Island suspended'), name);
    assert.deepEqual(w.labels, ['A · Wire story', 'B · Published'], name);
    const scripts = await page.evaluate(() => [...document.scripts].filter((s) => /overlap-view\.js/.test(s.src))
      .map((s) => ({ defer: s.defer, afterContent: !!(document.querySelector('.wp-site-blocks').compareDocumentPosition(s) & Node.DOCUMENT_POSITION_FOLLOWING) })));
    assert.deepEqual(scripts, [{ defer: true, afterContent: true }], `${name}: one deferred footer script`);
    assert.equal(await page.evaluate(() => document.querySelectorAll('.wp-block-post-content script').length), 0, `${name}: no script in the post`);
    // The wasm is asked for in <head>, with the page, and the widget takes that response.
    assert.deepEqual(await enginePreloads(page), [{ as: 'fetch', crossOrigin: 'anonymous' }], `${name}: the wasm preloaded`);
    assert.equal(wasm.length, 1, `${name}: downloaded once (${wasm.join(', ')})`);
    if (name === 'block') await page.screenshot({ path: join(resultsDir, 'wordpress-block.png') });
    assert.deepEqual(page.problems, [], name);
    await page.context().close();
  }
});

test('the block can take text A from its own post', async () => {
  const page = await readerPage();
  await page.goto(posts.ownText.url);
  await waitSettled(page, 1);
  const [w] = await widgets(page);
  assert.equal(w.state, 'ready', w.error);
  assert.ok(w.a.startsWith('Ferry service to Marrow Island suspended'));
  assert.ok(!w.a.includes('Marrow Island cut off'), 'text B, hidden in the block, is not part of the post\'s text');
  assert.ok(w.passages >= 3);
  assert.deepEqual(page.problems, []);
});

test('a page without the widget gets no script and preloads nothing', async () => {
  const page = await readerPage();
  await page.goto(posts.plain.url);
  assert.equal(await page.evaluate(() => [...document.scripts].some((s) => /overlap/.test(s.src))), false);
  assert.deepEqual(await enginePreloads(page), []);
});

test('two posts with the same ids on one page each compare their own texts', async () => {
  const page = await readerPage();
  await page.goto(posts.archive.url);
  await waitSettled(page, 2);
  const [one, two] = await widgets(page);
  await page.screenshot({ path: join(resultsDir, 'wordpress-archive.png'), fullPage: true });
  assert.equal(one.state, 'ready', one.error);
  assert.equal(two.state, 'ready', two.error);
  // The query lists the posts by date, and both were published within the same second: they may
  // come in either order. Each post's A is its own #original: the wire story in one, the
  // published version in the other; a widget reading the first post's #original gives two wires.
  const story = (a) => (a.startsWith('Ferry service to Marrow Island suspended') ? 'wire'
    : a.startsWith('Marrow Island cut off') ? 'published' : a.slice(0, 40));
  assert.deepEqual([story(one.a), story(two.a)].sort(), ['published', 'wire'], 'each post its own text A');
  assert.deepEqual(page.problems, []);
});

test('hostile attribute values stay inert', async () => {
  // What kses stored: every <overlap-view> tag has only documented attributes with harmless
  // values (the tags it could not parse are stored as escaped text).
  const tags = [...posts.hostile.content.matchAll(/<overlap-view\b([^>]*)>/g)].map((m) => m[1]);
  assert.ok(tags.length >= 3, 'the parseable tags are kept');
  for (const attributes of tags) {
    // kses writes every attribute as name="value", with any quote in a value as &quot;.
    assert.match(attributes, /^(\s+[\w-]+="[^"]*")*\s*$/);
    for (const [, name, value] of attributes.matchAll(/([\w-]+)="([^"]*)"/g)) {
      assert.ok(ALLOWED.has(name), `stored attribute ${name}`);
      assert.doesNotMatch(value, /javascript:|evil\.example|[<>]/, `value of ${name}`);
    }
  }
  assert.match(posts.hostile.content, /src-a="\/wp-content\/plugins\/overlap\/readme\.txt"/, 'a same-site URL is kept');
  const page = await readerPage();
  await page.goto(posts.hostile.url);
  await waitSettled(page, 4);
  await page.mouse.move(400, 400);
  for (const w of await widgets(page)) {
    for (const name of w.attributes) assert.ok(ALLOWED.has(name), `attribute ${name} on an <overlap-view>`);
  }
  const dom = await page.evaluate(() => {
    const content = document.querySelector('.wp-block-post-content');
    return {
      scripts: content.querySelectorAll('script').length,
      handlers: [...content.querySelectorAll('*')].flatMap((el) => el.getAttributeNames().filter((n) => n.startsWith('on'))),
      sources: [...content.querySelectorAll('overlap-view')].flatMap((el) => [el.getAttribute('src-a'), el.getAttribute('src-b')]).filter(Boolean),
    };
  });
  // Several same-site sources in src-b are kept; a list with one other site's URL is dropped whole.
  const readme = '/wp-content/plugins/overlap/readme.txt';
  assert.deepEqual(dom, { scripts: 0, handlers: [], sources: [readme, readme, readme, `${readme} /wp-content/plugins/overlap/THIRD-PARTY-NOTICES.txt`, readme] });
  assert.deepEqual(page.dialogs, [], 'no alert ran');
  // The widget given two of the site's files as sources draws them, with the view of several
  // sources the plugin ships next to its script (assets/overlap-view-sources.mjs).
  const several = await page.evaluate(() => {
    const view = [...document.querySelectorAll('overlap-view')].find((el) => el.getAttribute('src-b')?.includes(' '));
    return { state: view.state, sources: view.result?.sources?.length, tabs: view.shadowRoot.querySelectorAll('[role="tab"]').length };
  });
  assert.deepEqual(several, { state: 'ready', sources: 2, tabs: 2 });
  // kses keeps <img src=x> (an Author may post images) without its onerror: its 404 is expected.
  assert.deepEqual(page.problems.filter((p) => !/404/.test(p)), []);
});

test('the block previews in the editor', async () => {
  const page = await newPage(browser);
  await logIn(page, 'author');
  await page.goto(`${site.url}wp-admin/post.php?post=${posts.block.id}&action=edit`);
  await until(page, () => document.querySelector('overlap-view')?.state === 'ready', null, 60000);
  const preview = await page.evaluate(() => {
    const w = document.querySelector('overlap-view');
    return { passages: w.result.passages.length, a: w.texts.a.slice(0, 40) };
  });
  assert.ok(preview.passages >= 3);
  assert.equal(preview.a, 'Ferry service to Marrow Island suspended');
  await page.screenshot({ path: join(resultsDir, 'wordpress-editor.png') });
  assert.deepEqual(page.problems.filter((p) => /overlap/i.test(p)), []);
});

test('an Author writes a comparison in the block editor and publishes it', async () => {
  const page = await newPage(browser);
  await logIn(page, 'author');
  await page.goto(`${site.url}wp-admin/post-new.php`);
  await until(page, () => window.wp?.blocks?.getBlockType('overlap/view'), null, 60000);
  await page.evaluate(() => {
    window.wp.data.dispatch('core/editor').editPost({ title: 'Written in the editor' });
    window.wp.data.dispatch('core/block-editor').insertBlocks(window.wp.blocks.createBlock('overlap/view'));
  });
  // The author types into the block's own fields and picks the view in its sidebar.
  const fields = page.locator('.overlap-block-fields');
  await fields.getByLabel('Label of text A').fill('Agency copy');
  await fields.locator('textarea').nth(0).fill(wire);
  await fields.getByLabel('Label of text B').fill('Our story');
  await fields.locator('textarea').nth(1).fill(published);
  await page.locator('.block-editor-block-inspector').getByLabel('View').selectOption('passages');
  await until(page, () => {
    const w = document.querySelector('overlap-view');
    return w?.state === 'ready' && w.getAttribute('view') === 'passages' && w.shadowRoot.querySelector('[part~="label-a"]').textContent === 'A · Agency copy';
  }, null, 60000);
  // Published through the editor (the REST API, with the editor's nonce, as the Author).
  await page.click('.editor-post-publish-panel__toggle');
  await page.click('.editor-post-publish-panel .editor-post-publish-button');
  const url = await until(page, () => window.wp.data.select('core/editor').isCurrentPostPublished()
    && !window.wp.data.select('core/editor').isSavingPost() && window.wp.data.select('core/editor').getPermalink(), null, 60000);
  assert.deepEqual(page.problems.filter((p) => /overlap/i.test(p)), []);
  const reader = await readerPage();
  await reader.goto(url);
  await waitSettled(reader, 1);
  const [w] = await widgets(reader);
  assert.equal(w.state, 'ready', w.error);
  assert.ok(w.a.startsWith('Ferry service to Marrow Island suspended'));
  assert.deepEqual(w.labels, ['A · Agency copy', 'B · Our story']);
  assert.equal(await reader.evaluate(() => document.querySelector('overlap-view').getAttribute('view')), 'passages');
  assert.deepEqual(reader.problems, []);
});

test('deleting the plugin leaves nothing behind', async () => {
  const page = await newPage(browser);
  page.on('dialog', (dialog) => dialog.accept());
  await logIn(page, 'admin');
  await page.goto(`${site.url}wp-admin/plugins.php`);
  await Promise.all([page.waitForURL(/deactivate=true/), page.click('tr[data-slug="overlap"] a[href*="action=deactivate"]')]);
  await page.click('tr[data-slug="overlap"] a.delete');
  await page.waitForSelector('tr[data-slug="overlap"].deleted, text=Overlap was successfully deleted.', { timeout: 30000 }).catch(() => {});
  await until(page, () => !document.querySelector('tr[data-slug="overlap"]:not(.deleted)'), null, 30000);
  assert.equal(existsSync(PLUGIN_DIR), false, 'the plugin folder is gone');
  assert.deepEqual(optionsNamed('overlap'), []);
  const log = readFileSync(join(CONTENT_DIR, 'debug.log'), 'utf8');
  assert.deepEqual(log.split('\n').filter((line) => /plugins\/overlap\//.test(line)), [], 'no PHP notice from the plugin');
});

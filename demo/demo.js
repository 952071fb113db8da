// The demo page: example pairs, editable texts, options, and the widget's events and result.
// It drives <overlap-view> only through its public surface (attributes, compare(), result,
// events), like any host page would.
const $ = (id) => document.getElementById(id);
const widget = $('widget');
const textA = $('text-a');
const textB = $('text-b');

const examples = new Map([
  ['ferry', { a: 'examples/ferry-wire.txt', b: 'examples/ferry-published.txt', labelA: 'Wire story', labelB: 'Published' }],
  // Two versions of a live-updated story: opens in the changes view, the way an editor reads it.
  ['versions', { a: 'examples/library-0900.txt', b: 'examples/library-1400.txt', labelA: '09:00 version', labelB: '14:00 version', view: 'changes' }],
  // One article against three sources: two versions of a wire story and a council statement.
  ['sources', {
    a: 'examples/storm-article.txt', labelA: 'Published', labelB: 'Sources',
    sources: [['Wire 07:10', 'examples/storm-wire-0710.txt'], ['Wire 09:45', 'examples/storm-wire-0945.txt'], ['Council statement', 'examples/storm-council.txt']],
  }],
]);

// The two real articles are copied into dist/examples by the build when they exist; the demo
// works the same without them (the manifest then lists none).
async function addBuiltExamples() {
  try {
    const response = await fetch('dist/examples/index.json');
    if (!response.ok) return;
    for (const example of (await response.json()).examples) {
      examples.set(example.id, { a: `dist/${example.a.file}`, b: `dist/${example.b.file}`, labelA: example.a.label, labelB: example.b.label });
      $('example').append(new Option(`${example.title}: ${example.a.label} and ${example.b.label}`, example.id));
    }
  } catch {
    // no built examples
  }
}

async function fetchText(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

async function loadExample(id) {
  const example = examples.get(id);
  const [a, b] = await Promise.all([
    fetchText(example.a),
    example.sources ? Promise.all(example.sources.map(([, url]) => fetchText(url))) : fetchText(example.b),
  ]);
  textA.value = a;
  textB.value = example.sources ? example.sources.map(([name], k) => `${SOURCE_MARK} ${name} ${SOURCE_MARK}\n\n${b[k].trim()}`).join('\n\n') : b;
  $('label-a').value = example.labelA;
  $('label-b').value = example.labelB;
  if (example.view) setView(example.view);
  compareNow();
}

// Several sources in the B box: each starts with a line "=== name ===" (text before the first
// such line, if any, is an unnamed source). Without such a line, B is one text.
const SOURCE_MARK = '===';
const SOURCE_LINE = /^===[ \t]*(.*?)[ \t]*===[ \t]*$/gm;

function splitSources(text) {
  const marks = [...text.matchAll(SOURCE_LINE)];
  if (marks.length === 0) return null;
  const sources = [];
  const lead = text.slice(0, marks[0].index).trim();
  if (lead) sources.push({ text: lead });
  marks.forEach((mark, k) => {
    const end = k + 1 < marks.length ? marks[k + 1].index : text.length;
    sources.push({ name: mark[1] || undefined, text: text.slice(mark.index + mark[0].length, end).trim() });
  });
  return sources;
}

function compareNow() {
  widget.setAttribute('label-a', $('label-a').value);
  widget.setAttribute('label-b', $('label-b').value);
  const sources = splitSources(textB.value);
  widget.compare(textA.value, sources ?? textB.value).catch(() => {});  // the widget shows its own errors
  updateSnippet(sources);
}

let typing = 0;
function compareSoon() {
  clearTimeout(typing);
  typing = setTimeout(compareNow, 400);
}

async function openFile(input, textarea) {
  const file = input.files?.[0];
  if (!file) return;
  const content = await file.text();
  textarea.value = /\.html?$/i.test(file.name) || file.type === 'text/html'
    ? customElements.get('overlap-view').textFromHtml(content) : content;
  input.value = '';
  compareNow();
}

function download() {
  if (!widget.result) return;
  const blob = new Blob([`${JSON.stringify(widget.result, null, 1)}\n`], { type: 'application/json' });
  const link = Object.assign(document.createElement('a'), { href: URL.createObjectURL(blob), download: 'overlap-result.json' });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

function updateSnippet(sources = null) {
  const attr = (value) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');
  const head = ['<script src="/overlap/overlap-view.js" defer></script>', ''];
  $('snippet').textContent = (sources ? [
    ...head,
    '<article id="published">…</article>',
    ...sources.map((s, k) => `<article id="source-${k + 1}" data-name="${attr(s.name ?? `Source ${k + 1}`)}" hidden>…</article>`),
    `<overlap-view a="#published" b="${sources.map((s, k) => `#source-${k + 1}`).join(', ')}" label-a="${attr($('label-a').value)}"></overlap-view>`,
  ] : [
    ...head,
    '<article id="original">…</article>',
    '<article id="rewrite">…</article>',
    `<overlap-view a="#original" b="#rewrite" label-a="${attr($('label-a').value)}" label-b="${attr($('label-b').value)}"></overlap-view>`,
  ]).join('\n');
}

function describeSelection(event) {
  const { index, passage } = event.detail;
  if (index === null) {
    $('selection').textContent = 'No passage selected.';
    return;
  }
  const words = (side) => `${passage[side][1] - passage[side][0]} characters at ${passage[side][0]}`;
  $('selection').textContent = `Passage ${index + 1} selected (overlap-select event): ${Math.round(passage.similarity * 100)}% similar`
    + `${passage.moved ? ', moved' : ''}; A: ${words('a')}; ${passage.source === undefined ? 'B' : widget.result.sources[passage.source].name}: ${words('b')}.`;
}

function setView(view) {
  $('view').value = view;
  widget.setAttribute('view', view);
}

function setTheme(theme) {
  widget.setAttribute('theme', theme);
  document.documentElement.dataset.theme = theme;
}

await customElements.whenDefined('overlap-view');
$('controls').addEventListener('submit', (event) => event.preventDefault());
$('example').addEventListener('change', (event) => loadExample(event.target.value));
$('view').addEventListener('change', (event) => setView(event.target.value));
$('theme').addEventListener('change', (event) => setTheme(event.target.value));
function applyMinWords() {
  if ($('min-words').checkValidity()) widget.setAttribute('min-words', $('min-words').value);
}
$('min-words').addEventListener('change', applyMinWords);
$('typography').addEventListener('change', (event) => widget.toggleAttribute('show-typography', event.target.checked));
$('download').addEventListener('click', download);
$('copy').addEventListener('click', async () => {
  await navigator.clipboard?.writeText($('snippet').textContent);
  $('copied').textContent = 'Copied.';
});
for (const input of [textA, textB, $('label-a'), $('label-b')]) input.addEventListener('input', compareSoon);
$('file-a').addEventListener('change', () => openFile($('file-a'), textA));
$('file-b').addEventListener('change', () => openFile($('file-b'), textB));
widget.addEventListener('overlap-select', describeSelection);
// The widget's own view switch changes its view attribute: keep the select in step with it.
new MutationObserver(() => { $('view').value = widget.getAttribute('view') ?? 'document'; })
  .observe(widget, { attributes: true, attributeFilter: ['view'] });

// What the fields show is what the widget uses from the start, including values the browser
// restored into them on a reload; the address can set the theme, view and example.
const params = new URLSearchParams(location.search);
if (params.has('theme')) $('theme').value = params.get('theme');
if (params.has('view')) $('view').value = params.get('view');
setTheme($('theme').value);
setView($('view').value);
applyMinWords();
widget.toggleAttribute('show-typography', $('typography').checked);
await addBuiltExamples();
const initial = params.get('example');
if (initial && examples.has(initial)) $('example').value = initial;
const example = examples.get($('example').value);
// An example's own view applies when it is chosen, not over a view asked for in the address.
if (params.has('view')) delete example.view;
await loadExample($('example').value);

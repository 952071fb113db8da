// The peers' page for the page-load benchmark (bench/pageload.mjs): reads the two texts from the
// page as the widget does (paragraphs joined by blank lines), compares them with jsdiff's
// diffWords or diff-match-patch (diff_main + diff_cleanupSemantic, library defaults) and shows
// the result the usual way: one text, deletions in <del>, insertions in <ins>.
(() => {
  'use strict';
  const text = (id) => [...document.getElementById(id).querySelectorAll('p')].map((p) => p.textContent).join('\n\n');
  const a = text('a');
  const b = text('b');
  let parts;  // [kind, text], kind -1 deleted, 1 inserted, 0 kept
  if (document.documentElement.dataset.tool === 'jsdiff') {
    parts = window.Diff.diffWords(a, b).map((p) => [p.added ? 1 : p.removed ? -1 : 0, p.value]);
  } else {
    const dmp = new window.diff_match_patch();
    const diffs = dmp.diff_main(a, b);
    dmp.diff_cleanupSemantic(diffs);
    parts = diffs;
  }
  const out = document.createDocumentFragment();
  for (const [kind, value] of parts) {
    if (kind === 0) out.append(value);
    else out.append(Object.assign(document.createElement(kind < 0 ? 'del' : 'ins'), { textContent: value }));
  }
  document.getElementById('out').append(out);
})();

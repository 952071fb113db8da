// Fills the page elements of sources.html with the demo's storm texts (an external script: the
// page is also served under a strict CSP), one paragraph per <p>, before the widget reads them.
(async () => {
  const files = { published: 'storm-article', 'wire-0710': 'storm-wire-0710', 'wire-0945': 'storm-wire-0945', council: 'storm-council' };
  await Promise.all(Object.entries(files).map(async ([id, file]) => {
    const text = await (await fetch(`/examples/${file}.txt`)).text();
    const element = document.getElementById(id);
    for (const paragraph of text.trim().split(/\n\s*\n/)) {
      const p = document.createElement('p');
      p.textContent = paragraph;
      element.append(p);
    }
  }));
  // Setting `a` again reads the texts again, now that they are there.
  document.getElementById('by-elements').setAttribute('a', '#published');
})();

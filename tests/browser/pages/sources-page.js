// Fills the page elements of sources.html with the demo's storm texts (an external script: the
// page is also served under a strict CSP), one paragraph per <p>, before the widget reads them.
// window.stormTexts() gives the tests the four texts: [article, wire 07:10, wire 09:45, council].
const stormFiles = { published: 'storm-article', 'wire-0710': 'storm-wire-0710', 'wire-0945': 'storm-wire-0945', council: 'storm-council' };
window.stormTexts = () => Promise.all(Object.values(stormFiles).map((file) => fetch(`/examples/${file}.txt`).then((r) => r.text())));
(async () => {
  const texts = await window.stormTexts();
  Object.keys(stormFiles).forEach((id, k) => {
    const text = texts[k];
    const element = document.getElementById(id);
    for (const paragraph of text.trim().split(/\n\s*\n/)) {
      const p = document.createElement('p');
      p.textContent = paragraph;
      element.append(p);
    }
  });
  // Setting `a` again reads the texts again, now that they are there.
  document.getElementById('by-elements').setAttribute('a', '#published');
})();

// Records what the tests look for, from before the widget runs: its events, CSP violations, and
// any sign that hostile text executed (the XSS payloads call window.__xss()).
window.events = [];
window.violations = [];
window.xss = [];
window.__xss = (what) => window.xss.push(String(what ?? 'called'));
for (const type of ['overlap-ready', 'overlap-error', 'overlap-select']) {
  document.addEventListener(type, (event) => {
    window.events.push({ type, id: event.target.id, message: event.detail?.message ?? null, index: event.detail?.index ?? null });
  });
}
document.addEventListener('securitypolicyviolation', (event) => {
  window.violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
});

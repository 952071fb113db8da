// Hostile article text. Each payload would run `__xss(n)` (recorded by pages/record.js) if it
// ever became markup, a URL or code; rendered as text they are harmless characters.
export const PAYLOADS = [
  '<script>__xss(1)</script>',
  '<img src=x onerror=__xss(2)>',
  '<svg onload=__xss(3)>',
  '<svg><script>__xss(4)</script></svg>',
  '<iframe src="javascript:__xss(5)"></iframe>',
  '<a href="javascript:__xss(6)">read more</a>',
  '<body onload=__xss(7)>',
  '<div style="background:url(javascript:__xss(8))">styled</div>',
  '"><script>__xss(9)</script>',
  "'><img src=x onerror=__xss(10)>",
  '&lt;script&gt;__xss(11)&lt;/script&gt;',
  '&#60;img src=x onerror=__xss(12)&#62;',
  '<math><mtext><table><mglyph><style><img src=x onerror=__xss(13)>',
  '<details open ontoggle=__xss(14)>',
  '<input autofocus onfocus=__xss(15)>',
  '<video><source onerror=__xss(16)></video>',
  '<object data="javascript:__xss(17)">',
  '<embed src="javascript:__xss(18)">',
  '<form><button formaction=javascript:__xss(19)>go</button></form>',
  '<meta http-equiv="refresh" content="0;url=javascript:__xss(20)">',
  '<link rel=stylesheet href="javascript:__xss(21)">',
  '<template><script>__xss(22)</script></template>',
  '<noscript><p title="</noscript><img src=x onerror=__xss(23)>">',
  "<style>@import 'javascript:__xss(24)';</style>",
  'javascript:__xss(25)',
  'data:text/html;base64,PHNjcmlwdD5fX3hzcygyNik8L3NjcmlwdD4=',
  '<scr<script>ipt>__xss(27)</scr</script>ipt>',
  '<IMG SRC=JaVaScRiPt:__xss(28)>',
  '<img src="x" onerror="&#95;&#95;xss(29)">',
  '\\u003cscript\\u003e__xss(30)\\u003c/script\\u003e',
  '<marquee onstart=__xss(31)>',
  '<x contenteditable onfocus=__xss(32) autofocus>',
  ']]><script>__xss(33)</script>',
  '<!--<img src="--><img src=x onerror=__xss(34)//">',
  '<base href="javascript:__xss(35)//">',
  "{{constructor.constructor('__xss(36)')()}}",
  '${__xss(37)}',
  '<svg><a xlink:href="javascript:__xss(38)"><text x="20" y="20">x</text></a></svg>',
  '<div onmouseover="__xss(39)" style="position:fixed;inset:0">hover</div>',
  '<slot name=x onclick=__xss(40)></slot>',
  '\u202e<img src=x onerror=__xss(41)>\u202c',
  '\ud800<img src=x onerror=__xss(42)>\udfff',
  '<overlap-view src-a="javascript:__xss(43)" src-b="x"></overlap-view>',
  '</mark></p></div><script>__xss(44)</script>',
];

/**
 * Two texts full of payloads: in shared paragraphs (drawn inside marks), in edited ones (inside
 * <del>/<ins>) and on their own (plain text), and a payload as a whole paragraph.
 */
export function hostileTexts() {
  const a = [];
  const b = [];
  PAYLOADS.forEach((payload, k) => {
    const shared = `Paragraph ${k} of the council report on the harbour wall repairs says ${payload} and the work will finish before the winter storms arrive on the coast.`;
    if (k % 3 === 0) {
      a.push(shared);
      b.push(shared);
    } else if (k % 3 === 1) {
      a.push(shared);
      b.push(shared.replace(payload, `${payload} ${payload}`).replace('before the winter', 'after the autumn'));
    } else {
      a.push(payload);
      b.push(`Only in B: ${payload}`);
    }
  });
  return { a: a.join('\n\n'), b: b.join('\n\n') };
}

// The sample apps' code (Vite, webpack, esbuild): the element and the API imported as the README
// tells users to, from the installed package. The test drives the page through `window.sample`.
import { OverlapView } from 'overlap-view/view';
import { createOverlap } from 'overlap-view';

window.sample = {
  defined: customElements.get('overlap-view') === OverlapView,
  version: () => createOverlap().then((overlap) => overlap.version),
};

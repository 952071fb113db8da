// The view of several sources, a module of its own that only pages comparing a text with several
// sources download (see overlap-view-sources-load.mjs, which imports it; js/build-view.mjs
// ships it as dist/overlap-view-sources.mjs, next to the widget).
import { SourceTabs } from './overlap-view-tabs.mjs';
import { mainSource, passageColour, sourceOrder, sourcesSummary } from './overlap-view-sources-model.mjs';
import { sourcesStyleSheet } from './overlap-view-sources-styles.mjs';

export { SourceTabs, mainSource, passageColour, sourceOrder, sourcesStyleSheet, sourcesSummary };

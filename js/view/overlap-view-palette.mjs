// How many pair colours the stylesheet defines (--overlap-pair-0 … -7, classes pc0 … pc7). A
// module of its own because both the widget and its view of several sources, loaded apart
// (overlap-view-sources-load.mjs), count with it.
export const PAIR_COLOURS = 8;

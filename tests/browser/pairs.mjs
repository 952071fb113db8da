// Which paragraph pairs of the two demo examples are reused (ground truth written by hand), and
// the check that a result shows each of them as a passage.

/** [snippet of the paragraph in A, snippet of its reused counterpart in B]. */
export const FERRY_PAIRS = [
  ['The only ferry linking the mainland port', 'The only ferry linking the mainland port'],  // edited
  ['No one was hurt. The vessel', 'Nobody was injured. The vessel'],                          // edited
  ['We heard a crack like a rifle shot', 'We heard a crack like a rifle shot'],
  ['Engineers from the county council', 'Engineers from the county council'],
  ['Forecasters expect the storm', 'Forecasters expect the storm'],                           // edited
  ['In the meantime, the council has chartered', 'Until then, the council has chartered'],    // moved, edited
  ['This did not come out of a clear blue sky', 'This did not come out of a clear blue sky'], // moved
  ['A spokesperson for Strait Crossings', 'A spokeswoman for Strait Crossings'],              // moved, edited
  ['general practice said it had enough medicines', 'general practice said it had enough medicines'], // moved
];

export const SEED_PAIRS = [
  ['Patients and doctors in a Mariupol hospital', 'patients and doctors in a Mariupol hospital'],
  ['Pavlo Kyrylenko, the head of the Ukrainian military', 'Pavlo Kyrylenko, the head of the Ukrainian military'],
  ['"It\'s impossible to get out of the hospital,"', '"It\'s impossible to get out of the hospital,"'],
  ['On Tuesday, a top Ukrainian negotiator', 'On Tuesday, a top Ukrainian negotiator'],
  ['Presidential adviser Mykhailo Podolyak', 'Presidential adviser Mykhailo Podolyak'],
  ['Another aide to President Zelenskyy, Ihor Zhovkva', 'Another aide to President Zelenskyy, Ihor Zhovkva'],
  ['On a mission to show support for Ukraine', 'On a mission to show support and unity for Ukraine'],
];

// [start, end] of the paragraph (blank-line separated) holding `snippet`.
function paragraphOf(text, snippet) {
  const at = text.indexOf(snippet);
  if (at < 0) throw new Error(`snippet not in text: ${snippet}`);
  const before = text.lastIndexOf('\n\n', at);
  const after = text.indexOf('\n\n', at);
  return [before < 0 ? 0 : before + 2, after < 0 ? text.trimEnd().length : after];
}

/**
 * How passage(s) pair the A paragraph with the B paragraph: the share of the A paragraph's
 * characters inside "=" edits of one passage whose B side falls inside the B paragraph, and
 * that passage. A reused pair counts as shown when one passage pairs most of it.
 */
export function pairing(result, texts, [snippetA, snippetB]) {
  const [as, ae] = paragraphOf(texts.a, snippetA);
  const [bs, be] = paragraphOf(texts.b, snippetB);
  let best = { share: 0, passage: -1 };
  result.passages.forEach((passage, i) => {
    let paired = 0;
    for (const [kind, a, b] of passage.edits) {
      if (kind !== '=') continue;
      // "=" runs have the same text on both sides (up to folding), so offsets correspond.
      const start = Math.max(a[0], as);
      const overlap = Math.min(a[1], ae) - start;
      const partner = b[0] + (start - a[0]);
      if (overlap > 0 && partner >= bs - 2 && partner + overlap <= be + 2) paired += overlap;
    }
    if (paired / (ae - as) > best.share) best = { share: paired / (ae - as), passage: i };
  });
  return best;
}

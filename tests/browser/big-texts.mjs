// Two related texts of a given size for the big-input test: B keeps most of A's paragraphs,
// some lightly edited, moves blocks of them around, and adds paragraphs of its own. Generated
// from a seeded pseudo-random vocabulary so every run compares the same texts.

function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'lo', 'mer', 'tis', 'an', 'dra', 'vel', 'ush', 'po', 'rin', 'ste', 'gal', 'om', 'be', 'cor', 'fi', 'nu', 'shar', 'ple', 'tor'];

export function bigPair(bytesPerSide, seed = 7) {
  const rnd = random(seed);
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const vocabulary = Array.from({ length: 6000 }, () => Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => pick(SYLLABLES)).join(''));
  const sentence = () => {
    const words = Array.from({ length: 8 + Math.floor(rnd() * 14) }, () => pick(vocabulary));
    words[0] = words[0][0].toUpperCase() + words[0].slice(1);
    return `${words.join(' ')}.`;
  };
  const paragraph = () => Array.from({ length: 2 + Math.floor(rnd() * 3) }, sentence).join(' ');
  const a = [];
  for (let size = 0; size < bytesPerSide;) {
    const p = paragraph();
    a.push(p);
    size += p.length + 2;
  }
  const edit = (p) => p.split(' ').map((w) => (rnd() < 0.04 ? pick(vocabulary) : w)).join(' ');
  // B: blocks of A's paragraphs in a shuffled block order, a fifth of paragraphs dropped or
  // replaced by new ones, a third of the kept ones lightly edited.
  const blocks = [];
  for (let i = 0; i < a.length; i += 8) blocks.push(a.slice(i, i + 8));
  for (let i = blocks.length - 1; i > 0; --i) {
    if (rnd() < 0.3) {
      const j = Math.floor(rnd() * (i + 1));
      [blocks[i], blocks[j]] = [blocks[j], blocks[i]];
    }
  }
  const b = [];
  for (const block of blocks) {
    for (const p of block) {
      const r = rnd();
      if (r < 0.1) continue;
      if (r < 0.2) b.push(paragraph());
      else b.push(r < 0.5 ? edit(p) : p);
    }
  }
  let textB = b.join('\n\n');
  while (textB.length < bytesPerSide) textB += `\n\n${paragraph()}`;
  return { a: a.join('\n\n'), b: textB };
}

// The sources of compare(a, [b1, b2, …]): each a string or {name, text}. Names stay in JS (the
// module needs only the texts); a source without one is "Source 1", "Source 2", … by position.
import { OverlapError } from './overlap-api-error.mjs';
import { describe } from './overlap-api-options.mjs';

/** {texts, names} of a list of sources, or an OverlapError naming the first bad one. How many
 *  sources a comparison takes is the module's rule (it words the error). */
export function sourceTexts(list) {
  const texts = new Array(list.length);
  const names = new Array(list.length);
  list.forEach((source, k) => {
    const input = `source ${k + 1}`;
    const isObject = source !== null && typeof source === 'object' && !Array.isArray(source);
    const text = isObject ? source.text : source;
    const name = isObject ? source.name : undefined;
    if (typeof text !== 'string') {
      const what = isObject ? `its text must be a string, not ${describe(text)}` : `it must be a string or {name, text}, not ${describe(source)}`;
      throw new OverlapError('invalid_input', `${input}: ${what}`, { input });
    }
    if (name !== undefined && name !== null && typeof name !== 'string')
      throw new OverlapError('invalid_input', `${input}: its name must be a string, not ${describe(name)}`, { input });
    texts[k] = text;
    names[k] = name ? name : `Source ${k + 1}`;
  });
  return { texts, names };
}

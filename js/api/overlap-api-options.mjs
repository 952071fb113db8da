// Options of compare() and diff(): camelCase names of the C++ overlap::Options fields. JS checks
// names and types (a typo must be an error, never a silent default); the C++ core checks ranges,
// so the valid ranges are stated in one place only. Defaults come from the module itself.
import { OverlapError } from './overlap-api-error.mjs';

/** Each option's JS type. tests/wasm checks these names against the module's Options. */
export const optionTypes = Object.freeze({
  minWords: 'count',
  gapWords: 'count',
  minSimilarity: 'number',
  allowRepeats: 'boolean',
  showTypography: 'boolean',
});

const checks = {
  count: (v) => Number.isInteger(v) && v >= 0 && v <= 0xffffffff,
  number: (v) => typeof v === 'number' && Number.isFinite(v),
  boolean: (v) => typeof v === 'boolean',
};
const expected = { count: 'a whole number', number: 'a finite number', boolean: 'true or false' };

export function describe(value) {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value === null || Array.isArray(value)) return value === null ? 'null' : 'an array';
  return typeof value === 'object' ? 'an object' : String(value);
}

/** `options` merged over `defaults`, or an OverlapError naming the first bad option. */
export function resolveOptions(options, defaults) {
  if (options === undefined || options === null) return { ...defaults };
  if (typeof options !== 'object' || Array.isArray(options))
    throw new OverlapError('invalid_options', `options must be an object, not ${describe(options)}`);
  const resolved = { ...defaults };
  for (const [name, value] of Object.entries(options)) {
    // hasOwn: names like "constructor" or "__proto__" must not find Object.prototype members.
    const type = Object.hasOwn(optionTypes, name) ? optionTypes[name] : undefined;
    if (!type) {
      throw new OverlapError('invalid_options',
        `unknown option ${JSON.stringify(name)}; the options are ${Object.keys(optionTypes).join(', ')}`, { option: name });
    }
    if (value === undefined) continue;
    if (!checks[type](value))
      throw new OverlapError('invalid_options', `${name} must be ${expected[type]}, not ${describe(value)}`, { option: name });
    resolved[name] = value;
  }
  return resolved;
}

/** The JS name of a C++ option name ("min_words" → "minWords"); other words as they are. */
export function jsOptionName(snake) {
  const camel = snake.replace(/_([a-z])/g, (_, c) => c.toUpperCase());
  return Object.hasOwn(optionTypes, camel) ? camel : snake;
}

/** Rewrites the C++ option names in a core error message ("min_words must be …") to JS ones. */
export function jsOptionNames(message) {
  return message.replace(/\b[a-z]+(?:_[a-z]+)+\b/g, jsOptionName);
}

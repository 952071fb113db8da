// The one error type of the JS API. `code` is stable and machine-readable; `message` is for people.
//   invalid_input    a text is not a string
//   invalid_options  an option is unknown, of the wrong type or out of range
//   input_too_large  a text exceeds maxInputBytes of UTF-8
//   load_failed      the wasm module or the dictionaries could not be fetched or compiled
//   invalid_data     the dictionaries file is not an ICU data package
//   internal         ICU or the module failed (e.g. an ICU data item is missing: the message
//                    names it); a direct instance is unusable after a trap
//   worker_failed    the worker died; the next call starts a new one
// What the error concerns, for programs: `option` (the option's JS name, e.g. "minWords") for
// invalid_options about one option; `input` ("A", "B" or "text") for invalid_input and
// input_too_large. Absent otherwise.
export class OverlapError extends Error {
  constructor(code, message, { cause, option, input } = {}) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'OverlapError';
    this.code = code;
    if (option !== undefined) this.option = option;
    if (input !== undefined) this.input = input;
  }
}

/** The plain-data form of an OverlapError, for postMessage; `revive` turns it back. */
export function errorData(error) {
  const { code = 'internal', option, input } = error;
  return { code, message: String(error.message ?? error), option, input };
}

export function revive(data) {
  return new OverlapError(data.code, data.message, { option: data.option, input: data.input });
}

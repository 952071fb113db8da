// The one error type of the JS API. `code` is stable and machine-readable; `message` is for people.
//   invalid_input    a text is not a string
//   invalid_options  an option is unknown, of the wrong type or out of range
//   input_too_large  a text exceeds maxInputBytes of UTF-8
//   load_failed      the wasm module or the dictionaries could not be fetched or compiled
//   invalid_data     the dictionaries file is not an ICU data package
//   internal         ICU or the module failed; a direct instance is unusable afterwards
//   worker_failed    the worker died; the next call starts a new one
export class OverlapError extends Error {
  constructor(code, message, options) {
    super(message, options);
    this.name = 'OverlapError';
    this.code = code;
  }
}

// What one call of the module hands to JS: a record of named values (numbers, texts, typed
// arrays, nested records and lists), built in C++ and read by js/api/overlap-api-module.mjs
// straight from wasm memory, which copies every value out. A self-describing record rather than
// a fixed struct per call: the field names are written here only, as Embind's were, so JS needs
// no second copy of each result's layout.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace overlap::wasm {

/// How JS reads a value. The numbers are the ABI: js/api/overlap-api-module.mjs lists the
/// kinds in this order.
enum class Kind : uint32_t { number, boolean, text, list, object, bytes, uint32s, float64s };

/// One value in wasm memory, as JS reads it (wasm32: four 32-bit words, then a double).
struct Value {
  const char* name;    ///< NUL-terminated, static; empty for list items and the root
  Kind kind;
  const void* data;    ///< the UTF-8 bytes, array elements or nested values
  uint32_t count;      ///< bytes of a text, elements of an array, values of a list or record
  double number;       ///< the value of a number or boolean
};
static_assert(sizeof(Value) == 24 && offsetof(Value, number) == 16, "js/api/overlap-api-module.mjs reads this layout");

/// A JS object (or, handed to list(), a JS array) under construction. Each value's data is kept
/// alive by the record, at a stable address, until the record is destroyed.
class Record {
 public:
  Record& number(const char* name, double value);
  Record& boolean(const char* name, bool value);
  Record& text(const char* name, std::string value);
  Record& bytes(const char* name, std::vector<uint8_t> values);
  Record& uint32s(const char* name, std::vector<uint32_t> values);
  Record& float64s(const char* name, std::vector<double> values);
  /// `fields` as a nested object; complete it first, it is not changed once added.
  Record& object(const char* name, Record fields);
  /// The values of `items`, in order, as an array (their names are not read).
  Record& list(const char* name, Record items);

  const Value* values() const { return values_.data(); }
  uint32_t size() const { return static_cast<uint32_t>(values_.size()); }

 private:
  // `kept` owns what `data` points into (a string, a vector, a record).
  Record& add(const char* name, Kind kind, std::shared_ptr<const void> kept, const void* data, uint32_t count);

  std::vector<Value> values_;
  std::vector<std::shared_ptr<const void>> kept_;
};

/// Keeps `record` as the module's one unread result, replacing any earlier one, and returns it as
/// an object value for JS to read; JS then calls overlap_release(). One result at a time is all
/// JS needs: it reads each result before its next call.
const Value* hand_over(Record record);

/// Frees the result hand_over() kept.
void release();

}  // namespace overlap::wasm

#include "record.hpp"

#include <optional>
#include <utility>

namespace overlap::wasm {
namespace {

// Moves `value` to the heap, where its data stays put while the record grows.
template <class T>
std::shared_ptr<const T> keep(T value) {
  return std::make_shared<const T>(std::move(value));
}

template <class T>
uint32_t count_of(const T& values) {
  return static_cast<uint32_t>(values.size());
}

}  // namespace

Record& Record::add(const char* name, Kind kind, std::shared_ptr<const void> kept, const void* data, uint32_t count) {
  values_.push_back({name, kind, data, count, 0});
  if (kept) kept_.push_back(std::move(kept));
  return *this;
}

Record& Record::number(const char* name, double value) {
  add(name, Kind::number, nullptr, nullptr, 0);
  values_.back().number = value;
  return *this;
}

Record& Record::boolean(const char* name, bool value) {
  add(name, Kind::boolean, nullptr, nullptr, 0);
  values_.back().number = value;
  return *this;
}

Record& Record::text(const char* name, std::string value) {
  auto kept = keep(std::move(value));
  return add(name, Kind::text, kept, kept->data(), count_of(*kept));
}

Record& Record::bytes(const char* name, std::vector<uint8_t> values) {
  auto kept = keep(std::move(values));
  return add(name, Kind::bytes, kept, kept->data(), count_of(*kept));
}

Record& Record::uint32s(const char* name, std::vector<uint32_t> values) {
  auto kept = keep(std::move(values));
  return add(name, Kind::uint32s, kept, kept->data(), count_of(*kept));
}

Record& Record::float64s(const char* name, std::vector<double> values) {
  auto kept = keep(std::move(values));
  return add(name, Kind::float64s, kept, kept->data(), count_of(*kept));
}

Record& Record::object(const char* name, Record fields) {
  auto kept = keep(std::move(fields));
  return add(name, Kind::object, kept, kept->values(), kept->size());
}

Record& Record::list(const char* name, Record items) {
  auto kept = keep(std::move(items));
  return add(name, Kind::list, kept, kept->values(), kept->size());
}

namespace {
std::optional<Record> unread;
Value root;
}  // namespace

const Value* hand_over(Record record) {
  unread = std::move(record);
  root = {"", Kind::object, unread->values(), unread->size(), 0};
  return &root;
}

void release() { unread.reset(); }

}  // namespace overlap::wasm

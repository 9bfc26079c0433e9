// A JSON writer that appends to a string as it goes: the extraction JSON is
// written once per filing on ingest, and building nlohmann's tree of maps
// first cost more than the writing itself.
//
// The output is byte for byte what nlohmann::json::dump() gives for the same
// document (compact, UTF-8 kept, invalid UTF-8 replaced by U+FFFD): keys must
// come in sorted order, as nlohmann's maps keep them (checked in debug
// builds), and strings with bytes outside ASCII, and doubles, are written by
// nlohmann itself, so both agree on every edge.

#pragma once

#include <concepts>
#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace edgard::extract {

class JsonWriter {
 public:
  explicit JsonWriter(std::string* out) : out_(out) {}

  void BeginObject();
  void EndObject();
  void BeginArray();
  void EndArray();
  // The next member's key; keys of one object must be given in sorted order.
  void Key(std::string_view key);

  void String(std::string_view value);
  void StringOrNull(std::string_view value);  // an empty string is null
  void Int(int64_t value);
  void Uint(uint64_t value);
  void Double(double value);
  void Bool(bool value);
  void Null();
  // A value already written as JSON.
  void Raw(std::string_view json);

  // Shorthands for a member: Key(key) and its value.
  void Member(std::string_view key, std::string_view value) {
    Key(key);
    String(value);
  }
  void MemberOrNull(std::string_view key, std::string_view value) {
    Key(key);
    StringOrNull(value);
  }
  template <std::integral T>
  requires(!std::same_as<T, bool>) void Member(std::string_view key, T value) {
    Key(key);
    if constexpr (std::is_unsigned_v<T>) {
      Uint(value);
    } else {
      Int(value);
    }
  }
  // (Without this, a string literal would pick the bool overload.)
  void Member(std::string_view key, const char* value) { Member(key, std::string_view(value)); }
  void Member(std::string_view key, bool value) {
    Key(key);
    Bool(value);
  }
  void Member(std::string_view key, double value) {
    Key(key);
    Double(value);
  }
  // An integer member that is null when `present` is false.
  void IntOrNull(std::string_view key, bool present, int64_t value) {
    Key(key);
    if (present) {
      Int(value);
    } else {
      Null();
    }
  }
  // A member holding an array of objects, one per element of `values`, each
  // written by `members(element)` between its braces.
  template <class Range, class Members>
  void ObjectArray(std::string_view key, const Range& values, Members&& members) {
    Key(key);
    BeginArray();
    for (const auto& value : values) {
      BeginObject();
      members(value);
      EndObject();
    }
    EndArray();
  }
  void Member(std::string_view key, const std::vector<std::string>& values) {
    Key(key);
    BeginArray();
    for (const std::string& value : values) String(value);
    EndArray();
  }

 private:
  void BeforeValue();

  std::string* out_;
  std::vector<bool> first_;  // per open object or array: nothing written in it yet
  bool after_key_ = false;
#ifndef NDEBUG
  std::vector<std::string> last_key_;  // per open container
#endif
};

}  // namespace edgard::extract

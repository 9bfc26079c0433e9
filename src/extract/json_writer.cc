#include "extract/json_writer.h"

#include <cassert>
#include <charconv>
#include <nlohmann/json.hpp>

namespace edgard::extract {
namespace {

// Whether `s` is valid UTF-8 as nlohmann reads it (RFC 3629: no overlong
// forms, no surrogates, nothing above U+10FFFF).
bool IsValidUtf8(std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const auto* end = p + s.size();
  while (p < end) {
    const unsigned char c = *p;
    if (c < 0x80) {
      ++p;
      continue;
    }
    size_t n = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;  // range of the second byte
    if (c >= 0xC2 && c <= 0xDF) {
      n = 1;
    } else if (c >= 0xE0 && c <= 0xEF) {
      n = 2;
      if (c == 0xE0) low = 0xA0;
      if (c == 0xED) high = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      n = 3;
      if (c == 0xF0) low = 0x90;
      if (c == 0xF4) high = 0x8F;
    } else {
      return false;
    }
    if (static_cast<size_t>(end - p) <= n) return false;
    if (p[1] < low || p[1] > high) return false;
    for (size_t i = 2; i <= n; ++i) {
      if (p[i] < 0x80 || p[i] > 0xBF) return false;
    }
    p += n + 1;
  }
  return true;
}

}  // namespace

void JsonWriter::BeforeValue() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!first_.empty()) {
    if (!first_.back()) out_->push_back(',');
    first_.back() = false;
  }
}

void JsonWriter::BeginObject() {
  BeforeValue();
  out_->push_back('{');
  first_.push_back(true);
#ifndef NDEBUG
  last_key_.emplace_back();
#endif
}

void JsonWriter::EndObject() {
  out_->push_back('}');
  first_.pop_back();
#ifndef NDEBUG
  last_key_.pop_back();
#endif
}

void JsonWriter::BeginArray() {
  BeforeValue();
  out_->push_back('[');
  first_.push_back(true);
#ifndef NDEBUG
  last_key_.emplace_back();
#endif
}

void JsonWriter::EndArray() {
  out_->push_back(']');
  first_.pop_back();
#ifndef NDEBUG
  last_key_.pop_back();
#endif
}

void JsonWriter::Key(std::string_view key) {
#ifndef NDEBUG
  assert(!last_key_.empty() && (first_.back() || last_key_.back() < key) &&
         "JSON keys must be written in sorted order");
  last_key_.back() = std::string(key);
#endif
  String(key);
  out_->push_back(':');
  after_key_ = true;
}

void JsonWriter::String(std::string_view value) {
  BeforeValue();
  bool ascii = true;
  for (const char c : value) ascii &= static_cast<unsigned char>(c) < 0x80;
  if (!ascii && !IsValidUtf8(value)) {
    // Invalid UTF-8 (old filings have some): nlohmann's own replacement.
    out_->append(nlohmann::json(std::string(value))
                     .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    return;
  }
  static constexpr char kHex[] = "0123456789abcdef";
  out_->push_back('"');
  size_t run = 0;  // start of the bytes not yet copied
  for (size_t i = 0; i < value.size(); ++i) {
    const auto c = static_cast<unsigned char>(value[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out_->append(value.substr(run, i - run));
    run = i + 1;
    switch (c) {
      case '"':
        out_->append("\\\"");
        break;
      case '\\':
        out_->append("\\\\");
        break;
      case '\b':
        out_->append("\\b");
        break;
      case '\f':
        out_->append("\\f");
        break;
      case '\n':
        out_->append("\\n");
        break;
      case '\r':
        out_->append("\\r");
        break;
      case '\t':
        out_->append("\\t");
        break;
      default:
        out_->append("\\u00");
        out_->push_back(kHex[c >> 4]);
        out_->push_back(kHex[c & 0xF]);
    }
  }
  out_->append(value.substr(run));
  out_->push_back('"');
}

void JsonWriter::StringOrNull(std::string_view value) {
  if (value.empty()) {
    Null();
  } else {
    String(value);
  }
}

namespace {

template <class Integer>
void AppendInteger(Integer value, std::string* out) {
  char buffer[24];
  const auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
  out->append(buffer, static_cast<size_t>(end - buffer));
}

}  // namespace

void JsonWriter::Int(int64_t value) {
  BeforeValue();
  AppendInteger(value, out_);
}

void JsonWriter::Uint(uint64_t value) {
  BeforeValue();
  AppendInteger(value, out_);
}

void JsonWriter::Double(double value) {
  BeforeValue();
  out_->append(nlohmann::json(value).dump());
}

void JsonWriter::Bool(bool value) {
  BeforeValue();
  out_->append(value ? "true" : "false");
}

void JsonWriter::Null() {
  BeforeValue();
  out_->append("null");
}

void JsonWriter::Raw(std::string_view json) {
  BeforeValue();
  out_->append(json);
}

}  // namespace edgard::extract

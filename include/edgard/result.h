// Result<T>: a value or an error Status, with std::expected's member names so
// that moving to C++23 is a search-and-replace.

#pragma once

#include <cassert>
#include <utility>
#include <variant>

#include "edgard/status.h"

namespace edgard {

template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : storage_(std::in_place_index<0>, std::move(value)) {}      // NOLINT
  Result(Status error) : storage_(std::in_place_index<1>, std::move(error)) {  // NOLINT
    assert(!std::get<1>(storage_).ok());
  }

  bool has_value() const { return storage_.index() == 0; }
  explicit operator bool() const { return has_value(); }

  T& value() & { return std::get<0>(storage_); }
  const T& value() const& { return std::get<0>(storage_); }
  T&& value() && { return std::get<0>(std::move(storage_)); }
  const Status& error() const { return std::get<1>(storage_); }

  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T&& operator*() && { return std::move(*this).value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

 private:
  std::variant<T, Status> storage_;
};

}  // namespace edgard

// Error values for everything that can fail because of input or environment.
// edgard code never throws; functions return Status or Result<T> (result.h).

#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

namespace edgard {

enum class ErrorCode : uint8_t {
  kOk = 0,
  kInvalidInput,
  kNotFound,
  kIo,
  kStorage,
  kUnavailable,
  kInternal,
};

// Lower-case name of a code ("invalid_input"), as used in JSON errors.
std::string_view ErrorCodeName(ErrorCode code);

class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(ErrorCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }

  bool ok() const { return code_ == ErrorCode::kOk; }
  ErrorCode code() const { return code_; }
  const std::string& message() const { return message_; }

  // "invalid_input: <message>".
  std::string ToString() const;

 private:
  ErrorCode code_ = ErrorCode::kOk;
  std::string message_;
};

inline Status InvalidInput(std::string message) {
  return Status(ErrorCode::kInvalidInput, std::move(message));
}
inline Status NotFound(std::string message) {
  return Status(ErrorCode::kNotFound, std::move(message));
}
inline Status IoError(std::string message) { return Status(ErrorCode::kIo, std::move(message)); }
inline Status StorageError(std::string message) {
  return Status(ErrorCode::kStorage, std::move(message));
}
inline Status InternalError(std::string message) {
  return Status(ErrorCode::kInternal, std::move(message));
}

}  // namespace edgard

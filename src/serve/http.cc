#include "serve/http.h"

#include <charconv>
#include <nlohmann/json.hpp>

namespace edgard::serve {

using nlohmann::json;

int HttpStatus(ErrorCode code) {
  switch (code) {
    case ErrorCode::kOk:
      return 200;
    case ErrorCode::kInvalidInput:
      return 400;
    case ErrorCode::kNotFound:
      return 404;
    case ErrorCode::kUnavailable:
      return 503;
    case ErrorCode::kIo:
    case ErrorCode::kStorage:
    case ErrorCode::kInternal:
      return 500;
  }
  return 500;
}

std::string ErrorJson(std::string_view code, std::string_view message) {
  return json{{"error", {{"code", code}, {"message", message}}}}.dump(
      -1, ' ', false, json::error_handler_t::replace);
}

void SendError(httplib::Response& res, const Status& status) {
  res.status = HttpStatus(status.code());
  res.set_content(ErrorJson(ErrorCodeName(status.code()), status.message()), "application/json");
}

void SendJson(httplib::Response& res, std::string body) {
  res.set_content(std::move(body), "application/json");
}

std::string Param(const httplib::Request& req, const char* name) {
  std::string out;
  const size_t count = req.get_param_value_count(name);
  for (size_t i = 0; i < count; ++i) {
    if (i > 0) out += ',';
    out += req.get_param_value(name, i);
  }
  return out;
}

Result<int> IntParam(const httplib::Request& req, const char* name, int fallback) {
  const std::string text = Param(req, name);
  if (text.empty()) return fallback;
  int value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size()) {
    return InvalidInput(std::string(name) + " must be a whole number, not '" + text + "'");
  }
  return value;
}

bool NotModified(const httplib::Request& req, httplib::Response& res, const std::string& etag) {
  res.set_header("ETag", etag);
  res.set_header("Cache-Control", "public, max-age=3600");
  if (req.get_header_value("If-None-Match") == etag) {
    res.status = 304;
    return true;
  }
  return false;
}

}  // namespace edgard::serve

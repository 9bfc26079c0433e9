// What every handler of the service shares: the one error shape and its
// status mapping, query parameters, and ETags.

#pragma once

#include <httplib.h>

#include <string>
#include <string_view>

#include "edgard/result.h"

namespace edgard::serve {

// The one mapping from error codes to HTTP statuses.
int HttpStatus(ErrorCode code);

// {"error":{"code":"not_found","message":"..."}}
std::string ErrorJson(std::string_view code, std::string_view message);

void SendError(httplib::Response& res, const Status& status);
void SendJson(httplib::Response& res, std::string body);

// Query parameter `name`; repeated parameters are joined with commas.
std::string Param(const httplib::Request& req, const char* name);
// A whole-number parameter, `fallback` when absent; invalid_input otherwise.
Result<int> IntParam(const httplib::Request& req, const char* name, int fallback);

// Immutable resources: sets the ETag; true (and 304) when the client has it.
bool NotModified(const httplib::Request& req, httplib::Response& res, const std::string& etag);

}  // namespace edgard::serve

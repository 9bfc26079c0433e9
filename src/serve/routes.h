// Pieces of the service that live apart from the server loop: the web UI's
// files (compiled in), the OpenAPI description, and EDGAR's own paths.

#pragma once

#include <httplib.h>

#include <memory>
#include <string>
#include <string_view>

#include "serve/store_pool.h"

namespace edgard::serve {

struct WebAsset {
  std::string_view path;  // "/index.html"
  std::string_view content_type;
  std::string_view body;
};

// The web UI file served at `path`, or nullptr.
const WebAsset* FindWebAsset(std::string_view path);

// The OpenAPI 3 description of /v1 and the EDGAR-compatible paths.
const std::string& OpenApiJson();

// /Archives/edgar/data/.../{accession}-index.htm, /submissions/CIK##########.json,
// /Archives/edgar/full-index/ and /Archives/edgar/daily-index/ files.
void AddEdgarRoutes(httplib::Server* server, std::shared_ptr<StorePool> stores);

}  // namespace edgard::serve

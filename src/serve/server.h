// edgard serve: the JSON API under /v1, EDGAR's own paths (full submissions,
// index files, submissions JSON) and the web UI, from one store, over HTTP.

#pragma once

#include <functional>
#include <string>

#include "edgard/status.h"

namespace edgard::serve {

struct ServeOptions {
  std::string db = "edgard.db";
  std::string host = "127.0.0.1";
  int port = 8080;
  int threads = 0;         // 0: one per core, at least 2
  bool access_log = true;  // one line per request on stderr
  size_t max_request_bytes = 64 * 1024;
  int read_timeout_seconds = 5;
  int write_timeout_seconds = 30;
};

// Serves until SIGINT or SIGTERM (then finishes the requests in flight) or
// until `stop` is called from another thread. `on_listening` gets the
// address once the socket is bound ("http://127.0.0.1:8080").
Status Serve(const ServeOptions& options,
             const std::function<void(const std::string&)>& on_listening);

}  // namespace edgard::serve

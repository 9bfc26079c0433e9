// edgard serve: the HTTP service (JSON API, EDGAR's paths, web UI).

#include <charconv>
#include <cstdio>
#include <string>

#include "cli/commands.h"
#include "serve/server.h"

namespace edgard::cli {

void AddServeCommand(CLI::App* app, int* exit_code) {
  auto* cmd = app->add_subcommand(
      "serve", "Serve the store over HTTP: JSON API under /v1, EDGAR's paths, and the web UI");
  struct Args {
    std::string db = "edgard.db";
    std::string listen = "127.0.0.1:8080";
    int threads = 0;
    bool quiet = false;
  };
  auto args = std::make_shared<Args>();
  AddDbOption(cmd, &args->db);
  cmd->add_option("--listen", args->listen, "HOST:PORT to listen on (default 127.0.0.1:8080)");
  cmd->add_option("--threads", args->threads,
                  "Worker threads, one per open connection (default: 8 per core, at least 64)")
      ->check(CLI::Range(0, 256));
  cmd->add_flag("--quiet", args->quiet, "No access log");
  cmd->callback([args, exit_code] {
    serve::ServeOptions options;
    options.db = args->db;
    options.threads = args->threads;
    options.access_log = !args->quiet;
    const size_t colon = args->listen.rfind(':');
    int port = -1;
    if (colon != std::string::npos) {
      const char* begin = args->listen.data() + colon + 1;
      const char* end = args->listen.data() + args->listen.size();
      auto [ptr, ec] = std::from_chars(begin, end, port);
      if (ec != std::errc() || ptr != end) port = -1;
    }
    if (colon == std::string::npos || colon == 0 || port < 0 || port > 65535) {
      std::fprintf(stderr,
                   "edgard serve: --listen wants HOST:PORT, e.g. 127.0.0.1:8080, not '%s'\n",
                   args->listen.c_str());
      *exit_code = 2;
      return;
    }
    options.host = args->listen.substr(0, colon);
    options.port = port;
    Status status = serve::Serve(options, [](const std::string& address) {
      std::printf("edgard serving on %s (Ctrl-C stops)\n", address.c_str());
      std::fflush(stdout);
    });
    if (!status.ok()) {
      std::fprintf(stderr, "edgard serve: %s\n", status.message().c_str());
      *exit_code = 1;
    }
  });
}

}  // namespace edgard::cli

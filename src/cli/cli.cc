#include "cli/cli.h"

#include <CLI/CLI.hpp>

#include "cli/commands.h"

namespace edgard::cli {

int RunCli(int argc, char** argv) {
  CLI::App app{
      "edgard: a self-hosted EDGAR. Ingests EDGAR filings of every era into an embedded store, "
      "extracts their structure and finds them again by full text."};
  app.require_subcommand(1);
  app.set_version_flag("--version", "edgard 0.1.0");
  int exit_code = 0;
  AddExtractCommand(&app, &exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  return exit_code;
}

}  // namespace edgard::cli

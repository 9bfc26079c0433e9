#include "cli/cli.h"

#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <filesystem>

#include "cli/commands.h"

namespace edgard::cli {

void AddDbOption(CLI::App* command, std::string* db) {
  command->add_option("--db", *db, "Store file (SQLite)")->capture_default_str();
}

std::unique_ptr<Store> OpenStoreOrReport(const std::string& db, const char* command,
                                         StoreOptions::Mode mode) {
  if (mode == StoreOptions::Mode::kReadOnly && !std::filesystem::exists(db)) {
    std::fprintf(
        stderr, "edgard %s: %s does not exist: ingest filings first (edgard ingest PATH --db %s)\n",
        command, db.c_str(), db.c_str());
    return nullptr;
  }
  auto store = Store::Open({.path = db, .mode = mode});
  if (!store) {
    std::fprintf(stderr, "edgard %s: %s\n", command, store.error().message().c_str());
    return nullptr;
  }
  return std::move(*store);
}

std::string JsonField(const nlohmann::json& object, const char* key) {
  if (!object.is_object()) return "";
  auto it = object.find(key);
  if (it == object.end() || it->is_null()) return "";
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number()) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.10g", it->get<double>());
    return buffer;
  }
  return it->dump();
}

std::string HumanBytes(double bytes) {
  const char* units[] = {"B", "KB", "MB", "GB", "TB"};
  int unit = 0;
  while (bytes >= 1000 && unit < 4) {
    bytes /= 1000;
    ++unit;
  }
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, unit == 0 ? "%.0f %s" : "%.1f %s", bytes, units[unit]);
  return buffer;
}

int RunCli(int argc, char** argv) {
  CLI::App app{
      "edgard: a self-hosted EDGAR. Ingests EDGAR filings of every era into an embedded store, "
      "extracts their structure and finds them again by full text."};
  app.require_subcommand(1);
  app.set_version_flag("--version", "edgard 0.1.0");
  int exit_code = 0;
  AddIngestCommand(&app, &exit_code);
  AddSearchCommand(&app, &exit_code);
  AddShowCommand(&app, &exit_code);
  AddCompanyCommand(&app, &exit_code);
  AddInsidersCommand(&app, &exit_code);
  AddOwnerCommand(&app, &exit_code);
  AddServeCommand(&app, &exit_code);
  AddStatsCommand(&app, &exit_code);
  AddExtractCommand(&app, &exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  }
  return exit_code;
}

}  // namespace edgard::cli

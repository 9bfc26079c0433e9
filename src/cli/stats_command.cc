// edgard stats: what the store holds.

#include <cstdio>
#include <nlohmann/json.hpp>

#include "cli/commands.h"

namespace edgard::cli {

void AddStatsCommand(CLI::App* app, int* exit_code) {
  auto* cmd = app->add_subcommand("stats", "What the store holds");
  auto db = std::make_shared<std::string>("edgard.db");
  auto json = std::make_shared<bool>(false);
  AddDbOption(cmd, db.get());
  cmd->add_flag("--json", *json, "JSON output");
  cmd->callback([db, json, exit_code] {
    auto store = OpenStoreOrReport(*db, "stats", StoreOptions::Mode::kReadOnly);
    if (!store) {
      *exit_code = 1;
      return;
    }
    auto stats = store->Stats();
    if (!stats) {
      std::fprintf(stderr, "edgard stats: %s\n", stats.error().message().c_str());
      *exit_code = 1;
      return;
    }
    if (*json) {
      auto counts = [](const std::vector<CountByKey>& list) {
        nlohmann::json out = nlohmann::json::object();
        for (const CountByKey& c : list) out[c.key] = c.count;
        return out;
      };
      nlohmann::json out = {{"filings", stats->filings},
                            {"documents", stats->documents},
                            {"companies", stats->companies},
                            {"raw_bytes", stats->raw_bytes},
                            {"raw_stored_bytes", stats->raw_stored_bytes},
                            {"text_bytes", stats->text_bytes},
                            {"filings_by_form", counts(stats->by_form)},
                            {"filings_by_year", counts(stats->by_year)}};
      std::puts(out.dump(1).c_str());
      return;
    }
    std::printf("%s: %lld filings, %lld documents, %lld companies\n", db->c_str(),
                static_cast<long long>(stats->filings), static_cast<long long>(stats->documents),
                static_cast<long long>(stats->companies));
    std::printf("raw %s (stored compressed as %s), text indexed %s\n",
                HumanBytes(static_cast<double>(stats->raw_bytes)).c_str(),
                HumanBytes(static_cast<double>(stats->raw_stored_bytes)).c_str(),
                HumanBytes(static_cast<double>(stats->text_bytes)).c_str());
    std::printf("filings by form type:");
    for (const CountByKey& c : stats->by_form) {
      std::printf(" %s %lld,", c.key.c_str(), static_cast<long long>(c.count));
    }
    std::printf("\nfilings by year:");
    for (const CountByKey& c : stats->by_year) {
      std::printf(" %s %lld,", c.key.c_str(), static_cast<long long>(c.count));
    }
    std::printf("\n");
  });
}

}  // namespace edgard::cli

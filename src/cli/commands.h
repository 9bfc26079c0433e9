// Subcommand registration. Each Add*Command adds one CLI11 subcommand whose
// callback stores its exit code in *exit_code.

#pragma once

#include <CLI/CLI.hpp>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>

#include "edgard/store.h"

namespace edgard::cli {

void AddCompanyCommand(CLI::App* app, int* exit_code);
void AddExtractCommand(CLI::App* app, int* exit_code);
void AddIngestCommand(CLI::App* app, int* exit_code);
void AddInsidersCommand(CLI::App* app, int* exit_code);
void AddOwnerCommand(CLI::App* app, int* exit_code);
void AddSearchCommand(CLI::App* app, int* exit_code);
void AddShowCommand(CLI::App* app, int* exit_code);
void AddServeCommand(CLI::App* app, int* exit_code);
void AddStatsCommand(CLI::App* app, int* exit_code);

// Adds --db to a subcommand (default ./edgard.db).
void AddDbOption(CLI::App* command, std::string* db);

// Opens the store, printing "edgard <command>: <error>" when it fails.
std::unique_ptr<Store> OpenStoreOrReport(const std::string& db, const char* command,
                                         StoreOptions::Mode mode);

// A field of a JSON object as text: strings as they are, numbers printed
// plainly ("7375000", "-0.01"), null and missing fields empty.
std::string JsonField(const nlohmann::json& object, const char* key);

// "12.3 MB", "512 B".
std::string HumanBytes(double bytes);

}  // namespace edgard::cli

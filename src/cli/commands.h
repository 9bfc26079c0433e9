// Subcommand registration. Each Add*Command adds one CLI11 subcommand whose
// callback stores its exit code in *exit_code.

#pragma once

#include <CLI/CLI.hpp>

namespace edgard::cli {

void AddExtractCommand(CLI::App* app, int* exit_code);

}  // namespace edgard::cli

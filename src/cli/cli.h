// The edgard command line: subcommands ingest, search, show, stats, extract.
// Each returns a process exit code; tools/edgard/main.cc only calls RunCli.

#pragma once

namespace edgard::cli {

int RunCli(int argc, char** argv);

}  // namespace edgard::cli

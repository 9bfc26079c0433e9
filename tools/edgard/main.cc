// edgard: one binary, subcommands in src/cli.

#include "cli/cli.h"

int main(int argc, char** argv) { return edgard::cli::RunCli(argc, argv); }

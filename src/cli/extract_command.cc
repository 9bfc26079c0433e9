// edgard extract FILE...: the extraction JSON of each file, without a store.

#include <cstdio>
#include <string>
#include <vector>

#include "base/file_buffer.h"
#include "cli/commands.h"
#include "edgard/extraction.h"
#include "parse/sgml/envelope.h"

namespace edgard::cli {

void AddExtractCommand(CLI::App* app, int* exit_code) {
  auto* cmd =
      app->add_subcommand("extract", "Print the extraction JSON of a file (no store is touched)");
  auto files = std::make_shared<std::vector<std::string>>();
  auto compact = std::make_shared<bool>(false);
  cmd->add_option("FILE", *files, "EDGAR filing or document (.txt, .nc, .hdr.sgml, .htm, .xml)")
      ->required();
  cmd->add_flag("--compact", *compact, "One line of JSON per file");
  cmd->callback([files, compact, exit_code] {
    for (const std::string& path : *files) {
      auto buffer = FileBuffer::Read(path, sgml::kMaxInputBytes);
      if (!buffer) {
        std::fprintf(stderr, "edgard extract: %s\n", buffer.error().message().c_str());
        *exit_code = 1;
        continue;
      }
      auto extraction = ExtractFiling(buffer->view(), path);
      if (!extraction) {
        std::fprintf(stderr, "edgard extract: %s\n", extraction.error().message().c_str());
        *exit_code = 1;
        continue;
      }
      std::string json = ExtractionToJson(*extraction, *compact ? -1 : 1);
      std::fwrite(json.data(), 1, json.size(), stdout);
      std::fputc('\n', stdout);
    }
  });
}

}  // namespace edgard::cli

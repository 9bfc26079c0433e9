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
  auto text_only = std::make_shared<bool>(false);
  cmd->add_flag("--compact", *compact, "One line of JSON per file");
  cmd->add_flag("--text", *text_only, "Print the plain text of each document instead of JSON");
  cmd->callback([files, compact, text_only, exit_code] {
    for (const std::string& path : *files) {
      auto buffer = FileBuffer::Read(path, sgml::kMaxInputBytes);
      if (!buffer) {
        std::fprintf(stderr, "edgard extract: %s\n", buffer.error().message().c_str());
        *exit_code = 1;
        continue;
      }
      DocumentTexts texts;
      auto extraction = ExtractFiling(buffer->view(), path, &texts);
      if (!extraction) {
        std::fprintf(stderr, "edgard extract: %s\n", extraction.error().message().c_str());
        *exit_code = 1;
        continue;
      }
      if (*text_only) {
        for (size_t i = 0; i < texts.size(); ++i) {
          std::printf("==> %s document %d (%s) <==\n", path.c_str(),
                      extraction->documents[i].sequence, extraction->documents[i].type.c_str());
          std::fwrite(texts[i].data(), 1, texts[i].size(), stdout);
          std::fputc('\n', stdout);
        }
        continue;
      }
      std::string json = ExtractionToJson(*extraction, *compact ? -1 : 1, &texts);
      std::fwrite(json.data(), 1, json.size(), stdout);
      std::fputc('\n', stdout);
    }
  });
}

}  // namespace edgard::cli

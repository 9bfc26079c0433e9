// The extraction JSON of every filing in testdata/corpus/, for tests that
// check a property of it over real filings of every form and era.

#pragma once

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "base/file_buffer.h"
#include "edgard/extraction.h"
#include "parse/sgml/envelope.h"
#include "testdata_path.h"

namespace edgard::testing {

// (path, compact extraction JSON) of each file that is a filing; files that
// are not (index files, API responses) are left out.
inline std::vector<std::pair<std::filesystem::path, std::string>> TestdataExtractionJson() {
  std::vector<std::pair<std::filesystem::path, std::string>> out;
  for (const auto& entry :
       std::filesystem::recursive_directory_iterator(TestdataDir() / "corpus")) {
    if (!entry.is_regular_file()) continue;
    auto buffer = FileBuffer::Read(entry.path().string(), sgml::kMaxInputBytes);
    if (!buffer) continue;
    auto extraction = ExtractFiling(buffer->view(), entry.path().string());
    if (!extraction) continue;
    out.emplace_back(entry.path(), ExtractionToJson(*extraction, -1));
  }
  return out;
}

}  // namespace edgard::testing

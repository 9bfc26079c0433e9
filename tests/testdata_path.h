// Where the tests find testdata/ and the shared corpus.

#pragma once

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace edgard::testing {

// testdata/ of the source tree (EDGARD_SOURCE_DIR is set by CTest).
inline std::filesystem::path TestdataDir() {
  const char* source = std::getenv("EDGARD_SOURCE_DIR");
  return std::filesystem::path(source != nullptr ? source : ".") / "testdata";
}

// The bytes of testdata/`name` (empty when it cannot be read).
inline std::string ReadTestdata(const std::string& name) {
  std::ifstream in(TestdataDir() / name, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// The whole real corpus: EDGARD_CORPUS, default ../shared/corpus next to the
// source tree. Empty when it is not there (corpus-wide tests then skip, saying so).
inline std::filesystem::path CorpusDir() {
  const char* corpus = std::getenv("EDGARD_CORPUS");
  std::filesystem::path dir = corpus != nullptr
                                  ? std::filesystem::path(corpus)
                                  : TestdataDir().parent_path().parent_path() / "shared/corpus";
  return std::filesystem::is_directory(dir) ? dir : std::filesystem::path();
}

}  // namespace edgard::testing

// A 200 MB input: ingested with a clear result and bounded memory (label
// "slow": run with ctest -L slow).

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "run_program.h"

namespace edgard {
namespace {

TEST(LargeInput, TwoHundredMegabyteFileIngestsWithBoundedMemory) {
  testing::TempDir dir;
  const std::string path = dir.path() + "/big.txt";
  {
    std::ofstream out(path, std::ios::binary);
    const std::string line =
        "The registrant's board of directors approved the annual report on Form 10-K and the "
        "financial statements included in it.\n";
    for (size_t written = 0; written < (size_t{200} << 20); written += line.size()) out << line;
  }
  auto result = testing::RunProgram(
      {testing::EdgardBinary(), "ingest", path, "--db", dir.path() + "/edgard.db"});
  EXPECT_EQ(result.exit_code, 0) << result.out << result.err;
  EXPECT_NE(result.out.find("1 stored"), std::string::npos) << result.out;
  std::printf("peak RSS of edgard ingest of a 200 MB file: %ld MB\n", result.peak_rss_kb / 1024);
#if EDGARD_SANITIZED
  std::printf("sanitizer build: its memory overhead makes the peak meaningless; not checked\n");
#else
  EXPECT_LT(result.peak_rss_kb, 500 * 1024);
#endif
}

}  // namespace
}  // namespace edgard

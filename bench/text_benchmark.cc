// Google Benchmark of the text extractors on real filings: legacy ASCII text
// (EDGARD_BENCH_FILE_TEXT, default: a 1998 10-K full submission), HTML
// (EDGARD_BENCH_FILE_HTML, default: Apple's 2025 inline XBRL 10-K) and
// uudecode (EDGARD_BENCH_FILE_UU, default: a 2025 424B2 with JPEG images; the
// last uuencoded file in it is decoded). Paths default to testdata/.

#include <benchmark/benchmark.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <utility>

#include "base/file_buffer.h"
#include "parse/html/html_text.h"
#include "parse/text/legacy_text.h"
#include "parse/text/text_output.h"
#include "parse/uu/uudecode.h"

namespace {

constexpr size_t kMaxBenchFileBytes = size_t{1} << 30;

edgard::FileBuffer Load(const char* variable, const char* default_path) {
  const char* env = std::getenv(variable);
  const std::string path =
      env != nullptr ? env : std::string(EDGARD_SOURCE_DIR) + "/" + default_path;
  auto buffer = edgard::FileBuffer::Read(path, kMaxBenchFileBytes);
  return buffer ? std::move(*buffer) : edgard::FileBuffer::Copy("");
}

void BM_LegacyTextToPlain(benchmark::State& state) {
  const edgard::FileBuffer buffer =
      Load("EDGARD_BENCH_FILE_TEXT", "testdata/corpus/10-K/0000021344-98-000004.txt");
  edgard::text::TextOutput out;  // reused, as in the ingest loop
  for (auto _ : state) {
    edgard::text::LegacyTextToPlain(buffer.view(), &out);
    benchmark::DoNotOptimize(out.text.data());
  }
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(buffer.size()));
}
BENCHMARK(BM_LegacyTextToPlain);

void BM_HtmlToText(benchmark::State& state) {
  const edgard::FileBuffer buffer = Load(
      "EDGARD_BENCH_FILE_HTML", "testdata/corpus/doc-10-K/0000320193-25-000079_aapl-20250927.htm");
  edgard::text::TextOutput out;
  for (auto _ : state) {
    edgard::html::HtmlToText(buffer.view(), &out);
    benchmark::DoNotOptimize(out.text.data());
  }
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(buffer.size()));
}
BENCHMARK(BM_HtmlToText);

void BM_UuDecode(benchmark::State& state) {
  const edgard::FileBuffer buffer =
      Load("EDGARD_BENCH_FILE_UU", "testdata/corpus/424B2/0000950103-25-001140.txt");
  std::string_view text = buffer.view();
  const size_t begin = text.rfind("\nbegin ");
  if (begin != std::string_view::npos) text.remove_prefix(begin + 1);
  const size_t end = text.find("\nend");
  if (end != std::string_view::npos) text = text.substr(0, end + 5);
  for (auto _ : state) {
    auto file = edgard::uu::UuDecode(text);
    benchmark::DoNotOptimize(file);
  }
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_UuDecode);

}  // namespace

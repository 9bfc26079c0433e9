// Google Benchmark of the envelope and header parsers, the whole extraction
// and its JSON on one real filing
// (EDGARD_BENCH_FILE, default: a 1998 10-K full submission in testdata).

#include <benchmark/benchmark.h>

#include <cstdlib>
#include <string>

#include "base/file_buffer.h"
#include "edgard/extraction.h"
#include "parse/sgml/envelope.h"
#include "parse/sgml/header.h"

namespace {

edgard::FileBuffer Load() {
  const char* env = std::getenv("EDGARD_BENCH_FILE");
  const std::string path = env != nullptr ? env
                                          : std::string(EDGARD_SOURCE_DIR) +
                                                "/testdata/corpus/10-K/0000021344-98-000004.txt";
  auto buffer = edgard::FileBuffer::Read(path, edgard::sgml::kMaxInputBytes);
  return buffer ? std::move(*buffer) : edgard::FileBuffer::Copy("");
}

void BM_ParseEnvelope(benchmark::State& state) {
  const edgard::FileBuffer buffer = Load();
  for (auto _ : state) {
    auto envelope = edgard::sgml::ParseEnvelope(buffer.view());
    benchmark::DoNotOptimize(envelope);
  }
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(buffer.size()));
}
BENCHMARK(BM_ParseEnvelope);

void BM_ParseHeader(benchmark::State& state) {
  const edgard::FileBuffer buffer = Load();
  auto envelope = edgard::sgml::ParseEnvelope(buffer.view());
  const std::string_view header = envelope ? envelope->header : std::string_view();
  for (auto _ : state) {
    auto parse = edgard::sgml::ParseHeader(header, 0);
    benchmark::DoNotOptimize(parse);
  }
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(header.size()));
}
BENCHMARK(BM_ParseHeader);

void BM_ExtractFiling(benchmark::State& state) {
  const edgard::FileBuffer buffer = Load();
  for (auto _ : state) {
    auto extraction = edgard::ExtractFiling(buffer.view(), "bench");
    benchmark::DoNotOptimize(extraction);
  }
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(buffer.size()));
}
BENCHMARK(BM_ExtractFiling);

// The extraction JSON stored with each filing on ingest.
void BM_ExtractionToJson(benchmark::State& state) {
  const edgard::FileBuffer buffer = Load();
  auto extraction = edgard::ExtractFiling(buffer.view(), "bench");
  if (!extraction) {
    state.SkipWithError("the file is not a filing");
    return;
  }
  size_t bytes = 0;
  for (auto _ : state) {
    std::string json = edgard::ExtractionToJson(*extraction, -1);
    bytes = json.size();
    benchmark::DoNotOptimize(json);
  }
  state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(bytes));
  state.counters["facts"] = static_cast<double>(extraction->financial_facts.size());
}
BENCHMARK(BM_ExtractionToJson);

}  // namespace

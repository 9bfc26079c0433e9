// edgard ingest PATH...: files, folders and archives into the store.

#include <unistd.h>

#include <cstdio>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "ingest/ingest.h"

namespace edgard::cli {
namespace {

void PrintProgress(const ingest::IngestProgress& p) {
  const double fraction =
      p.bytes_total > 0 ? static_cast<double>(p.bytes_done) / static_cast<double>(p.bytes_total)
                        : 0.0;
  constexpr int kWidth = 28;
  const int filled = static_cast<int>(fraction * kWidth);
  char bar[kWidth + 1];
  for (int i = 0; i < kWidth; ++i) bar[i] = i < filled ? '#' : '.';
  bar[kWidth] = '\0';
  const double rate = p.seconds > 0 ? static_cast<double>(p.bytes_done) / p.seconds : 0;
  const double left = rate > 0 ? static_cast<double>(p.bytes_total - p.bytes_done) / rate : 0;
  std::fprintf(stderr, "\r[%s] %lld/%lld files  %s/%s  %s/s  %d:%02d left   ", bar,
               static_cast<long long>(p.inputs_done), static_cast<long long>(p.inputs_total),
               HumanBytes(static_cast<double>(p.bytes_done)).c_str(),
               HumanBytes(static_cast<double>(p.bytes_total)).c_str(), HumanBytes(rate).c_str(),
               static_cast<int>(left) / 60, static_cast<int>(left) % 60);
}

}  // namespace

void AddIngestCommand(CLI::App* app, int* exit_code) {
  auto* cmd = app->add_subcommand(
      "ingest",
      "Store EDGAR filings and documents: files, folders (recursively) and .tar.gz/.tgz/.zip "
      "archives. Already stored filings are left as they are.");
  struct Args {
    std::vector<std::string> paths;
    std::string db = "edgard.db";
    int workers = 0;
    size_t max_file_mb = 512;
    bool quiet = false;
  };
  auto args = std::make_shared<Args>();
  cmd->add_option("PATH", args->paths, "Files, folders or archives")->required();
  AddDbOption(cmd, &args->db);
  cmd->add_option("--workers", args->workers, "Parse threads (default: one per core)");
  cmd->add_option("--max-file-mb", args->max_file_mb, "Refuse inputs larger than this")
      ->capture_default_str();
  cmd->add_flag("--quiet", args->quiet, "Print only the summary and failures");
  cmd->callback([args, exit_code] {
    auto store = OpenStoreOrReport(args->db, "ingest", StoreOptions::Mode::kReadWrite);
    if (!store) {
      *exit_code = 1;
      return;
    }
    const bool tty = ::isatty(STDERR_FILENO) != 0 && !args->quiet;
    ingest::IngestOptions options;
    options.workers = args->workers;
    options.max_file_bytes = args->max_file_mb << 20;
    ingest::ProgressCallback progress;
    if (tty) progress = PrintProgress;
    auto report = ingest::Ingest(*store, args->paths, options, progress);
    if (tty) std::fputc('\n', stderr);
    if (!report) {
      std::fprintf(stderr, "edgard ingest: %s\n", report.error().message().c_str());
      *exit_code = 1;
      return;
    }
    for (const auto& skip : report->skips) {
      std::printf("skipped %s: %s\n", skip.path.c_str(), skip.reason.c_str());
    }
    for (const auto& failure : report->failures) {
      std::printf("FAILED  %s: %s\n", failure.path.c_str(), failure.reason.c_str());
    }
    const double seconds = report->seconds > 0 ? report->seconds : 1e-9;
    std::printf(
        "ingested %lld inputs (%s) in %.2f s: %lld stored, %lld already stored, %lld skipped, "
        "%lld failed; %s/s, %.0f inputs/s, %s of text indexed\n",
        static_cast<long long>(report->inputs),
        HumanBytes(static_cast<double>(report->bytes)).c_str(), report->seconds,
        static_cast<long long>(report->stored), static_cast<long long>(report->already_stored),
        static_cast<long long>(report->skipped), static_cast<long long>(report->failed),
        HumanBytes(static_cast<double>(report->bytes) / seconds).c_str(),
        static_cast<double>(report->inputs) / seconds,
        HumanBytes(static_cast<double>(report->text_bytes)).c_str());
    if (report->failed > 0) *exit_code = 1;
  });
}

}  // namespace edgard::cli

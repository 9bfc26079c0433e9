#include "ingest/ingest.h"

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <mutex>
#include <optional>
#include <thread>
#include <variant>

#include "base/ascii.h"
#include "base/file_buffer.h"

namespace edgard::ingest {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

struct Input {
  std::string path;
  int64_t bytes = 0;
  bool archive = false;
};

bool IsArchive(const std::string& path) {
  for (std::string_view ext : {".tar.gz", ".tgz", ".zip", ".tar", ".tar.bz2", ".tar.xz"}) {
    if (path.size() >= ext.size() &&
        ascii::EqualsIgnoreCase(std::string_view(path).substr(path.size() - ext.size()), ext)) {
      return true;
    }
  }
  return false;
}

Result<std::vector<Input>> Discover(const std::vector<std::string>& paths) {
  std::vector<Input> inputs;
  auto add = [&inputs](const fs::path& file) {
    std::error_code ec;
    const auto size = fs::file_size(file, ec);
    const std::string name = file.string();
    inputs.push_back({name, ec ? 0 : static_cast<int64_t>(size), IsArchive(name)});
  };
  for (const std::string& path : paths) {
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (ec || !fs::exists(status)) return NotFound(path + ": no such file or directory");
    if (fs::is_directory(status)) {
      std::vector<fs::path> files;
      for (auto it = fs::recursive_directory_iterator(
               path, fs::directory_options::skip_permission_denied, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        if (it->is_regular_file(ec)) files.push_back(it->path());
      }
      if (ec) return IoError(path + ": cannot list: " + ec.message());
      std::sort(files.begin(), files.end());
      for (const fs::path& file : files) add(file);
    } else {
      add(path);
    }
  }
  return inputs;
}

// A prepared filing, or why an input is not stored.
struct Outcome {
  std::string path;
  int64_t input_bytes = 0;
  size_t budget = 0;  // memory budget held until written
  std::variant<FilingToStore, Status> value;
};

// Counting semaphore over bytes of inputs in flight. An input larger than
// the whole budget waits until nothing else is in flight, then runs alone.
class MemoryBudget {
 public:
  explicit MemoryBudget(size_t total) : total_(total) {}
  size_t Acquire(size_t bytes) {
    std::unique_lock lock(mutex_);
    const size_t want = std::min(bytes, total_);
    freed_.wait(lock, [&] { return used_ + want <= total_; });
    used_ += want;
    return want;
  }
  void Release(size_t bytes) {
    {
      std::lock_guard lock(mutex_);
      used_ -= bytes;
    }
    freed_.notify_all();
  }

 private:
  std::mutex mutex_;
  std::condition_variable freed_;
  size_t total_;
  size_t used_ = 0;
};

class Pipeline {
 public:
  Pipeline(std::vector<Input> inputs, const IngestOptions& options)
      : inputs_(std::move(inputs)), options_(options), budget_(options.memory_budget_bytes) {}

  void RunWorkers(int count) {
    for (int i = 0; i < count; ++i) workers_.emplace_back([this] { WorkerLoop(); });
  }

  // Next outcome, waiting up to `wait`; nullopt on timeout or when all is done.
  std::optional<Outcome> Pop(std::chrono::milliseconds wait) {
    std::unique_lock lock(mutex_);
    ready_.wait_for(lock, wait, [&] { return !queue_.empty() || active_workers_ == 0; });
    if (queue_.empty()) return std::nullopt;
    Outcome outcome = std::move(queue_.front());
    queue_.pop_front();
    return outcome;
  }

  bool Finished() {
    std::lock_guard lock(mutex_);
    return queue_.empty() && active_workers_ == 0;
  }

  void Release(size_t budget) { budget_.Release(budget); }
  void Join() {
    for (std::thread& t : workers_) t.join();
  }
  int64_t discovered() const { return discovered_.load(); }

 private:
  void Push(Outcome outcome) {
    {
      std::lock_guard lock(mutex_);
      queue_.push_back(std::move(outcome));
    }
    ready_.notify_one();
  }

  void Prepare(std::string_view bytes, std::string path, size_t budget) {
    Outcome outcome;
    outcome.path = std::move(path);
    outcome.input_bytes = static_cast<int64_t>(bytes.size());
    outcome.budget = budget;
    auto prepared = PrepareFiling(bytes, outcome.path);
    if (prepared) {
      outcome.value = std::move(*prepared);
    } else {
      outcome.value = prepared.error();
    }
    Push(std::move(outcome));
  }

  void Fail(std::string path, int64_t bytes, Status status) {
    Outcome outcome;
    outcome.path = std::move(path);
    outcome.input_bytes = bytes;
    outcome.value = std::move(status);
    Push(std::move(outcome));
  }

  void ReadArchive(const Input& input) {
    struct archive* a = archive_read_new();
    archive_read_support_filter_all(a);
    archive_read_support_format_all(a);
    if (archive_read_open_filename(a, input.path.c_str(), 1 << 16) != ARCHIVE_OK) {
      Fail(input.path, input.bytes,
           InvalidInput(std::string("cannot open archive: ") + archive_error_string(a)));
      archive_read_free(a);
      return;
    }
    struct archive_entry* entry = nullptr;
    int rc = ARCHIVE_OK;
    while ((rc = archive_read_next_header(a, &entry)) == ARCHIVE_OK) {
      if (archive_entry_filetype(entry) != AE_IFREG) continue;
      const std::string member = input.path + ":" + archive_entry_pathname(entry);
      discovered_.fetch_add(1);
      const int64_t size = archive_entry_size(entry);
      if (size < 0 || static_cast<size_t>(size) > options_.max_file_bytes) {
        Fail(member, size,
             InvalidInput("member is " + std::to_string(size) + " bytes, over the limit of " +
                          std::to_string(options_.max_file_bytes)));
        continue;
      }
      const size_t budget = budget_.Acquire(static_cast<size_t>(size) * 3 + 4096);
      std::string bytes(static_cast<size_t>(size), '\0');
      la_ssize_t got = archive_read_data(a, bytes.data(), bytes.size());
      if (got < 0 || got != size) {
        budget_.Release(budget);
        Fail(member, size,
             InvalidInput("archive member truncated at byte " + std::to_string(got < 0 ? 0 : got) +
                          ": expected " + std::to_string(size) + " bytes"));
        break;
      }
      Prepare(bytes, member, budget);
    }
    if (rc != ARCHIVE_EOF && rc != ARCHIVE_OK) {
      Fail(input.path, input.bytes,
           InvalidInput(std::string("archive unreadable: ") + archive_error_string(a)));
    }
    archive_read_free(a);
  }

  void WorkerLoop() {
    while (true) {
      const size_t index = next_.fetch_add(1);
      if (index >= inputs_.size()) break;
      const Input& input = inputs_[index];
      if (input.archive) {
        discovered_.fetch_sub(1);  // members are counted as they are read
        ReadArchive(input);
        continue;
      }
      if (static_cast<size_t>(input.bytes) > options_.max_file_bytes) {
        Fail(input.path, input.bytes,
             InvalidInput("file is " + std::to_string(input.bytes) + " bytes, over the limit of " +
                          std::to_string(options_.max_file_bytes) + " bytes (--max-file-mb)"));
        continue;
      }
      const size_t budget = budget_.Acquire(static_cast<size_t>(input.bytes) * 3 + 4096);
      auto buffer = FileBuffer::Read(input.path, options_.max_file_bytes);
      if (!buffer) {
        budget_.Release(budget);
        Fail(input.path, input.bytes, buffer.error());
        continue;
      }
      Prepare(buffer->view(), input.path, budget);
    }
    {
      std::lock_guard lock(mutex_);
      --active_workers_;
    }
    ready_.notify_all();
  }

 public:
  void SetActive(int count) { active_workers_ = count; }
  void SetDiscovered(int64_t count) { discovered_ = count; }

 private:
  std::vector<Input> inputs_;
  IngestOptions options_;
  MemoryBudget budget_;
  std::atomic<size_t> next_{0};
  std::atomic<int64_t> discovered_{0};
  std::vector<std::thread> workers_;
  std::mutex mutex_;
  std::condition_variable ready_;
  std::deque<Outcome> queue_;
  int active_workers_ = 0;
};

// "path: offset 12: ..." -> "offset 12: ..." (the report names the path).
std::string WithoutPath(const std::string& message, const std::string& path) {
  const std::string prefix = path + ": ";
  return message.starts_with(prefix) ? message.substr(prefix.size()) : message;
}

}  // namespace

Result<IngestReport> Ingest(Store& store, const std::vector<std::string>& paths,
                            const IngestOptions& options, const ProgressCallback& progress) {
  auto inputs = Discover(paths);
  if (!inputs) return inputs.error();
  IngestReport report;
  IngestProgress state;
  state.inputs_total = static_cast<int64_t>(inputs->size());
  for (const Input& input : *inputs) state.bytes_total += input.bytes;
  const auto started = Clock::now();

  int workers =
      options.workers > 0 ? options.workers : static_cast<int>(std::thread::hardware_concurrency());
  workers = std::clamp(workers, 1, 64);
  Pipeline pipeline(std::move(*inputs), options);
  pipeline.SetActive(workers);
  pipeline.SetDiscovered(state.inputs_total);
  pipeline.RunWorkers(workers);

  std::vector<FilingToStore> batch;
  std::vector<size_t> held;
  size_t batch_text = 0;
  size_t batch_budget = 0;  // memory budget the batch holds; workers wait when it is all held
  auto count = [&report](const FilingToStore& filing, PutOutcome outcome) {
    if (outcome == PutOutcome::kAlreadyStored) {
      ++report.already_stored;
      return;
    }
    ++report.stored;
    for (const std::string& text : filing.texts) {
      report.text_bytes += static_cast<int64_t>(text.size());
    }
  };
  auto flush = [&]() {
    if (batch.empty()) return;
    auto outcomes = store.PutFilings(batch);
    if (outcomes) {
      for (size_t i = 0; i < batch.size(); ++i) count(batch[i], (*outcomes)[i]);
    } else {
      // The batch was rolled back whole: store its filings one by one, so
      // that one bad filing costs only itself, and report each that fails.
      for (const FilingToStore& filing : batch) {
        auto one = store.PutFilings(std::span<const FilingToStore>(&filing, 1));
        if (one) {
          count(filing, one->front());
        } else {
          ++report.failed;
          report.failures.push_back(
              {filing.extraction.source.path, "not stored: " + one.error().message()});
        }
      }
    }
    for (size_t b : held) pipeline.Release(b);
    batch.clear();
    held.clear();
    batch_text = 0;
    batch_budget = 0;
  };
  auto last_progress = Clock::now();
  while (true) {
    std::optional<Outcome> outcome = pipeline.Pop(std::chrono::milliseconds(200));
    if (!outcome) {
      flush();  // idle: write what is pending so memory and latency stay low
      if (pipeline.Finished()) break;
      continue;
    }
    ++state.inputs_done;
    state.bytes_done += outcome->input_bytes;
    report.bytes += outcome->input_bytes;
    if (auto* status = std::get_if<Status>(&outcome->value)) {
      pipeline.Release(outcome->budget);
      IngestFailure failure{outcome->path, WithoutPath(status->message(), outcome->path)};
      if (status->code() == ErrorCode::kUnavailable) {
        ++report.skipped;
        report.skips.push_back(std::move(failure));
      } else {
        ++report.failed;
        report.failures.push_back(std::move(failure));
      }
    } else {
      FilingToStore& filing = std::get<FilingToStore>(outcome->value);
      for (const std::string& text : filing.texts) batch_text += text.size();
      batch.push_back(std::move(filing));
      held.push_back(outcome->budget);
      batch_budget += outcome->budget;
      if (batch.size() >= options.batch_filings || batch_text >= options.batch_text_bytes ||
          batch_budget >= options.memory_budget_bytes / 2) {
        flush();
      }
    }
    if (progress && Clock::now() - last_progress > std::chrono::milliseconds(100)) {
      last_progress = Clock::now();
      state.inputs_total = std::max(state.inputs_total, pipeline.discovered());
      state.seconds = std::chrono::duration<double>(Clock::now() - started).count();
      progress(state);
    }
  }
  flush();
  pipeline.Join();
  report.inputs = state.inputs_done;
  report.seconds = std::chrono::duration<double>(Clock::now() - started).count();
  if (progress) {
    state.inputs_total = std::max(state.inputs_total, pipeline.discovered());
    state.seconds = report.seconds;
    progress(state);
  }
  return report;
}

}  // namespace edgard::ingest

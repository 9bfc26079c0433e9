// Runs the edgard binary from end-to-end tests.

#pragma once

#include <sys/types.h>

#include <filesystem>
#include <string>
#include <vector>

namespace edgard::testing {

struct ProgramResult {
  int exit_code = -1;
  std::string out;  // standard output
  std::string err;  // standard error
  long peak_rss_kb = 0;
};

// The edgard binary under test: EDGARD_BIN, else the one of this build tree.
std::string EdgardBinary();

// Runs `args` (argv[0] included) to completion.
ProgramResult RunProgram(const std::vector<std::string>& args);

// Starts `args` in the background with output discarded; returns its pid.
pid_t StartProgram(const std::vector<std::string>& args);

// The bytes of a file (empty when it cannot be read).
std::string ReadFile(const std::filesystem::path& path);

// A fresh temporary folder, removed by the destructor.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

}  // namespace edgard::testing

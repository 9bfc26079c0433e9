// FileBuffer: the bytes of one input, owned once and viewed everywhere.
// Move-only and move-stable: string_views into data() stay valid when the
// FileBuffer is moved (the bytes live in a heap block that never moves).

#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "edgard/result.h"

namespace edgard {

class FileBuffer {
 public:
  FileBuffer() = default;
  FileBuffer(FileBuffer&&) noexcept = default;
  FileBuffer& operator=(FileBuffer&&) noexcept = default;
  FileBuffer(const FileBuffer&) = delete;
  FileBuffer& operator=(const FileBuffer&) = delete;

  // Reads a whole file. Files larger than `max_bytes` are refused with
  // kInvalidInput so that one huge input cannot exhaust memory.
  static Result<FileBuffer> Read(const std::string& path, size_t max_bytes);
  static FileBuffer Copy(std::string_view bytes);

  std::string_view view() const { return {data_.get(), size_}; }
  const char* data() const { return data_.get(); }
  size_t size() const { return size_; }

 private:
  std::unique_ptr<char[]> data_;
  size_t size_ = 0;
};

}  // namespace edgard

#include "base/file_buffer.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace edgard {

Result<FileBuffer> FileBuffer::Read(const std::string& path, size_t max_bytes) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return IoError(path + ": cannot open: " + std::strerror(errno));
  struct stat st {};
  if (::fstat(fd, &st) != 0) {
    ::close(fd);
    return IoError(path + ": cannot stat: " + std::strerror(errno));
  }
  if (!S_ISREG(st.st_mode)) {
    ::close(fd);
    return InvalidInput(path + ": not a regular file");
  }
  const auto size = static_cast<size_t>(st.st_size);
  if (size > max_bytes) {
    ::close(fd);
    return InvalidInput(path + ": file is " + std::to_string(size) + " bytes, over the limit of " +
                        std::to_string(max_bytes) + " bytes");
  }
  FileBuffer buffer;
  buffer.data_ = std::make_unique_for_overwrite<char[]>(size + 1);
  size_t done = 0;
  while (done < size) {
    ssize_t n = ::read(fd, buffer.data_.get() + done, size - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      ::close(fd);
      return IoError(path + ": read failed at byte " + std::to_string(done) + ": " +
                     std::strerror(errno));
    }
    if (n == 0) break;
    done += static_cast<size_t>(n);
  }
  ::close(fd);
  buffer.data_[done] = '\0';
  buffer.size_ = done;
  return buffer;
}

FileBuffer FileBuffer::Copy(std::string_view bytes) {
  FileBuffer buffer;
  buffer.data_ = std::make_unique_for_overwrite<char[]>(bytes.size() + 1);
  if (!bytes.empty()) std::memcpy(buffer.data_.get(), bytes.data(), bytes.size());
  buffer.data_[bytes.size()] = '\0';
  buffer.size_ = bytes.size();
  return buffer;
}

}  // namespace edgard

// A small cache of computed responses (search results), keyed by the
// normalised request and valid while the store's files are unchanged: an
// ingest running beside the server makes every entry stale at once.

#pragma once

#include <list>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

namespace edgard::serve {

class ResponseCache {
 public:
  // `db`: the store file whose changes (and those of its -wal) invalidate.
  ResponseCache(std::string db, size_t max_entries, size_t max_bytes);

  std::optional<std::string> Get(const std::string& key);
  void Put(const std::string& key, std::string body);

 private:
  // Modification times and sizes of the store's files.
  std::string Generation() const;
  void DropOldest();

  std::string db_;
  size_t max_entries_;
  size_t max_bytes_;
  std::mutex mutex_;
  std::string generation_;
  size_t bytes_ = 0;
  std::list<std::pair<std::string, std::string>> entries_;  // most recently used first
  std::unordered_map<std::string, std::list<std::pair<std::string, std::string>>::iterator> index_;
};

}  // namespace edgard::serve

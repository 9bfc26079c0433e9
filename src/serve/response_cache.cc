#include "serve/response_cache.h"

#include <sys/stat.h>

namespace edgard::serve {

ResponseCache::ResponseCache(std::string db, size_t max_entries, size_t max_bytes)
    : db_(std::move(db)), max_entries_(max_entries), max_bytes_(max_bytes) {}

std::string ResponseCache::Generation() const {
  std::string out;
  for (const std::string& path : {db_, db_ + "-wal"}) {
    struct stat info {};
    if (::stat(path.c_str(), &info) != 0) {
      out += "-;";
      continue;
    }
    out += std::to_string(info.st_mtim.tv_sec) + "." + std::to_string(info.st_mtim.tv_nsec) + ":" +
           std::to_string(info.st_size) + ";";
  }
  return out;
}

std::optional<std::string> ResponseCache::Get(const std::string& key) {
  const std::string generation = Generation();
  std::lock_guard lock(mutex_);
  if (generation != generation_) {
    entries_.clear();
    index_.clear();
    bytes_ = 0;
    generation_ = generation;
    return std::nullopt;
  }
  auto it = index_.find(key);
  if (it == index_.end()) return std::nullopt;
  entries_.splice(entries_.begin(), entries_, it->second);
  return it->second->second;
}

void ResponseCache::Put(const std::string& key, std::string body) {
  const std::string generation = Generation();
  std::lock_guard lock(mutex_);
  if (generation != generation_ || body.size() > max_bytes_ / 4 || index_.contains(key)) return;
  bytes_ += key.size() + body.size();
  entries_.emplace_front(key, std::move(body));
  index_[key] = entries_.begin();
  while (!entries_.empty() && (entries_.size() > max_entries_ || bytes_ > max_bytes_)) {
    DropOldest();
  }
}

void ResponseCache::DropOldest() {
  auto& [key, body] = entries_.back();
  bytes_ -= key.size() + body.size();
  index_.erase(key);
  entries_.pop_back();
}

}  // namespace edgard::serve

// Store connections shared by the service's worker threads.

#pragma once

#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "edgard/store.h"

namespace edgard::serve {

// Store connections shared by the worker threads: a thread holds a
// connection while it answers one request, so a few connections (each with
// its own page cache) serve many keep-alive connections.
class StorePool {
 public:
  // Page cache of each pooled connection: the pool's memory stays bounded
  // (two connections per core).
  static constexpr int kCacheMbPerConnection = 64;

  StorePool(std::string db, size_t size) : db_(std::move(db)), size_(size) {}

  // A store for the duration of one request.
  class Lease {
   public:
    Lease(StorePool* pool, std::unique_ptr<Store> store) : pool_(pool), store_(std::move(store)) {}
    Lease(Lease&&) = default;
    Lease& operator=(Lease&&) = delete;
    ~Lease() {
      if (store_) pool_->Return(std::move(store_));
    }
    Store* operator->() const { return store_.get(); }
    Store& operator*() const { return *store_; }

   private:
    StorePool* pool_;
    std::unique_ptr<Store> store_;
  };

  Result<Lease> Get() {
    std::unique_lock lock(mutex_);
    available_.wait(lock, [this] { return !idle_.empty() || opened_ < size_; });
    if (!idle_.empty()) {
      std::unique_ptr<Store> store = std::move(idle_.back());
      idle_.pop_back();
      return Lease(this, std::move(store));
    }
    ++opened_;
    lock.unlock();
    auto store = Store::Open({db_, StoreOptions::Mode::kReadOnly, kCacheMbPerConnection});
    if (!store) {
      std::lock_guard relock(mutex_);
      --opened_;
      available_.notify_one();
      return store.error();
    }
    return Lease(this, std::move(*store));
  }

 private:
  void Return(std::unique_ptr<Store> store) {
    std::lock_guard lock(mutex_);
    idle_.push_back(std::move(store));
    available_.notify_one();
  }

  std::string db_;
  size_t size_;
  std::mutex mutex_;
  std::condition_variable available_;
  std::vector<std::unique_ptr<Store>> idle_;
  size_t opened_ = 0;
};

}  // namespace edgard::serve

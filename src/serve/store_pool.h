// Store connections shared by the service's worker threads.

#pragma once

#include <condition_variable>
#include <deque>
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

  // A store for one request. Requests that find none free wait in line and
  // are served in the order they came: a store returned goes to the one
  // that has waited longest, never to a request that arrived later, so no
  // request waits behind an unbounded run of newer ones.
  Result<Lease> Get() {
    std::unique_lock lock(mutex_);
    if (waiters_.empty()) {
      if (!idle_.empty()) {
        std::unique_ptr<Store> store = std::move(idle_.back());
        idle_.pop_back();
        return Lease(this, std::move(store));
      }
      if (opened_ < size_) {
        ++opened_;
        return Open(std::move(lock));
      }
    }
    Waiter me;
    waiters_.push_back(&me);
    me.ready.wait(lock, [&me] { return me.store != nullptr || me.may_open; });
    if (me.store) return Lease(this, std::move(me.store));
    return Open(std::move(lock));  // the slot of a connection that failed to open
  }

  // Requests waiting for a store.
  size_t Waiting() {
    std::lock_guard lock(mutex_);
    return waiters_.size();
  }

 private:
  struct Waiter {
    std::condition_variable ready;
    std::unique_ptr<Store> store;  // handed over by Return()
    bool may_open = false;         // handed the slot of a connection that failed to open
  };

  // Opens the connection of a slot already counted in `opened_`, with
  // `lock` held on entry. When it fails, the slot passes to the oldest
  // waiter, which tries in turn; with nobody waiting it is given up.
  Result<Lease> Open(std::unique_lock<std::mutex> lock) {
    lock.unlock();
    auto store = Store::Open({db_, StoreOptions::Mode::kReadOnly, kCacheMbPerConnection});
    if (store) return Lease(this, std::move(*store));
    lock.lock();
    if (waiters_.empty()) {
      --opened_;
    } else {
      Waiter* next = waiters_.front();
      waiters_.pop_front();
      next->may_open = true;
      next->ready.notify_one();
    }
    return store.error();
  }

  void Return(std::unique_ptr<Store> store) {
    std::lock_guard lock(mutex_);
    if (waiters_.empty()) {
      idle_.push_back(std::move(store));
      return;
    }
    Waiter* next = waiters_.front();
    waiters_.pop_front();
    next->store = std::move(store);
    next->ready.notify_one();
  }

  std::string db_;
  size_t size_;
  std::mutex mutex_;
  std::deque<Waiter*> waiters_;  // oldest first
  std::vector<std::unique_ptr<Store>> idle_;
  size_t opened_ = 0;
};

}  // namespace edgard::serve

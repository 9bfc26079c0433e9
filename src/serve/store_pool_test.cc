// The service's pool of store connections: requests that wait for a store
// get one in the order they came.

#include "serve/store_pool.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <thread>

namespace edgard::serve {
namespace {

namespace fs = std::filesystem;

class StorePoolTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("edgard-pool-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
    db_ = (dir_ / "edgard.db").string();
    // A new, empty store, which the pool then opens read-only.
    auto store = Store::Open({db_, StoreOptions::Mode::kReadWrite});
    ASSERT_TRUE(store) << store.error().message();
  }
  void TearDown() override { fs::remove_all(dir_); }

  fs::path dir_;
  std::string db_;
};

TEST_F(StorePoolTest, WaitingRequestsAreServedInTheOrderTheyCame) {
  StorePool pool(db_, 1);
  auto held = pool.Get();
  ASSERT_TRUE(held) << held.error().message();
  Store* const only = &**held;
  std::mutex order_mutex;
  std::vector<int> order;
  std::vector<std::thread> threads;
  for (int i = 0; i < 4; ++i) {
    threads.emplace_back([&, i] {
      auto lease = pool.Get();
      ASSERT_TRUE(lease);
      EXPECT_EQ(&**lease, only);
      std::lock_guard lock(order_mutex);
      order.push_back(i);
    });
    // Each thread is in line before the next one starts.
    while (pool.Waiting() <= static_cast<size_t>(i)) std::this_thread::yield();
  }
  { auto released = std::move(*held); }
  // A request arriving now queues behind the four.
  std::thread late([&] {
    auto lease = pool.Get();
    ASSERT_TRUE(lease);
    std::lock_guard lock(order_mutex);
    order.push_back(4);
  });
  for (std::thread& t : threads) t.join();
  late.join();
  EXPECT_EQ(order, (std::vector<int>{0, 1, 2, 3, 4}));
}

// Each failed open gives its slot back: a pool of one keeps answering
// with the error instead of waiting for a connection that never comes.
TEST_F(StorePoolTest, AStoreThatCannotOpenIsAnErrorEachTime) {
  StorePool pool((dir_ / "missing" / "edgard.db").string(), 1);
  for (int attempt = 0; attempt < 3; ++attempt) {
    auto lease = pool.Get();
    ASSERT_FALSE(lease);
    EXPECT_NE(lease.error().message().find("missing"), std::string::npos)
        << lease.error().message();
  }
  EXPECT_EQ(pool.Waiting(), 0u);
}

}  // namespace
}  // namespace edgard::serve

#include "base/compression.h"

#include <gtest/gtest.h>

#include <string>

namespace edgard {
namespace {

// A text of `size` bytes that compresses but is not one repeated run.
std::string Text(size_t size) {
  std::string text;
  for (size_t i = 0; text.size() < size; ++i)
    text += "line " + std::to_string(i * 7919) + " of text\n";
  text.resize(size);
  return text;
}

// A long text is stored as a head frame and the rest; both readers give back
// every byte, and a short one stays one frame.
TEST(Compression, TextFramesDecompressWhole) {
  for (size_t size : {size_t{0}, size_t{100}, kZstdHeadFrame, kZstdHeadFrame + 1, size_t{300000}}) {
    const std::string text = Text(size);
    const std::string compressed = CompressZstdText(text, 1);
    ASSERT_FALSE(compressed.empty());
    auto whole = DecompressZstd(compressed);
    ASSERT_TRUE(whole) << whole.error().ToString();
    EXPECT_EQ(*whole, text) << size;
    ZstdReader reader;
    reader.Start(compressed);
    std::string read;
    int reads = 0;
    for (;;) {
      auto more = reader.Read(5000, &read);
      ASSERT_TRUE(more) << more.error().ToString();
      ++reads;
      if (!*more) break;
      ASSERT_LE(read.size(), static_cast<size_t>(reads) * 5000);
    }
    EXPECT_EQ(read, text) << size;
  }
}

// The reader stops where it is asked to: the start of a large text is read
// without the rest, and the context is reused for the next text.
TEST(Compression, ReaderReadsOnlyTheStart) {
  const std::string big = Text(1 << 20);
  const std::string compressed = CompressZstdText(big, 1);
  ZstdReader reader;
  reader.Start(compressed);
  std::string head;
  auto more = reader.Read(kZstdHeadFrame, &head);
  ASSERT_TRUE(more);
  EXPECT_TRUE(*more);
  EXPECT_EQ(head, big.substr(0, kZstdHeadFrame));
  const std::string small = Text(50);
  const std::string small_compressed = CompressZstd(small, 1);
  reader.Start(small_compressed);
  std::string again;
  more = reader.Read(kZstdHeadFrame, &again);
  ASSERT_TRUE(more);
  EXPECT_FALSE(*more);
  EXPECT_EQ(again, small);
}

TEST(Compression, BadBytesGetAnError) {
  EXPECT_FALSE(DecompressZstd("not zstd at all"));
  const std::string compressed = CompressZstdText(Text(100000), 1);
  EXPECT_FALSE(DecompressZstd(compressed.substr(0, compressed.size() - 10)));
  ZstdReader reader;
  reader.Start("not zstd at all");
  std::string out;
  EXPECT_FALSE(reader.Read(100, &out));
}

}  // namespace
}  // namespace edgard

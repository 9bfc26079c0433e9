// Fuzz entry point for the item splitter and the exhibit list reader: any
// bytes as a document's plain text, under each item scheme; no crash, item
// ranges inside the text.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "extract/exhibits.h"
#include "extract/items.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  using edgard::extract::ItemScheme;
  for (ItemScheme scheme : {ItemScheme::kEightK, ItemScheme::kTenK, ItemScheme::kTenQ}) {
    const auto items = edgard::extract::SplitItems(text, scheme, 1);
    for (const edgard::ItemRecord& item : items) {
      if (item.text_begin > item.text_end || item.text_end > text.size()) std::abort();
    }
    (void)edgard::extract::ReadExhibitList(text, items);
  }
  return 0;
}

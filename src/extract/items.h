// Splits the plain text of an 8-K, 10-K or 10-Q into its items: number,
// title, the text up to the next item, and whether the item is answered in
// place, incorporated by reference, omitted or not applicable.
//
// An item starts at a line that begins "Item N" ("ITEM 5. OTHER EVENTS",
// "Item 2.02 | Results of Operations ...", "Items 7 and 7A."); a mention inside
// a sentence ("see Item 7") is not a heading. A table of contents repeats the
// headings, so the splitter picks the chain of headings, in the form's item
// order, whose sections hold the most text: the contents page loses to the
// body because its entries are a line apart.

#pragma once

#include <string_view>
#include <vector>

#include "edgard/extraction.h"

namespace edgard::extract {

// The form families whose items are known; kNone for every other form.
enum class ItemScheme { kNone, kEightK, kTenK, kTenQ };

// "8-K", "8-K/A" -> kEightK; "10-K405", "10-KSB" -> kTenK; "10-Q" -> kTenQ.
ItemScheme ItemSchemeOf(std::string_view form_type);

// Items of `text` (the plain text of document `document`), in document order.
// Text ranges do not overlap, except that a combined heading ("Items 7 and
// 7A") gives both items the same range.
std::vector<ItemRecord> SplitItems(std::string_view text, ItemScheme scheme, int document);

}  // namespace edgard::extract

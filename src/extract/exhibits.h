// Exhibits: the list a report prints (exhibit index, 8-K Item 7(c) or
// 9.01(d), 10-K Item 15) and the exhibit documents attached to the filing,
// linked by number ("99.1" listed <-> the EX-99.1 document).

#pragma once

#include <string_view>
#include <vector>

#include "edgard/extraction.h"

namespace edgard::extract {

// Exhibits listed in `text` (the plain text of a report), looked for in the
// items whose title names exhibits and after an "EXHIBIT INDEX" heading.
// One record per number, in the order first listed.
std::vector<ExhibitRecord> ReadExhibitList(std::string_view text,
                                           const std::vector<ItemRecord>& items);

// Links listed exhibits to the attached EX-* documents and adds the attached
// ones that are not listed.
void LinkExhibits(const std::vector<DocumentRecord>& documents,
                  std::vector<ExhibitRecord>* exhibits);

}  // namespace edgard::extract

// Accession numbers: NNNNNNNNNN-YY-NNNNNN (submitter CIK, year, sequence).

#pragma once

#include <string_view>

namespace edgard {

bool IsAccessionNumber(std::string_view text);

}  // namespace edgard

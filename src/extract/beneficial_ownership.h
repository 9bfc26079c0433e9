// Reads the cover pages of a beneficial-ownership report (Schedule 13D or 13G,
// or an amendment) into a BeneficialOwnershipRecord, in the two shapes EDGAR
// holds them:
//
// - the printed cover pages of HTML and legacy text filings, read from the
//   document's plain text (HTML as one block per line with " | " between
//   cells, legacy text with its columns): the values printed above their
//   labels ("(Name of Issuer)", "(CUSIP Number)", ...), then one numbered
//   block of rows per reporting person ("Names of Reporting Persons", "Sole
//   Voting Power", ..., "Type of Reporting Person"). Rows are found by their
//   titles, not their numbers, so 13G blocks (rows 1-12) and 13D blocks (rows
//   1-14, with "Source of Funds") read alike; a value may follow its title on
//   the line, in the next cell or on a later line, and the side label of the
//   share rows ("Number of Shares Beneficially Owned by Each Reporting Person
//   With") may be interleaved with them, as legacy text prints it;
// - the XML <edgarSubmission> of the forms "SCHEDULE 13D" and "SCHEDULE 13G"
//   that EDGAR has required since December 2024.

#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "edgard/beneficial_ownership.h"
#include "edgard/result.h"

namespace edgard::extract {

// Reads the cover pages from a document's plain text; nullopt when the text is
// not a Schedule 13D or 13G cover page: no "Schedule 13D"/"13G" title above
// its first cover block, or neither a cover label ("(CUSIP Number)", "(Name
// of Issuer)") nor a reporting person's block. Values that cannot be read are
// listed in `missing`. Any bytes are accepted; only the first
// kScheduleCoverBytes are looked at, in time linear in them.
std::optional<BeneficialOwnershipRecord> ReadScheduleCoverPage(std::string_view text, int document);

// Reads a Schedule 13D or 13G XML document body (perhaps still wrapped in
// <XML> ... </XML>); an invalid-input error naming the byte offset where
// parsing stopped, or saying the root is not a schedule's <edgarSubmission>.
// Never throws; time and memory are linear in the input.
Result<BeneficialOwnershipRecord> ReadScheduleXml(std::string_view xml, int document);

// Whether a document body is a Schedule 13D or 13G XML form: an
// <edgarSubmission> of the schedule13D or schedule13g namespace within its
// first kScheduleSniffBytes. Cheap; meant to choose the reader.
bool LooksLikeScheduleXml(std::string_view body);

// Whether a 9-character CUSIP's last character is the check digit of its
// first eight.
bool IsValidCusip(std::string_view cusip);

inline constexpr size_t kScheduleCoverBytes = 64 * 1024;
inline constexpr size_t kScheduleSniffBytes = 4 * 1024;

// Most reporting persons read from one document; the XML schema allows 100.
inline constexpr size_t kMaxReportingPersons = 1000;

}  // namespace edgard::extract

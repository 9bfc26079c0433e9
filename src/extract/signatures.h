// Reads the signatures of a document from its plain text: the SIGNATURES
// page of an 8-K, 10-K or 10-Q, certifications, auditors' reports, powers of
// attorney, ownership reports; wherever a conformed signature ("/s/ Name")
// is written, and, in a signature section, the names marked "*" that an
// attorney-in-fact signed for ("*By: /s/ Name, Attorney-in-fact").
//
// Both text shapes edgard produces are read: legacy filings keep their
// column layout (signature blocks side by side, NAME / TITLE / DATE columns
// aligned with spaces), HTML becomes one line per block with table cells
// separated by " | ". Any bytes are accepted; the time is linear in the size
// of `text` (every line is looked at a bounded number of times).

#pragma once

#include <string_view>
#include <vector>

#include "edgard/extraction.h"

namespace edgard::extract {

// The signatures of `text` in the order they appear, each with the person's
// name (honorifics dropped, as printed under the signature when it is), the
// title as written, the date (YYYY-MM-DD, from the block, the "Date:" line
// of its group, or the sentence that introduces the signatures), the
// company the block names and, for a signature made by an attorney-in-fact,
// `by`: then `name` is the person signed for, empty when the text does not
// say. A firm's signature (an auditor's "/s/ Ernst & Young LLP") has the
// firm as its name. `document` is copied into every record; `offset` is the
// byte offset of the signature mark ("/s/", "*") in `text`.
std::vector<SignatureRecord> ReadSignatures(std::string_view text, int document);

// Most signatures read from one document; the rest are ignored.
inline constexpr size_t kMaxSignaturesPerDocument = 10000;

}  // namespace edgard::extract

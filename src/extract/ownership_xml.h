// Reads an insider ownership report (Forms 3, 4, 5 and their amendments) from
// its XML, the <ownershipDocument> EDGAR has required since 2003, into an
// OwnershipRecord. The schema versions in the corpus (X0203 to X0508) share
// the element names read here; later versions added elements, not renamed any.
//
// The input is a document body as the envelope gives it: it may still be
// wrapped in <XML> ... </XML>, start with a byte order mark or an XML
// declaration, and be UTF-8, UTF-16/32 with a byte order mark, or ISO-8859-1
// when the declaration says so; the record's strings are UTF-8.
//
// Values are read leniently, the way filers write them: a wrapped <value> or
// direct text, "1"/"true" flags, CIKs without their zeros, dates with a time
// zone ("2024-04-29-05:00"), numbers with commas. A value that does not read
// (a number that is not one) is left absent; only XML that does not parse, or
// whose root is not <ownershipDocument>, is an error.

#pragma once

#include <cstddef>
#include <string_view>

#include "edgard/ownership.h"
#include "edgard/result.h"

namespace edgard::extract {

// The record of one ownership document, or an invalid-input error naming the
// byte offset in `xml` where parsing stopped and what was expected there.
// The record's `document` is 0; the caller knows the sequence. Never throws;
// time and memory are linear in the input.
Result<OwnershipRecord> ReadOwnershipXml(std::string_view xml);

// Whether a document body is an ownership report's XML: "<ownershipDocument"
// within its first kOwnershipSniffBytes. Cheap; meant to choose the reader.
bool LooksLikeOwnershipXml(std::string_view body);

inline constexpr size_t kOwnershipSniffBytes = 4 * 1024;

// Most rows, owners, footnotes and signatures kept from one document; real
// reports stay far below (the largest Form 4s carry a few hundred rows).
inline constexpr size_t kMaxOwnershipRows = 10000;

}  // namespace edgard::extract

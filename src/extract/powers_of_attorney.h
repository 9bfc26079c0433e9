// Reads a power of attorney from a document's plain text: who grants it
// (the name printed under the signature), for which company, the day it
// was executed, the attorneys-in-fact with their titles, whether they sign
// singly or jointly, the form types it covers and the clause that ends it.
//
// The forms read are the ones filed on EDGAR: the Section 16 powers of
// attorney of Forms 3, 4 and 5 ("constitutes and appoints each of Judi
// Irving, Chief Executive Officer, ... signing singly"), the directors'
// powers of attorney of 10-Ks and registration statements ("hereby appoint
// JAMES E. CHESTNUT, Senior Vice President ..., or any one of them"), and
// letters that list the attorneys-in-fact below ("The individuals who are
// authorized to act as my Attorney-In-Fact ... are as follows:", "Annex A").
// A document holding several powers of attorney (one per director) yields
// the first.
//
// Both text shapes edgard produces are read (legacy text with its columns,
// HTML as one block per line with " | " between cells). Any bytes are
// accepted; only the first kPowerOfAttorneyBytes are looked at, and the time
// is linear in them.

#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

#include "edgard/extraction.h"

namespace edgard::extract {

// Reads a power of attorney from a document's plain text; nullopt when the
// text is not one: no "Power of Attorney" title near its top, or no
// appointment ("appoints", "authorizes", "have granted") after the title.
// Fields the text does not say are left empty. `document` is copied into
// the record.
std::optional<PowerOfAttorneyRecord> ReadPowerOfAttorney(std::string_view text, int document);

inline constexpr size_t kPowerOfAttorneyBytes = 64 * 1024;

// How far from the top of the text the "Power of Attorney" title may start.
inline constexpr size_t kPowerOfAttorneyTitleBytes = 4 * 1024;

// Most attorneys-in-fact and form types read from one power of attorney.
inline constexpr size_t kMaxAttorneysInFact = 32;
inline constexpr size_t kMaxScopeForms = 32;

}  // namespace edgard::extract

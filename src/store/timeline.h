// A company's timeline, linked across the filings the store holds for it:
// its officers and directors with their titles over time (one person across
// spellings: "Dr. Wm. Andrew Heaton", "Andrew Heaton"), who succeeded whom,
// the events, the size of its board, the powers of attorney on file with
// their grantors recognised among those people, its financial facts, and
// the holders of 5% or more its Schedules 13D/13G report —
// each with the filing and document it came from.
//
// Built at query time from the extraction records stored with each filing,
// so that a better analysis re-run over the store changes the timeline
// without a migration.

#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "edgard/result.h"
#include "edgard/store.h"

namespace edgard::store {

// The timeline of the company `who` names: a CIK (digits), or a name or a
// part of one ("HemaCare"), matched against the parties of stored filings
// with or without a CIK (bare documents have none). NotFound when no stored
// filing names it. At most `max_filings` filings, newest first, are read.
Result<nlohmann::json> CompanyTimeline(Store& store, std::string_view who, int max_filings = 2000);

// Whether two spellings name one person: the same surname, and every word
// of the shorter spelling in the longer ("Andrew Heaton" and "Wm. Andrew
// Heaton"; "Kasenchak" and "Priscilla Kasenchak").
bool SamePersonName(std::string_view a, std::string_view b);

}  // namespace edgard::store

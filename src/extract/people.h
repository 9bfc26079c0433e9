// Reads the people a press release or report names with a title, from the
// document's plain text: datelines and quotes ("President and Chief Executive
// Officer Judi Irving stated"), contact blocks ("Contact: HemaCare
// Corporation / JoAnn Mannise, Director of Investor Relations"), lists ("Jay
// Steffenhagen, Chairman, Judi Irving, President and CEO, and David Fractor,
// CFO"), appositives and appointments ("Dr. Wm. Andrew Heaton, a director",
// "appointed John Smith as Chief Financial Officer").
//
// A capitalised phrase alone is not a person: a name is taken only next to a
// title phrase holding an officer or director word (President, Officer,
// Director, CFO, ...), inside a contact block, or after an honorific (Dr.,
// Mr., Ms., Mrs.). Both text shapes edgard produces are read (legacy text
// with its columns, HTML as one paragraph per line with " | " between table
// cells). Any bytes are accepted; the time is linear in the size of `text`.

#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "edgard/extraction.h"

namespace edgard::extract {

// One record per distinct (name, title), in the order first seen. Names drop
// honorifics; a shorter spelling of a name the document gives in full ("Dr.
// Heaton" after "Dr. Wm. Andrew Heaton") is recorded under the full name.
// Titles are as written (white space folded); a person named only after an
// honorific, never with a title, has an empty title. `company` is the
// company the sentence, title ("... of Acme Inc.") or contact block names,
// else empty. `document` is copied into every record.
std::vector<PersonRecord> ReadPeople(std::string_view text, int document);

// Most people read from one document; the rest are ignored.
inline constexpr size_t kMaxPeoplePerDocument = 10000;

}  // namespace edgard::extract

// Officer and director events from the text of an 8-K item (legacy Item 5,
// current Items 5.01-5.08) or a press release: appointments, elections,
// resignations, retirements, terminations, deaths, departures and changes in
// the size of the board, each with the sentence that says so.
//
// One sentence at a time: a verb phrase ("has resigned", "the appointment
// of", "was elected") names the event; the person is the capitalised name
// just before the verb or just after it, honorifics dropped; the role is
// what follows "as" or the body left or joined ("from its Board of
// Directors" -> "director"); "effective <date>" gives the effective date and
// "due to" or "to pursue" the reason. A board size change is a sentence
// about the board with "from six to five". Linear in the size of the text.

#pragma once

#include <string_view>
#include <vector>

#include "edgard/extraction.h"

namespace edgard::extract {

// The events `text` describes. `company` and `date` (the date the document
// announces them, YYYY-MM-DD) are copied into each event; `offset` of each
// is the byte offset of its sentence in `text`.
std::vector<EventRecord> ReadEvents(std::string_view text, int document, std::string_view company,
                                    std::string_view date);

// Adds `event` to `events` unless one of its type for the same person (or
// the same seats) is there already; a name in capitals (a headline) gives
// way to the same name written in a sentence.
void AddEvent(EventRecord event, std::vector<EventRecord>* events);

// Most events read from one text; the rest are ignored.
inline constexpr size_t kMaxEventsPerText = 1000;

}  // namespace edgard::extract

// Reads the cover page of an 8-K, 10-K, 10-Q or 20-F from a document's plain
// text: form type, the date of report, and the registrant (name, state of
// incorporation, Commission file number, IRS employer identification number,
// address, telephone). Cover pages put each value on the line above its
// printed label ("(Exact name of registrant as specified in its charter)"),
// in text and HTML alike, so the reader anchors on the labels.

#pragma once

#include <string>
#include <string_view>

#include "edgard/filing.h"

namespace edgard::extract {

struct CoverPage {
  std::string form_type;       // "8-K", "10-K", ... as printed ("FORM 10-K")
  std::string date_of_report;  // YYYY-MM-DD: the earliest event reported, else the report date
  std::string period_end;      // YYYY-MM-DD: "for the fiscal year / quarterly period ended"
  Party filer;                 // role "filer"; cik empty
  bool found = false;          // a registrant name or form type was read
};

// Looks at the first kCoverPageBytes of `text` only.
CoverPage ReadCoverPage(std::string_view text);

inline constexpr size_t kCoverPageBytes = 24 * 1024;

// "Delaware" or "DE" -> "DE"; empty when not a US state or territory.
std::string_view StateCode(std::string_view name);

// The first "Month D, YYYY" date in `text` as YYYY-MM-DD, or empty. The month
// may be abbreviated the way press wires write it ("Dec. 20, 1996", "Sept. 9,
// 2009"). Words are separated by spaces only: collapse line breaks first.
std::string FindWrittenDate(std::string_view text);

// The first "8th day of May, 2003" date in `text` as YYYY-MM-DD, or empty: the
// way powers of attorney and other instruments say when they were executed
// ("this 24 day of September, 2018", "19th day of February 1998"). Any white
// space, line breaks included, may separate the words.
std::string FindDayOfMonthDate(std::string_view text);

}  // namespace edgard::extract

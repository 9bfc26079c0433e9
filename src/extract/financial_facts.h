// Financial facts: the numbers of a document's tables (tables.h) given their
// meaning — unit, scale, US-GAAP concept where the label leaves no doubt —
// and checked where a table prints totals; and the tagged values of the
// EX-27 financial data schedules filed with 1997-2001 reports.

#pragma once

#include <string_view>
#include <vector>

#include "edgard/extraction.h"

namespace edgard::extract {

struct FactCounts {
  int tables = 0;            // tables read
  int totals_checked = 0;    // "Total ..." rows that add up
  int totals_unchecked = 0;  // "Total ..." rows over two or more parts that do not
};

// Appends the facts of every table in `text` (the plain text of document
// `document`) to `facts`, numbering tables from `first_table`, and a warning
// for each total that does not add up. Returns what it counted.
FactCounts ReadFinancialFacts(std::string_view text, int document, int first_table,
                              std::vector<FinancialFactRecord>* facts,
                              std::vector<Warning>* warnings);

// The facts of an EX-27 financial data schedule ("<TOTAL-ASSETS> 4,041"
// lines under "<MULTIPLIER>", "<PERIOD-TYPE>" and "<PERIOD-END>"); empty when
// `text` is none.
std::vector<FinancialFactRecord> ReadFinancialDataSchedule(std::string_view text, int document);

// The US-GAAP element a row label stands for, given the label-only row it
// sits under; empty unless the mapping is unambiguous.
std::string_view ConceptOf(std::string_view label, std::string_view parent);

}  // namespace edgard::extract

// Parses the header of an EDGAR submission — both spellings: the
// tab-indented "KEY:<tab>value" blocks of full submissions and .hdr.sgml
// files, and the <TAG>value form of .nc files (one tag per line or run
// together), including the mixed 1990s form with <REPORTING-OWNER> tags
// around indented blocks — into a SubmissionHeader with EDGAR's
// normalisations (dates ISO, CIK 10 digits, IRS number 9 digits, SIC code).
// Every field is also kept as written in `fields`, so unknown keys survive.

#pragma once

#include <string_view>
#include <vector>

#include "edgard/filing.h"

namespace edgard::sgml {

struct HeaderParse {
  SubmissionHeader header;
  std::vector<Warning> warnings;
};

// `base_offset` is the header's byte offset in the input, for warnings.
// Linear time; never fails (unreadable lines become warnings).
HeaderParse ParseHeader(std::string_view text, size_t base_offset);

// 8-K item number for an ITEM INFORMATION title ("Other Events" -> "5"
// before 2004-08-23, "8.01" after), or empty when the title is not one of
// EDGAR's 8-K item titles. `filed_at` is YYYY-MM-DD (empty: current numbering).
std::string_view EightKItemNumber(std::string_view title, std::string_view filed_at);

// The title EDGAR gives 8-K item `number` ("2.02" -> "Results of Operations
// and Financial Condition"; "5" before 2004-08-23 -> "Other Events"), or
// empty for a number it does not know.
std::string_view EightKItemTitle(std::string_view number, std::string_view filed_at);

}  // namespace edgard::sgml

// Full-text search requests and results, independent of the store backend.

#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace edgard {

struct SearchRequest {
  std::string query;               // EDGAR full-text search syntax (see search/query.h)
  std::vector<std::string> forms;  // filing form types, e.g. "8-K", "10-K"
  std::vector<std::string> ciks;   // any party's CIK (digits; padding optional)
  std::string company;             // substring of a party's name, case-insensitive
  std::string from;                // filing date range, YYYY-MM-DD, inclusive
  std::string to;
  std::vector<std::string> document_types;  // e.g. "EX-24"
  // Items the filing reports, from its header or its text: "5.02" matches
  // that item, "5" legacy item 5 and every current item 5.xx.
  std::vector<std::string> items;
  std::vector<std::string> kinds;  // document kinds, e.g. "press_release"
  int limit = 10;
  int offset = 0;
  bool facets = true;
};

// Snippet text marks each highlighted run with these bytes.
inline constexpr char kHighlightStart = '\x02';
inline constexpr char kHighlightEnd = '\x03';

struct SearchHit {
  std::string filing_id;  // accession number or sha256:<hex>
  std::string accession_number;
  std::string form_type;
  std::string filed_at;
  std::string company;
  std::string cik;
  int sequence = 0;
  std::string document_type;
  std::string filename;
  std::string description;
  std::string source_path;  // the file it was ingested from
  double score = 0;         // BM25, higher is better
  std::string snippet;
};

struct FacetCount {
  std::string value;
  int64_t count = 0;
};

struct SearchResults {
  int64_t total = 0;  // matching documents
  std::vector<SearchHit> hits;
  std::vector<FacetCount> forms;  // by filing form type
  std::vector<FacetCount> years;  // by filing year
};

}  // namespace edgard

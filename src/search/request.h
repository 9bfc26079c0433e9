// Search requests as people and programs write them, for the CLI and the
// HTTP API alike: comma-separated lists, dates as YYYY, YYYY-MM or
// YYYY-MM-DD, and the JSON shape of the results.

#pragma once

#include <string>
#include <vector>

#include "edgard/result.h"
#include "edgard/search.h"

namespace edgard::search {

// A search as given: each list may hold comma-separated values.
struct SearchParams {
  std::string query;
  std::vector<std::string> forms, ciks, document_types, items, kinds;
  std::string company, from, to;
  int limit = 10;
  int offset = 0;
};

// Checks and normalises `params`; an invalid_input error names the bad value.
Result<SearchRequest> MakeSearchRequest(const SearchParams& params);

// "8-K,10-K" and "EX-24" -> {"8-K", "10-K", "EX-24"}.
std::vector<std::string> SplitCommas(const std::vector<std::string>& values);

// The results as JSON: query, total, offset, hits (snippets with <b> marks,
// everything else HTML-escaped), facets. `indent` < 0 gives one line.
std::string SearchResultsToJson(const SearchRequest& request, const SearchResults& results,
                                int indent);

}  // namespace edgard::search

#include "search/request.h"

#include <nlohmann/json.hpp>
#include <sstream>

#include "base/dates.h"

namespace edgard::search {
namespace {

constexpr int kMaxLimit = 1000;
constexpr int kMaxOffset = 100000;

// A from/to bound as YYYY-MM-DD: "2003" and "2003-07" are widened to the
// start (from) or end (to) of their period. Empty when malformed.
std::string DateBound(const std::string& text, bool end_of_period) {
  if (text.empty()) return text;
  auto digits = [&text](size_t from, size_t count) {
    if (text.size() < from + count) return false;
    for (size_t i = from; i < from + count; ++i) {
      if (text[i] < '0' || text[i] > '9') return false;
    }
    return true;
  };
  if (text.size() == 4 && digits(0, 4)) return text + (end_of_period ? "-12-31" : "-01-01");
  if (text.size() == 7 && digits(0, 4) && text[4] == '-' && digits(5, 2)) {
    return text + (end_of_period ? "-31" : "-01");  // string bound: -31 covers every month
  }
  if (text.size() == 10 && text[4] == '-') return dates::IsoDate(text).value_or(std::string());
  return std::string();
}

std::string HtmlSnippet(const std::string& snippet) {
  std::string out;
  for (char c : snippet) {
    switch (c) {
      case kHighlightStart:
        out += "<b>";
        break;
      case kHighlightEnd:
        out += "</b>";
        break;
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      default:
        out.push_back(c);
    }
  }
  return out;
}

}  // namespace

std::vector<std::string> SplitCommas(const std::vector<std::string>& values) {
  std::vector<std::string> out;
  for (const std::string& value : values) {
    std::stringstream stream(value);
    std::string part;
    while (std::getline(stream, part, ',')) {
      if (!part.empty()) out.push_back(part);
    }
  }
  return out;
}

Result<SearchRequest> MakeSearchRequest(const SearchParams& params) {
  SearchRequest request;
  request.query = params.query;
  request.forms = SplitCommas(params.forms);
  request.ciks = SplitCommas(params.ciks);
  request.document_types = SplitCommas(params.document_types);
  request.items = SplitCommas(params.items);
  request.kinds = SplitCommas(params.kinds);
  request.company = params.company;
  request.from = DateBound(params.from, /*end_of_period=*/false);
  request.to = DateBound(params.to, /*end_of_period=*/true);
  for (const auto& [given, bound] :
       {std::pair{&params.from, &request.from}, std::pair{&params.to, &request.to}}) {
    if (!given->empty() && bound->empty()) {
      return InvalidInput("not a date: '" + *given + "' (expected YYYY-MM-DD, YYYY-MM or YYYY)");
    }
  }
  if (params.limit < 1 || params.limit > kMaxLimit) {
    return InvalidInput("limit " + std::to_string(params.limit) + " is outside 1.." +
                        std::to_string(kMaxLimit));
  }
  if (params.offset < 0 || params.offset > kMaxOffset) {
    return InvalidInput("offset " + std::to_string(params.offset) + " is outside 0.." +
                        std::to_string(kMaxOffset));
  }
  request.limit = params.limit;
  request.offset = params.offset;
  return request;
}

std::string SearchResultsToJson(const SearchRequest& request, const SearchResults& results,
                                int indent) {
  using nlohmann::json;
  json hits = json::array();
  for (const SearchHit& h : results.hits) {
    hits.push_back({{"id", h.filing_id},
                    {"source_path", h.source_path},
                    {"accession_number", h.accession_number},
                    {"form_type", h.form_type},
                    {"filed_at", h.filed_at},
                    {"company", h.company},
                    {"cik", h.cik},
                    {"sequence", h.sequence},
                    {"document_type", h.document_type},
                    {"filename", h.filename},
                    {"description", h.description},
                    {"score", h.score},
                    {"snippet", HtmlSnippet(h.snippet)}});
  }
  auto facet = [](const std::vector<FacetCount>& counts) {
    json out = json::array();
    for (const FacetCount& c : counts) out.push_back({{"value", c.value}, {"count", c.count}});
    return out;
  };
  const json out = {{"query", request.query},
                    {"total", results.total},
                    {"offset", request.offset},
                    {"limit", request.limit},
                    {"hits", hits},
                    {"facets", {{"forms", facet(results.forms)}, {"years", facet(results.years)}}}};
  return out.dump(indent, ' ', false, json::error_handler_t::replace);
}

}  // namespace edgard::search

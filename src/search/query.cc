#include "search/query.h"

namespace edgard::search {

Result<Query> ParseQuery(std::string_view input) {
  Query query;
  query.root.kind = QueryNode::Kind::kTerm;
  query.root.words.emplace_back(input);
  return query;
}

std::string ToFts5Match(const Query& query, std::string_view column) {
  (void)column;
  return "\"" + query.root.words.front() + "\"";
}

}  // namespace edgard::search

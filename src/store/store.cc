#include "edgard/store.h"

#include <set>

#include "base/ascii.h"
#include "store/sqlite/sqlite_store.h"

namespace edgard {

Result<std::unique_ptr<Store>> Store::Open(const StoreOptions& options) {
  if (options.path.empty()) return InvalidInput("no database path given");
  return store::OpenSqliteStore(options);
}

std::string FilterToken(std::string_view prefix, std::string_view value) {
  std::string token(prefix);
  for (char c : value) {
    if (ascii::IsAlnum(c)) token.push_back(ascii::ToLower(c));
  }
  return token;
}

std::string SearchTags(const Extraction& extraction) {
  const SubmissionHeader& h = extraction.submission;
  std::string tags;
  if (!h.form_type.empty()) tags += FilterToken("f_", h.form_type);
  if (h.filed_at.size() >= 4) {
    tags += " y_";
    tags += h.filed_at.substr(0, 4);
  }
  std::set<std::string> items(h.items.begin(), h.items.end());
  for (const ItemRecord& item : extraction.items) items.insert(item.number);
  std::set<std::string> item_tokens;
  for (const std::string& item : items) {
    item_tokens.insert(FilterToken("i_", item));
    // "5.02" is also found by "5".
    if (const size_t dot = item.find('.'); dot != std::string::npos) {
      item_tokens.insert(FilterToken("i_", item.substr(0, dot)));
    }
  }
  for (const std::string& token : item_tokens) {
    tags += ' ';
    tags += token;
  }
  std::set<std::string> ciks;
  for (const Party& party : h.parties) {
    if (!party.cik.empty()) ciks.insert(party.cik);
  }
  for (const std::string& cik : ciks) {
    tags += " c_";
    tags += cik;
  }
  return tags;
}

}  // namespace edgard

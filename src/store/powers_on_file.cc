#include "store/powers_on_file.h"

#include <algorithm>
#include <set>
#include <tuple>

#include "base/ascii.h"
#include "edgard/search.h"
#include "extract/attorney_signatures.h"
#include "extract/words.h"
#include "store/record_json.h"

namespace edgard::store {
namespace {

using nlohmann::json;

// Powers of attorney naming one person are few; more hits than this are
// other people's documents that share a common name.
constexpr int kMaxDocuments = 200;

// A power of attorney from its stored JSON (extract/json.cc writes it).
PowerOfAttorneyRecord FromJson(const json& poa) {
  PowerOfAttorneyRecord out;
  out.grantor = StringField(poa, "grantor");
  out.company = StringField(poa, "company");
  out.executed_on = StringField(poa, "executed_on");
  if (const auto it = poa.find("attorneys_in_fact"); it != poa.end() && it->is_array()) {
    for (const json& a : *it) {
      out.attorneys_in_fact.push_back({StringField(a, "name"), StringField(a, "title")});
    }
  }
  if (const auto it = poa.find("scope"); it != poa.end() && it->is_array()) {
    for (const json& form : *it) {
      if (form.is_string()) out.scope.push_back(form.get<std::string>());
    }
  }
  out.document = poa.value("document", 0);
  return out;
}

// The full-text query that finds documents naming every word of `name`:
// each word quoted, initials and punctuation left out; empty when no word
// is left.
std::string NameQuery(std::string_view name) {
  std::string query;
  for (std::string_view word : extract::Words(name)) {
    word = extract::Core(word);
    const bool plain =
        word.size() > 1 && ascii::IsAlpha(word.front()) && ascii::IsAlpha(word.back()) &&
        std::all_of(word.begin(), word.end(),
                    [](char c) { return ascii::IsAlpha(c) || c == '-' || c == '\''; });
    if (!plain || extract::IsHonorific(word)) continue;
    if (!query.empty()) query += ' ';
    query += '"' + std::string(word) + '"';
  }
  return query;
}

}  // namespace

Result<const std::vector<PowersOfAttorneyOnFile::OnFile>*> PowersOfAttorneyOnFile::For(
    std::string_view principal) {
  const std::string key = ascii::ToLowerCopy(principal);
  if (auto it = by_principal_.find(key); it != by_principal_.end()) return &it->second;
  std::vector<OnFile>& found = by_principal_[key];
  SearchRequest request;
  request.query = NameQuery(principal);
  if (request.query.empty()) return &found;
  request.kinds = {"power_of_attorney"};
  request.limit = kMaxDocuments;
  request.facets = false;
  auto results = store_.Search(request);
  if (!results) return results.error();
  std::set<std::string> read;
  for (const SearchHit& hit : results->hits) {
    if (!read.insert(hit.filing_id).second) continue;
    auto filing = store_.GetFiling(hit.filing_id);
    if (!filing) return filing.error();
    const json e = ParseExtractionParts(filing->extraction_json, {"powers_of_attorney"});
    if (!e.is_object()) continue;
    const auto powers = e.find("powers_of_attorney");
    if (powers == e.end() || !powers->is_array()) continue;
    for (const json& poa : *powers) {
      PowerOfAttorneyRecord record = FromJson(poa);
      if (!record.grantor.empty() && !extract::SameNameAnyOrder(record.grantor, principal)) {
        continue;
      }
      found.push_back({hit.filing_id, hit.accession_number, hit.filed_at, std::move(record)});
    }
  }
  return &found;
}

Result<json> PowersOfAttorneyOnFile::Find(std::string_view principal, std::string_view attorney,
                                          std::string_view form, std::string_view date,
                                          std::string_view filed_at, std::string_view filing,
                                          std::string* reason) {
  reason->clear();
  if (principal.empty() || attorney.empty()) {
    *reason = "the signature does not say for whom";
    return json(nullptr);
  }
  auto on_file = For(principal);
  if (!on_file) return on_file.error();
  const OnFile* best = nullptr;
  const OnFile* not_covering = nullptr;
  for (const OnFile& f : **on_file) {
    if (f.filing == filing || (!filed_at.empty() && f.filed_at > filed_at)) continue;
    const extract::AttorneyFit fit = extract::FitOf(f.record, principal, attorney, form, date);
    if (fit == extract::AttorneyFit::kNotCovering) not_covering = &f;
    if (fit != extract::AttorneyFit::kCovers) continue;
    // The one executed last before the signature; among those, filed last.
    const auto key = [](const OnFile* x) { return std::tie(x->record.executed_on, x->filed_at); };
    if (best == nullptr || key(&f) > key(best)) best = &f;
  }
  if (best == nullptr) {
    *reason = not_covering != nullptr
                  ? "the power of attorney filed in " + not_covering->filing +
                        " does not cover Form " + std::string(form) +
                        (date.empty() ? "" : " on " + std::string(date))
                  : "no power of attorney on file appoints " + std::string(attorney) + " for " +
                        std::string(principal);
    return json(nullptr);
  }
  return json{{"filing", best->filing},
              {"accession_number", best->accession_number},
              {"filed_at", best->filed_at},
              {"document", best->record.document},
              {"executed_on", best->record.executed_on},
              {"grantor", best->record.grantor}};
}

}  // namespace edgard::store

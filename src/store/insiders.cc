#include "store/insiders.h"

#include <algorithm>

#include "base/accession.h"
#include "base/ascii.h"
#include "edgard/ownership.h"
#include "extract/attorney_signatures.h"
#include "extract/words.h"
#include "store/powers_on_file.h"
#include "store/record_json.h"

namespace edgard::store {
namespace {

using nlohmann::json;

std::string Relationship(const json& owner) {
  std::vector<std::string> parts;
  if (IsTrue(owner, "is_director")) parts.push_back("director");
  if (IsTrue(owner, "is_officer")) {
    const std::string title = StringField(owner, "officer_title");
    parts.push_back(title.empty() ? "officer" : title);
  }
  if (IsTrue(owner, "is_ten_percent_owner")) parts.push_back("10% owner");
  if (IsTrue(owner, "is_other")) parts.push_back("other");
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : ", ") + p;
  return out;
}

// A signature made under a power of attorney that its own filing does not
// hold is linked to one filed earlier ("power_of_attorney_on_file"), or
// carries why none is ("power_of_attorney_missing"). When the signature does
// not say for whom, each reporting owner is tried.
Result<bool> LinkOnFile(PowersOfAttorneyOnFile& on_file, json& signature, const json& report,
                        const FilingSummary& filing) {
  const std::string attorney = StringField(signature, "attorney_in_fact");
  if (attorney.empty() || signature.value("power_of_attorney", json(nullptr)).is_number()) {
    return false;
  }
  std::vector<std::string> principals;
  if (!StringField(signature, "principal").empty()) {
    principals.push_back(StringField(signature, "principal"));
  } else if (const auto owners = report.find("reporting_owners");
             owners != report.end() && owners->is_array()) {
    for (const json& owner : *owners) principals.push_back(StringField(owner, "name"));
  }
  std::string form = StringField(report, "document_type");
  if (form.empty()) form = filing.form_type;
  std::string reason = "the signature does not say for whom";
  for (const std::string& principal : principals) {
    auto found = on_file.Find(principal, attorney, form, StringField(signature, "date"),
                              filing.filed_at, filing.id, &reason);
    if (!found) return found.error();
    if (!found->is_null()) {
      signature["power_of_attorney_on_file"] = *found;
      return true;
    }
  }
  signature["power_of_attorney_on_file"] = nullptr;
  signature["power_of_attorney_missing"] = reason;
  return false;
}

}  // namespace

Result<json> InsiderTransactions(Store& store, const InsiderQuery& query) {
  const std::string& who = !query.issuer.empty() ? query.issuer : query.owner;
  if (who.empty()) return InvalidInput("name an issuer or an owner: a CIK or a name");
  FilingQuery filings_query;
  filings_query.limit = query.max_filings;
  filings_query.forms = {kOwnershipForms.begin(), kOwnershipForms.end()};
  if (AllDigits(who)) {
    filings_query.cik = who;
  } else if (query.issuer.empty()) {
    // Owners' names come surname first ("Musk Elon"): find filings by the
    // longest word, then match every word in any order.
    std::string_view longest;
    for (std::string_view word : extract::Words(who)) {
      word = extract::Core(word);
      if (word.size() > longest.size()) longest = word;
    }
    filings_query.company = longest.empty() ? who : std::string(longest);
  } else {
    filings_query.company = who;
  }
  auto filings = store.ListFilings(filings_query);
  if (!filings) return filings.error();
  if (filings->empty()) {
    return NotFound("no stored Form 3, 4 or 5 names \"" + who + "\"");
  }
  const bool by_issuer = !query.issuer.empty();
  const std::string cik = AllDigits(who) ? PadCik(who) : std::string();
  json rows = json::array();
  PowersOfAttorneyOnFile on_file(store);
  std::string subject;  // the issuer's or owner's name as filed
  for (const FilingSummary& f : *filings) {
    auto filing = store.GetFiling(f.id);
    if (!filing) return filing.error();
    const json e = ParseExtractionParts(filing->extraction_json, {"ownership"});
    if (!e.is_object() || !e.contains("ownership") || !e["ownership"].is_object()) continue;
    const json& o = e["ownership"];
    const json& issuer = o["issuer"];
    if (by_issuer) {
      const bool match = !cik.empty() ? StringField(issuer, "cik") == cik
                                      : ascii::FindIgnoreCase(StringField(issuer, "name"), who) !=
                                            std::string::npos;
      if (!match) continue;
      if (subject.empty()) subject = StringField(issuer, "name");
    }
    // The owners this row is about: all (by issuer) or the one asked for.
    json owners = json::array();
    for (const json& owner : o["reporting_owners"]) {
      const bool match =
          by_issuer || (!cik.empty() ? StringField(owner, "cik") == cik
                                     : extract::SameNameAnyOrder(who, StringField(owner, "name")));
      if (!match) continue;
      if (!by_issuer && subject.empty()) subject = StringField(owner, "name");
      owners.push_back(
          {{"cik", owner["cik"]}, {"name", owner["name"]}, {"relationship", Relationship(owner)}});
    }
    if (owners.empty()) continue;
    json signature = o["signatures"].empty() ? json(nullptr) : o["signatures"][0];
    auto linked = LinkOnFile(on_file, signature, o, f);
    if (!linked) return linked.error();
    auto add = [&](const json& t, bool holding) {
      const std::string date = StringField(t, "date");
      const std::string code = StringField(t, "code");
      if (!query.codes.empty() &&
          std::find(query.codes.begin(), query.codes.end(), code) == query.codes.end()) {
        return;
      }
      if (!query.from.empty() && (date.empty() || date < query.from)) return;
      if (!query.to.empty() && (date.empty() || date > query.to)) return;
      json row = t;
      row["holding"] = holding;
      row["filing"] = f.id;
      row["filed_at"] = f.filed_at;
      row["form_type"] = o["document_type"];
      row["issuer"] = issuer;
      row["owners"] = owners;
      row["signature"] = signature;
      rows.push_back(std::move(row));
    };
    for (const json& t : o["transactions"]) add(t, false);
    // Holdings say what a person owns without trading: asked of one owner.
    if (!by_issuer && query.codes.empty()) {
      for (const json& t : o["holdings"]) add(t, true);
    }
  }
  std::stable_sort(rows.begin(), rows.end(), [](const json& a, const json& b) {
    const std::string x =
        StringField(a, "date").empty() ? StringField(a, "filed_at") : StringField(a, "date");
    const std::string y =
        StringField(b, "date").empty() ? StringField(b, "filed_at") : StringField(b, "date");
    return x > y;
  });
  return json{{by_issuer ? "issuer" : "owner", {{"query", who}, {"name", subject}}},
              {"transactions", std::move(rows)}};
}

}  // namespace edgard::store

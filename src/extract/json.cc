// The extraction JSON of the contract in docs/extraction-json.md.

#include <nlohmann/json.hpp>

#include "edgard/extraction.h"
#include "extract/beneficial_ownership_json.h"
#include "extract/json_values.h"
#include "extract/ownership_json.h"

namespace edgard {
namespace {

using extract::OrNull;
using nlohmann::json;

json AddressJson(const Address& a) {
  return json{{"street1", OrNull(a.street1)}, {"street2", OrNull(a.street2)},
              {"city", OrNull(a.city)},       {"state", OrNull(a.state)},
              {"zip", OrNull(a.zip)},         {"phone", OrNull(a.phone)}};
}

json PartyJson(const Party& p) {
  json former = json::array();
  for (const FormerName& f : p.former_names) {
    former.push_back({{"name", f.name}, {"date_changed", OrNull(f.date_changed)}});
  }
  json out = {
      {"role", p.role},
      {"cik", OrNull(p.cik)},
      {"name", OrNull(p.name)},
      {"sic", OrNull(p.sic)},
      {"sic_description", OrNull(p.sic_description)},
      {"irs_number", OrNull(p.irs_number)},
      {"state_of_incorporation", OrNull(p.state_of_incorporation)},
      {"fiscal_year_end", OrNull(p.fiscal_year_end)},
      {"form_type", OrNull(p.form_type)},
      {"sec_act", OrNull(p.sec_act)},
      {"file_number", OrNull(p.file_number)},
      {"film_number", OrNull(p.film_number)},
      {"business_address",
       p.business_address.empty() ? json(nullptr) : AddressJson(p.business_address)},
      {"mail_address", p.mail_address.empty() ? json(nullptr) : AddressJson(p.mail_address)},
      {"former_names", former}};
  if (!p.relationship.empty()) out["relationship"] = p.relationship;
  return out;
}

}  // namespace

std::string_view DocumentFormatName(DocumentFormat format) {
  switch (format) {
    case DocumentFormat::kText:
      return "text";
    case DocumentFormat::kHtml:
      return "html";
    case DocumentFormat::kXml:
      return "xml";
    case DocumentFormat::kPdf:
      return "pdf";
    case DocumentFormat::kBinary:
      return "binary";
  }
  return "binary";
}

std::string ExtractionToJson(const Extraction& e, int indent, const DocumentTexts* texts) {
  const SubmissionHeader& h = e.submission;
  json parties = json::array();
  for (const Party& p : h.parties) parties.push_back(PartyJson(p));
  json header_fields = json::array();
  for (const HeaderField& f : h.fields)
    header_fields.push_back({{"key", f.path}, {"value", f.value}});
  json submission = {
      {"accession_number", OrNull(h.accession_number)},
      {"form_type", OrNull(h.form_type)},
      {"filed_at", OrNull(h.filed_at)},
      {"acceptance_datetime", OrNull(h.acceptance_datetime)},
      {"period_of_report", OrNull(h.period_of_report)},
      {"date_of_change", OrNull(h.date_of_change)},
      {"effectiveness_date", OrNull(h.effectiveness_date)},
      {"public_document_count",
       h.public_document_count >= 0 ? json(h.public_document_count) : json(nullptr)},
      {"items", h.items},
      {"group_members", h.group_members},
  };
  submission["parties"] = std::move(parties);
  submission["header_fields"] = std::move(header_fields);
  json documents = json::array();
  for (const DocumentRecord& d : e.documents) {
    json doc = {{"sequence", d.sequence},
                {"type", OrNull(d.type)},
                {"filename", OrNull(d.filename)},
                {"description", OrNull(d.description)},
                {"format", std::string(DocumentFormatName(d.format))},
                {"kind", OrNull(d.kind)},
                {"date", OrNull(d.date)},
                {"bytes", d.bytes},
                {"offset", d.offset},
                {"uuencoded", d.uuencoded}};
    if (d.uuencoded) doc["decoded_bytes"] = d.decoded_bytes;
    documents.push_back(std::move(doc));
  }
  json items = json::array();
  for (const ItemRecord& item : e.items) {
    json text = nullptr;
    if (texts != nullptr) {
      for (size_t i = 0; i < e.documents.size() && i < texts->size(); ++i) {
        const std::string& body = (*texts)[i];
        if (e.documents[i].sequence == item.document && item.text_end <= body.size() &&
            item.text_begin <= item.text_end) {
          text = std::string_view(body).substr(item.text_begin, item.text_end - item.text_begin);
        }
      }
    }
    items.push_back({{"document", item.document},
                     {"part", OrNull(item.part)},
                     {"number", item.number},
                     {"title", OrNull(item.title)},
                     {"status", item.status},
                     {"text", text},
                     {"text_range", {item.text_begin, item.text_end}}});
  }
  json exhibits = json::array();
  for (const ExhibitRecord& x : e.exhibits) {
    exhibits.push_back({{"number", x.number},
                        {"description", OrNull(x.description)},
                        {"document", x.document > 0 ? json(x.document) : json(nullptr)}});
  }
  json signatures = json::array();
  for (const SignatureRecord& s : e.signatures) {
    signatures.push_back({{"name", OrNull(s.name)},
                          {"title", OrNull(s.title)},
                          {"date", OrNull(s.date)},
                          {"company", OrNull(s.company)},
                          {"by", OrNull(s.by)},
                          {"document", s.document}});
  }
  json people = json::array();
  for (const PersonRecord& p : e.people) {
    people.push_back({{"name", p.name},
                      {"title", OrNull(p.title)},
                      {"company", OrNull(p.company)},
                      {"document", p.document}});
  }
  json powers = json::array();
  json events = json::array();
  for (const EventRecord& ev : e.events) {
    events.push_back({{"type", ev.type},
                      {"person", OrNull(ev.person)},
                      {"role", OrNull(ev.role)},
                      {"company", OrNull(ev.company)},
                      {"date", OrNull(ev.date)},
                      {"effective_date", OrNull(ev.effective_date)},
                      {"from", ev.from < 0 ? json(nullptr) : json(ev.from)},
                      {"to", ev.to < 0 ? json(nullptr) : json(ev.to)},
                      {"reason", OrNull(ev.reason)},
                      {"evidence", ev.evidence},
                      {"document", ev.document},
                      {"offset", ev.offset}});
  }
  json facts = json::array();
  for (const FinancialFactRecord& f : e.financial_facts) {
    facts.push_back({{"label", f.label},
                     {"parent", OrNull(f.parent)},
                     {"concept", OrNull(f.gaap_concept)},
                     {"period_start", OrNull(f.period_start)},
                     {"period_end", f.period_end},
                     {"value", f.value},
                     {"unit", f.unit},
                     {"table", f.table},
                     {"table_title", OrNull(f.table_title)},
                     {"checked", f.checked},
                     {"document", f.document},
                     {"offset", f.offset}});
  }
  for (const PowerOfAttorneyRecord& poa : e.powers_of_attorney) {
    json attorneys = json::array();
    for (const AttorneyInFact& a : poa.attorneys_in_fact) {
      attorneys.push_back({{"name", a.name}, {"title", OrNull(a.title)}});
    }
    powers.push_back({{"grantor", OrNull(poa.grantor)},
                      {"company", OrNull(poa.company)},
                      {"executed_on", OrNull(poa.executed_on)},
                      {"signing", OrNull(poa.signing)},
                      {"attorneys_in_fact", attorneys},
                      {"scope", poa.scope},
                      {"ends", OrNull(poa.ends)},
                      {"document", poa.document}});
  }
  json warnings = json::array();
  for (const Warning& w : e.warnings) {
    warnings.push_back({{"offset", w.offset}, {"message", w.message}});
  }
  // The parts are moved in, not listed in an initialiser list: that would
  // copy every one of them, facts and item texts included.
  json out = json::object();
  out["source"] = {{"path", e.source.path}, {"bytes", e.source.bytes}, {"sha256", e.source.sha256}};
  out["id"] = e.id;
  out["envelope"] = e.envelope;
  out["submission"] = std::move(submission);
  out["documents"] = std::move(documents);
  out["items"] = std::move(items);
  out["exhibits"] = std::move(exhibits);
  out["signatures"] = std::move(signatures);
  out["people"] = std::move(people);
  out["events"] = std::move(events);
  out["powers_of_attorney"] = std::move(powers);
  out["financial_facts"] = std::move(facts);
  out["ownership"] = e.ownership ? extract::OwnershipToJson(*e.ownership)
                     : e.beneficial_ownership
                         ? extract::BeneficialOwnershipToJson(*e.beneficial_ownership)
                         : json(nullptr);
  out["warnings"] = std::move(warnings);
  // Invalid UTF-8 in old filings is replaced, never thrown on.
  return out.dump(indent, ' ', false, json::error_handler_t::replace);
}

}  // namespace edgard

// The extraction JSON of the contract in docs/extraction-json.md.

#include <nlohmann/json.hpp>

#include "edgard/extraction.h"
#include "extract/beneficial_ownership_json.h"
#include "extract/json_writer.h"
#include "extract/ownership_json.h"

namespace edgard {
namespace {

using extract::JsonWriter;
using nlohmann::json;

// Keys in each object are written in sorted order (see json_writer.h).

// An address's members, or null when it has none.
void AddressOrNull(std::string_view key, const Address& a, JsonWriter& w) {
  w.Key(key);
  if (a.empty()) {
    w.Null();
    return;
  }
  w.BeginObject();
  w.MemberOrNull("city", a.city);
  w.MemberOrNull("phone", a.phone);
  w.MemberOrNull("state", a.state);
  w.MemberOrNull("street1", a.street1);
  w.MemberOrNull("street2", a.street2);
  w.MemberOrNull("zip", a.zip);
  w.EndObject();
}

void PartyMembers(const Party& p, JsonWriter& w) {
  AddressOrNull("business_address", p.business_address, w);
  w.MemberOrNull("cik", p.cik);
  w.MemberOrNull("file_number", p.file_number);
  w.MemberOrNull("film_number", p.film_number);
  w.MemberOrNull("fiscal_year_end", p.fiscal_year_end);
  w.MemberOrNull("form_type", p.form_type);
  w.ObjectArray("former_names", p.former_names, [&](const FormerName& f) {
    w.MemberOrNull("date_changed", f.date_changed);
    w.Member("name", f.name);
  });
  w.MemberOrNull("irs_number", p.irs_number);
  AddressOrNull("mail_address", p.mail_address, w);
  w.MemberOrNull("name", p.name);
  if (!p.relationship.empty()) w.Member("relationship", p.relationship);
  w.Member("role", p.role);
  w.MemberOrNull("sec_act", p.sec_act);
  w.MemberOrNull("sic", p.sic);
  w.MemberOrNull("sic_description", p.sic_description);
  w.MemberOrNull("state_of_incorporation", p.state_of_incorporation);
}

void SubmissionJson(const SubmissionHeader& h, JsonWriter& w) {
  w.BeginObject();
  w.MemberOrNull("acceptance_datetime", h.acceptance_datetime);
  w.MemberOrNull("accession_number", h.accession_number);
  w.MemberOrNull("date_of_change", h.date_of_change);
  w.MemberOrNull("effectiveness_date", h.effectiveness_date);
  w.MemberOrNull("filed_at", h.filed_at);
  w.MemberOrNull("form_type", h.form_type);
  w.Member("group_members", h.group_members);
  w.ObjectArray("header_fields", h.fields, [&](const HeaderField& f) {
    w.Member("key", f.path);
    w.Member("value", f.value);
  });
  w.Member("items", h.items);
  w.ObjectArray("parties", h.parties, [&](const Party& p) { PartyMembers(p, w); });
  w.MemberOrNull("period_of_report", h.period_of_report);
  w.IntOrNull("public_document_count", h.public_document_count >= 0, h.public_document_count);
  w.EndObject();
}

// The text of an item, when the documents' texts are given.
std::string_view ItemText(const Extraction& e, const ItemRecord& item, const DocumentTexts* texts,
                          bool* found) {
  std::string_view text;
  *found = false;
  if (texts == nullptr) return text;
  for (size_t i = 0; i < e.documents.size() && i < texts->size(); ++i) {
    const std::string& body = (*texts)[i];
    if (e.documents[i].sequence == item.document && item.text_end <= body.size() &&
        item.text_begin <= item.text_end) {
      text = std::string_view(body).substr(item.text_begin, item.text_end - item.text_begin);
      *found = true;
    }
  }
  return text;
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
  std::string out;
  out.reserve(4096 + e.financial_facts.size() * 300 + e.events.size() * 400);
  JsonWriter w(&out);
  w.BeginObject();
  w.ObjectArray("documents", e.documents, [&](const DocumentRecord& d) {
    w.Member("bytes", d.bytes);
    w.MemberOrNull("date", d.date);
    if (d.uuencoded) w.Member("decoded_bytes", d.decoded_bytes);
    w.MemberOrNull("description", d.description);
    w.MemberOrNull("filename", d.filename);
    w.Member("format", DocumentFormatName(d.format));
    w.MemberOrNull("kind", d.kind);
    w.Member("offset", d.offset);
    w.Member("sequence", d.sequence);
    w.MemberOrNull("type", d.type);
    w.Member("uuencoded", d.uuencoded);
  });
  w.Member("envelope", e.envelope);
  w.ObjectArray("events", e.events, [&](const EventRecord& ev) {
    w.MemberOrNull("company", ev.company);
    w.MemberOrNull("date", ev.date);
    w.Member("document", ev.document);
    w.MemberOrNull("effective_date", ev.effective_date);
    w.Member("evidence", ev.evidence);
    w.IntOrNull("from", ev.from >= 0, ev.from);
    w.Member("offset", ev.offset);
    w.MemberOrNull("person", ev.person);
    w.MemberOrNull("reason", ev.reason);
    w.MemberOrNull("role", ev.role);
    w.IntOrNull("to", ev.to >= 0, ev.to);
    w.Member("type", ev.type);
  });
  w.ObjectArray("exhibits", e.exhibits, [&](const ExhibitRecord& x) {
    w.MemberOrNull("description", x.description);
    w.IntOrNull("document", x.document > 0, x.document);
    w.Member("number", x.number);
  });
  w.ObjectArray("financial_facts", e.financial_facts, [&](const FinancialFactRecord& f) {
    w.Member("checked", f.checked);
    w.MemberOrNull("concept", f.gaap_concept);
    w.Member("document", f.document);
    w.Member("label", f.label);
    w.Member("offset", f.offset);
    w.MemberOrNull("parent", f.parent);
    w.Member("period_end", f.period_end);
    w.MemberOrNull("period_start", f.period_start);
    w.Member("table", f.table);
    w.MemberOrNull("table_title", f.table_title);
    w.Member("unit", f.unit);
    w.Member("value", f.value);
  });
  w.Member("id", e.id);
  w.ObjectArray("items", e.items, [&](const ItemRecord& item) {
    w.Member("document", item.document);
    w.Member("number", item.number);
    w.MemberOrNull("part", item.part);
    w.Member("status", item.status);
    bool found = false;
    const std::string_view text = ItemText(e, item, texts, &found);
    w.Key("text");
    if (found) {
      w.String(text);
    } else {
      w.Null();
    }
    w.Key("text_range");
    w.BeginArray();
    w.Int(static_cast<int64_t>(item.text_begin));
    w.Int(static_cast<int64_t>(item.text_end));
    w.EndArray();
    w.MemberOrNull("title", item.title);
  });
  w.Key("ownership");
  if (e.ownership) {
    w.Raw(extract::OwnershipToJson(*e.ownership)
              .dump(-1, ' ', false, json::error_handler_t::replace));
  } else if (e.beneficial_ownership) {
    w.Raw(extract::BeneficialOwnershipToJson(*e.beneficial_ownership)
              .dump(-1, ' ', false, json::error_handler_t::replace));
  } else {
    w.Null();
  }
  w.ObjectArray("people", e.people, [&](const PersonRecord& p) {
    w.MemberOrNull("company", p.company);
    w.Member("document", p.document);
    w.Member("name", p.name);
    w.MemberOrNull("title", p.title);
  });
  w.ObjectArray("powers_of_attorney", e.powers_of_attorney, [&](const PowerOfAttorneyRecord& poa) {
    w.ObjectArray("attorneys_in_fact", poa.attorneys_in_fact, [&](const AttorneyInFact& a) {
      w.Member("name", a.name);
      w.MemberOrNull("title", a.title);
    });
    w.MemberOrNull("company", poa.company);
    w.Member("document", poa.document);
    w.MemberOrNull("ends", poa.ends);
    w.MemberOrNull("executed_on", poa.executed_on);
    w.MemberOrNull("grantor", poa.grantor);
    w.Member("scope", poa.scope);
    w.MemberOrNull("signing", poa.signing);
  });
  w.ObjectArray("signatures", e.signatures, [&](const SignatureRecord& s) {
    w.MemberOrNull("by", s.by);
    w.MemberOrNull("company", s.company);
    w.MemberOrNull("date", s.date);
    w.Member("document", s.document);
    w.MemberOrNull("name", s.name);
    w.MemberOrNull("title", s.title);
  });
  w.Key("source");
  w.BeginObject();
  w.Member("bytes", e.source.bytes);
  w.Member("path", e.source.path);
  w.Member("sha256", e.source.sha256);
  w.EndObject();
  w.Key("submission");
  SubmissionJson(e.submission, w);
  w.ObjectArray("warnings", e.warnings, [&](const Warning& warning) {
    w.Member("message", warning.message);
    w.Member("offset", warning.offset);
  });
  w.EndObject();
  if (indent < 0) return out;
  return json::parse(out).dump(indent, ' ', false, json::error_handler_t::replace);
}

}  // namespace edgard

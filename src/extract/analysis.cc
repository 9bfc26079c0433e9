#include "extract/analysis.h"

#include <algorithm>
#include <set>
#include <string>

#include "base/ascii.h"
#include "extract/cover_page.h"
#include "extract/document_clues.h"
#include "extract/events.h"
#include "extract/exhibits.h"
#include "extract/financial_facts.h"
#include "extract/items.h"
#include "extract/people.h"
#include "extract/powers_of_attorney.h"
#include "extract/signatures.h"

namespace edgard::extract {
namespace {

// The report itself: the first document whose type is the form type.
size_t PrimaryDocument(const Extraction& e) {
  for (size_t i = 0; i < e.documents.size(); ++i) {
    if (!e.submission.form_type.empty() &&
        ascii::EqualsIgnoreCase(ascii::Trim(e.documents[i].type), e.submission.form_type)) {
      return i;
    }
  }
  return 0;
}

// "HemaCare Corp." and "HEMACARE CORPORATION" alike: letters and digits,
// upper case, without the words that name a legal form.
std::string NameKey(std::string_view name) {
  std::string key;
  std::string word;
  auto end_word = [&] {
    static constexpr std::string_view kForms[] = {"INC", "INCORPORATED", "CORP", "CORPORATION",
                                                  "CO",  "COMPANY",      "LTD",  "LIMITED",
                                                  "THE", "LLC",          "PLC",  "LP"};
    if (std::find(std::begin(kForms), std::end(kForms), word) == std::end(kForms)) key += word;
    word.clear();
  };
  for (char c : name) {
    if (ascii::IsAlnum(c)) {
      word.push_back(ascii::ToUpper(c));
    } else if (c != '.' && c != '\'') {
      end_word();
    }
  }
  end_word();
  return key;
}

// "000-15223" and "0-15223" alike.
std::string FileNumberKey(std::string_view number) {
  std::string key;
  bool leading = true;
  for (char c : number) {
    if (c == '-') {
      key.push_back('-');
      leading = true;
    } else if (ascii::IsDigit(c) && !(leading && c == '0')) {
      key.push_back(c);
      leading = false;
    }
  }
  return key;
}

const Party* HeaderFiler(const SubmissionHeader& h) {
  for (const Party& p : h.parties) {
    if (p.role == "filer" || p.role == "subject_company") return &p;
  }
  return nullptr;
}

// Each value both the cover page and the header give must agree.
void CompareCover(const CoverPage& cover, const SubmissionHeader& h, const DocumentRecord& doc,
                  std::vector<Warning>* warnings) {
  const Party* filer = HeaderFiler(h);
  if (filer == nullptr) return;
  const std::string where = "cover page of document " + std::to_string(doc.sequence);
  auto differ = [&](std::string_view what, const std::string& cover_value,
                    const std::string& header_value, bool disagree) {
    if (cover_value.empty() || header_value.empty() || !disagree) return;
    warnings->push_back({doc.offset, where + " gives " + std::string(what) + " \"" + cover_value +
                                         "\" but the header says \"" + header_value + "\""});
  };
  const std::string cover_name = NameKey(cover.filer.name);
  const std::string header_name = NameKey(filer->name);
  differ("registrant name", cover.filer.name, filer->name,
         !cover_name.empty() && cover_name.find(header_name) == std::string::npos &&
             header_name.find(cover_name) == std::string::npos);
  differ("state of incorporation", cover.filer.state_of_incorporation,
         filer->state_of_incorporation,
         cover.filer.state_of_incorporation != filer->state_of_incorporation);
  differ("IRS employer identification number", cover.filer.irs_number, filer->irs_number,
         cover.filer.irs_number != filer->irs_number);
  differ("Commission file number", cover.filer.file_number, filer->file_number,
         FileNumberKey(cover.filer.file_number) != FileNumberKey(filer->file_number));
}

// 8-K items found in the text against the header's ITEM INFORMATION.
void CompareItems(const std::vector<ItemRecord>& items, const DocumentRecord& doc,
                  SubmissionHeader* h, std::vector<Warning>* warnings) {
  std::vector<std::string> found;
  for (const ItemRecord& item : items) {
    if (std::find(found.begin(), found.end(), item.number) == found.end()) {
      found.push_back(item.number);
    }
  }
  if (h->items.empty()) {
    h->items = std::move(found);
    return;
  }
  const std::string where = "document " + std::to_string(doc.sequence);
  for (const std::string& listed : h->items) {
    if (std::find(found.begin(), found.end(), listed) == found.end()) {
      warnings->push_back({doc.offset, "header lists item " + listed + " but " + where +
                                           " has no Item " + listed + " heading"});
    }
  }
  for (const std::string& number : found) {
    if (std::find(h->items.begin(), h->items.end(), number) == h->items.end()) {
      warnings->push_back({doc.offset, where + " has Item " + number +
                                           " but the header's item information does not list it"});
    }
  }
}

// One person record per distinct (name, title) pair; the first is kept.
void AddPerson(PersonRecord person, std::vector<PersonRecord>* people) {
  if (person.name.empty()) return;
  for (const PersonRecord& p : *people) {
    if (ascii::EqualsIgnoreCase(p.name, person.name) &&
        ascii::EqualsIgnoreCase(p.title, person.title)) {
      return;
    }
  }
  people->push_back(std::move(person));
}

// People named in press releases and current reports, and everyone who
// signed with a title.
void ReadPeopleOf(const DocumentTexts& texts, Extraction* out) {
  for (size_t i = 0; i < out->documents.size(); ++i) {
    const DocumentRecord& doc = out->documents[i];
    const bool announces = doc.kind == "press_release" || doc.kind == "current_report" ||
                           ascii::StartsWithIgnoreCase(doc.type, "EX-99");
    if (!announces || texts[i].empty()) continue;
    for (PersonRecord& person : ReadPeople(texts[i], doc.sequence)) {
      AddPerson(std::move(person), &out->people);
    }
  }
  for (const SignatureRecord& s : out->signatures) {
    if (s.name.empty() || s.title.empty()) continue;
    AddPerson({s.name, s.title, s.company, s.document}, &out->people);
  }
  for (const PowerOfAttorneyRecord& poa : out->powers_of_attorney) {
    for (const AttorneyInFact& a : poa.attorneys_in_fact) {
      AddPerson({a.name, a.title, poa.company, poa.document}, &out->people);
    }
  }
}

// Whether an 8-K item is where officer and director changes are reported:
// legacy Item 5 ("Other Events", before August 2004) and Item 5.02.
bool IsEventItem(const ItemRecord& item) { return item.number == "5" || item.number == "5.02"; }

// Press releases read for events: their first paragraphs say the news.
constexpr size_t kPressReleaseEventBytes = 16 * 1024;

// Officer and director changes from 8-K items and press releases, with a
// warning for an item that should report one and names none.
void ReadEventsOf(const DocumentTexts& texts, Extraction* out) {
  const SubmissionHeader& h = out->submission;
  std::string company;
  for (const Party& party : h.parties) {
    if (!party.name.empty() && (party.role == "filer" || party.role == "subject_company")) {
      company = party.name;
      break;
    }
  }
  std::vector<const ItemRecord*> silent;
  for (const ItemRecord& item : out->items) {
    if (!IsEventItem(item) || h.form_type.rfind("8-K", 0) != 0) continue;
    const auto doc =
        std::find_if(out->documents.begin(), out->documents.end(),
                     [&](const DocumentRecord& d) { return d.sequence == item.document; });
    if (doc == out->documents.end()) continue;
    const std::string& text = texts[static_cast<size_t>(doc - out->documents.begin())];
    if (item.text_end > text.size() || item.text_begin > item.text_end) continue;
    const std::string_view body =
        std::string_view(text).substr(item.text_begin, item.text_end - item.text_begin);
    const std::string& date = doc->date.empty() ? h.period_of_report : doc->date;
    std::vector<EventRecord> events = ReadEvents(body, item.document, company, date);
    if (events.empty()) silent.push_back(&item);
    for (EventRecord& e : events) {
      e.offset += item.text_begin;
      AddEvent(std::move(e), &out->events);
    }
  }
  for (size_t i = 0; i < out->documents.size(); ++i) {
    const DocumentRecord& doc = out->documents[i];
    if (doc.kind != "press_release" || texts[i].empty()) continue;
    const std::string_view head = std::string_view(texts[i]).substr(0, kPressReleaseEventBytes);
    for (EventRecord& e : ReadEvents(head, doc.sequence, company, doc.date)) {
      AddEvent(std::move(e), &out->events);
    }
  }
  if (!out->events.empty()) return;
  for (const ItemRecord* item : silent) {
    out->warnings.push_back(
        {0, "document " + std::to_string(item->document) + " Item " + item->number +
                ": no appointment, election, resignation, retirement, departure, death or board "
                "size change is named in it"});
  }
}

// The numbers of every table, and of the EX-27 schedules.
void ReadFactsOf(const DocumentTexts& texts, Extraction* out) {
  int tables = 0;
  for (size_t i = 0; i < out->documents.size(); ++i) {
    const DocumentRecord& doc = out->documents[i];
    if (texts[i].empty()) continue;
    if (ascii::StartsWithIgnoreCase(doc.type, "EX-27")) {
      std::vector<FinancialFactRecord> schedule = ReadFinancialDataSchedule(texts[i], doc.sequence);
      if (!schedule.empty()) ++tables;
      for (FinancialFactRecord& fact : schedule) {
        fact.table = tables;
        out->financial_facts.push_back(std::move(fact));
      }
      continue;
    }
    // Ownership reports are XML records, not tables (ownership analysis).
    if (doc.kind == "ownership_report") continue;
    const size_t warnings = out->warnings.size();
    tables += ReadFinancialFacts(texts[i], doc.sequence, tables + 1, &out->financial_facts,
                                 &out->warnings)
                  .tables;
    for (size_t w = warnings; w < out->warnings.size(); ++w) out->warnings[w].offset = doc.offset;
  }
}

}  // namespace

void AnalyzeDocuments(const DocumentTexts& texts, bool has_header, Extraction* out) {
  if (out->documents.empty() || texts.size() != out->documents.size()) return;
  SubmissionHeader& h = out->submission;
  // The report itself; a cover page does not change which document that is.
  const size_t primary = PrimaryDocument(*out);
  // The cover page: the submission of a document without a header, and a
  // check of the header otherwise.
  {
    DocumentRecord& doc = out->documents[primary];
    // (Inline XBRL reports are XHTML, detected as XML: their text is read too.)
    const CoverPage cover = texts[primary].empty() ? CoverPage() : ReadCoverPage(texts[primary]);
    if (cover.found) {
      if (!has_header) {
        if (h.form_type.empty()) h.form_type = cover.form_type;
        const std::string& period =
            cover.form_type.starts_with("8-K") ? cover.date_of_report : cover.period_end;
        if (h.period_of_report.empty()) h.period_of_report = period;
        if (!cover.filer.name.empty()) h.parties.push_back(cover.filer);
      } else {
        CompareCover(cover, h, doc, &out->warnings);
      }
      if (doc.kind.empty() || doc.kind == "other") {
        doc.kind = std::string(KindOfType(cover.form_type));
      }
      if (doc.date.empty()) doc.date = cover.date_of_report;
      if (doc.date.empty()) doc.date = cover.period_end;  // 10-K, 10-Q: the period reported on
    }
  }
  // Press releases and powers of attorney say what they are, when and for
  // whom in their first lines.
  for (size_t i = 0; i < out->documents.size(); ++i) {
    DocumentRecord& doc = out->documents[i];
    if (texts[i].empty()) continue;
    if (!(doc.kind.empty() || doc.kind == "other" || doc.kind == "exhibit" ||
          doc.kind == "power_of_attorney")) {
      continue;
    }
    const DocumentClues clues = ReadDocumentClues(texts[i]);
    if (clues.kind.empty()) continue;
    doc.kind = clues.kind;
    if (doc.date.empty()) doc.date = clues.date;
    if (!has_header && h.parties.empty() && !clues.company.empty()) {
      Party party;
      party.role = "filer";
      party.name = clues.company;
      h.parties.push_back(std::move(party));
    }
  }
  const DocumentRecord& report = out->documents[primary];
  const ItemScheme scheme =
      ItemSchemeOf(h.form_type.empty() ? std::string_view(report.type) : h.form_type);
  if (scheme != ItemScheme::kNone && !texts[primary].empty()) {
    out->items = SplitItems(texts[primary], scheme, report.sequence);
    if (scheme == ItemScheme::kEightK) CompareItems(out->items, report, &h, &out->warnings);
  }
  if (!texts[primary].empty()) out->exhibits = ReadExhibitList(texts[primary], out->items);
  LinkExhibits(out->documents, &out->exhibits);
  for (size_t i = 0; i < out->documents.size(); ++i) {
    if (texts[i].empty()) continue;
    std::vector<SignatureRecord> found = ReadSignatures(texts[i], out->documents[i].sequence);
    // A document that says no date of its own is dated by its signatures.
    DocumentRecord& doc = out->documents[i];
    for (const SignatureRecord& signature : found) {
      if (!doc.date.empty()) break;
      doc.date = signature.date;
    }
    for (SignatureRecord& signature : found) out->signatures.push_back(std::move(signature));
  }
  // Powers of attorney before people: their attorneys are people too.
  for (size_t i = 0; i < out->documents.size(); ++i) {
    DocumentRecord& doc = out->documents[i];
    const bool power =
        doc.kind == "power_of_attorney" || ascii::StartsWithIgnoreCase(doc.type, "EX-24");
    if (!power || texts[i].empty()) continue;
    if (auto poa = ReadPowerOfAttorney(texts[i], doc.sequence)) {
      if (doc.date.empty()) doc.date = poa->executed_on;
      out->powers_of_attorney.push_back(std::move(*poa));
    }
  }
  ReadPeopleOf(texts, out);
  ReadEventsOf(texts, out);
  ReadFactsOf(texts, out);
}

}  // namespace edgard::extract

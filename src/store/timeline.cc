#include "store/timeline.h"

#include <algorithm>
#include <deque>
#include <map>
#include <set>
#include <tuple>
#include <vector>

#include "base/ascii.h"
#include "extract/words.h"
#include "store/record_json.h"

namespace edgard::store {
namespace {

using nlohmann::json;

// Lower-case words without the punctuation around them.
std::vector<std::string> NameWords(std::string_view name) {
  std::vector<std::string> out;
  std::string word;
  for (char c : name) {
    if (ascii::IsAlnum(c) || c == '\'' || c == '-') {
      word.push_back(ascii::ToLower(c));
    } else if (!word.empty()) {
      out.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) out.push_back(std::move(word));
  return out;
}

// Titles compared by what they mean: "CFO" is "Chief Financial Officer".
std::string CanonicalTitle(std::string_view title) {
  std::string out;
  for (const std::string& w : NameWords(title)) {
    std::string word = w;
    if (word == "cfo") word = "chief financial officer";
    if (word == "ceo") word = "chief executive officer";
    if (word == "coo") word = "chief operating officer";
    if (word == "cao") word = "chief accounting officer";
    if (!out.empty()) out.push_back(' ');
    out += word;
  }
  return out;
}

bool IsDirectorTitle(std::string_view title) {
  const std::string t = ascii::ToLowerCopy(title);
  return t == "director" || t == "a director" || t.find("chairman") != std::string::npos ||
         t.find("board") != std::string::npos;
}

bool IsDeparture(std::string_view type) {
  return type == "resignation" || type == "retirement" || type == "departure" || type == "death" ||
         type == "termination";
}

// Where a record came from.
json Source(const std::string& filing, const json& extraction, int document,
            std::string* date_out) {
  const json& submission = extraction["submission"];
  json out = {{"filing", filing},
              {"form_type", StringField(submission, "form_type")},
              {"filed_at", StringField(submission, "filed_at")},
              {"document", document}};
  std::string date;
  for (const json& doc : extraction["documents"]) {
    if (doc.value("sequence", 0) != document) continue;
    out["document_type"] = StringField(doc, "type");
    out["kind"] = StringField(doc, "kind");
    date = StringField(doc, "date");
  }
  if (date.empty()) date = StringField(submission, "filed_at");
  if (date.empty()) date = StringField(submission, "period_of_report");
  out["date"] = date;
  if (date_out != nullptr) *date_out = date;
  return out;
}

struct Title {
  std::string title;
  std::string first_seen, last_seen;
  json sources = json::array();
};

struct Person {
  std::string name;  // the fullest spelling
  std::set<std::string> spellings;
  std::vector<Title> titles;
  bool director = false;
  std::string from, until, until_reason, succeeded_by;
  json events = json::array();
  json powers_of_attorney = json::array();  // as grantor: indexes into the list
};

class Builder {
 public:
  explicit Builder(std::string company) : company_(std::move(company)) {}

  void Add(const std::string& filing, const json& e) {
    for (const json& p : e["people"]) {
      const std::string company = StringField(p, "company");
      if (!company.empty() && !SameCompany(company)) continue;
      std::string date;
      const json source = Source(filing, e, p.value("document", 0), &date);
      Person& person = Find(StringField(p, "name"));
      AddTitle(&person, StringField(p, "title"), date, source);
    }
    for (const json& ev : e["events"]) {
      std::string date;
      json source = Source(filing, e, ev.value("document", 0), &date);
      json event = ev;
      event["source"] = source;
      if (StringField(ev, "date").empty()) event["date"] = date;
      const std::string type = StringField(ev, "type");
      const std::string when = !StringField(ev, "effective_date").empty()
                                   ? StringField(ev, "effective_date")
                                   : StringField(event, "date");
      if (type == "board_size_change") {
        board_.push_back({{"date", when},
                          {"from", ev["from"]},
                          {"to", ev["to"]},
                          {"evidence", ev["evidence"]},
                          {"source", source}});
      } else if (!StringField(ev, "person").empty()) {
        Person& person = Find(StringField(ev, "person"));
        const std::string role = StringField(ev, "role");
        if (type == "appointment" || type == "election") {
          if (person.from.empty() || when < person.from) person.from = when;
          if (!role.empty()) AddTitle(&person, role, when, source);
          appointments_.push_back({person.name, role, when});
        } else if (IsDeparture(type)) {
          person.until = when;
          person.until_reason = type;
          if (role == "director") person.director = true;
          if (!role.empty()) AddTitle(&person, role, when, source);
        }
        person.events.push_back(event);
      }
      events_.push_back(std::move(event));
    }
    for (const json& poa : e["powers_of_attorney"]) {
      json record = poa;
      record["source"] = Source(filing, e, poa.value("document", 0), nullptr);
      const std::string grantor = StringField(poa, "grantor");
      if (!grantor.empty()) {
        Person& person = Find(grantor);
        person.powers_of_attorney.push_back(powers_.size());
        grantors_.push_back(person.name);
      } else {
        grantors_.emplace_back();
      }
      powers_.push_back(std::move(record));
    }
    // Schedules 13D/13G about the company: its 5%+ holders.
    const json& ownership = e["ownership"];
    if (ownership.is_object() && ownership.contains("reporting_persons")) {
      const json source = Source(filing, e, ownership.value("document", 0), nullptr);
      for (const json& person : ownership["reporting_persons"]) {
        holders_.push_back({{"name", person["name"]},
                            {"percent_of_class", person["percent_of_class"]},
                            {"aggregate", person["aggregate"]},
                            {"type", person["type"]},
                            {"event_date", ownership["event_date"]},
                            {"class", ownership["class"]},
                            {"form", ownership["form"]},
                            {"source", source}});
      }
    }
    for (const json& fact : e["financial_facts"]) {
      if (StringField(fact, "concept").empty()) continue;
      const std::string key = StringField(fact, "concept") + "|" +
                              StringField(fact, "period_start") + "|" +
                              StringField(fact, "period_end");
      if (!fact_keys_.insert(key).second) continue;
      json record = fact;
      record["source"] = Source(filing, e, fact.value("document", 0), nullptr);
      facts_.push_back(std::move(record));
    }
  }

  json Finish(json company) {
    // Whoever held a title someone was later appointed to held it until then.
    for (const Appointment& a : appointments_) {
      if (a.role.empty() || a.role == "director") continue;
      const std::string wanted = CanonicalTitle(a.role);
      for (Person& p : people_) {
        if (p.name == a.person || !p.until.empty()) continue;
        for (const Title& t : p.titles) {
          if (t.first_seen < a.date && CanonicalTitle(t.title).find(wanted) != std::string::npos) {
            p.until = a.date;
            p.until_reason = "succeeded";
            p.succeeded_by = a.person;
            break;
          }
        }
      }
    }
    json people = json::array();
    for (const Person& p : people_) {
      json titles = json::array();
      bool director = p.director;
      for (const Title& t : p.titles) {
        director = director || IsDirectorTitle(t.title);
        titles.push_back({{"title", t.title},
                          {"first_seen", t.first_seen},
                          {"last_seen", t.last_seen},
                          {"sources", t.sources}});
      }
      json spellings = json::array();
      for (const std::string& s : p.spellings) {
        if (s != p.name) spellings.push_back(s);
      }
      json granted = json::array();
      for (const json& index : p.powers_of_attorney) {
        granted.push_back(
            {{"index", index}, {"executed_on", powers_[index.get<size_t>()]["executed_on"]}});
      }
      people.push_back(
          {{"name", p.name},
           {"other_spellings", spellings},
           {"titles", titles},
           {"director", director},
           {"from", p.from.empty() ? json(nullptr) : json(p.from)},
           {"until", p.until.empty() ? json(nullptr) : json(p.until)},
           {"until_reason", p.until_reason.empty() ? json(nullptr) : json(p.until_reason)},
           {"succeeded_by", p.succeeded_by.empty() ? json(nullptr) : json(p.succeeded_by)},
           {"events", p.events},
           {"powers_of_attorney_granted", granted}});
    }
    for (size_t i = 0; i < powers_.size(); ++i) {
      powers_[i]["grantor_person"] = grantors_[i].empty() ? json(nullptr) : json(grantors_[i]);
    }
    auto by = [](const char* key) {
      return
          [key](const json& a, const json& b) { return StringField(a, key) < StringField(b, key); };
    };
    std::stable_sort(events_.begin(), events_.end(), by("date"));
    std::stable_sort(board_.begin(), board_.end(), by("date"));
    std::stable_sort(facts_.begin(), facts_.end(), [](const json& a, const json& b) {
      return std::make_tuple(StringField(a, "concept"), StringField(a, "period_end"),
                             StringField(a, "period_start")) <
             std::make_tuple(StringField(b, "concept"), StringField(b, "period_end"),
                             StringField(b, "period_start"));
    });
    return {{"company", std::move(company)},
            {"people", std::move(people)},
            {"events", events_},
            {"board", board_},
            {"powers_of_attorney", powers_},
            {"financial_facts", facts_},
            {"holders", holders_}};
  }

 private:
  struct Appointment {
    std::string person, role, date;
  };

  bool SameCompany(std::string_view name) const {
    const std::vector<std::string> a = NameWords(name);
    const std::vector<std::string> b = NameWords(company_);
    return !a.empty() && !b.empty() && a.front() == b.front();
  }

  Person& Find(const std::string& name) {
    for (Person& p : people_) {
      if (!SamePersonName(p.name, name)) continue;
      p.spellings.insert(name);
      if (NameWords(name).size() > NameWords(p.name).size()) {
        // The fuller spelling names the person from now on.
        for (Appointment& a : appointments_) {
          if (a.person == p.name) a.person = name;
        }
        for (std::string& g : grantors_) {
          if (g == p.name) g = name;
        }
        p.name = name;
      }
      return p;
    }
    people_.push_back({});
    people_.back().name = name;
    people_.back().spellings.insert(name);
    return people_.back();
  }

  static void AddTitle(Person* person, const std::string& title, const std::string& date,
                       const json& source) {
    if (title.empty()) return;
    // "President and CEO" is "President and Chief Executive Officer".
    const std::string canonical = CanonicalTitle(title);
    for (Title& t : person->titles) {
      if (CanonicalTitle(t.title) != canonical) continue;
      if (!date.empty() && (t.first_seen.empty() || date < t.first_seen)) t.first_seen = date;
      if (date > t.last_seen) t.last_seen = date;
      t.sources.push_back(source);
      return;
    }
    Title t;
    t.title = title;
    t.first_seen = t.last_seen = date;
    t.sources.push_back(source);
    person->titles.push_back(std::move(t));
  }

  std::string company_;
  std::deque<Person> people_;  // references stay valid as people are added
  std::vector<Appointment> appointments_;
  std::vector<std::string> grantors_;
  json events_ = json::array();
  json board_ = json::array();
  json powers_ = json::array();
  json facts_ = json::array();
  json holders_ = json::array();
  std::set<std::string> fact_keys_;
};

}  // namespace

bool SamePersonName(std::string_view a, std::string_view b) {
  // Names in their natural order: the surnames agree too.
  const std::vector<std::string> x = extract::NameKey(a, /*initials=*/true);
  const std::vector<std::string> y = extract::NameKey(b, /*initials=*/true);
  return !x.empty() && !y.empty() && x.back() == y.back() &&
         extract::NameWordsWithin(a, b, /*initials=*/true);
}

Result<json> CompanyTimeline(Store& store, std::string_view who, int max_filings) {
  const std::string key(ascii::Trim(who));
  if (key.empty()) return InvalidInput("name a company: a CIK or a name");
  std::vector<FilingSummary> filings;
  std::string name;
  std::string cik;
  if (AllDigits(key)) {
    auto company = store.GetCompany(key);
    if (!company) return company.error();
    name = company->name;
    cik = company->cik;
    FilingQuery query;
    query.cik = cik;
    query.limit = max_filings;
    auto listed = store.ListFilings(query);
    if (!listed) return listed.error();
    filings = std::move(*listed);
  } else {
    FilingQuery query;
    query.company = key;
    query.limit = max_filings;
    auto listed = store.ListFilings(query);
    if (!listed) return listed.error();
    filings = std::move(*listed);
    // The spelling most filings use, in mixed case when there is one.
    std::map<std::string, int> names;
    for (const FilingSummary& f : filings) {
      ++names[f.company];
      if (cik.empty()) cik = f.cik;
    }
    int best = -1;
    for (const auto& [n, count] : names) {
      const bool mixed = n != ascii::ToUpperCopy(n);
      const int score = count * 2 + (mixed ? 1 : 0);
      if (score > best) {
        best = score;
        name = n;
      }
    }
  }
  if (filings.empty()) return NotFound("no stored filing names a company \"" + key + "\"");
  std::sort(filings.begin(), filings.end(), [](const FilingSummary& a, const FilingSummary& b) {
    return std::tie(a.filed_at, a.id) < std::tie(b.filed_at, b.id);
  });
  Builder builder(name);
  std::vector<json> extractions;
  std::vector<std::string> ids;
  for (const FilingSummary& f : filings) {
    auto filing = store.GetFiling(f.id);
    if (!filing) return filing.error();
    json e = json::parse(filing->extraction_json, nullptr, false);
    if (!e.is_object()) continue;
    extractions.push_back(std::move(e));
    ids.push_back(f.id);
  }
  // In the order the documents are dated: a press release's dateline is
  // its date even when the filing has none.
  std::vector<size_t> order(extractions.size());
  std::vector<std::string> dates(extractions.size());
  for (size_t i = 0; i < extractions.size(); ++i) {
    order[i] = i;
    Source(ids[i], extractions[i], 1, &dates[i]);
  }
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return dates[a] < dates[b]; });
  for (size_t i : order) builder.Add(ids[i], extractions[i]);
  json company = {{"name", name},
                  {"cik", cik.empty() ? json(nullptr) : json(cik)},
                  {"filings", filings.size()}};
  return builder.Finish(std::move(company));
}

}  // namespace edgard::store

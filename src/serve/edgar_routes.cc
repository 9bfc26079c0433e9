// EDGAR's own paths, produced from the store in EDGAR's formats: filing
// index pages, data.sec.gov's submissions JSON, the full and daily index
// files, and browse-edgar's Atom feeds.

#include <charconv>
#include <nlohmann/json.hpp>

#include "base/dates.h"
#include "edgard/extraction.h"
#include "parse/sgml/header.h"
#include "serve/documents.h"
#include "serve/edgar_formats.h"
#include "serve/http.h"
#include "serve/routes.h"
#include "store/record_json.h"

namespace edgard::serve {
namespace {

using nlohmann::json;

// Filings listed in one index file or feed at most.
constexpr int kMaxListed = 100000;
// Filings in a submissions JSON's "recent" block, as data.sec.gov keeps.
constexpr int kRecentFilings = 1000;

std::string Text(const json& object, const char* key) {
  auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::string Unpadded(std::string_view cik) {
  const size_t first = cik.find_first_not_of('0');
  return first == std::string_view::npos ? std::string("0") : std::string(cik.substr(first));
}

Address AddressFrom(const json& a) {
  Address out;
  if (!a.is_object()) return out;
  out.street1 = Text(a, "street1");
  out.street2 = Text(a, "street2");
  out.city = Text(a, "city");
  out.state = Text(a, "state");
  out.zip = Text(a, "zip");
  out.phone = Text(a, "phone");
  return out;
}

Party PartyFrom(const json& p) {
  Party party;
  party.role = Text(p, "role");
  party.cik = Text(p, "cik");
  party.name = Text(p, "name");
  party.sic = Text(p, "sic");
  party.sic_description = Text(p, "sic_description");
  party.irs_number = Text(p, "irs_number");
  party.state_of_incorporation = Text(p, "state_of_incorporation");
  party.fiscal_year_end = Text(p, "fiscal_year_end");
  party.sec_act = Text(p, "sec_act");
  party.file_number = Text(p, "file_number");
  party.film_number = Text(p, "film_number");
  if (p.contains("business_address")) party.business_address = AddressFrom(p["business_address"]);
  if (p.contains("mail_address")) party.mail_address = AddressFrom(p["mail_address"]);
  return party;
}

std::string Join(const json& items) {
  std::string out;
  if (!items.is_array()) return out;
  for (const json& item : items) {
    if (!item.is_string()) continue;
    if (!out.empty()) out += ',';
    out += item.get<std::string>();
  }
  return out;
}

// The first and last day of quarter `quarter` of `year`.
std::pair<std::string, std::string> QuarterDates(int year, int quarter) {
  const int first_month = 3 * (quarter - 1) + 1;
  const int last_month = first_month + 2;
  const int last_day = last_month == 3 || last_month == 12 ? 31 : 30;
  return {dates::FormatIsoDate(year, first_month, 1),
          dates::FormatIsoDate(year, last_month, last_day)};
}

std::vector<IndexEntry> Entries(const std::vector<FilingSummary>& filings) {
  std::vector<IndexEntry> entries;
  for (const FilingSummary& f : filings) {
    if (f.accession_number.empty()) continue;
    entries.push_back({f.form_type, f.company, Unpadded(f.cik), f.filed_at, f.accession_number});
  }
  return entries;
}

// "Now" in US Eastern time, as EDGAR's feeds date themselves.
std::string EasternNow() {
  const std::time_t now = std::time(nullptr);
  const std::string offset = dates::EasternOffset(dates::UtcNow());
  std::tm utc{};
  char buffer[32];
  const int hours = offset.starts_with("-04") ? 4 : 5;
  const std::time_t local = now - hours * 3600;
  gmtime_r(&local, &utc);
  std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%S", &utc);
  return buffer;
}

AtomFiling AtomEntry(const FilingSummary& f) {
  AtomFiling entry;
  entry.accession = f.accession_number;
  entry.form = f.form_type;
  entry.filing_date = f.filed_at;
  entry.acceptance_datetime = f.acceptance_datetime.substr(0, 19);
  entry.size = f.raw_bytes;
  entry.company_name = f.company;
  entry.cik = f.cik;
  entry.role = f.role;
  return entry;
}

std::string BaseUrl(const httplib::Request& req) {
  const std::string host = req.get_header_value("Host");
  return "http://" + (host.empty() ? std::string("127.0.0.1") : host);
}

class EdgarRoutes {
 public:
  explicit EdgarRoutes(std::shared_ptr<StorePool> stores) : stores_(std::move(stores)) {}

  // /Archives/edgar/data/{cik}/{folder}/{accession}-index.htm
  void IndexPage(const httplib::Request& req, httplib::Response& res) const {
    const std::string accession = req.matches[3].str();
    std::string folder = accession;
    std::erase(folder, '-');
    if (folder != req.matches[2].str()) {
      return SendError(res, NotFound("no such path: the folder is the accession number " +
                                     accession + " without dashes"));
    }
    auto store = stores_->Get();
    if (!store) return SendError(res, store.error());
    auto filing = (*store)->GetFiling(accession);
    if (!filing) return SendError(res, filing.error());
    const json e = store::ParseExtractionParts(filing->extraction_json, {"submission"});
    if (!e.is_object()) return SendError(res, Status(ErrorCode::kStorage, "unreadable filing"));
    const json& s = e["submission"];
    FilingIndexPage page;
    page.accession = accession;
    page.cik = req.matches[1].str();
    page.form_type = Text(s, "form_type");
    page.filing_date = Text(s, "filed_at");
    page.accepted = Text(s, "acceptance_datetime").substr(0, 19);
    page.period_of_report = Text(s, "period_of_report");
    for (const json& item : s.value("items", json::array())) {
      if (item.is_string()) page.items.push_back("Item " + item.get<std::string>());
    }
    for (const StoredDocument& d : filing->documents) {
      page.documents.push_back(
          {std::to_string(d.sequence), d.description, d.filename, d.type, d.bytes});
    }
    page.submission_size = filing->raw_bytes;
    for (const json& p : s.value("parties", json::array())) page.parties.push_back(PartyFrom(p));
    res.set_content(FilingIndexHtml(page), "text/html; charset=utf-8");
  }

  // /Archives/edgar/data/{cik}/{folder}/{filename}: one document of a filing,
  // as EDGAR serves the files of a submission's folder.
  void ArchiveDocument(const httplib::Request& req, httplib::Response& res) const {
    const std::string folder = req.matches[2].str();
    const std::string accession =
        folder.substr(0, 10) + "-" + folder.substr(10, 2) + "-" + folder.substr(12, 6);
    const std::string filename = req.matches[3].str();
    auto store = stores_->Get();
    if (!store) return SendError(res, store.error());
    auto filing = (*store)->GetFiling(accession);
    if (!filing) return SendError(res, filing.error());
    for (const StoredDocument& d : filing->documents) {
      if (d.filename != filename) continue;
      auto bytes = ReadDocumentBytes(**store, *filing, d.sequence);
      if (!bytes) return SendError(res, bytes.error());
      if (NotModified(req, res, "\"" + accession + "-" + std::to_string(d.sequence) + "\"")) return;
      res.set_header("Content-Security-Policy", "sandbox");
      res.set_header("X-Content-Type-Options", "nosniff");
      res.set_content(std::move(bytes->bytes), bytes->content_type);
      return;
    }
    SendError(res, NotFound("no document " + filename + " in " + accession));
  }

  // /submissions/CIK##########.json
  void Submissions(const httplib::Request& req, httplib::Response& res) const {
    auto store = stores_->Get();
    if (!store) return SendError(res, store.error());
    auto company = (*store)->GetCompany(req.matches[1].str());
    if (!company) return SendError(res, company.error());
    FilingQuery query;
    query.cik = company->cik;
    query.limit = kRecentFilings;
    auto filings = (*store)->ListFilings(query);
    if (!filings) return SendError(res, filings.error());
    CompanyProfile profile;
    profile.cik = company->cik;
    profile.name = company->name;
    for (const FormerName& f : company->former_names) {
      profile.former_names.push_back({f.name, "", f.date_changed});
    }
    std::vector<FilingRow> rows;
    bool have_profile = false;
    for (const FilingSummary& f : *filings) {
      if (f.accession_number.empty()) continue;
      auto stored = (*store)->GetFiling(f.id);
      if (!stored) return SendError(res, stored.error());
      const json e = store::ParseExtractionParts(stored->extraction_json, {"submission"});
      if (!e.is_object()) continue;
      const json& s = e["submission"];
      FilingRow row;
      row.accession = f.accession_number;
      row.filing_date = f.filed_at;
      row.report_date = f.period_of_report;
      row.acceptance_datetime = Text(s, "acceptance_datetime");
      row.form = f.form_type;
      row.items = Join(s.value("items", json::array()));
      row.size = f.raw_bytes;
      for (const json& p : s.value("parties", json::array())) {
        if (Text(p, "cik") != company->cik) continue;
        const Party party = PartyFrom(p);
        row.act = party.sec_act;
        row.file_number = party.file_number;
        row.film_number = party.film_number;
        if (!have_profile) {  // the newest filing says who the company is now
          have_profile = true;
          profile.sic = party.sic;
          profile.sic_description = party.sic_description;
          profile.ein = party.irs_number;
          profile.state_of_incorporation = party.state_of_incorporation;
          profile.fiscal_year_end = party.fiscal_year_end;
          profile.business_address = party.business_address;
          profile.mail_address = party.mail_address;
          profile.phone = party.business_address.phone;
        }
        break;
      }
      for (const StoredDocument& d : stored->documents) {
        if (!d.type.empty() && d.type != row.form) continue;
        row.primary_document = d.filename;
        row.primary_doc_description = d.description;
        row.is_inline_xbrl = d.format == "xml" && d.filename.ends_with(".htm");
        break;
      }
      for (const StoredDocument& d : stored->documents) {
        if (d.type.starts_with("EX-101")) row.is_xbrl = true;
      }
      row.is_xbrl = row.is_xbrl || row.is_inline_xbrl;
      rows.push_back(std::move(row));
    }
    SendJson(res, SubmissionsJson(profile, rows));
  }

  // /Archives/edgar/full-index/{year}/QTR{n}/{form|company|master}.idx and
  // /Archives/edgar/daily-index/{year}/QTR{n}/{form|company|master}.{YYYYMMDD}.idx
  void IndexFile(const httplib::Request& req, httplib::Response& res, bool daily) const {
    int year = 0, quarter = 0;
    const std::string y = req.matches[1].str(), q = req.matches[2].str();
    std::from_chars(y.data(), y.data() + y.size(), year);
    std::from_chars(q.data(), q.data() + q.size(), quarter);
    const std::string name = req.matches[3].str();
    const IndexLayout layout = name == "form"      ? IndexLayout::kForm
                               : name == "company" ? IndexLayout::kCompany
                                                   : IndexLayout::kMaster;
    FilingQuery query;
    query.one_row_per_party = true;
    query.limit = kMaxListed;
    if (daily) {
      const std::string day = req.matches[4].str();
      auto date = dates::IsoDate(day);
      const auto [first, last] = QuarterDates(year, quarter);
      if (!date || *date < first || *date > last) {
        return SendError(res,
                         NotFound("no such index: " + day + " is not a day of " + y + " QTR" + q));
      }
      query.from = query.to = *date;
    } else {
      std::tie(query.from, query.to) = QuarterDates(year, quarter);
    }
    auto store = stores_->Get();
    if (!store) return SendError(res, store.error());
    auto filings = (*store)->ListFilings(query);
    if (!filings) return SendError(res, filings.error());
    std::vector<IndexEntry> entries = Entries(*filings);
    if (daily && entries.empty()) {
      return SendError(res, NotFound("no filings on " + query.from + " in this store"));
    }
    std::string last = query.to;
    if (!daily && !entries.empty()) {
      last.clear();
      for (const IndexEntry& entry : entries) last = std::max(last, entry.date_filed);
    }
    res.set_content(FormatIndex(layout, daily, LastDataReceived(last, daily), std::move(entries)),
                    "text/plain");
  }

  // /cgi-bin/browse-edgar?action=getcurrent|getcompany&output=atom
  void BrowseEdgar(const httplib::Request& req, httplib::Response& res) const {
    const std::string action = Param(req, "action");
    if (Param(req, "output") != "atom") {
      return SendError(res, InvalidInput("edgard answers browse-edgar with output=atom only"));
    }
    auto count = IntParam(req, "count", 40);
    if (!count) return SendError(res, count.error());
    auto start = IntParam(req, "start", 0);
    if (!start) return SendError(res, start.error());
    if (*count < 1 || *count > 100 || *start < 0 || *start > kMaxListed) {
      return SendError(res, InvalidInput("count must be 1..100 and start 0 or more"));
    }
    const std::string owner = Param(req, "owner").empty() ? "include" : Param(req, "owner");
    if (owner != "include" && owner != "exclude" && owner != "only") {
      return SendError(res, InvalidInput("owner must be include, exclude or only"));
    }
    auto store = stores_->Get();
    if (!store) return SendError(res, store.error());
    FilingQuery query;
    if (!Param(req, "type").empty()) query.forms = {Param(req, "type")};
    if (owner == "only") query.forms = {kOwnershipForms.begin(), kOwnershipForms.end()};
    query.offset = *start;
    auto keep = [&owner](const FilingSummary& f) {
      const bool ownership = KindOfType(f.form_type) == "ownership_report";
      return !(owner == "exclude" && ownership) && !f.accession_number.empty();
    };
    if (action == "getcurrent") {
      query.one_row_per_party = true;
      query.limit = *count * 4;
      auto filings = (*store)->ListFilings(query);
      if (!filings) return SendError(res, filings.error());
      CurrentFeed feed;
      feed.base_url = BaseUrl(req);
      feed.updated = EasternNow();
      for (const FilingSummary& f : *filings) {
        if (!keep(f) || feed.entries.size() >= static_cast<size_t>(*count)) continue;
        feed.entries.push_back(AtomEntry(f));
      }
      res.set_content(CurrentFilingsAtom(feed), "application/atom+xml");
      return;
    }
    if (action == "getcompany") {
      auto company = (*store)->GetCompany(Param(req, "CIK"));
      if (!company) return SendError(res, company.error());
      query.cik = company->cik;
      query.limit = *count + 1;
      auto filings = (*store)->ListFilings(query);
      if (!filings) return SendError(res, filings.error());
      CompanyFeed feed;
      feed.base_url = BaseUrl(req);
      feed.updated = EasternNow();
      feed.company.cik = company->cik;
      feed.company.name = company->name;
      feed.company.state_of_incorporation = company->state_of_incorporation;
      feed.company.fiscal_year_end = company->fiscal_year_end;
      feed.company.sic = company->sic;
      feed.type = Param(req, "type");
      feed.owner = owner;
      feed.start = *start;
      feed.count = *count;
      feed.has_next_page = filings->size() > static_cast<size_t>(*count);
      for (const FilingSummary& f : *filings) {
        if (!keep(f) || feed.filings.size() >= static_cast<size_t>(*count)) continue;
        AtomFiling& entry = feed.filings.emplace_back(AtomEntry(f));
        // An 8-K's items, from its stored header.
        if (!f.form_type.starts_with("8-K")) continue;
        auto stored = (*store)->GetFiling(f.id);
        if (!stored) return SendError(res, stored.error());
        const json e = store::ParseExtractionParts(stored->extraction_json, {"submission"});
        if (!e.is_object() || !e.contains("submission")) continue;
        for (const json& item : e["submission"].value("items", json::array())) {
          if (!item.is_string()) continue;
          const std::string number = item.get<std::string>();
          entry.items.emplace_back(number, std::string(sgml::EightKItemTitle(number, f.filed_at)));
        }
      }
      res.set_content(CompanyFilingsAtom(feed), "application/atom+xml");
      return;
    }
    SendError(res, InvalidInput("browse-edgar action must be getcurrent or getcompany"));
  }

 private:
  std::shared_ptr<StorePool> stores_;
};

}  // namespace

void AddEdgarRoutes(httplib::Server* server, std::shared_ptr<StorePool> stores) {
  auto routes = std::make_shared<EdgarRoutes>(std::move(stores));
  server->Get(
      R"(/Archives/edgar/data/([0-9]{1,10})/([0-9]{18})/([0-9]{10}-[0-9]{2}-[0-9]{6})-index\.html?)",
      [routes](const auto& req, auto& res) { routes->IndexPage(req, res); });
  server->Get(
      R"(/Archives/edgar/data/([0-9]{1,10})/([0-9]{18})/([A-Za-z0-9_][A-Za-z0-9_.-]{0,120}))",
      [routes](const auto& req, auto& res) { routes->ArchiveDocument(req, res); });
  server->Get(R"(/submissions/CIK([0-9]{10})\.json)",
              [routes](const auto& req, auto& res) { routes->Submissions(req, res); });
  server->Get(R"(/Archives/edgar/full-index/([0-9]{4})/QTR([1-4])/(form|company|master)\.idx)",
              [routes](const auto& req, auto& res) { routes->IndexFile(req, res, false); });
  server->Get(
      R"(/Archives/edgar/daily-index/([0-9]{4})/QTR([1-4])/(form|company|master)\.([0-9]{8})\.idx)",
      [routes](const auto& req, auto& res) { routes->IndexFile(req, res, true); });
  server->Get("/cgi-bin/browse-edgar",
              [routes](const auto& req, auto& res) { routes->BrowseEdgar(req, res); });
}

}  // namespace edgard::serve

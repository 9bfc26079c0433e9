// Writers of EDGAR's own output formats, so that edgard can answer the URLs
// existing EDGAR clients fetch with the bytes those clients expect: the
// full-index and daily-index files (form.idx, company.idx, master.idx),
// data.sec.gov's submissions JSON, the browse-edgar Atom feeds (getcurrent,
// getcompany) and the filing index page ({accession}-index.htm).
//
// Pure functions: plain structs in, bytes out; no I/O, no store access, no
// exceptions. A value edgard does not know is written the way EDGAR writes an
// absent one (empty string, null, or the element left out), never invented.

#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "edgard/filing.h"

namespace edgard::serve {

// ---------------------------------------------------------------- index files

struct IndexEntry {       // one filing in an EDGAR index file
  std::string form_type;  // "10-K"
  std::string company_name;
  std::string cik;         // digits, no padding ("320193"); leading zeros are dropped
  std::string date_filed;  // YYYY-MM-DD
  std::string accession;   // "0000320193-24-000123"
};

enum class IndexLayout { kForm, kCompany, kMaster };

// form.idx / company.idx / master.idx as EDGAR writes them, `daily` choosing
// daily-index/{YYYY}/QTR{n}/{layout}.{YYYYMMDD}.idx over
// full-index/{YYYY}/QTR{n}/{layout}.idx. `last_data_received` is written as
// given (see LastDataReceived); `entries` may come in any order.
//
// What is written (checked byte for byte against real files, see the test):
//  - Header: "Description:" (daily: "Daily Index of EDGAR Dissemination Feed
//    [by Form Type|by Company Name]"; full index: "Master Index of ..."),
//    "Last Data Received:", "Comments:", "Anonymous FTP:" with values from
//    column 23; full-index master.idx adds "Cloud HTTP:".
//  - Blank lines: four lines of one space before the form/company column
//    header; one empty line in daily master.idx; in full-index master.idx one
//    empty line and three lines of one space.
//  - Fixed-width rows (form, company): fields of 10 characters plus two
//    spaces for form type, CIK and date, 60 plus two for the company name, the
//    file name padded to 52; daily files cut the company name to 60 and the
//    form type to 10 characters ("SEC STAFF ACTION" -> "SEC STAFF "), the full
//    index lets a longer value push the row right. Dashes: 141 (form, full
//    company), 145 (daily company), 80 (master).
//  - Daily files date rows YYYYMMDD, the full index YYYY-MM-DD.
//  - master.idx: "CIK|Company Name|Form Type|Date Filed|File Name" ("Filename"
//    in the full index), unpadded.
//  - Order: the rows as bytes, which is EDGAR's order (form type, then name,
//    CIK, date, file name for form.idx; name, form type, ... for company.idx;
//    CIK as text for master.idx: "1000228" < "100334" < "10048").
//  - Every line ends in "\n".
// What depends on the year in `last_data_received` (estimated from dated
// samples, see the test file): daily form/company column headers are broken
// after "CIK" onto a second line from 2021 on (one line on 2020-03-18, two on
// 2022-02-04); from 2025 on the form-type column is 15 + 2 wide, since the
// long form names of EDGAR Release 24.4 ("SCHEDULE 13D/A"). A year that cannot
// be read counts as the latest layout.
std::string FormatIndex(IndexLayout layout, bool daily, std::string_view last_data_received,
                        std::vector<IndexEntry> entries);

// The "Last Data Received" value for `iso_date` (YYYY-MM-DD): daily files
// write "Mar 18, 2020" / "Oct  3, 2022", the full index "March 31, 2021".
// Empty when `iso_date` is not a date.
std::string LastDataReceived(std::string_view iso_date, bool daily);

// ------------------------------------------------------ submissions JSON

struct FormerNameRow {
  std::string name, from, to;  // dates YYYY-MM-DD or ISO as EDGAR has
};

struct CompanyProfile {
  std::string cik;  // 10 digits (shorter ones are zero-padded)
  std::string name, sic, sic_description, ein, state_of_incorporation, fiscal_year_end, phone;
  Address business_address, mail_address;  // Address::phone is not used here: see `phone`
  std::vector<FormerNameRow> former_names;
  // What EDGAR knows from outside the filings; empty when edgard does not.
  std::string entity_type;  // "operating", "other", ...
  std::string owner_org;    // "06 Technology"
  std::string category;     // "Large accelerated filer"
  std::string lei;
  std::vector<std::string> tickers, exchanges;
  std::optional<bool> insider_transaction_for_owner_exists;
  std::optional<bool> insider_transaction_for_issuer_exists;
};

struct FilingRow {
  std::string accession, filing_date, report_date, acceptance_datetime, act, form, file_number,
      film_number, items, primary_document, primary_doc_description;
  int64_t size = 0;
  bool is_xbrl = false, is_inline_xbrl = false;
  // Type of the filing's core document; empty: "XBRL" when the filing is
  // inline XBRL, else the form type, which is what EDGAR writes for all but a
  // few filings (an UPLOAD's is "LETTER", an S-8 with tagged fee exhibits "S-8").
  std::string core_type;
};

// data.sec.gov's /submissions/CIK##########.json: every top-level key of the
// current files in their order (cik, entityType, sic, sicDescription,
// ownerOrg, insiderTransactionFor{Owner,Issuer}Exists, name, tickers,
// exchanges, ein, lei, description, website, investorWebsite, category,
// fiscalYearEnd, stateOfIncorporation, stateOfIncorporationDescription,
// addresses{mailing,business}, phone, flags, formerNames, filings), compact as
// the service sends it. filings.recent holds one array per column in EDGAR's
// order, one element per filing in the order given (EDGAR: newest first);
// filings.files is empty. Dates YYYY-MM-DD in former names and acceptance
// times YYYY-MM-DDThh:mm:ss get EDGAR's "T00:00:00.000Z" / ".000Z" suffix
// (EDGAR's acceptanceDateTime is Eastern time despite the "Z"). Unknown values
// are null, except the keys EDGAR writes as "" for nearly every company
// (description, website, investorWebsite, flags) and the lists ([]).
std::string SubmissionsJson(const CompanyProfile& company, const std::vector<FilingRow>& filings);

// ---------------------------------------------------------------- Atom feeds
//
// The shape of browse-edgar's Atom output is taken from responses of
// www.sec.gov kept by public projects that parse them: a getcurrent feed of
// 2024-03-17 (two Form 4 entries) and one of 2026-03-29, and a getcompany feed
// for CIK 320193, type 10-K (2025, with company-info and ten entries), checked
// against a getcompany feed of 2020-01-03 for CIK 712515. Both feeds declare
// ISO-8859-1, so every non-ASCII character is written as a character
// reference. Sizes are EDGAR's: whole megabytes (10^6) from 1 MB, else whole
// kilobytes (10^3), rounded down ("9 MB" for 9,759,333 bytes).

struct AtomFiling {
  std::string accession;
  std::string form;                 // "10-K"
  std::string form_name;            // "Annual report [...]" (getcompany); empty: the form type
  std::string filing_date;          // YYYY-MM-DD
  std::string acceptance_datetime;  // YYYY-MM-DDThh:mm:ss, Eastern time
  int64_t size = 0;                 // bytes of the complete submission
  // getcompany entries.
  std::string act, file_number, film_number;  // left out when empty
  bool is_xbrl = false;                       // adds the viewer link (xbrl_href)
  // 8-K items with their titles: <items-desc>, and a line each in the summary.
  std::vector<std::pair<std::string, std::string>> items;
  // getcurrent entries: one per party of the filing.
  std::string company_name;
  std::string cik;   // any padding
  std::string role;  // "Filer", "Reporting", "Issuer", "Subject", "Filed by", or an edgard
                     // Party::role ("reporting_owner", ...)
};

struct CurrentFeed {
  std::string base_url = "https://www.sec.gov";  // where the links point, no trailing "/"
  std::string updated;                           // YYYY-MM-DDThh:mm:ss Eastern: now
  std::vector<AtomFiling> entries;               // newest first
};

// browse-edgar?action=getcurrent&output=atom.
std::string CurrentFilingsAtom(const CurrentFeed& feed);

struct CompanyFeed {
  std::string base_url = "https://www.sec.gov";
  CompanyProfile company;
  std::string office;  // "Office of Technology"; left out when empty
  // The request, echoed in the links.
  std::string type;  // form type filter, may be empty
  std::string owner = "include";
  int start = 0;
  int count = 40;
  bool has_next_page = false;  // adds rel="next"
  std::string updated;         // YYYY-MM-DDThh:mm:ss Eastern: now
  std::vector<AtomFiling> filings;
};

// browse-edgar?action=getcompany&CIK=...&output=atom.
std::string CompanyFilingsAtom(const CompanyFeed& feed);

// "9 MB", "12 KB": a size as EDGAR's feeds print it.
std::string FeedSize(int64_t bytes);

// ------------------------------------------------------- filing index page

struct IndexPageDocument {
  std::string sequence;  // "1"; empty when not stated
  std::string description;
  std::string filename;  // link text and target; empty: no link
  std::string type;      // "10-K", "EX-21", "GRAPHIC", "EX-101.SCH"
  int64_t size = 0;
};

struct FilingIndexPage {
  std::string accession;
  std::string cik;  // of the folder the documents are in (any padding)
  std::string form_type;
  std::string form_description;    // "Annual report [...]"; may be empty
  std::string filing_date;         // YYYY-MM-DD
  std::string accepted;            // YYYY-MM-DD hh:mm:ss (a "T" is shown as a space)
  std::string period_of_report;    // YYYY-MM-DD; may be empty
  int document_count = -1;         // -1: the number of documents listed
  std::vector<std::string> items;  // 8-K items as shown ("Item 2.02: Results of ...")
  std::vector<IndexPageDocument> documents;
  int64_t submission_size = 0;  // of {accession}.txt
  std::vector<Party> parties;   // filer, subject company, reporting owner, ...
};

// {accession}-index.htm: a plain page in the layout of EDGAR's (the element
// ids and classes that scrapers read: formName, secNum, formGrouping/infoHead/
// info, tableFile with "Document Format Files" and "Data Files", the
// "Complete submission text file" row, filerDiv/companyInfo/companyName/
// identInfo), without EDGAR's banner, scripts and stylesheet. Links are
// site-relative (/Archives/edgar/data/...). UTF-8.
std::string FilingIndexHtml(const FilingIndexPage& page);

}  // namespace edgard::serve

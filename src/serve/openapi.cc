// The OpenAPI 3 description of edgard's HTTP service.

#include <nlohmann/json.hpp>

#include "serve/routes.h"

namespace edgard::serve {
namespace {

using nlohmann::json;

json Parameter(const char* name, const char* in, const char* description, const char* type,
               bool required = false) {
  return {{"name", name},
          {"in", in},
          {"description", description},
          {"required", required},
          {"schema", {{"type", type}}}};
}

json Operation(const char* summary, json parameters, const char* content_type) {
  return {{"get",
           {{"summary", summary},
            {"parameters", std::move(parameters)},
            {"responses",
             {{"200", {{"description", "OK"}, {"content", {{content_type, json::object()}}}}},
              {"400", {{"$ref", "#/components/responses/Error"}}},
              {"404", {{"$ref", "#/components/responses/Error"}}}}}}}};
}

std::string Build() {
  const json id =
      Parameter("id", "path", "Accession number, or sha256:HEX of a bare document", "string", true);
  json paths = {
      {"/v1/search",
       Operation("Full-text search (EDGAR full-text search syntax: words ANDed, \"phrase\", OR, "
                 "NOT or -word, prefix*, (grouping)), with filters, paging and facets",
                 json::array(
                     {Parameter("q", "query", "The query", "string", true),
                      Parameter("forms", "query", "Form types, comma-separated", "string"),
                      Parameter("ciks", "query", "CIKs of any party", "string"),
                      Parameter("company", "query", "Part of a party's name", "string"),
                      Parameter("from", "query", "Filed on or after (YYYY[-MM[-DD]])", "string"),
                      Parameter("to", "query", "Filed on or before", "string"),
                      Parameter("items", "query", "Items reported (5.02; 5)", "string"),
                      Parameter("kinds", "query", "Document kinds (press_release, ...)", "string"),
                      Parameter("document_types", "query", "Document types (EX-99.1)", "string"),
                      Parameter("limit", "query", "Hits per page (1-1000, default 20)", "integer"),
                      Parameter("offset", "query", "Hits to skip", "integer")}),
                 "application/json")},
      {"/v1/filings/{id}",
       Operation("A filing: header, parties, documents and every extracted record",
                 json::array({id}), "application/json")},
      {"/v1/filings/{id}/documents/{sequence}",
       Operation(
           "A document's plain text, or with raw=1 its original bytes",
           json::array({id, Parameter("sequence", "path", "Document sequence", "integer", true),
                        Parameter("raw", "query", "1 for the original bytes", "integer")}),
           "text/plain")},
      {"/v1/companies",
       Operation("Companies by name, former name or CIK",
                 json::array({Parameter("q", "query", "Name, part of one, or CIK", "string", true),
                              Parameter("limit", "query", "At most this many", "integer")}),
                 "application/json")},
      {"/v1/companies/{cik}",
       Operation(
           "A company: profile, former names, filings (paged, filterable by form), and "
           "what its filings say linked over time: people (officers and directors with "
           "titles, from, until, succeeded_by), events, board size, powers of attorney "
           "(grantor recognised among the people) and financial facts, each with its "
           "source filing and document",
           json::array({Parameter("cik", "path", "CIK", "string", true),
                        Parameter("forms", "query", "Form types", "string"),
                        Parameter("limit", "query", "Filings per page", "integer"),
                        Parameter("offset", "query", "Filings to skip", "integer"),
                        Parameter("timeline", "query", "0 leaves the timeline out", "integer")}),
           "application/json")},
      {"/v1/timeline",
       Operation("The timeline of a company known by name (bare documents have no CIK): "
                 "company, people, events, board, powers_of_attorney, financial_facts",
                 json::array({Parameter("company", "query", "A name, part of one, or a CIK",
                                        "string", true)}),
                 "application/json")},
      {"/Archives/edgar/data/{cik}/{folder}/{accession}.txt",
       Operation("The full submission, byte-identical to what was ingested",
                 json::array({Parameter("cik", "path", "CIK", "string", true),
                              Parameter("folder", "path", "Accession number without dashes",
                                        "string", true),
                              Parameter("accession", "path", "Accession number", "string", true)}),
                 "text/plain")},
      {"/Archives/edgar/data/{cik}/{folder}/{accession}-index.htm",
       Operation("EDGAR's filing index page",
                 json::array({Parameter("cik", "path", "CIK", "string", true),
                              Parameter("folder", "path", "Accession number without dashes",
                                        "string", true),
                              Parameter("accession", "path", "Accession number", "string", true)}),
                 "text/html")},
      {"/submissions/CIK{cik10}.json",
       Operation("data.sec.gov's submissions shape",
                 json::array({Parameter("cik10", "path", "CIK, 10 digits", "string", true)}),
                 "application/json")},
      {"/LATEST/search-index",
       Operation(
           "EDGAR full-text search's request and response shape (hits.total.value, "
           "hits.hits[]._id = accession:filename, _source, aggregations; 100 hits a page)",
           json::array({Parameter("q", "query", "The query", "string", true),
                        Parameter("forms", "query", "Form types, comma-separated", "string"),
                        Parameter("dateRange", "query", "custom to use startdt/enddt", "string"),
                        Parameter("startdt", "query", "YYYY-MM-DD", "string"),
                        Parameter("enddt", "query", "YYYY-MM-DD", "string"),
                        Parameter("ciks", "query", "CIKs", "string"),
                        Parameter("entityName", "query", "Part of a party's name", "string"),
                        Parameter("from", "query", "Hits to skip", "integer")}),
           "application/json")},
      {"/cgi-bin/browse-edgar",
       Operation(
           "Atom feeds: action=getcurrent (type, count, owner) and action=getcompany (CIK, "
           "type, start, count, owner), output=atom",
           json::array({Parameter("action", "query", "getcurrent or getcompany", "string", true),
                        Parameter("output", "query", "atom", "string", true)}),
           "application/atom+xml")},
      {"/Archives/edgar/full-index/{year}/QTR{quarter}/{form|company|master}.idx",
       Operation("EDGAR's quarterly index files",
                 json::array({Parameter("year", "path", "YYYY", "integer", true),
                              Parameter("quarter", "path", "1-4", "integer", true)}),
                 "text/plain")},
      {"/Archives/edgar/daily-index/{year}/QTR{quarter}/{form|company|master}.{YYYYMMDD}.idx",
       Operation("EDGAR's daily index files",
                 json::array({Parameter("year", "path", "YYYY", "integer", true),
                              Parameter("quarter", "path", "1-4", "integer", true)}),
                 "text/plain")}};
  const json doc = {
      {"openapi", "3.0.3"},
      {"info",
       {{"title", "edgard"},
        {"version", "1"},
        {"description",
         "A self-hosted EDGAR: filings, their structure and text, and EDGAR's own formats."}}},
      {"paths", paths},
      {"components",
       {{"responses",
         {{"Error",
           {{"description",
             "An error: {\"error\": {\"code\": \"invalid_input|not_found|...\", \"message\": "
             "\"...\"}}"},
            {"content", {{"application/json", json::object()}}}}}}}}}};
  return doc.dump(1);
}

}  // namespace

const std::string& OpenApiJson() {
  static const std::string json_text = Build();
  return json_text;
}

}  // namespace edgard::serve

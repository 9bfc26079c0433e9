// edgard search QUERY: full-text search with EDGAR's syntax and filters.

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "search/request.h"

namespace edgard::cli {
namespace {

// Snippet with its highlight marks rendered for a terminal or for plain text.
std::string RenderSnippet(const std::string& snippet, const char* open, const char* close) {
  std::string out;
  for (char c : snippet) {
    if (c == kHighlightStart) {
      out += open;
    } else if (c == kHighlightEnd) {
      out += close;
    } else if (c == '\n' || c == '\r' || c == '\t') {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(c);
    }
  }
  return out;
}

}  // namespace

void AddSearchCommand(CLI::App* app, int* exit_code) {
  auto* cmd = app->add_subcommand(
      "search",
      "Full-text search. Syntax as EDGAR full-text search: words are ANDed, \"exact phrase\", "
      "OR, NOT or -word, trailing * for a prefix, (grouping). A query starting with '-' goes "
      "after --: edgard search -- '-word other'.");
  struct Args {
    std::string query;
    std::vector<std::string> forms, ciks, doc_types, items, kinds;
    std::string company, from, to;
    std::string db = "edgard.db";
    int limit = 10;
    int offset = 0;
    bool json = false;
  };
  auto args = std::make_shared<Args>();
  cmd->add_option("QUERY", args->query, "e.g. 'heaton \"board of directors\"'")->required();
  cmd->add_option("--form", args->forms, "Filing form types, comma-separated (8-K,10-K)");
  cmd->add_option("--cik", args->ciks, "CIKs of any party, comma-separated");
  cmd->add_option("--company", args->company, "Part of a party's name");
  cmd->add_option("--document-type", args->doc_types, "Document types (EX-24,EX-99.1)");
  cmd->add_option("--item", args->items,
                  "Items the filing reports, comma-separated (5.02; 5 = legacy 5 and 5.xx)");
  cmd->add_option("--kind", args->kinds,
                  "Document kinds (current_report, annual_report, quarterly_report, "
                  "press_release, power_of_attorney, ownership_report, exhibit, ...)");
  cmd->add_option("--from", args->from, "Filed on or after YYYY-MM-DD (or YYYY, YYYY-MM)");
  cmd->add_option("--to", args->to, "Filed on or before YYYY-MM-DD (or YYYY, YYYY-MM)");
  cmd->add_option("--limit", args->limit, "Hits per page")->check(CLI::Range(1, 1000));
  cmd->add_option("--offset", args->offset, "Skip this many hits")->check(CLI::NonNegativeNumber);
  cmd->add_flag("--json", args->json, "JSON output");
  AddDbOption(cmd, &args->db);
  cmd->callback([args, exit_code] {
    auto store = OpenStoreOrReport(args->db, "search", StoreOptions::Mode::kReadOnly);
    if (!store) {
      *exit_code = 1;
      return;
    }
    search::SearchParams params;
    params.query = args->query;
    params.forms = args->forms;
    params.ciks = args->ciks;
    params.document_types = args->doc_types;
    params.items = args->items;
    params.kinds = args->kinds;
    params.company = args->company;
    params.from = args->from;
    params.to = args->to;
    params.limit = args->limit;
    params.offset = args->offset;
    auto made = search::MakeSearchRequest(params);
    if (!made) {
      std::fprintf(stderr, "edgard search: %s\n", made.error().message().c_str());
      *exit_code = 2;
      return;
    }
    const SearchRequest& request = *made;
    auto results = store->Search(request);
    if (!results) {
      std::fprintf(stderr, "edgard search: %s\n", results.error().message().c_str());
      *exit_code = results.error().code() == ErrorCode::kInvalidInput ? 2 : 1;
      return;
    }
    if (args->json) {
      std::puts(search::SearchResultsToJson(request, *results, 1).c_str());
      return;
    }
    const bool tty = ::isatty(STDOUT_FILENO) != 0;
    std::printf("%lld %s %s %s", static_cast<long long>(results->total),
                results->total == 1 ? "document" : "documents",
                results->total == 1 ? "matches" : "match", request.query.c_str());
    auto label = [](const std::string& value) {
      return value == "(none)" ? std::string("no header") : value;
    };
    if (!results->forms.empty()) {
      std::printf("   forms:");
      for (const FacetCount& c : results->forms) {
        std::printf(" %s %lld", label(c.value).c_str(), static_cast<long long>(c.count));
      }
      std::printf("   years:");
      for (const FacetCount& c : results->years) {
        std::printf(" %s %lld", label(c.value).c_str(), static_cast<long long>(c.count));
      }
    }
    std::printf("\n");
    int rank = request.offset;
    for (const SearchHit& h : results->hits) {
      // A document without a header is known by its file.
      const std::string who =
          !h.company.empty() ? h.company : std::filesystem::path(h.source_path).filename().string();
      std::printf(
          "\n%3d. %-10s %-8s %s  %s\n", ++rank, h.filed_at.empty() ? "-" : h.filed_at.c_str(),
          h.form_type.empty() ? "-" : h.form_type.c_str(), who.c_str(), h.filing_id.c_str());
      std::printf("     document %d", h.sequence);
      for (const std::string* part : {&h.document_type, &h.filename, &h.description}) {
        if (!part->empty()) std::printf(" %s", part->c_str());
      }
      std::printf("\n     %s\n",
                  RenderSnippet(h.snippet, tty ? "\033[1m" : "[", tty ? "\033[0m" : "]").c_str());
    }
  });
}

}  // namespace edgard::cli

// edgard company NAME|CIK: a company's timeline across the filings the
// store holds: officers and directors over time, events, board size,
// powers of attorney and financial facts, each with its source.

#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>

#include "cli/commands.h"
#include "store/timeline.h"

namespace edgard::cli {
namespace {

using nlohmann::json;

// "press_release 2003-07-24, sha256:0b9a34b8c87d… document 1".
std::string SourceLine(const json& source) {
  std::string id = JsonField(source, "filing");
  if (id.starts_with("sha256:") && id.size() > 19) id = id.substr(0, 19) + "...";
  std::string kind = JsonField(source, "kind");
  if (kind.empty()) kind = JsonField(source, "form_type");
  return kind + " " + JsonField(source, "date") + ", " + id + " document " +
         JsonField(source, "document");
}

// "13,455,000" for money and share counts, "-0.08" for per-share values.
std::string Amount(const json& value) {
  if (!value.is_number()) return "-";
  const double v = value.get<double>();
  if (v != static_cast<double>(static_cast<long long>(v)) || std::fabs(v) < 1000) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.2f", v);
    return buffer;
  }
  std::string digits = std::to_string(static_cast<long long>(std::fabs(v)));
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  return v < 0 ? "-" + out : out;
}

void PrintTimeline(const json& t) {
  const json& c = t["company"];
  std::printf("%s  (CIK %s; %s filings)\n", JsonField(c, "name").c_str(),
              JsonField(c, "cik").empty() ? "none" : JsonField(c, "cik").c_str(),
              JsonField(c, "filings").c_str());
  std::printf("\nOfficers and directors\n");
  for (const json& p : t["people"]) {
    std::printf("  %s", JsonField(p, "name").c_str());
    if (!p["other_spellings"].empty()) {
      std::printf("  (also");
      for (const json& s : p["other_spellings"])
        std::printf(" \"%s\"", s.get<std::string>().c_str());
      std::printf(")");
    }
    if (p.value("director", false)) std::printf("  director");
    if (!JsonField(p, "from").empty()) std::printf("  from %s", JsonField(p, "from").c_str());
    if (!JsonField(p, "until").empty()) {
      std::printf("  until %s (%s", JsonField(p, "until").c_str(),
                  JsonField(p, "until_reason").c_str());
      if (!JsonField(p, "succeeded_by").empty())
        std::printf(" by %s", JsonField(p, "succeeded_by").c_str());
      std::printf(")");
    }
    std::printf("\n");
    for (const json& title : p["titles"]) {
      std::printf("      %-44s %s..%s  [%s]\n", JsonField(title, "title").c_str(),
                  JsonField(title, "first_seen").c_str(), JsonField(title, "last_seen").c_str(),
                  SourceLine(title["sources"][0]).c_str());
    }
    for (const json& g : p["powers_of_attorney_granted"]) {
      std::printf("      grantor of the power of attorney executed %s\n",
                  JsonField(g, "executed_on").c_str());
    }
  }
  if (!t["events"].empty()) std::printf("\nEvents\n");
  for (const json& e : t["events"]) {
    std::string what = JsonField(e, "type");
    if (!JsonField(e, "person").empty()) what += ": " + JsonField(e, "person");
    if (!JsonField(e, "role").empty()) what += ", " + JsonField(e, "role");
    if (what.starts_with("board_size_change")) {
      what += ": from " + JsonField(e, "from") + " to " + JsonField(e, "to") + " seats";
    }
    std::printf("  %s  %s", JsonField(e, "date").c_str(), what.c_str());
    if (!JsonField(e, "effective_date").empty())
      std::printf(" (effective %s)", JsonField(e, "effective_date").c_str());
    std::printf("  [%s]\n", SourceLine(e["source"]).c_str());
  }
  if (!t["board"].empty()) std::printf("\nBoard\n");
  for (const json& b : t["board"]) {
    std::printf("  %s  seats from %s to %s  [%s]\n", JsonField(b, "date").c_str(),
                JsonField(b, "from").c_str(), JsonField(b, "to").c_str(),
                SourceLine(b["source"]).c_str());
  }
  if (!t["powers_of_attorney"].empty()) std::printf("\nPowers of attorney\n");
  for (const json& poa : t["powers_of_attorney"]) {
    std::printf("  %s  %s", JsonField(poa, "executed_on").c_str(),
                JsonField(poa, "grantor").c_str());
    if (!JsonField(poa, "grantor_person").empty() &&
        JsonField(poa, "grantor_person") != JsonField(poa, "grantor")) {
      std::printf(" (%s)", JsonField(poa, "grantor_person").c_str());
    }
    std::printf(" appoints");
    const json& attorneys = poa["attorneys_in_fact"];
    for (size_t i = 0; i < attorneys.size(); ++i) {
      std::printf("%s %s", i == 0 ? "" : ",", JsonField(attorneys[i], "name").c_str());
      if (!JsonField(attorneys[i], "title").empty())
        std::printf(" (%s)", JsonField(attorneys[i], "title").c_str());
    }
    std::printf(", signing %s; for", JsonField(poa, "signing").c_str());
    for (const json& form : poa["scope"]) std::printf(" %s", form.get<std::string>().c_str());
    std::printf("  [%s]\n", SourceLine(poa["source"]).c_str());
  }
  if (!t["financial_facts"].empty()) std::printf("\nFinancial facts\n");
  for (const json& f : t["financial_facts"]) {
    const std::string period =
        JsonField(f, "period_start").empty()
            ? "at " + JsonField(f, "period_end")
            : JsonField(f, "period_start") + ".." + JsonField(f, "period_end");
    std::printf("  %-46s %-24s %16s %-10s [%s]\n", JsonField(f, "concept").c_str(), period.c_str(),
                Amount(f["value"]).c_str(), JsonField(f, "unit").c_str(),
                SourceLine(f["source"]).c_str());
  }
}

}  // namespace

void AddCompanyCommand(CLI::App* app, int* exit_code) {
  auto* cmd = app->add_subcommand(
      "company",
      "A company across its filings: officers and directors over time, events, board size, "
      "powers of attorney, financial facts");
  auto who = std::make_shared<std::string>();
  auto db = std::make_shared<std::string>("edgard.db");
  auto json_output = std::make_shared<bool>(false);
  cmd->add_option("COMPANY", *who, "CIK, or a company name or part of one (\"HemaCare\")")
      ->required();
  AddDbOption(cmd, db.get());
  cmd->add_flag("--json", *json_output, "JSON output (the shape of GET /v1/companies/{cik})");
  cmd->callback([who, db, json_output, exit_code] {
    auto store = OpenStoreOrReport(*db, "company", StoreOptions::Mode::kReadOnly);
    if (!store) {
      *exit_code = 1;
      return;
    }
    auto timeline = store::CompanyTimeline(*store, *who);
    if (!timeline) {
      std::fprintf(stderr, "edgard company: %s\n", timeline.error().message().c_str());
      *exit_code = 1;
      return;
    }
    if (*json_output) {
      std::puts(timeline->dump(1, ' ', false, json::error_handler_t::replace).c_str());
    } else {
      PrintTimeline(*timeline);
    }
  });
}

}  // namespace edgard::cli

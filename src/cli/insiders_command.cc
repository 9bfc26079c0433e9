// edgard insiders COMPANY and edgard owner PERSON: the Forms 3, 4 and 5
// transactions the store holds, by issuer or by reporting owner.

#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>

#include "cli/commands.h"
#include "search/request.h"
#include "store/insiders.h"

namespace edgard::cli {
namespace {

using nlohmann::json;

void PrintRows(const json& result, bool by_issuer) {
  const json& rows = result["transactions"];
  const json& subject = result[by_issuer ? "issuer" : "owner"];
  std::printf("%s: %zu %s\n",
              JsonField(subject, "name").empty() ? JsonField(subject, "query").c_str()
                                                 : JsonField(subject, "name").c_str(),
              rows.size(), by_issuer ? "transactions" : "transactions and holdings");
  std::printf("%-10s %-4s %-3s %14s %10s %16s  %-2s %-26s %s\n", "date", "code", "A/D", "shares",
              "price", "owned after", "DI", by_issuer ? "owner" : "issuer", "security");
  for (const json& r : rows) {
    std::string who;
    if (by_issuer) {
      const json& owner = r["owners"][0];
      who = JsonField(owner, "name");
      if (!JsonField(owner, "relationship").empty())
        who += " (" + JsonField(owner, "relationship") + ")";
    } else {
      who = JsonField(r["issuer"], "name");
      if (!JsonField(r["issuer"], "trading_symbol").empty()) {
        who += " (" + JsonField(r["issuer"], "trading_symbol") + ")";
      }
    }
    std::string code = r.value("holding", false) ? "hold" : JsonField(r, "code");
    if (r.value("derivative", false)) code += "*";
    std::printf("%-10s %-4s %-3s %14s %10s %16s  %-2s %-26s %s\n", JsonField(r, "date").c_str(),
                code.c_str(), JsonField(r, "acquired_disposed").c_str(),
                JsonField(r, "shares").c_str(), JsonField(r, "price").c_str(),
                JsonField(r, "shares_owned_following").c_str(),
                JsonField(r, "direct_indirect").c_str(), who.c_str(),
                JsonField(r, "security_title").c_str());
    const json& sig = r["signature"];
    if (!JsonField(sig, "attorney_in_fact").empty()) {
      std::string poa = " (no power of attorney on file)";
      if (sig["power_of_attorney"].is_number()) {
        poa = ", power of attorney in document " + JsonField(sig, "power_of_attorney");
      } else if (sig.contains("power_of_attorney_on_file") &&
                 sig["power_of_attorney_on_file"].is_object()) {
        const json& on_file = sig["power_of_attorney_on_file"];
        poa = ", power of attorney";
        if (!JsonField(on_file, "executed_on").empty()) {
          poa += " of " + JsonField(on_file, "executed_on");
        }
        if (!JsonField(on_file, "filed_at").empty()) {
          poa += " filed " + JsonField(on_file, "filed_at");
        }
        poa += " in " + JsonField(on_file, "filing");
      } else if (!JsonField(sig, "power_of_attorney_missing").empty()) {
        poa = " (" + JsonField(sig, "power_of_attorney_missing") + ")";
      }
      std::printf("%12s signed by %s, attorney-in-fact%s\n", "",
                  JsonField(sig, "attorney_in_fact").c_str(), poa.c_str());
    }
  }
  std::printf(
      "(* derivative security; codes: P purchase, S sale, A grant, M exercise, F tax "
      "withholding, G gift)\n");
}

void AddQueryCommand(CLI::App* app, int* exit_code, bool by_issuer) {
  auto* cmd = by_issuer
                  ? app->add_subcommand("insiders",
                                        "Insider transactions in a company (Forms 3, 4, 5): who "
                                        "traded what, when, and who signed for them")
                  : app->add_subcommand("owner",
                                        "A reporting owner's transactions and holdings across "
                                        "issuers (Forms 3, 4, 5)");
  auto who = std::make_shared<std::string>();
  auto db = std::make_shared<std::string>("edgard.db");
  auto from = std::make_shared<std::string>();
  auto to = std::make_shared<std::string>();
  auto codes = std::make_shared<std::string>();
  auto json_output = std::make_shared<bool>(false);
  cmd->add_option(by_issuer ? "COMPANY" : "OWNER", *who,
                  by_issuer ? "Issuer CIK, or its name or part of one"
                            : "Reporting owner CIK, or a name in any order (\"Elon Musk\")")
      ->required();
  AddDbOption(cmd, db.get());
  cmd->add_option("--from", *from, "Transactions on or after YYYY-MM-DD");
  cmd->add_option("--to", *to, "Transactions on or before YYYY-MM-DD");
  cmd->add_option("--code", *codes, "Transaction codes, comma-separated (P,S,M,A,F,G,...)");
  cmd->add_flag("--json", *json_output, "JSON output");
  cmd->callback([=] {
    auto store =
        OpenStoreOrReport(*db, by_issuer ? "insiders" : "owner", StoreOptions::Mode::kReadOnly);
    if (!store) {
      *exit_code = 1;
      return;
    }
    store::InsiderQuery query;
    (by_issuer ? query.issuer : query.owner) = *who;
    query.from = *from;
    query.to = *to;
    query.codes = search::SplitCommas({*codes});
    auto result = store::InsiderTransactions(*store, query);
    if (!result) {
      std::fprintf(stderr, "edgard %s: %s\n", by_issuer ? "insiders" : "owner",
                   result.error().message().c_str());
      *exit_code = 1;
      return;
    }
    if (*json_output) {
      std::puts(result->dump(1, ' ', false, json::error_handler_t::replace).c_str());
    } else {
      PrintRows(*result, by_issuer);
    }
  });
}

}  // namespace

void AddInsidersCommand(CLI::App* app, int* exit_code) { AddQueryCommand(app, exit_code, true); }
void AddOwnerCommand(CLI::App* app, int* exit_code) { AddQueryCommand(app, exit_code, false); }

}  // namespace edgard::cli

// edgard show ID: a stored filing (header, parties, documents), one
// document's text, or the original bytes.

#include <cstdio>
#include <nlohmann/json.hpp>
#include <string>

#include "cli/commands.h"
#include "serve/documents.h"

namespace edgard::cli {
namespace {

std::string Field(const nlohmann::json& object, const char* key) {
  auto it = object.find(key);
  return it != object.end() && it->is_string() ? it->get<std::string>() : std::string("-");
}

void PrintFiling(const StoredFiling& filing) {
  const nlohmann::json e = nlohmann::json::parse(filing.extraction_json, nullptr, false);
  const nlohmann::json& s = e.is_object() ? e["submission"] : nlohmann::json::object();
  std::printf("%s\n", filing.id.c_str());
  std::printf("  form type           %s\n", Field(s, "form_type").c_str());
  std::printf("  filed               %s\n", Field(s, "filed_at").c_str());
  std::printf("  accepted            %s\n", Field(s, "acceptance_datetime").c_str());
  std::printf("  period of report    %s\n", Field(s, "period_of_report").c_str());
  if (s.contains("items") && !s["items"].empty()) {
    std::printf("  items              ");
    for (const auto& item : s["items"]) std::printf(" %s", item.get<std::string>().c_str());
    std::printf("\n");
  }
  std::printf("  source              %s (%s, %s)\n", Field(e["source"], "path").c_str(),
              Field(e, "envelope").c_str(),
              HumanBytes(static_cast<double>(filing.raw_bytes)).c_str());
  if (s.contains("parties")) {
    for (const auto& p : s["parties"]) {
      std::printf("  %-19s %s  CIK %s", Field(p, "role").c_str(), Field(p, "name").c_str(),
                  Field(p, "cik").c_str());
      if (p.contains("sic") && p["sic"].is_string()) {
        std::printf("  SIC %s", p["sic"].get<std::string>().c_str());
      }
      if (p.contains("state_of_incorporation") && p["state_of_incorporation"].is_string()) {
        std::printf("  %s", p["state_of_incorporation"].get<std::string>().c_str());
      }
      std::printf("\n");
    }
  }
  std::printf("  documents:\n");
  const nlohmann::json& docs = e.is_object() ? e["documents"] : nlohmann::json::array();
  for (const StoredDocument& d : filing.documents) {
    std::string kind = d.kind.empty() ? "-" : d.kind;
    for (const auto& doc : docs) {
      if (doc.value("sequence", 0) == d.sequence && doc.contains("date") &&
          doc["date"].is_string()) {
        kind += " " + doc["date"].get<std::string>();
      }
    }
    std::printf("  %4d  %-12s %-6s %-24s %9s  %-28s %s\n", d.sequence,
                d.type.empty() ? "-" : d.type.c_str(), d.format.c_str(),
                d.filename.empty() ? "-" : d.filename.c_str(),
                HumanBytes(static_cast<double>(d.bytes)).c_str(), kind.c_str(),
                d.description.c_str());
  }
  if (e.contains("items") && !e["items"].empty()) {
    std::printf("  items (show ID --item N prints one):\n");
    for (const auto& item : e["items"]) {
      const auto range = item.value("text_range", std::vector<size_t>{0, 0});
      const std::string part =
          item["part"].is_string() ? item["part"].get<std::string>() + " " : "";
      std::printf("  %4d  %-3s%-6s %-24s %9s  %s\n", item.value("document", 0), part.c_str(),
                  Field(item, "number").c_str(), Field(item, "status").c_str(),
                  range.size() == 2 && range[1] >= range[0]
                      ? HumanBytes(static_cast<double>(range[1] - range[0])).c_str()
                      : "-",
                  Field(item, "title").c_str());
    }
  }
  if (e.contains("exhibits") && !e["exhibits"].empty()) {
    std::printf("  exhibits:\n");
    for (const auto& x : e["exhibits"]) {
      const std::string document = x["document"].is_number()
                                       ? "document " + std::to_string(x["document"].get<int>())
                                       : "not attached";
      std::printf("  %-10s %-14s %s\n", Field(x, "number").c_str(), document.c_str(),
                  Field(x, "description").c_str());
    }
  }
  if (e.contains("signatures") && !e["signatures"].empty()) {
    std::printf("  signatures:\n");
    for (const auto& sig : e["signatures"]) {
      std::printf("  %4d  %s, %s  %s", sig.value("document", 0), Field(sig, "name").c_str(),
                  Field(sig, "title").c_str(), Field(sig, "date").c_str());
      if (sig["company"].is_string()) std::printf("  (%s)", Field(sig, "company").c_str());
      if (sig["by"].is_string()) std::printf("  by %s", Field(sig, "by").c_str());
      std::printf("\n");
    }
  }
  if (e.contains("warnings") && !e["warnings"].empty()) {
    std::printf("  warnings:\n");
    for (const auto& w : e["warnings"]) {
      std::printf("    byte %lld: %s\n", w["offset"].get<long long>(),
                  w["message"].get<std::string>().c_str());
    }
  }
}

}  // namespace

void AddShowCommand(CLI::App* app, int* exit_code) {
  auto* cmd = app->add_subcommand("show", "Show a stored filing, a document's text, or raw bytes");
  struct Args {
    std::string id;
    std::string db = "edgard.db";
    int document = 0;
    bool raw = false;
    bool json = false;
    std::string item;
    std::string part;
  };
  auto args = std::make_shared<Args>();
  cmd->add_option("ID", args->id, "Accession number, or sha256:HEX of a bare document")->required();
  cmd->add_option("--document", args->document, "Print this document's text (its sequence)")
      ->check(CLI::PositiveNumber);
  cmd->add_flag("--raw", args->raw,
                "Print the original bytes (of the whole filing, or with --document of that "
                "document, uudecoded)");
  cmd->add_flag("--json", args->json, "Print the stored extraction JSON");
  cmd->add_option("--item", args->item, "Print this item's text (5, 2.02, 7A)");
  cmd->add_option("--part", args->part, "With --item in a 10-Q: the part (I or II)");
  AddDbOption(cmd, &args->db);
  cmd->callback([args, exit_code] {
    auto store = OpenStoreOrReport(args->db, "show", StoreOptions::Mode::kReadOnly);
    if (!store) {
      *exit_code = 1;
      return;
    }
    auto fail = [exit_code](const Status& status) {
      std::fprintf(stderr, "edgard show: %s\n", status.message().c_str());
      *exit_code = 1;
    };
    if (args->raw) {
      if (args->document > 0) {
        auto filing = store->GetFiling(args->id);
        if (!filing) return fail(filing.error());
        auto document = serve::ReadDocumentBytes(*store, *filing, args->document);
        if (!document) return fail(document.error());
        std::fwrite(document->bytes.data(), 1, document->bytes.size(), stdout);
        return;
      }
      auto raw = store->GetRaw(args->id);
      if (!raw) return fail(raw.error());
      std::fwrite(raw->data(), 1, raw->size(), stdout);
      return;
    }
    if (!args->item.empty()) {
      auto filing = store->GetFiling(args->id);
      if (!filing) return fail(filing.error());
      const auto e = nlohmann::json::parse(filing->extraction_json, nullptr, false);
      if (e.is_object()) {
        for (const auto& item : e["items"]) {
          if (Field(item, "number") != args->item) continue;
          if (!args->part.empty() && Field(item, "part") != args->part) continue;
          auto text = store->GetDocumentText(args->id, item.value("document", 0));
          if (!text) return fail(text.error());
          const auto range = item.value("text_range", std::vector<size_t>{0, 0});
          if (range.size() != 2 || range[0] > range[1] || range[1] > text->size()) {
            return fail(Status(ErrorCode::kStorage, "item " + args->item + " of " + args->id +
                                                        " points outside its document"));
          }
          std::printf("Item %s. %s\n\n", args->item.c_str(), Field(item, "title").c_str());
          std::fwrite(text->data() + range[0], 1, range[1] - range[0], stdout);
          std::fputc('\n', stdout);
          return;
        }
      }
      return fail(NotFound("no item " + args->item +
                           (args->part.empty() ? "" : " in part " + args->part) + " in " +
                           args->id + " (edgard show " + args->id + " lists its items)"));
    }
    if (args->document > 0) {
      auto text = store->GetDocumentText(args->id, args->document);
      if (!text) return fail(text.error());
      std::fwrite(text->data(), 1, text->size(), stdout);
      if (!text->empty() && text->back() != '\n') std::fputc('\n', stdout);
      return;
    }
    auto filing = store->GetFiling(args->id);
    if (!filing) return fail(filing.error());
    if (args->json) {
      std::puts(filing->extraction_json.c_str());
      return;
    }
    PrintFiling(*filing);
  });
}

}  // namespace edgard::cli

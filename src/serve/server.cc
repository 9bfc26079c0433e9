#include "serve/server.h"

#include <httplib.h>
#include <pthread.h>
#include <signal.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <map>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <thread>

#include "edgard/store.h"
#include "search/request.h"
#include "serve/documents.h"
#include "serve/http.h"
#include "serve/response_cache.h"
#include "serve/routes.h"
#include "serve/store_pool.h"
#include "store/insiders.h"
#include "store/record_json.h"
#include "store/timeline.h"

namespace edgard::serve {
namespace {

using Clock = std::chrono::steady_clock;
using nlohmann::json;

// Filings a company timeline reads, newest first, and the insider
// transactions a company page lists.
constexpr int kTimelineFilings = 500;
constexpr size_t kInsiderRows = 200;

class Api {
 public:
  Api(StorePool* stores, const std::string& db)
      : stores_(*stores), searches_(db, kCachedSearches, kCachedSearchBytes) {}

  void Search(const httplib::Request& req, httplib::Response& res) {
    search::SearchParams params;
    params.query = Param(req, "q");
    params.forms = {Param(req, "forms")};
    params.ciks = {Param(req, "ciks")};
    params.document_types = {Param(req, "document_types")};
    params.items = {Param(req, "items")};
    params.kinds = {Param(req, "kinds")};
    params.company = Param(req, "company");
    params.from = Param(req, "from");
    params.to = Param(req, "to");
    auto limit = IntParam(req, "limit", 20);
    if (!limit) return SendError(res, limit.error());
    auto offset = IntParam(req, "offset", 0);
    if (!offset) return SendError(res, offset.error());
    params.limit = *limit;
    params.offset = *offset;
    auto request = search::MakeSearchRequest(params);
    if (!request) return SendError(res, request.error());
    // The same search again (paging back, a shared link) is answered from
    // the cache until the store changes.
    const std::string key = CacheKey(*request);
    if (auto cached = searches_.Get(key)) return SendJson(res, std::move(*cached));
    auto store = stores_.Get();
    if (!store) return SendError(res, store.error());
    auto results = (*store)->Search(*request);
    if (!results) return SendError(res, results.error());
    std::string body = search::SearchResultsToJson(*request, *results, -1);
    searches_.Put(key, body);
    SendJson(res, std::move(body));
  }

  void Filing(const httplib::Request& req, httplib::Response& res) const {
    auto store = stores_.Get();
    if (!store) return SendError(res, store.error());
    auto filing = (*store)->GetFiling(req.matches[1].str());
    if (!filing) return SendError(res, filing.error());
    if (NotModified(req, res, FilingEtag(*filing))) return;
    SendJson(res, std::move(filing->extraction_json));
  }

  void Document(const httplib::Request& req, httplib::Response& res) const {
    const std::string id = req.matches[1].str();
    int sequence = 0;
    const std::string seq = req.matches[2].str();
    std::from_chars(seq.data(), seq.data() + seq.size(), sequence);
    auto store = stores_.Get();
    if (!store) return SendError(res, store.error());
    auto filing = (*store)->GetFiling(id);
    if (!filing) return SendError(res, filing.error());
    const bool raw = Param(req, "raw") == "1";
    if (NotModified(req, res, FilingEtag(*filing) + (raw ? "-raw-" : "-text-") + seq)) return;
    if (raw) {
      auto bytes = ReadDocumentBytes(**store, *filing, sequence);
      if (!bytes) return SendError(res, bytes.error());
      // Filed HTML is somebody else's markup: shown, never run in this origin.
      res.set_header("Content-Security-Policy", "sandbox");
      res.set_header("X-Content-Type-Options", "nosniff");
      res.set_content(std::move(bytes->bytes), bytes->content_type);
      return;
    }
    auto text = (*store)->GetDocumentText(id, sequence);
    if (!text) return SendError(res, text.error());
    res.set_content(std::move(*text), "text/plain; charset=utf-8");
  }

  void Companies(const httplib::Request& req, httplib::Response& res) const {
    auto limit = IntParam(req, "limit", 20);
    if (!limit) return SendError(res, limit.error());
    auto store = stores_.Get();
    if (!store) return SendError(res, store.error());
    auto companies = (*store)->FindCompanies(Param(req, "q"), *limit);
    if (!companies) return SendError(res, companies.error());
    json out = json::array();
    for (const CompanySummary& c : *companies) out.push_back(CompanyJson(c));
    SendJson(res, json{{"companies", out}}.dump(-1, ' ', false, json::error_handler_t::replace));
  }

  void Company(const httplib::Request& req, httplib::Response& res) const {
    auto limit = IntParam(req, "limit", 100);
    if (!limit) return SendError(res, limit.error());
    auto offset = IntParam(req, "offset", 0);
    if (!offset) return SendError(res, offset.error());
    if (*limit < 1 || *limit > 1000 || *offset < 0) {
      return SendError(res, InvalidInput("limit must be 1..1000 and offset 0 or more"));
    }
    auto store = stores_.Get();
    if (!store) return SendError(res, store.error());
    auto company = (*store)->GetCompany(req.matches[1].str());
    if (!company) return SendError(res, company.error());
    FilingQuery query;
    query.cik = company->cik;
    query.forms = search::SplitCommas({Param(req, "forms")});
    query.limit = *limit;
    query.offset = *offset;
    auto filings = (*store)->ListFilings(query);
    if (!filings) return SendError(res, filings.error());
    json out = CompanyJson(*company);
    json list = json::array();
    for (const FilingSummary& f : *filings) {
      list.push_back({{"id", f.id},
                      {"accession_number", f.accession_number},
                      {"form_type", f.form_type},
                      {"filed_at", f.filed_at},
                      {"period_of_report", f.period_of_report},
                      {"role", f.role},
                      {"bytes", f.raw_bytes}});
    }
    out["filings"] = list;
    out["offset"] = *offset;
    // What its filings say, linked over time (?timeline=0 leaves it out).
    if (Param(req, "timeline") != "0") {
      auto timeline = store::CompanyTimeline(**store, company->cik, kTimelineFilings);
      if (!timeline) return SendError(res, timeline.error());
      for (const char* key :
           {"people", "events", "board", "powers_of_attorney", "financial_facts", "holders"}) {
        out[key] = std::move((*timeline)[key]);
      }
      // Its insiders' latest transactions (Forms 3, 4, 5 it is the issuer of).
      store::InsiderQuery insiders;
      insiders.issuer = company->cik;
      insiders.max_filings = kTimelineFilings;
      auto trades = store::InsiderTransactions(**store, insiders);
      json rows = json::array();
      if (trades) {
        for (json& row : (*trades)["transactions"]) {
          if (rows.size() >= kInsiderRows) break;
          rows.push_back(std::move(row));
        }
      } else if (trades.error().code() != ErrorCode::kNotFound) {
        return SendError(res, trades.error());
      }
      out["insiders"] = std::move(rows);
    }
    SendJson(res, out.dump(-1, ' ', false, json::error_handler_t::replace));
  }

  // /v1/timeline?company=NAME: the same for a company known by name only
  // (bare documents carry no CIK).
  void Timeline(const httplib::Request& req, httplib::Response& res) const {
    const std::string who = Param(req, "company");
    if (who.empty())
      return SendError(res, InvalidInput("give company=NAME (or part of one) or a CIK"));
    auto store = stores_.Get();
    if (!store) return SendError(res, store.error());
    auto timeline = store::CompanyTimeline(**store, who, kTimelineFilings);
    if (!timeline) return SendError(res, timeline.error());
    SendJson(res, timeline->dump(-1, ' ', false, json::error_handler_t::replace));
  }

  // /LATEST/search-index: EDGAR full-text search's request and response
  // shape (q, forms, dateRange=custom&startdt&enddt, ciks, entityName, from;
  // 100 hits a page).
  void Efts(const httplib::Request& req, httplib::Response& res) {
    const auto started = Clock::now();
    search::SearchParams params;
    params.query = Param(req, "q");
    params.forms = {Param(req, "forms")};
    params.ciks = {Param(req, "ciks")};
    params.company = Param(req, "entityName");
    if (Param(req, "dateRange") == "custom") {
      params.from = Param(req, "startdt");
      params.to = Param(req, "enddt");
    }
    auto offset = IntParam(req, "from", 0);
    if (!offset) return SendError(res, offset.error());
    params.limit = kEftsPage;
    params.offset = *offset;
    auto request = search::MakeSearchRequest(params);
    if (!request) return SendError(res, request.error());
    auto store = stores_.Get();
    if (!store) return SendError(res, store.error());
    auto results = (*store)->Search(*request);
    if (!results) return SendError(res, results.error());
    json hits = json::array();
    double max_score = 0;
    std::map<std::string, int64_t> entities, sics, states;
    for (const SearchHit& h : results->hits) {
      json source = {{"adsh", h.accession_number},
                     {"ciks", json::array()},
                     {"display_names", json::array()},
                     {"form", h.form_type},
                     {"root_forms", json::array({h.form_type})},
                     {"file_date", h.filed_at},
                     {"period_ending", nullptr},
                     {"file_type", h.document_type},
                     {"file_description", h.description},
                     {"sequence", h.sequence},
                     {"items", json::array()},
                     {"sics", json::array()},
                     {"biz_locations", json::array()},
                     {"biz_states", json::array()},
                     {"inc_states", json::array()},
                     {"file_num", json::array()},
                     {"film_num", json::array()}};
      if (auto filing = (*store)->GetFiling(h.filing_id)) {
        const json e = store::ParseExtractionParts(filing->extraction_json, {"submission"});
        if (e.is_object() && e.contains("submission")) {
          const json& sub = e["submission"];
          if (sub["period_of_report"].is_string())
            source["period_ending"] = sub["period_of_report"];
          source["items"] = sub.value("items", json::array());
          for (const json& p : sub.value("parties", json::array())) {
            auto text = [&p](const char* key) {
              return p.contains(key) && p[key].is_string() ? p[key].get<std::string>()
                                                           : std::string();
            };
            if (text("cik").empty()) continue;
            const std::string display = text("name") + "  (CIK " + text("cik") + ")";
            source["ciks"].push_back(text("cik"));
            source["display_names"].push_back(display);
            ++entities[display];
            if (!text("sic").empty()) {
              source["sics"].push_back(text("sic"));
              ++sics[text("sic")];
            }
            if (!text("state_of_incorporation").empty()) {
              source["inc_states"].push_back(text("state_of_incorporation"));
            }
            if (!text("file_number").empty()) source["file_num"].push_back(text("file_number"));
            if (!text("film_number").empty()) source["film_num"].push_back(text("film_number"));
            if (p["business_address"].is_object()) {
              const json& a = p["business_address"];
              const std::string city =
                  a.value("city", json()).is_string() ? a["city"].get<std::string>() : "";
              const std::string state =
                  a.value("state", json()).is_string() ? a["state"].get<std::string>() : "";
              if (!state.empty()) {
                source["biz_states"].push_back(state);
                source["biz_locations"].push_back(city + ", " + state);
                ++states[state];
              }
            }
          }
        }
      }
      max_score = std::max(max_score, h.score);
      hits.push_back({{"_index", "edgar_file"},
                      {"_id", h.accession_number + ":" + h.filename},
                      {"_score", h.score},
                      {"_source", source}});
    }
    auto buckets = [](const auto& counts) {
      json out = json::array();
      for (const auto& [key, count] : counts) out.push_back({{"key", key}, {"doc_count", count}});
      return json{{"doc_count_error_upper_bound", 0}, {"sum_other_doc_count", 0}, {"buckets", out}};
    };
    std::map<std::string, int64_t> forms;
    for (const FacetCount& f : results->forms) forms[f.value] = f.count;
    const json out = {
        {"took", static_cast<int64_t>(
                     std::chrono::duration<double, std::milli>(Clock::now() - started).count())},
        {"timed_out", false},
        {"hits",
         {{"total", {{"value", results->total}, {"relation", "eq"}}},
          {"max_score", max_score},
          {"hits", hits}}},
        // form_filter counts every match; the others count the hits of this page.
        {"aggregations",
         {{"form_filter", buckets(forms)},
          {"entity_filter", buckets(entities)},
          {"sic_filter", buckets(sics)},
          {"biz_states_filter", buckets(states)}}},
        {"query", {{"q", request->query}, {"from", request->offset}, {"size", kEftsPage}}}};
    SendJson(res, out.dump(-1, ' ', false, json::error_handler_t::replace));
  }

  // /Archives/edgar/data/{cik}/{accession without dashes}/{accession}.txt
  void ArchiveSubmission(const httplib::Request& req, httplib::Response& res) const {
    const std::string accession = req.matches[3].str();
    std::string digits = accession;
    std::erase(digits, '-');
    if (digits != req.matches[2].str()) {
      return SendError(res, NotFound("no such path: the folder is the accession number " +
                                     accession + " without dashes"));
    }
    auto store = stores_.Get();
    if (!store) return SendError(res, store.error());
    auto raw = (*store)->GetRaw(accession);
    if (!raw) return SendError(res, raw.error());
    if (NotModified(req, res, "\"" + accession + "-" + std::to_string(raw->size()) + "\"")) {
      return;
    }
    res.set_content(std::move(*raw), "text/plain");
  }

 private:
  static std::string FilingEtag(const StoredFiling& filing) {
    return "\"" + filing.id + "-" + std::to_string(filing.raw_bytes) + "-" +
           std::to_string(filing.documents.size()) + "\"";
  }

  static json CompanyJson(const CompanySummary& c) {
    json former = json::array();
    for (const FormerName& f : c.former_names) {
      former.push_back(
          {{"name", f.name},
           {"date_changed", f.date_changed.empty() ? json(nullptr) : json(f.date_changed)}});
    }
    auto or_null = [](const std::string& v) { return v.empty() ? json(nullptr) : json(v); };
    return {{"cik", c.cik},
            {"name", c.name},
            {"sic", or_null(c.sic)},
            {"state_of_incorporation", or_null(c.state_of_incorporation)},
            {"fiscal_year_end", or_null(c.fiscal_year_end)},
            {"last_filed_at", or_null(c.last_filed_at)},
            {"former_names", former},
            {"filing_count", c.filings}};
  }

  static constexpr int kEftsPage = 100;
  static constexpr size_t kCachedSearches = 2000;
  static constexpr size_t kCachedSearchBytes = 64 << 20;

  // Every field of the request, unambiguously.
  static std::string CacheKey(const SearchRequest& r) {
    json key = {r.query,          r.forms, r.ciks,  r.company, r.from,   r.to,
                r.document_types, r.items, r.kinds, r.limit,   r.offset, r.facets};
    return key.dump();
  }

  StorePool& stores_;
  ResponseCache searches_;
};

void ServeAsset(const httplib::Request& req, httplib::Response& res) {
  std::string path = req.path;
  if (path == "/") path = "/index.html";
  const WebAsset* asset = FindWebAsset(path);
  if (asset == nullptr) {
    return SendError(res, NotFound("no such path: " + req.path));
  }
  res.set_header("Cache-Control", "no-cache");
  res.set_content(std::string(asset->body), std::string(asset->content_type));
}

// Blocks SIGINT and SIGTERM in this thread and the threads it starts, and
// stops `server` when one arrives.
class SignalWatcher {
 public:
  explicit SignalWatcher(httplib::Server* server) {
    sigemptyset(&signals_);
    sigaddset(&signals_, SIGINT);
    sigaddset(&signals_, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &signals_, &previous_);
    thread_ = std::thread([this, server] {
      int signal = 0;
      sigwait(&signals_, &signal);
      if (!done_) std::fprintf(stderr, "edgard serve: stopping (finishing requests in flight)\n");
      server->stop();
    });
  }
  ~SignalWatcher() {
    done_ = true;
    pthread_kill(thread_.native_handle(), SIGTERM);
    thread_.join();
    pthread_sigmask(SIG_SETMASK, &previous_, nullptr);
  }
  SignalWatcher(const SignalWatcher&) = delete;
  SignalWatcher& operator=(const SignalWatcher&) = delete;

 private:
  sigset_t signals_{};
  sigset_t previous_{};
  std::atomic<bool> done_{false};
  std::thread thread_;
};

thread_local Clock::time_point request_start;

}  // namespace

Status Serve(const ServeOptions& options,
             const std::function<void(const std::string&)>& on_listening) {
  // The store must open before the first request: a clear error now beats
  // a 500 on every request.
  {
    auto probe = Store::Open({options.db, StoreOptions::Mode::kReadOnly});
    if (!probe) return probe.error();
  }
  httplib::Server server;
  // A worker thread serves one connection for as long as it is kept alive,
  // so there are many more threads than cores; store connections (the
  // memory-hungry part) are pooled apart, two per core.
  const int cores = std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
  const int threads = options.threads > 0 ? options.threads : std::max(64, 8 * cores);
  server.new_task_queue = [threads] {
    return new httplib::ThreadPool(static_cast<size_t>(threads));
  };
  server.set_payload_max_length(options.max_request_bytes);
  server.set_read_timeout(options.read_timeout_seconds, 0);
  server.set_write_timeout(options.write_timeout_seconds, 0);
  server.set_keep_alive_max_count(1000);
  server.set_keep_alive_timeout(5);
  server.set_tcp_nodelay(true);  // small responses go out at once, not after a delayed ACK

  auto stores = std::make_shared<StorePool>(options.db, static_cast<size_t>(2 * cores));
  auto api = std::make_shared<Api>(stores.get(), options.db);
  server.Get("/v1/search", [api](const auto& req, auto& res) { api->Search(req, res); });
  server.Get(R"(/v1/filings/([0-9A-Za-z:-]{1,80}))",
             [api](const auto& req, auto& res) { api->Filing(req, res); });
  server.Get(R"(/v1/filings/([0-9A-Za-z:-]{1,80})/documents/([0-9]{1,6}))",
             [api](const auto& req, auto& res) { api->Document(req, res); });
  server.Get("/v1/companies", [api](const auto& req, auto& res) { api->Companies(req, res); });
  server.Get(R"(/v1/companies/([0-9]{1,10}))",
             [api](const auto& req, auto& res) { api->Company(req, res); });
  server.Get("/v1/timeline", [api](const auto& req, auto& res) { api->Timeline(req, res); });
  server.Get("/LATEST/search-index", [api](const auto& req, auto& res) { api->Efts(req, res); });
  server.Get("/v1/openapi.json", [](const auto&, auto& res) { SendJson(res, OpenApiJson()); });
  server.Get(R"(/Archives/edgar/data/([0-9]{1,10})/([0-9]{18})/([0-9]{10}-[0-9]{2}-[0-9]{6})\.txt)",
             [api](const auto& req, auto& res) { api->ArchiveSubmission(req, res); });
  AddEdgarRoutes(&server, stores);
  server.Get(R"(/|/[A-Za-z0-9_-]{1,64}\.(html|js|css|svg|ico))", ServeAsset);

  server.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return;
    if (res.status == 404) {
      SendError(res, NotFound("no such path: " + req.path +
                              " (the API is under /v1; "
                              "/v1/openapi.json describes it)"));
    } else if (res.status == 413) {
      res.set_content(ErrorJson("invalid_input", "request too large"), "application/json");
    } else {
      res.set_content(ErrorJson("invalid_input", "bad request"), "application/json");
    }
  });
  server.set_exception_handler(
      [](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
        SendError(res, Status(ErrorCode::kInternal, "internal error"));
      });
  server.set_pre_routing_handler([](const httplib::Request&, httplib::Response&) {
    request_start = Clock::now();
    return httplib::Server::HandlerResponse::Unhandled;
  });
  if (options.access_log) {
    server.set_logger([](const httplib::Request& req, const httplib::Response& res) {
      const double ms =
          std::chrono::duration<double, std::milli>(Clock::now() - request_start).count();
      std::string target = req.path;
      if (!req.params.empty()) {
        target += '?';
        bool first = true;
        for (const auto& [key, value] : req.params) {
          if (!first) target += '&';
          first = false;
          target += key + "=" + value;
        }
      }
      std::fprintf(stderr, "%s \"%s %s\" %d %zu %.1fms\n", req.remote_addr.c_str(),
                   req.method.c_str(), target.c_str(), res.status, res.body.size(), ms);
    });
  }

  SignalWatcher watcher(&server);
  if (!server.bind_to_port(options.host, options.port)) {
    return Status(ErrorCode::kUnavailable, "cannot listen on " + options.host + ":" +
                                               std::to_string(options.port) +
                                               " (in use, or not an address of this machine)");
  }
  if (on_listening) on_listening("http://" + options.host + ":" + std::to_string(options.port));
  server.listen_after_bind();
  return Status::Ok();
}

}  // namespace edgard::serve

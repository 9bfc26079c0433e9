# edgard: two commands.
#   make run   installs what is missing, builds, ingests the bundled filings, serves them
#   make test  installs what is missing, builds with ASan+UBSan, runs every test
# Other targets: make release, make bench, make fuzz, make format, make clean.

PACKAGES := cmake ninja-build g++ pkg-config libsqlite3-dev libzstd-dev libarchive-dev libpugixml-dev \
            nlohmann-json3-dev libcli11-dev libssl-dev libgtest-dev libgmock-dev libbenchmark-dev \
            libcpp-httplib-dev zlib1g-dev libbrotli-dev
FUZZ_PACKAGES := clang libclang-rt-14-dev
# The web UI's browser tests: Debian's Chromium, driven by playwright-core from npm.
BROWSER_PACKAGES := chromium
EDGARD := build/release/tools/edgard/edgard
DB ?= edgard.db
LISTEN ?= 127.0.0.1:8080
SAMPLES := testdata/seeds testdata/corpus
FUZZ_SECONDS ?= 60

.PHONY: run test deps browser-deps release dev bench fuzz format clean

# Installs missing Debian packages when root; otherwise prints the command and stops.
define install_packages
	@missing=""; for p in $(1); do \
	  dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing Debian packages:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing; \
	  else \
	    echo "edgard needs these Debian packages; install them with:"; \
	    echo "  sudo apt-get install -y$$missing"; \
	    exit 1; \
	  fi; \
	fi
endef

deps:
	$(call install_packages,$(PACKAGES))

release: deps
	cmake --preset release >/dev/null
	cmake --build --preset release --target edgard

dev: deps
	cmake --preset dev >/dev/null
	cmake --build --preset dev

run: release
	@echo
	@echo "== ingesting the bundled filings into $(DB)"
	$(EDGARD) ingest $(SAMPLES) --db $(DB)
	@echo
	@echo "== what the store holds"
	$(EDGARD) stats --db $(DB)
	@echo
	@echo "== serving: open http://$(LISTEN)/ in a browser (Ctrl-C stops)"
	@echo "   API: http://$(LISTEN)/v1/search?q=heaton  ·  http://$(LISTEN)/v1/openapi.json"
	$(EDGARD) serve --db $(DB) --listen $(LISTEN)
	@echo "     $(EDGARD) --help"

test: dev browser-deps
	ctest --preset dev -j2

# Chromium from Debian and playwright-core from package.json, for the browser tests.
browser-deps:
	$(call install_packages,$(BROWSER_PACKAGES))
	@command -v npm >/dev/null || { echo "the browser tests need Node.js and npm"; exit 1; }
	@[ -d node_modules/playwright-core ] || npm ci --no-audit --no-fund

bench: release
	cmake --build --preset release --target corpus_throughput envelope_benchmark text_benchmark
	build/release/bench/corpus_throughput $(if $(EDGARD_CORPUS),$(EDGARD_CORPUS),../shared/corpus) \
	  $(if $(REPLICATE),--replicate $(REPLICATE))

fuzz:
	$(call install_packages,$(PACKAGES) $(FUZZ_PACKAGES))
	cmake --preset fuzz >/dev/null
	cmake --build --preset fuzz
	@for t in envelope header uudecode legacy_text html_text query items cover_page document_clues \
	    signatures people powers_of_attorney financial_facts events ownership_xml ownership_text \
	    beneficial_ownership; do \
	  echo "== fuzz_$$t ($(FUZZ_SECONDS) s)"; \
	  mkdir -p build/fuzz/corpus/$$t; \
	  build/fuzz/fuzz/fuzz_$$t -max_total_time=$(FUZZ_SECONDS) -dict=fuzz/sgml.dict \
	    build/fuzz/corpus/$$t fuzz/corpus/$$t || exit 1; \
	done

format:
	clang-format -i $$(git ls-files '*.cc' '*.h')

clean:
	rm -rf build

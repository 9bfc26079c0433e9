-- edgard store, SQLite backend, schema version 1.

CREATE TABLE companies (
  cik TEXT PRIMARY KEY,              -- 10 digits
  name TEXT NOT NULL,                -- latest conformed name seen
  sic TEXT,
  state_of_incorporation TEXT,
  fiscal_year_end TEXT,
  last_filed_at TEXT
);

-- Names over time: conformed names seen on filings, and FORMER COMPANY blocks.
CREATE TABLE company_names (
  cik TEXT NOT NULL,
  name TEXT NOT NULL,
  first_seen TEXT,                   -- earliest filing date with this name
  last_seen TEXT,
  changed_on TEXT,                   -- DATE OF NAME CHANGE, for former names
  PRIMARY KEY (cik, name)
) WITHOUT ROWID;

CREATE TABLE filings (
  id INTEGER PRIMARY KEY,
  filing_key TEXT NOT NULL UNIQUE,   -- accession number, or sha256:<hex> of a bare document
  accession_number TEXT,
  form_type TEXT,
  filed_at TEXT,
  acceptance_datetime TEXT,
  period_of_report TEXT,
  envelope TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  source_path TEXT,
  raw_size INTEGER NOT NULL,
  document_count INTEGER NOT NULL,
  ingested_at TEXT NOT NULL
);

-- The large parts of a filing, apart so that filing rows stay small and
-- joins from search hits touch few pages.
CREATE TABLE filing_blobs (
  filing_id INTEGER PRIMARY KEY REFERENCES filings (id),
  raw_zstd BLOB NOT NULL,            -- the input bytes, byte-exact once decompressed
  extraction TEXT NOT NULL           -- extraction JSON
);
CREATE INDEX filings_filed_at ON filings (filed_at);
CREATE INDEX filings_form_type ON filings (form_type, filed_at);

CREATE TABLE parties (
  filing_id INTEGER NOT NULL REFERENCES filings (id),
  position INTEGER NOT NULL,
  role TEXT NOT NULL,
  cik TEXT,
  name TEXT,
  PRIMARY KEY (filing_id, position)
) WITHOUT ROWID;
CREATE INDEX parties_cik ON parties (cik);

CREATE TABLE documents (
  id INTEGER PRIMARY KEY,            -- also the rowid of document_text and document_fts
  filing_id INTEGER NOT NULL REFERENCES filings (id),
  sequence INTEGER NOT NULL,
  type TEXT,
  filename TEXT,
  description TEXT,
  format TEXT NOT NULL,
  kind TEXT,
  bytes INTEGER NOT NULL,
  body_offset INTEGER NOT NULL,      -- where the document's content starts in the raw bytes
  uuencoded INTEGER NOT NULL,
  text_bytes INTEGER NOT NULL,
  -- The filing's form type and date, repeated so that search filters and
  -- facets over many matches read this small row only.
  form_type TEXT,
  filed_at TEXT
);
CREATE INDEX documents_filing ON documents (filing_id, sequence);

-- Plain text of each document, zstd-compressed, and its filter tokens
-- (f_8k y_2003 c_0000320193 t_ex991 k_press_release).
CREATE TABLE document_text (
  id INTEGER PRIMARY KEY,
  body_zstd BLOB NOT NULL,
  tags TEXT NOT NULL
);

-- Contentless: the text lives compressed in document_text; snippets are cut
-- by edgard (search/snippet), so FTS5 needs no copy of it.
CREATE VIRTUAL TABLE document_fts USING fts5 (
  body, tags,
  content = '',
  tokenize = "unicode61 remove_diacritics 2 tokenchars '_'"
);

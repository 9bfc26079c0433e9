-- edgard store, SQLite backend, schema version 2: what the text analysis
-- finds in a filing (items, exhibits, signatures, document dates).

ALTER TABLE documents ADD COLUMN date TEXT;  -- what the document says: report date, dateline

CREATE TABLE items (
  filing_id INTEGER NOT NULL REFERENCES filings (id),
  position INTEGER NOT NULL,
  document INTEGER NOT NULL,         -- sequence
  part TEXT,                         -- I / II in a 10-Q
  number TEXT NOT NULL,              -- "5", "2.02", "7A"
  title TEXT,
  status TEXT NOT NULL,              -- extracted, incorporated_by_reference, omitted, not_applicable
  text_begin INTEGER NOT NULL,       -- byte range in the document's plain text
  text_end INTEGER NOT NULL,
  PRIMARY KEY (filing_id, position)
) WITHOUT ROWID;
CREATE INDEX items_number ON items (number);

CREATE TABLE exhibits (
  filing_id INTEGER NOT NULL REFERENCES filings (id),
  position INTEGER NOT NULL,
  number TEXT NOT NULL,              -- "99.1"
  description TEXT,
  document INTEGER,                  -- sequence of the attached document
  PRIMARY KEY (filing_id, position)
) WITHOUT ROWID;

CREATE TABLE signatures (
  filing_id INTEGER NOT NULL REFERENCES filings (id),
  position INTEGER NOT NULL,
  document INTEGER NOT NULL,
  name TEXT,
  title TEXT,
  date TEXT,
  company TEXT,
  signed_by TEXT,                    -- attorney-in-fact who signed for `name`
  PRIMARY KEY (filing_id, position)
) WITHOUT ROWID;
CREATE INDEX signatures_name ON signatures (name);

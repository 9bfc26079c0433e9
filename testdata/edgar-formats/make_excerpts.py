#!/usr/bin/env python3
"""Cuts the excerpts in this folder from the shared corpus of real EDGAR files.

Usage: make_excerpts.py [CORPUS_DIR]   (default: ../../../shared/corpus)

Index files keep their header and a subset of their rows, byte for byte and in
their own order, so any excerpt is still a valid index file: the first rows
plus rows that exercise the edge cases (form types and company names cut to
the column width, one company under two CIKs, an older date in a daily file).
The submissions JSON keeps every key and a few filings of filings.recent
(each column cut to the same rows), written back in the source's layout.
Sources (see MANIFEST.tsv of the corpus): form.20200318.idx and
company.20221003.idx from dgunning/edgartools, master.20181231.idx from
sec-edgar/sec-edgar, CIK0000789019.json from TextLayer/isw-company-similarity.
"""
import json
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
corpus = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, '../../../shared/corpus')


def excerpt_index(name, first_rows, patterns):
    with open(os.path.join(corpus, 'index', name), 'rb') as f:
        lines = f.read().split(b'\n')
    body = next(i for i, line in enumerate(lines) if line.startswith(b'-----')) + 1
    keep = list(range(body))
    for i in range(body, len(lines)):
        if not lines[i]:
            continue
        if i < body + first_rows or any(p in lines[i] for p in patterns):
            keep.append(i)
    text = b'\n'.join(lines[i] for i in keep)
    if lines[-1] == b'':
        text += b'\n'
    with open(os.path.join(here, name), 'wb') as f:
        f.write(text)


excerpt_index('form.20200318.idx', 30,
              [b'SEC STAFF   A', b'AB Private Credit Investors', b'NT 10-K/A', b'SC TO-T/A',
               b'X-17A-5/A', b'IRANNOTICE'])
excerpt_index('company.20221003.idx', 30,
              [b'SC 14D9/A', b'NPORT-P/A', b'APi Group', b'AXT INC', b'Abbey William'])
excerpt_index('master.20181231.idx', 100, [])

with open(os.path.join(corpus, 'submissions-json', 'CIK0000789019.json')) as f:
    submissions = json.load(f)
recent = submissions['filings']['recent']
forms = recent['form']
rows = []
for want in ['IRANNOTICE', '10-Q', '4', '8-K', 'UPLOAD', 'S-8', '144', 'SC 13G/A', '11-K']:
    rows.append(forms.index(want))
rows.append(next(i for i, f in enumerate(forms) if f == '8-K' and recent['items'][i]))
rows = sorted(set(rows))
for key in recent:
    recent[key] = [recent[key][i] for i in rows]
with open(os.path.join(here, 'CIK0000789019.json'), 'w') as f:
    json.dump(submissions, f, indent=2)
    f.write('\n')

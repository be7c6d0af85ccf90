#!/usr/bin/env python3
"""real-corpus.py - a benchmark corpus of real news sentences, assembled at
benchmark time from the shared data (never copied into the project): the
paragraphs of the seed articles ($SHARED/corpus/seeds/*.txt) and the dev gold
sentences ($SHARED/dev/web_dev_gold*.jsonl; seeds_gold.jsonl is left out, its
sentences are the seed articles' own), shuffled into articles like a news feed
and repeated, reshuffled, to the size asked. JSON Lines as gen-corpus writes:
{"id","date","source","title","text"}, paragraphs separated by a blank line.
The same --mb, --seed and data give the same bytes.

Usage: python3 bench/real-corpus.py --shared ../shared --mb 20 [--seed 7] > corpus.jsonl
Exits 3 when the shared data is not there (the caller skips)."""
import argparse
import glob
import json
import os
import random
import sys

MIN_UNITS, MAX_UNITS = 4, 20  # paragraphs per article
MAX_MB = 10000


def units(shared):
    """(text, date or None) of every paragraph and sentence used"""
    out = []
    for path in sorted(glob.glob(os.path.join(shared, 'corpus', 'seeds', '*.txt'))):
        with open(path, encoding='utf-8') as f:
            for para in f.read().split('\n\n'):
                para = ' '.join(para.split())
                if para:
                    out.append((para, '2024-11-05'))
    for path in sorted(glob.glob(os.path.join(shared, 'dev', 'web_dev_gold*.jsonl'))):
        with open(path, encoding='utf-8') as f:
            for line in f:
                if line.strip():
                    r = json.loads(line)
                    if r.get('text'):
                        out.append((r['text'], r.get('date')))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--shared', required=True)
    ap.add_argument('--mb', type=float, default=20)
    ap.add_argument('--seed', type=int, default=7)
    a = ap.parse_args()
    pool = units(a.shared)
    if not pool:
        print('real-corpus: no seed articles or dev sentences under %s' % a.shared, file=sys.stderr)
        return 3
    want = int(min(a.mb, MAX_MB) * 1048576)
    rng = random.Random(a.seed)
    out = sys.stdout.buffer
    written = n = 0
    while written < want:
        order = pool[:]
        rng.shuffle(order)
        i = 0
        while i < len(order) and written < want:
            k = rng.randint(MIN_UNITS, MAX_UNITS)
            art = order[i:i + k]
            i += k
            date = next((d for _, d in art if d), None) or '2024-06-01'
            title = ' '.join(art[0][0].split()[:10])
            rec = {'id': 'real-%d' % n, 'date': date, 'source': 'bench-real', 'title': title,
                   'text': '\n\n'.join(t for t, _ in art)}
            line = (json.dumps(rec, ensure_ascii=False) + '\n').encode('utf-8')
            out.write(line)
            written += len(line)
            n += 1
    return 0


if __name__ == '__main__':
    sys.exit(main())

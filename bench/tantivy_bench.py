#!/usr/bin/env python3
"""Comparison-only benchmark: Tantivy (through its Python binding) on the arxiv-bot search corpus.

Not part of arxiv-bot and not one of its dependencies: it runs in a throwaway virtualenv, indexes
the same Kaggle arXiv snapshot that arxiv-bot's search benchmark imports and times the same
searches (bench/search-scale-queries.tsv), translated into Tantivy queries that mean the same thing.

    python3 -m venv /tmp/tantivy-venv && /tmp/tantivy-venv/bin/pip install tantivy
    /tmp/tantivy-venv/bin/python bench/tantivy_bench.py index \\
        --input .build/bench/kaggle-arxiv-metadata-oai-snapshot-2700000.jsonl \\
        --index .build/bench/tantivy-index            # add --limit 20000 for a quick try
    /tmp/tantivy-venv/bin/python bench/tantivy_bench.py query \\
        --index .build/bench/tantivy-index --queries bench/search-scale-queries.tsv [--runs 50 --warmup 5 --k 20]

How arxiv-bot's query syntax is mapped (arxiv-bot: FTS5, 'porter unicode61', bm25 weights
title 10, abstract 1, authors 5; Tantivy: 'en_stem' = simple tokenizer, lowercase, Snowball
English stemmer, BM25 k1=1.2 b=0.75 per field, the per-field scores boosted and summed):
  word          MUST( title:w^10 OR abstract:w OR authors:w^5 ), w stemmed by the index's analyzer
  "a b"         MUST( phrase(title)^10 OR phrase(abstract) OR phrase(authors)^5 ), phrase per field
  word*         MUST( regex "word.*" on each field, boosted as above ): the unstemmed prefix against
                the stemmed term dictionary, as FTS5 does; Tantivy scores automaton (regex/prefix)
                queries with a constant (1 x boost), not BM25: same matches, different ranking
  -word         MUST_NOT( the same disjunction over the three fields )
  --category C  MUST( term categories:C ), categories is a raw (untokenized) multi-valued field
  --since/--until MUST( range on v1 = YYYYMMDD of versions[0].created, inclusive, fast field )
Filters are wrapped in const_score(0) so they restrict the matches without changing the scores.
Not exact: Tantivy's 'en_stem' is the Snowball English (porter2) stemmer and does not fold
diacritics, FTS5 runs the original Porter stemmer after unicode61 remove_diacritics 2 (Porter
stems "ising" to "is", Snowball to "ise", so 'ising model' matches ~1M papers in arxiv-bot and
~2.6k here); Tantivy's BM25 takes idf and length norms per field, FTS5's bm25 per row.
"""
import argparse
import json
import math
import os
import re
import statistics
import sys
import time

import tantivy

FIELDS = {"title": 10.0, "abstract": 1.0, "authors": 5.0}  # arxiv-bot's bm25 column weights
MONTHS = {m: i for i, m in enumerate(
    "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split(), start=1)}


def build_schema():
    sb = tantivy.SchemaBuilder()
    sb.add_text_field("id", stored=True, tokenizer_name="raw")
    for name in FIELDS:  # text with positions (phrases), English stemming
        sb.add_text_field(name, stored=False, tokenizer_name="en_stem")
    sb.add_text_field("categories", stored=False, tokenizer_name="raw", index_option="basic")
    sb.add_integer_field("v1", stored=False, indexed=True, fast=True)  # YYYYMMDD
    return sb.build()


def v1_day(paper):
    """YYYYMMDD of the first version's date, 'Fri, 1 Jan 2021 00:00:00 GMT' -> 20210101."""
    try:
        _, day, month, year = paper["versions"][0]["created"].split()[:4]
        return int(year) * 10000 + MONTHS[month] * 100 + int(day)
    except (KeyError, IndexError, ValueError):  # no versions: fall back to update_date
        return int(paper.get("update_date", "1970-01-01").replace("-", ""))


def cmd_index(args):
    schema = build_schema()
    os.makedirs(args.index, exist_ok=True)
    index = tantivy.Index(schema, path=args.index, reuse=False)
    # ~1 GB of indexing heap, one indexing thread (the Python thread parsing JSON is the other core).
    writer = index.writer(heap_size=1_000_000_000, num_threads=1)
    started = time.perf_counter()
    n = 0
    with open(args.input, "rb") as f:
        for line in f:
            if args.limit and n >= args.limit:
                break
            p = json.loads(line)
            doc = tantivy.Document(
                id=p["id"], title=p.get("title") or "", abstract=p.get("abstract") or "",
                authors=p.get("authors") or "",
                categories=(p.get("categories") or "").split())  # one value per category
            doc.add_integer("v1", v1_day(p))  # explicit i64 (the constructor would guess the type)
            writer.add_document(doc)
            n += 1
            if n % 100_000 == 0:
                el = time.perf_counter() - started
                print(f"  {n:,} docs, {el:.0f} s, {n / el:,.0f} docs/s", file=sys.stderr, flush=True)
    added = time.perf_counter() - started
    writer.commit()
    writer.wait_merging_threads()  # let the background merges the commit started finish
    total = time.perf_counter() - started
    index.reload()
    print(tantivy.__version__)
    print(f"indexed {n:,} docs in {total:.1f} s ({n / total:,.0f} docs/s overall; adding {added:.1f} s, "
          f"commit + merges {total - added:.1f} s); {index.searcher().num_segments} segments")


# ---- queries -------------------------------------------------------------------------------

# The index's analyzer, rebuilt so that query words are turned into the same terms ('en_stem').
ANALYZER = (tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
            .filter(tantivy.Filter.remove_long(40)).filter(tantivy.Filter.lowercase())
            .filter(tantivy.Filter.stemmer("english")).build())


def parse(text):
    """arxiv-bot's syntax, the subset the benchmark uses: [(kind, text, excluded)], kind in
    word/phrase/prefix. Words are ANDed; "phrase"; word*; -word or -"phrase" excludes."""
    out = []
    for m in re.finditer(r'(-?)(?:"([^"]*)"|(\S+))', text):
        neg, phrase, word = m.group(1) == "-", m.group(2), m.group(3)
        if phrase is not None:
            out.append(("phrase", phrase, neg))
        elif word.endswith("*"):
            out.append(("prefix", word[:-1], neg))
        else:
            out.append(("word", word, neg))
    return out


def any_field(schema, make):
    """OR over title/abstract/authors of make(field), each boosted by its arxiv-bot weight."""
    subs = [(tantivy.Occur.Should, tantivy.Query.boost_query(make(f), w)) for f, w in FIELDS.items()]
    return tantivy.Query.boolean_query(subs)


def term_query(schema, kind, text):
    toks = ANALYZER.analyze(text)
    if kind == "prefix":
        # Like FTS5's 'word*' under porter: the prefix is lowercased, not stemmed, and matched
        # against the stemmed terms of the index. The regex automaton walks the term dictionary.
        pattern = re.escape(text.lower()) + ".*"
        return any_field(schema, lambda f: tantivy.Query.regex_query(schema, f, pattern))
    if len(toks) == 1:  # a plain word
        return any_field(schema, lambda f: tantivy.Query.term_query(schema, f, toks[0]))
    # a quoted phrase, or a word the tokenizer splits ("state-of-the-art"): FTS5 makes it a phrase
    return any_field(schema, lambda f: tantivy.Query.phrase_query(schema, f, toks))


def build_query(schema, text, filters):
    clauses = []
    for kind, t, neg in parse(text):
        clauses.append((tantivy.Occur.MustNot if neg else tantivy.Occur.Must, term_query(schema, kind, t)))
    flags = filters.split()
    opts = dict(zip(flags[0::2], flags[1::2]))
    if "--category" in opts:
        q = tantivy.Query.term_query(schema, "categories", opts["--category"], index_option="basic")
        clauses.append((tantivy.Occur.Must, tantivy.Query.const_score_query(q, 0.0)))
    if "--since" in opts or "--until" in opts:
        day = lambda s: int(s.replace("-", "")) if s else None
        q = tantivy.Query.range_query(schema, "v1", tantivy.FieldType.Integer,
                                      day(opts.get("--since")), day(opts.get("--until")))
        clauses.append((tantivy.Occur.Must, tantivy.Query.const_score_query(q, 0.0)))
    unknown = set(opts) - {"--category", "--since", "--until"}
    if unknown:
        sys.exit(f"unsupported filter flags: {sorted(unknown)}")
    return tantivy.Query.boolean_query(clauses)


def read_queries(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            kind, query, filters = (line.split("\t") + ["", ""])[:3]
            rows.append((kind, query, filters.strip()))
    return rows


def percentile(sorted_ms, p):
    """Nearest-rank percentile of an already sorted list."""
    return sorted_ms[min(len(sorted_ms) - 1, max(0, math.ceil(p / 100 * len(sorted_ms)) - 1))]


def cmd_query(args):
    index = tantivy.Index.open(args.index)
    schema = index.schema
    searcher = index.searcher()
    print(f"{tantivy.__version__}; {searcher.num_docs:,} docs in {searcher.num_segments} segments; "
          f"top {args.k}, {args.warmup} warmup + {args.runs} timed runs per query"
          + ("; each run also loads the hits' stored ids" if args.fetch else "") + "\n")
    print("| kind | query | filters | matches | p50 ms | p99 ms |")
    print("| --- | --- | --- | ---: | ---: | ---: |")
    p50s = []
    for kind, text, filters in read_queries(args.queries):
        query = build_query(schema, text, filters)
        if args.explain:
            print(f"{text!r} {filters}: {str(query)[:800]}", file=sys.stderr)  # regexes print huge DFAs

        def run():
            # count=False: only the top-k collector, so block-max WAND pruning can skip documents.
            hits = searcher.search(query, args.k, count=False).hits
            if args.fetch:
                [searcher.doc(addr)["id"] for _, addr in hits]
            return hits

        for _ in range(args.warmup):
            run()
        times = []
        for _ in range(args.runs):
            t0 = time.perf_counter()
            run()
            times.append((time.perf_counter() - t0) * 1000)
        times.sort()
        # The number of matches: a separate search with the Count collector, not in the times above.
        t0 = time.perf_counter()
        matches = searcher.search(query, 1, count=True).count
        count_ms = (time.perf_counter() - t0) * 1000
        p50, p99 = percentile(times, 50), percentile(times, 99)
        p50s.append(p50)
        q = text.replace("|", "\\|")
        print(f"| {kind} | `{q}` | {filters or ''} | {matches:,} | {p50:.2f} | {p99:.2f} |", flush=True)
        print(f"  {text!r}: count {count_ms:.1f} ms", file=sys.stderr)
    print(f"\nmedian of the per-query p50s: {statistics.median(p50s):.2f} ms over {len(p50s)} queries")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    i = sub.add_parser("index", help="build the Tantivy index from the Kaggle JSONL")
    i.add_argument("--input", required=True)
    i.add_argument("--index", required=True)
    i.add_argument("--limit", type=int, default=0, help="index only the first N papers")
    q = sub.add_parser("query", help="time the benchmark searches")
    q.add_argument("--index", required=True)
    q.add_argument("--queries", required=True)
    q.add_argument("--runs", type=int, default=50)
    q.add_argument("--warmup", type=int, default=5)
    q.add_argument("--k", type=int, default=20)
    q.add_argument("--fetch", action="store_true", help="also load each hit's stored id, in the time")
    q.add_argument("--explain", action="store_true", help="print each Tantivy query to stderr")
    args = ap.parse_args()
    cmd_index(args) if args.cmd == "index" else cmd_query(args)


if __name__ == "__main__":
    main()

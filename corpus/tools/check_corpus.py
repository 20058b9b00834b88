#!/usr/bin/env python3
"""Sanity checks for the concord sample corpus (standard library only).

    python3 corpus/tools/check_corpus.py

- every JSONL line parses; gold urls are unique (null urls identified by file)
- feeds parse with xml.etree; WARC members each decompress and Content-Length matches
- windows-1252 / windows-1251 pages really are in that encoding
- every gold chrome string, quote, number and time text is present in the raw file
- counts per language, format and story
"""
import collections
import gzip
import io
import json
import os
import sys
import xml.etree.ElementTree as ET
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.dirname(HERE)
errors = []


def err(msg):
    errors.append(msg)
    print("ERROR:", msg)


def read_jsonl(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                out.append(json.loads(line))
            except Exception as e:  # noqa
                err("%s:%d: %s" % (path, n, e))
    return out


def warc_members(path):
    """Yield (headers, block) for each gzip member, checking Content-Length."""
    data = open(path, "rb").read()
    pos = 0
    while pos < len(data):
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        raw = d.decompress(data[pos:])
        used = len(data) - pos - len(d.unused_data)
        pos += used
        head, _, rest = raw.partition(b"\r\n\r\n")
        lines = head.decode("utf-8").split("\r\n")
        assert lines[0] == "WARC/1.0", lines[0]
        h = dict(l.split(": ", 1) for l in lines[1:])
        n = int(h["Content-Length"])
        block = rest[:n]
        if len(block) != n or rest[n:] != b"\r\n\r\n":
            err("WARC record %s: Content-Length mismatch" % h.get("WARC-Record-ID"))
        yield h, block


def main():
    gold = read_jsonl(os.path.join(CORPUS, "gold.jsonl"))
    urls = [g["url"] for g in gold if g["url"]]
    dupl = [u for u, c in collections.Counter(urls).items() if c > 1]
    if dupl:
        err("duplicate urls in gold: %s" % dupl)
    for p in ("sample/jsonl/records.jsonl", "sample/jsonl/newsplease.jsonl"):
        recs = read_jsonl(os.path.join(CORPUS, p))
        print("%s: %d records" % (p, len(recs)))

    # feeds
    raw_by_file = {}
    for p in ("sample/feeds/courrier-continental.rss.xml", "sample/feeds/newsbeat-top.atom.xml"):
        tree = ET.parse(os.path.join(CORPUS, p))
        root = tree.getroot()
        items = root.findall("./channel/item") or root.findall("{http://www.w3.org/2005/Atom}entry")
        print("%s: %d items/entries" % (p, len(items)))

    # WARC
    wpath = os.path.join(CORPUS, "sample/warc/cc-news-sample.warc.gz")
    html_pages = {}
    n = 0
    for h, block in warc_members(wpath):
        n += 1
        if h["WARC-Type"] == "response":
            status = block.split(b"\r\n", 1)[0].decode()
            hhead, _, body = block.partition(b"\r\n\r\n")
            ctype = [l for l in hhead.decode("latin-1").split("\r\n") if l.lower().startswith("content-type")][0]
            clen = [l for l in hhead.decode("latin-1").split("\r\n") if l.lower().startswith("content-length")][0]
            if int(clen.split(":")[1]) != len(body):
                err("HTTP Content-Length mismatch for %s" % h["WARC-Target-URI"])
            print("  WARC response %-24s %-32s %s" % (status, ctype, h["WARC-Target-URI"]))
            if " 200 " in status + " " and "text/html" in ctype:
                html_pages[h["WARC-Target-URI"]] = body.decode("utf-8")
    print("WARC: %d records, %d HTML 200 pages" % (n, len(html_pages)))

    # encodings
    for p, enc, probe in (("sample/html/diario-atlantico-incendio-penamacor-cp1252.html", "cp1252", "Incêndio"),
                          ("sample/html/meridian-kim-lavrov-cp1251.html", "cp1251", "Сергею Лаврову")):
        b = open(os.path.join(CORPUS, p), "rb").read()
        try:
            b.decode("utf-8")
            err("%s decodes as UTF-8 (should be %s)" % (p, enc))
        except UnicodeDecodeError:
            pass
        t = b.decode(enc)
        if probe not in t or ("windows-125" not in t[:300]):
            err("%s: probe or charset declaration missing" % p)
        else:
            print("%s: OK (%s, declared %s)" % (p, enc, "windows-1252" if enc == "cp1252" else "windows-1251"))

    # raw text of every gold article, then check annotations are present
    cache = {}

    def raw(g):
        f = g["file"]
        if f.endswith(".warc.gz"):
            return html_pages[g["url"]]
        if f not in cache:
            b = open(os.path.join(CORPUS, f), "rb").read()
            enc = "cp1252" if "cp1252" in f else "cp1251" if "cp1251" in f else "utf-8"
            t = b.decode(enc)
            if f.endswith(".jsonl"):
                t = "\n".join(json.dumps(json.loads(l), ensure_ascii=False) for l in t.splitlines())
            cache[f] = t
        return cache[f]

    import html as htmlmod
    for g in gold:
        t = raw(g)
        tt = htmlmod.unescape(t) if not g["file"].endswith(".jsonl") else json.loads(json.dumps(t))
        if g["file"].endswith(".jsonl"):
            # find the record and use its text/html/maintext
            recs = read_jsonl(os.path.join(CORPUS, g["file"]))
            rec = [r for r in recs if r["url"] == g["url"]]
            if len(rec) != 1:
                err("%s: record not found" % g["url"])
                continue
            tt = rec[0].get("text") or rec[0].get("maintext") or htmlmod.unescape(rec[0]["html"])
        for s in g["chrome"]:
            if s not in tt:
                err("%s: chrome not in raw: %r" % (g["key"], s))
        for q in g["quotes"]:
            if q["text"] not in tt:
                err("%s: quote not in raw: %r" % (g["key"], q["text"]))
        for x in g["numbers"] + g["times"]:
            if x["text"] not in tt:
                err("%s: annotation not in raw: %r" % (g["key"], x["text"]))
        for r in g["repairs"]:
            if r["from"] not in tt:
                err("%s: repair source not in raw: %r" % (g["key"], r["from"]))

    # word counts (CJK: characters / 2 as a rough word equivalent)
    for g in gold:
        text = g["text"]
        words = len(text) // 2 if g["lang"] in ("zh", "ja", "ko") and g["lang"] != "ko" else len(text.split())
        if g["lang"] == "ko":
            words = len(text.split())
        if not 60 <= words <= 350:
            print("  note: %s has ~%d words" % (g["key"], words))

    c_lang = collections.Counter(g["lang"] for g in gold)
    c_fmt = collections.Counter(g["format"] for g in gold)
    c_story = collections.defaultdict(list)
    for g in gold:
        c_story[g["story"]].append("%s/%s" % (g["lang"], g["format"]))
    print("\narticles: %d (%d languages)" % (len(gold), len(c_lang)))
    print("per language:", dict(sorted(c_lang.items())))
    print("per format:", dict(sorted(c_fmt.items())))
    for s in sorted(c_story):
        print("  %-30s %2d  %s" % (s, len(c_story[s]), " ".join(sorted(c_story[s]))))
    print("duplicates:", [(g["key"], g["duplicate_kind"]) for g in gold if g["duplicate_of"]])
    print("\n%d error(s)" % len(errors))
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Build the concord sample corpus (corpus/sample/**) and its gold file (corpus/gold.jsonl)
from the article data in corpus/tools/data/*.py. Standard library only; deterministic output.

    python3 corpus/tools/build_sample.py      # writes sample/{txt,html,jsonl,feeds}, src/warc, gold.jsonl
    python3 corpus/tools/make_warc.py         # packs src/warc/*.html into sample/warc/cc-news-sample.warc.gz
"""
import html
import importlib.util
import json
import os
import sys
from datetime import datetime, timezone
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.dirname(HERE)
SAMPLE = os.path.join(CORPUS, "sample")
sys.path.insert(0, HERE)
from outlets import OUTLETS  # noqa: E402

DATA_FILES = ["e1", "e2", "e3", "e4e5", "e6", "e7", "e8", "e9e10"]
FORMAT_NAME = {"txt": "txt", "txt-fm": "txt", "html": "html", "jsonl": "jsonl", "jsonl-html": "jsonl",
               "newsplease": "newsplease", "rss": "rss", "atom": "atom", "warc": "warc"}
WARC_FILE = "sample/warc/cc-news-sample.warc.gz"
DATE_FMT = {"en": "%d %B %Y, %H:%M", "ko": "%Y.%m.%d %H:%M", "zh": "%Y-%m-%d %H:%M", "ja": "%Y年%m月%d日 %H:%M",
            "es": "%d/%m/%Y %H:%M", "pt": "%d/%m/%Y %H:%M", "ar": "%Y/%m/%d %H:%M"}
ATOM_DUP_KEY = "e7-fr"  # this RSS item is also carried, unchanged, by the aggregator's Atom feed


def load_articles():
    arts = []
    for name in DATA_FILES:
        spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, "data", name + ".py"))
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        arts.extend(mod.ARTICLES)
    for a in arts:
        a.setdefault("before", [])
        a.setdefault("after", [])
        a.setdefault("chrome_in_paras", [])
        a.setdefault("repairs", [])
        a.setdefault("dup_of", None)
        a.setdefault("desc", None)
        a.setdefault("encoding", "utf-8")
        a.setdefault("sep", "\n\n")
    return arts


def esc(s):
    return html.escape(s, quote=True)


def body_paras(a):
    """Paragraphs of the article proper (what a perfect cleaner keeps)."""
    return [p for p in a["paras"] if p not in a["chrome_in_paras"]]


def clean_text(a):
    return "\n\n".join(body_paras(a))


def boiler(a):
    return OUTLETS[a["outlet"]].get("boiler")


def text_lines(a):
    """Lines of a scraped plain-text version: chrome before, body (with inline chrome), chrome after, outlet boilerplate."""
    lines = list(a["before"]) + list(a["paras"])
    after = list(a["after"])
    n = a.get("after_inline", 0)
    if n:
        after = [" ".join(after[:n])] + after[n:]
    lines += after
    if boiler(a):
        lines.append(boiler(a))
    return lines


def summary(a):
    if a["desc"]:
        return a["desc"]
    p = body_paras(a)[0]
    return p if len(p) < 200 else p[:197].rsplit(" ", 1)[0] + "…"


def dt(a):
    return datetime.fromisoformat(a["published"].replace("Z", "+00:00"))


# --------------------------------------------------------------------------- HTML pages
def related_items(a, arts):
    o = OUTLETS[a["outlet"]]
    items = [(b["title"], b["url"]) for b in arts if b["outlet"] == a["outlet"] and b["key"] != a["key"] and b["url"]
             and b["published"] and dt(b) < dt(a)][:2]
    for t in o.get("teasers", []):
        if len(items) >= 2:
            break
        items.append((t, "https://www.%s/news/%07d.html" % (o["domain"], 3000000 + sum(map(ord, t)) * 7 % 999983)))
    return items


def html_chrome(a, arts):
    """Strings that appear inside the article container of the HTML page and must be removed by cleaning."""
    o = OUTLETS[a["outlet"]]
    out = [o["related"]] + [t for t, _ in related_items(a, arts)]
    out += list(a["before"]) + list(a["chrome_in_paras"]) + list(a["after"])
    if o.get("boiler"):
        out.append(o["boiler"])
    out.append(o["share"])
    return out


def render_html(a, arts):
    o = OUTLETS[a["outlet"]]
    c = o["cls"]
    lang = a["lang"]
    enc = a["encoding"]
    charset = {"utf-8": "utf-8", "cp1252": "windows-1252", "cp1251": "windows-1251"}[enc]
    title_tag = "%s | %s" % (a["title"], o["name"])
    published = a["published"]
    d = dt(a)
    L = []
    w = L.append
    w("<!DOCTYPE html>")
    w('<html lang="%s"%s>' % (lang, ' dir="rtl"' if o.get("rtl") else ""))
    w("<head>")
    w('<meta charset="%s">' % charset)
    w('<meta name="viewport" content="width=device-width, initial-scale=1">')
    w("<title>%s</title>" % esc(title_tag))
    w('<meta name="description" content="%s">' % esc(summary(a)))
    w('<meta name="author" content="%s">' % esc(a["author"] or o["name"]))
    w('<meta property="og:type" content="article">')
    w('<meta property="og:title" content="%s">' % esc(a["title"]))
    w('<meta property="og:url" content="%s">' % esc(a["url"]))
    w('<meta property="og:site_name" content="%s">' % esc(o["name"]))
    w('<meta property="og:image" content="https://static.%s/img/og/%s.jpg">' % (o["domain"], a["key"]))
    w('<meta property="article:published_time" content="%s">' % published)
    w('<link rel="canonical" href="%s">' % esc(a["url"]))
    w('<link rel="stylesheet" href="/assets/%s/main.css?v=20250701">' % c)
    if o.get("jsonld"):
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
              "datePublished": published, "dateModified": published, "inLanguage": lang,
              "mainEntityOfPage": a["url"],
              "author": [{"@type": "Person", "name": a["author"]}] if a["author"] else [],
              "publisher": {"@type": "Organization", "name": o["name"],
                            "logo": {"@type": "ImageObject", "url": "https://static.%s/logo.png" % o["domain"]}},
              "description": summary(a)}
        w('<script type="application/ld+json">%s</script>' % json.dumps(ld, ensure_ascii=False))
    w("<script>window.dataLayer=window.dataLayer||[];dataLayer.push({'pageType':'article','section':'%s'});</script>" % a["story"].split("-")[0])
    w("</head>")
    w('<body class="%s-body page-article">' % c)
    w('<div id="cookie-consent" class="%s-cookie"><p>%s</p><button type="button">%s</button></div>' % (c, esc(o["cookie"]), esc(o["cookie_btn"])))
    w('<header class="%s-masthead"><a class="logo" href="https://www.%s/">%s</a>' % (c, o["domain"], esc(o["name"])))
    w('<nav class="%s-nav"><ul>%s</ul></nav></header>' % (c, "".join('<li><a href="/%d">%s</a></li>' % (i, esc(n)) for i, n in enumerate(o["nav"]))))
    w('<div class="ad-slot ad-leaderboard" data-ad="top"></div>')
    semantic = o["style"] == "article"
    legacy = o["style"] == "legacy"
    if legacy:
        w('<table width="100%" cellpadding="0" cellspacing="0" class="layout"><tr><td class="left-col" valign="top">')
        w('<div class="menu-left">%s</div></td><td class="content" valign="top">' % "<br>".join('<a href="/rubric/%d">%s</a>' % (i, esc(n)) for i, n in enumerate(o["nav"])))
    byline = ("%s %s" % (o["by"], a["author"])).strip() if a["author"] else o["name"]
    shown_date = d.strftime(DATE_FMT.get(lang, "%d.%m.%Y %H:%M"))
    if semantic:
        w('<main id="content"><article class="%s-article">' % c)
        w('<header><h1 class="headline">%s</h1>' % esc(a["title"]))
        w('<p class="byline"><span class="author">%s</span> · <time datetime="%s">%s</time></p></header>' % (esc(byline), published, shown_date))
    else:
        w('<div id="main" class="%s-wrap"><div class="%s-story">' % (c, c))
        w('<h1 class="%s-title">%s</h1>' % (c, esc(a["title"])))
        w('<div class="%s-meta"><span class="%s-author">%s</span> <span class="%s-date" data-ts="%d">%s</span></div>' % (
            c, c, esc(byline), c, int(d.timestamp()), shown_date))
    w('<div class="share-bar"><span>%s</span>%s</div>' % (esc(o["share"]), "".join('<a href="#" class="share-%d">%s</a>' % (i, esc(s)) for i, s in enumerate(o["share_items"]))))
    w('<figure class="lead-image"><img src="https://static.%s/img/%s.jpg" alt=""></figure>' % (o["domain"], a["key"]))
    w('<div class="%s">' % ("article-body" if semantic else c + "-text"))
    for line in a["before"]:
        w('<p class="kicker">%s</p>' % esc(line))
    rel = related_items(a, arts)
    for i, p in enumerate(a["paras"]):
        if p in a["chrome_in_paras"]:
            w('<p class="read-more"><strong>%s</strong></p>' % esc(p))
        else:
            w("<p>%s</p>" % esc(p))
        if i == 1:
            w('<aside class="related-box"><h3>%s</h3><ul>%s</ul></aside>' % (
                esc(o["related"]), "".join('<li><a href="%s">%s</a></li>' % (esc(u), esc(t)) for t, u in rel)))
    for line in a["after"]:
        w('<p class="credit">%s</p>' % esc(line))
    w("</div>")
    if o.get("boiler"):
        w('<div class="newsletter-plug"><p>%s</p><form><input type="email" placeholder="email"><button>OK</button></form></div>' % esc(o["boiler"]))
    w("</article></main>" if semantic else "</div></div>")
    if legacy:
        w('</td><td class="right-col" valign="top"><div class="informer">%s</div></td></tr></table>' % esc(o["related"]))
    w('<div class="ad-slot ad-sidebar" data-ad="side"></div>')
    w('<footer class="%s-footer"><ul>%s</ul><p class="copyright">%s</p></footer>' % (
        c, "".join('<li><a href="/info/%d">%s</a></li>' % (i, esc(f)) for i, f in enumerate(o["footer"])), esc(o["copyright"])))
    w("</body>")
    w("</html>")
    return "\n".join(L) + "\n"


# --------------------------------------------------------------------------- writers
def write(path, text, encoding="utf-8"):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding=encoding, newline="\n") as f:
        f.write(text)


def write_txt(a):
    body = a["sep"].join(text_lines(a))
    if a["fmt"] == "txt-fm":
        o = OUTLETS[a["outlet"]]
        fm = ["title: " + a["title"], "url: " + a["url"], "published: " + a["published"], "lang: " + a["lang"],
              "source: " + o["domain"], "author: " + (a["author"] or "")]
        text = "\n".join(fm) + "\n\n" + body + "\n"
    else:
        # like the scraped seeds: title on the first line, no trailing newline
        text = a["title"] + "\n\n" + body
    rel = "sample/txt/%s.txt" % a["file"]
    write(os.path.join(CORPUS, rel), text)
    return rel


def html_paras(a, with_after=True):
    parts = ["<p>%s</p>" % esc(x) for x in text_lines(a)] if with_after else ["<p>%s</p>" % esc(x) for x in a["paras"]]
    return "\n".join(parts)


def rss(items):
    o = OUTLETS["courrier"]
    L = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">',
         "<channel>",
         "<title>%s – À la une</title>" % esc(o["name"]),
         "<link>https://www.%s/</link>" % o["domain"],
         '<atom:link href="https://www.%s/rss/une.xml" rel="self" type="application/rss+xml"/>' % o["domain"],
         "<description>Les dernières informations du Courrier Continental</description>",
         "<language>fr-FR</language>",
         "<lastBuildDate>%s</lastBuildDate>" % format_datetime(max(dt(a) for a in items)),
         "<generator>cms-continental 4.2</generator>"]
    for a in sorted(items, key=dt, reverse=True):
        L += ["<item>",
              "<title>%s</title>" % esc(a["title"]),
              "<link>%s</link>" % esc(a["url"]),
              '<guid isPermaLink="true">%s</guid>' % esc(a["url"]),
              "<pubDate>%s</pubDate>" % format_datetime(dt(a)),
              "<dc:creator>%s</dc:creator>" % esc(a["author"] or ""),
              "<category>%s</category>" % ("International" if "monde" in a["url"] else "Économie"),
              "<description>%s</description>" % esc(summary(a)),
              "<content:encoded><![CDATA[%s]]></content:encoded>" % html_paras(a),
              "</item>"]
    L += ["</channel>", "</rss>"]
    return "\n".join(L) + "\n"


def iso(d):
    return d.isoformat().replace("+00:00", "Z")


def atom(entries):
    upd = max(dt(a) for a in entries)
    L = ['<?xml version="1.0" encoding="utf-8"?>',
         '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
         "<id>tag:newsbeat.example,2025:top-stories</id>",
         "<title>newsbeat.example – Top stories from partner sites</title>",
         '<link rel="self" href="https://newsbeat.example/feeds/top.atom"/>',
         '<link rel="alternate" href="https://newsbeat.example/"/>',
         "<updated>%s</updated>" % iso(upd),
         "<generator>newsbeat-aggregator</generator>"]
    for a in sorted(entries, key=dt, reverse=True):
        o = OUTLETS[a["outlet"]]
        L += ['<entry xml:lang="%s">' % a["lang"],
              "<id>tag:newsbeat.example,2025:%s</id>" % a["gold_key"],
              "<title>%s</title>" % esc(a["title"]),
              '<link rel="alternate" type="text/html" href="%s"/>' % esc(a["feed_url"]),
              "<published>%s</published>" % iso(dt(a)),
              "<updated>%s</updated>" % iso(dt(a)),
              "<author><name>%s</name></author>" % esc(a["author"] or o["name"]),
              "<summary>%s</summary>" % esc(summary(a)),
              '<content type="html">%s</content>' % esc(html_paras(a)),
              "<source><title>%s</title><id>https://www.%s/</id></source>" % (esc(o["name"]), o["domain"]),
              "</entry>"]
    L.append("</feed>")
    return "\n".join(L) + "\n"


def np_date(a):
    return dt(a).strftime("%Y-%m-%d %H:%M:%S")


def main():
    arts = load_articles()
    keys = [a["key"] for a in arts]
    assert len(keys) == len(set(keys)), "duplicate keys"
    gold = []
    records, newsplease, rss_items, atom_entries, warc_pages = [], [], [], [], []

    for a in arts:
        a["gold_key"] = a["key"]
        a["feed_url"] = a["url"]
        fmt = a["fmt"]
        o = OUTLETS[a["outlet"]]
        chrome = list(a["before"]) + list(a["chrome_in_paras"]) + list(a["after"])
        if o.get("boiler"):
            chrome.append(o["boiler"])
        n = a.get("after_inline", 0)
        if n:
            pass  # segments stay listed individually; they sit on one line in the file
        published = a["published"]
        if fmt in ("txt", "txt-fm"):
            rel = write_txt(a)
        elif fmt == "html":
            rel = "sample/html/%s.html" % a["file"]
            write(os.path.join(CORPUS, rel), render_html(a, arts), a["encoding"])
            chrome = html_chrome(a, arts)
        elif fmt in ("jsonl", "jsonl-html"):
            rel = "sample/jsonl/records.jsonl"
            rec = {"id": "rec-%03d" % (len(records) + 1), "url": a["url"], "title": a["title"]}
            if fmt == "jsonl":
                rec["text"] = "\n\n".join(text_lines(a))
            else:
                rec["html"] = render_html(a, arts)
                chrome = html_chrome(a, arts)
            rec.update({"published": a["published"], "lang": a["lang"], "source": o["domain"]})
            records.append(rec)
        elif fmt == "newsplease":
            rel = "sample/jsonl/newsplease.jsonl"
            newsplease.append({
                "authors": [a["author"]] if a["author"] else [],
                "date_download": None, "date_modify": None,
                "date_publish": np_date(a),
                "description": summary(a),
                "filename": a["url"].split("//", 1)[1].replace("/", "_") + ".json",
                "image_url": "https://static.%s/img/%s.jpg" % (o["domain"], a["key"]),
                "language": a["lang"],
                "localpath": None,
                "maintext": "\n".join(text_lines(a)),
                "source_domain": "www." + o["domain"] if a["outlet"] in ("nordstern", "heraldo") else o["domain"],
                "title": a["title"], "title_page": None, "title_rss": None,
                "url": a["url"]})
            published = dt(a).strftime("%Y-%m-%dT%H:%M:%S")  # news-please dates carry no offset
        elif fmt == "rss":
            rel = "sample/feeds/courrier-continental.rss.xml"
            rss_items.append(a)
            published = dt(a).isoformat()
        elif fmt == "atom":
            rel = "sample/feeds/newsbeat-top.atom.xml"
            atom_entries.append(a)
        elif fmt == "warc":
            rel = WARC_FILE
            src = "src/warc/%s.html" % a["file"]
            write(os.path.join(CORPUS, src), render_html(a, arts))
            warc_pages.append({"file": src, "uri": a["url"], "date": iso(dt(a).astimezone(timezone.utc))})
            chrome = html_chrome(a, arts)
        else:
            raise ValueError(fmt)
        gold.append(gold_line(a, rel, FORMAT_NAME[fmt], published, chrome))

    # exact duplicate: the RSS item e7-fr re-published unchanged in the aggregator Atom feed
    src = next(a for a in arts if a["key"] == ATOM_DUP_KEY)
    dup = dict(src)
    dup["gold_key"] = src["key"] + "-atom-dup"
    dup["feed_url"] = src["url"] + "?utm_source=newsbeat&utm_medium=feed"
    atom_entries.append(dup)
    g = gold_line(dup, "sample/feeds/newsbeat-top.atom.xml", "atom", src["published"],
                  list(src["after"]) + [OUTLETS["courrier"]["boiler"]])
    g["url"] = dup["feed_url"]
    g["duplicate_of"] = src["url"]
    g["duplicate_kind"] = "exact"
    g["key"] = dup["gold_key"]
    gold.append(g)

    write(os.path.join(SAMPLE, "jsonl/records.jsonl"), "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
    write(os.path.join(SAMPLE, "jsonl/newsplease.jsonl"), "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in newsplease))
    write(os.path.join(SAMPLE, "feeds/courrier-continental.rss.xml"), rss(rss_items))
    write(os.path.join(SAMPLE, "feeds/newsbeat-top.atom.xml"), atom(atom_entries))
    write(os.path.join(CORPUS, "src/warc/manifest.json"), json.dumps(warc_pages, ensure_ascii=False, indent=1) + "\n")
    write(os.path.join(CORPUS, "gold.jsonl"), "".join(json.dumps(g, ensure_ascii=False) + "\n" for g in gold))
    print("articles:", len(gold))


def gold_line(a, rel, fmt, published, chrome):
    text = clean_text(a)
    # sanity: annotations must be literal substrings of the clean text
    for q, _ in a.get("quotes", []):
        assert q in text, (a["key"], "quote", q)
    for n in a.get("numbers", []):
        assert n[0] in text, (a["key"], "number", n[0])
    for t in a.get("times", []):
        assert t[0] in text, (a["key"], "time", t[0])
    for f, _ in a["repairs"]:
        assert f in text or f in a["title"], (a["key"], "repair", f)
    return {
        "key": a["key"],
        "url": a["url"],
        "file": rel,
        "story": a["story"],
        "lang": a["lang"],
        "title": a["title"],
        "published": published,
        "format": fmt,
        "source": OUTLETS[a["outlet"]]["domain"],
        "duplicate_of": a["dup_of"],
        "duplicate_kind": a.get("dup_kind") if a["dup_of"] else None,
        "chrome": chrome,
        "repairs": [{"from": f, "to": t} for f, t in a["repairs"]],
        "agencies": a.get("agencies", []),
        "quotes": [{"text": q, "speaker": s} for q, s in a.get("quotes", [])],
        "numbers": [{"text": n[0], "value": n[1], "qualifier": n[2], "counted": n[3], "attributed_to": n[4]} for n in a.get("numbers", [])],
        "times": [{"text": t, "date": d} for t, d in a.get("times", [])],
        "text": text,
    }


if __name__ == "__main__":
    main()

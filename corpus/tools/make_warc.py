#!/usr/bin/env python3
"""Pack the HTML pages listed in corpus/src/warc/manifest.json into a small CC-NEWS-style WARC 1.0 file:
corpus/sample/warc/cc-news-sample.warc.gz

One warcinfo record, then for each page a request record and a response record (HTTP/1.1 200,
Content-Type: text/html; charset=utf-8). Two extra captures that a reader must skip:
a 301 redirect (http:// -> https://) and an image/jpeg response of a few bytes.
Every record is its own gzip member, as in Common Crawl. Output is reproducible: record ids are
uuid5 of fixed names, gzip mtime is 0. Standard library only.

    python3 corpus/tools/make_warc.py
"""
import base64
import gzip
import hashlib
import json
import os
import uuid
from datetime import datetime
from email.utils import format_datetime
from urllib.parse import urlsplit

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.dirname(HERE)
OUT = os.path.join(CORPUS, "sample", "warc", "cc-news-sample.warc.gz")
NS = uuid.UUID("6f1c2a52-5d7e-4b8e-9a3e-2f0c6e1d7b44")  # fixed namespace for reproducible ids
FILENAME = "cc-news-sample.warc.gz"


def rid(name):
    return "<urn:uuid:%s>" % uuid.uuid5(NS, name)


def sha1_b32(data):
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode()


def record(headers, block):
    """Serialise one WARC record; Content-Length is the exact byte length of the block."""
    lines = ["WARC/1.0"]
    for k, v in headers:
        lines.append("%s: %s" % (k, v))
    lines.append("Content-Length: %d" % len(block))
    head = ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8")
    return gzip.compress(head + block + b"\r\n\r\n", mtime=0)


def http_date(iso):
    return format_datetime(datetime.fromisoformat(iso.replace("Z", "+00:00")), usegmt=True)


def request_block(uri):
    u = urlsplit(uri)
    path = u.path + ("?" + u.query if u.query else "")
    return ("GET %s HTTP/1.1\r\nHost: %s\r\nUser-Agent: CCBot/2.0 (https://commoncrawl.org/faq/)\r\n"
            "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8\r\n"
            "Accept-Encoding: identity\r\nConnection: close\r\n\r\n" % (path or "/", u.netloc)).encode("ascii")


def response_block(status, headers, body):
    head = "HTTP/1.1 %s\r\n" % status
    for k, v in headers:
        head += "%s: %s\r\n" % (k, v)
    head += "Content-Length: %d\r\n\r\n" % len(body)
    return head.encode("latin-1") + body


def capture(out, i, uri, date, warcinfo_id, status, headers, body, ptype):
    req = request_block(uri)
    req_id = rid("%d:request:%s" % (i, uri))
    out.append(record([("WARC-Type", "request"), ("WARC-Date", date), ("WARC-Record-ID", req_id),
                       ("WARC-Target-URI", uri), ("WARC-Warcinfo-ID", warcinfo_id),
                       ("Content-Type", "application/http; msgtype=request")], req))
    resp = response_block(status, headers, body)
    out.append(record([("WARC-Type", "response"), ("WARC-Date", date), ("WARC-Record-ID", rid("%d:response:%s" % (i, uri))),
                       ("WARC-Target-URI", uri), ("WARC-Concurrent-To", req_id), ("WARC-Warcinfo-ID", warcinfo_id),
                       ("WARC-IP-Address", "203.0.113.%d" % (10 + i)),
                       ("WARC-Block-Digest", sha1_b32(resp)), ("WARC-Payload-Digest", sha1_b32(body)),
                       ("WARC-Identified-Payload-Type", ptype),
                       ("Content-Type", "application/http; msgtype=response")], resp))


def main():
    with open(os.path.join(CORPUS, "src", "warc", "manifest.json"), encoding="utf-8") as f:
        pages = json.load(f)
    out = []
    info = ("software: concord corpus/tools/make_warc.py\r\nformat: WARC File Format 1.0\r\n"
            "conformsTo: https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.0/\r\n"
            "isPartOf: CC-NEWS-SAMPLE-concord\r\ndescription: Synthetic news pages written by the concord team (fictional outlets)\r\n"
            "operator: concord\r\nrobots: checked via crawler-commons\r\n").encode("utf-8")
    warcinfo_id = rid("warcinfo")
    out.append(record([("WARC-Type", "warcinfo"), ("WARC-Date", "2025-07-28T12:00:00Z"), ("WARC-Filename", FILENAME),
                       ("WARC-Record-ID", warcinfo_id), ("Content-Type", "application/warc-fields")], info))
    i = 0
    for p in pages:
        with open(os.path.join(CORPUS, p["file"]), "rb") as f:
            body = f.read()
        # a redirect from the http:// address precedes the first page of each site (first one only)
        if i == 0:
            http_uri = "http://" + p["uri"].split("://", 1)[1]
            capture(out, 100, http_uri, p["date"], warcinfo_id, "301 Moved Permanently",
                    [("Date", http_date(p["date"])), ("Server", "nginx"), ("Location", p["uri"]),
                     ("Content-Type", "text/html; charset=utf-8")],
                    b"<html><head><title>301 Moved Permanently</title></head><body><h1>301 Moved Permanently</h1></body></html>\n",
                    "text/html")
        capture(out, i, p["uri"], p["date"], warcinfo_id, "200 OK",
                [("Date", http_date(p["date"])), ("Server", "nginx"), ("Content-Type", "text/html; charset=utf-8"),
                 ("Cache-Control", "max-age=60"), ("X-Cache", "HIT")], body, "text/html")
        i += 1
        if i == 2:
            # a non-HTML capture (lead image of a page): must be ignored by the article reader
            img = bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffdb004300") + bytes(range(64)) + bytes.fromhex("ffd9")
            capture(out, 101, "https://static.pacificheraldonline.com/img/e1-en-pacific.jpg", p["date"], warcinfo_id, "200 OK",
                    [("Date", http_date(p["date"])), ("Server", "nginx"), ("Content-Type", "image/jpeg")], img, "image/jpeg")
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "wb") as f:
        for r in out:
            f.write(r)
    print("wrote %s: %d records, %d bytes" % (OUT, len(out), sum(len(r) for r in out)))


if __name__ == "__main__":
    main()

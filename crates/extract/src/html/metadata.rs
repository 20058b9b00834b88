//! What a page says about itself: title, URL, site name, authors, publication time and
//! language, from meta tags, OpenGraph, JSON-LD, `<time>` and `lang`.

use chrono::{DateTime, FixedOffset};
use concord_text::dates::parse_datetime;
use regex::Regex;
use scraper::{ElementRef, Html, Selector};
use serde_json::Value;
use std::sync::LazyLock;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct PageMeta {
    pub title: Option<String>,
    pub url: Option<String>,
    pub site_name: Option<String>,
    pub authors: Vec<String>,
    pub published: Option<DateTime<FixedOffset>>,
    pub lang: Option<String>,
}

fn sel(s: &str) -> Selector {
    Selector::parse(s).expect("static selector parses")
}

static META: LazyLock<Selector> = LazyLock::new(|| sel("meta"));
static JSON_LD: LazyLock<Selector> = LazyLock::new(|| sel(r#"script[type="application/ld+json"]"#));
static TITLE: LazyLock<Selector> = LazyLock::new(|| sel("title"));
static CANONICAL: LazyLock<Selector> = LazyLock::new(|| sel(r#"link[rel="canonical"]"#));
static TIME: LazyLock<Selector> = LazyLock::new(|| sel("time[datetime]"));
static HTML_LANG: LazyLock<Selector> = LazyLock::new(|| sel("html[lang]"));
static ITEMPROP_DATE: LazyLock<Selector> = LazyLock::new(|| sel(r#"[itemprop="datePublished"]"#));

/// Meta names and properties that carry the publication time, best first.
const DATE_KEYS: &[&str] = &[
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publication_date",
    "sailthru.date",
    "parsely-pub-date",
    "dc.date.issued",
    "dcterms.created",
    "dc.date",
    "date",
    "original-publish-date",
];

/// Reads the page's metadata. Only the `<head>` is parsed as a tree (the main-content
/// extractor parses the whole page anyway); JSON-LD, `<time>` and `<h1>` in the body are
/// found by pattern, which keeps this step well under a millisecond on large pages.
pub fn page_metadata(html: &str) -> PageMeta {
    let head_end = find_ci(html, "</head>").map_or(html.len().min(64 * 1024), |i| i + 7);
    let mut cut = head_end.min(html.len());
    while !html.is_char_boundary(cut) {
        cut -= 1;
    }
    let doc = Html::parse_document(&html[..cut]);
    let body = &html[cut..];
    let mut meta = head_metadata(&doc, body);
    if meta.title.is_none() {
        meta.title = BODY_H1
            .captures(body)
            .map(|c| strip_tags(&c[1]))
            .filter(|t| !t.is_empty());
    }
    if meta.published.is_none() {
        meta.published = BODY_TIME
            .captures_iter(body)
            .find_map(|c| parse_datetime(&c[1]));
    }
    meta
}

static BODY_H1: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?is)<h1[^>]*>(.*?)</h1>").unwrap());
static BODY_TIME: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"(?is)<time[^>]*\sdatetime\s*=\s*["']([^"']+)["']"#).unwrap());
static BODY_JSON_LD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?is)<script[^>]*application/ld\+json[^>]*>(.*?)</script>"#).unwrap()
});
static TAG: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?s)<[^>]*>").unwrap());

fn strip_tags(s: &str) -> String {
    TAG.replace_all(s, " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn find_ci(hay: &str, needle: &str) -> Option<usize> {
    hay.as_bytes()
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

fn head_metadata(doc: &Html, body: &str) -> PageMeta {
    let metas: Vec<(String, String)> = doc
        .select(&META)
        .filter_map(|m| {
            let v = m.value();
            let key = v
                .attr("property")
                .or(v.attr("name"))
                .or(v.attr("itemprop"))
                .or(v.attr("http-equiv"))?;
            let content = v.attr("content")?.trim();
            (!content.is_empty()).then(|| (key.trim().to_ascii_lowercase(), content.to_string()))
        })
        .collect();
    let meta = |key: &str| metas.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone());
    let ld = json_ld_article(doc, body);
    let ld_str = |key: &str| ld.as_ref().and_then(|o| o.get(key)).and_then(json_text);

    let page_title = doc
        .select(&TITLE)
        .next()
        .map(text_of)
        .filter(|t| !t.is_empty());
    let site_name = meta("og:site_name").or_else(|| {
        ld.as_ref()
            .and_then(|o| o.get("publisher"))
            .and_then(|p| p.get("name"))
            .and_then(json_text)
    });
    let title = ld_str("headline")
        .or_else(|| meta("og:title"))
        .or_else(|| meta("twitter:title"))
        .or_else(|| page_title.map(|t| strip_site_suffix(&t, site_name.as_deref())));

    let mut authors: Vec<String> = Vec::new();
    if let Some(a) = ld.as_ref().and_then(|o| o.get("author")) {
        collect_names(a, &mut authors);
    }
    for (k, v) in &metas {
        if (k == "author" || k == "article:author" || k == "dc.creator") && !v.starts_with("http") {
            authors.push(v.clone());
        }
    }
    dedup_keep_order(&mut authors);

    let published = ld_str("datePublished")
        .and_then(|d| parse_datetime(&d))
        .or_else(|| {
            DATE_KEYS
                .iter()
                .find_map(|k| meta(k).and_then(|d| parse_datetime(&d)))
        })
        .or_else(|| {
            doc.select(&ITEMPROP_DATE).find_map(|e| {
                e.value()
                    .attr("datetime")
                    .or(e.value().attr("content"))
                    .and_then(parse_datetime)
            })
        })
        .or_else(|| {
            doc.select(&TIME)
                .find_map(|t| t.value().attr("datetime").and_then(parse_datetime))
        });

    let url = doc
        .select(&CANONICAL)
        .find_map(|l| {
            l.value()
                .attr("href")
                .map(str::trim)
                .filter(|h| h.starts_with("http"))
                .map(str::to_string)
        })
        .or_else(|| meta("og:url"));
    let lang = doc
        .select(&HTML_LANG)
        .next()
        .and_then(|h| h.value().attr("lang"))
        .map(str::to_string)
        .or_else(|| meta("content-language"))
        .or_else(|| meta("og:locale"))
        .or_else(|| ld_str("inLanguage"))
        .map(|l| {
            l.split(['-', '_'])
                .next()
                .unwrap_or("")
                .trim()
                .to_ascii_lowercase()
        })
        .filter(|l| (2..=3).contains(&l.len()));

    PageMeta {
        title,
        url,
        site_name,
        authors,
        published,
        lang,
    }
}

fn text_of(e: ElementRef) -> String {
    e.text()
        .collect::<Vec<_>>()
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// "Headline | Outlet" -> "Headline" (also " - ", " — ", " · ").
fn strip_site_suffix(title: &str, site: Option<&str>) -> String {
    for sep in [" | ", " – ", " — ", " - ", " · ", " :: "] {
        if let Some((head, tail)) = title.rsplit_once(sep) {
            let tail_is_site = site.is_some_and(|s| tail.trim().eq_ignore_ascii_case(s.trim()));
            if tail_is_site || (tail.split_whitespace().count() <= 4 && head.len() > tail.len() * 2)
            {
                return head.trim().to_string();
            }
        }
    }
    title.trim().to_string()
}

/// The first JSON-LD object describing an article (looking into arrays and `@graph`).
fn json_ld_article(doc: &Html, body: &str) -> Option<serde_json::Map<String, Value>> {
    const TYPES: &[&str] = &[
        "NewsArticle",
        "Article",
        "ReportageNewsArticle",
        "AnalysisNewsArticle",
        "BlogPosting",
        "LiveBlogPosting",
    ];
    fn find(v: &Value) -> Option<&serde_json::Map<String, Value>> {
        match v {
            Value::Array(items) => items.iter().find_map(find),
            Value::Object(o) => {
                let is_article = match o.get("@type") {
                    Some(Value::String(t)) => TYPES.contains(&t.as_str()),
                    Some(Value::Array(ts)) => ts
                        .iter()
                        .any(|t| t.as_str().is_some_and(|t| TYPES.contains(&t))),
                    _ => false,
                };
                if is_article {
                    Some(o)
                } else {
                    o.get("@graph").and_then(find)
                }
            }
            _ => None,
        }
    }
    let parse = |raw: &str| {
        serde_json::from_str::<Value>(raw.trim())
            .ok()
            .and_then(|v| find(&v).cloned())
    };
    doc.select(&JSON_LD)
        .find_map(|s| parse(&s.text().collect::<String>()))
        .or_else(|| BODY_JSON_LD.captures_iter(body).find_map(|c| parse(&c[1])))
}

fn json_text(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        Value::Array(a) => a.first().and_then(json_text),
        _ => None,
    }
}

fn collect_names(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) => out.push(s.trim().to_string()),
        Value::Array(a) => a.iter().for_each(|x| collect_names(x, out)),
        Value::Object(o) => {
            if let Some(n) = o.get("name").and_then(json_text) {
                out.push(n);
            }
        }
        _ => {}
    }
}

fn dedup_keep_order(v: &mut Vec<String>) {
    let mut seen = std::collections::HashSet::new();
    v.retain(|x| !x.is_empty() && seen.insert(x.to_lowercase()));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_meta_json_ld_and_lang() {
        let html = r#"<html lang="pt-BR"><head><title>Kim recebe Lavrov | Diário do Atlântico</title>
<meta property="og:site_name" content="Diário do Atlântico">
<meta property="article:published_time" content="2025-07-13T09:15:00+01:00">
<link rel="canonical" href="https://diariodoatlantico.pt/mundo/kim-lavrov">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},
{"@type":"NewsArticle","headline":"Kim recebe Lavrov em Wonsan","author":[{"@type":"Person","name":"Ana Lima"}]}]}</script>
</head><body><h1>Outro</h1></body></html>"#;
        let m = page_metadata(html);
        assert_eq!(m.title.as_deref(), Some("Kim recebe Lavrov em Wonsan"));
        assert_eq!(m.site_name.as_deref(), Some("Diário do Atlântico"));
        assert_eq!(
            m.url.as_deref(),
            Some("https://diariodoatlantico.pt/mundo/kim-lavrov")
        );
        assert_eq!(m.authors, ["Ana Lima"]);
        assert_eq!(m.lang.as_deref(), Some("pt"));
        assert_eq!(
            m.published.unwrap().to_rfc3339(),
            "2025-07-13T09:15:00+01:00"
        );
    }

    #[test]
    fn falls_back_to_title_tag_and_time_element() {
        let html = r#"<html><head><title>Tajfun uderzył w Pusan - Gazeta Nowa</title></head>
<body><time datetime="2025-08-02T06:00:00Z">2 sierpnia</time></body></html>"#;
        let m = page_metadata(html);
        assert_eq!(m.title.as_deref(), Some("Tajfun uderzył w Pusan"));
        assert_eq!(
            m.published.unwrap().to_rfc3339(),
            "2025-08-02T06:00:00+00:00"
        );
    }
}

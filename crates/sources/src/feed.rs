//! RSS and Atom feeds: each item becomes a document with its link, id, title, date, authors
//! and content (`content:encoded` / Atom `content`, else `description` / `summary`).

use crate::{Body, DeclaredMeta, ErrorKind, RawDoc, SourceError};
use concord_model::{InputFormat, InputRef, PublishedFrom};
use concord_text::dates::parse_datetime;
use feed_rs::model::{Entry, FeedType};
use regex::Regex;
use std::sync::LazyLock;

pub fn read(name: &str, bytes: &[u8]) -> Vec<Result<RawDoc, SourceError>> {
    let feed = match feed_rs::parser::parse(bytes) {
        Ok(f) => f,
        Err(e) => return vec![Err(SourceError::new(name, ErrorKind::Feed(e.to_string())))],
    };
    let format = if feed.feed_type == FeedType::Atom {
        InputFormat::Atom
    } else {
        InputFormat::Rss
    };
    // feed-rs drops item dates it cannot parse (any non-English RFC 822 date) and turns the
    // rest into UTC, so the raw strings are parsed first (keeping the publisher's offset),
    // with feed-rs's dates as the fallback.
    let raw_dates = raw_item_dates(&String::from_utf8_lossy(bytes));
    let site_name = feed
        .title
        .as_ref()
        .map(|t| t.content.trim().to_string())
        .filter(|t| !t.is_empty());
    let feed_lang = feed.language.as_deref().map(short_lang);
    feed.entries
        .into_iter()
        .enumerate()
        .map(|(i, entry)| {
            let raw = raw_dates.get(i).and_then(|d| parse_datetime(d));
            item(
                name,
                i,
                format,
                entry,
                raw,
                site_name.clone(),
                feed_lang.clone(),
            )
        })
        .collect()
}

fn item(
    name: &str,
    index: usize,
    format: InputFormat,
    entry: Entry,
    raw_date: Option<chrono::DateTime<chrono::FixedOffset>>,
    site_name: Option<String>,
    feed_lang: Option<String>,
) -> Result<RawDoc, SourceError> {
    let html = entry
        .content
        .as_ref()
        .and_then(|c| c.body.clone())
        .filter(|b| !b.trim().is_empty())
        .or_else(|| entry.summary.as_ref().map(|s| s.content.clone()))
        .filter(|b| !b.trim().is_empty())
        .ok_or_else(|| {
            SourceError::new(
                format!("{name}#{index}"),
                ErrorKind::Feed("item has no content".into()),
            )
        })?;
    let published =
        raw_date.or_else(|| entry.published.or(entry.updated).map(|d| d.fixed_offset()));
    let meta = DeclaredMeta {
        // feed-rs invents an id (a hash) for items without guid/id; it is stable, so it is kept.
        id: Some(entry.id.clone()).filter(|s| !s.is_empty()),
        url: entry.links.first().map(|l| l.href.clone()),
        title: entry.title.as_ref().map(|t| t.content.trim().to_string()),
        published,
        published_from: published.map(|_| PublishedFrom::Feed),
        lang: None,
        lang_hint: entry.language.as_deref().map(short_lang).or(feed_lang),
        source: None,
        site_name,
        authors: entry
            .authors
            .iter()
            .filter_map(|a| a.name.clone())
            .filter(|n| !n.is_empty())
            .collect(),
    };
    Ok(RawDoc {
        input: InputRef {
            path: name.to_string(),
            format,
            record: Some(index),
        },
        body: Body::HtmlFragment(html),
        meta,
        reference_time: published,
    })
}

/// `pt-BR` -> `pt`.
fn short_lang(l: &str) -> String {
    l.split(['-', '_'])
        .next()
        .unwrap_or(l)
        .trim()
        .to_ascii_lowercase()
}

static ITEM: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?is)<(item|entry)[\s>].*?</(item|entry)>").unwrap());
static DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?is)<(pubDate|published|updated|dc:date)>\s*(?:<!\[CDATA\[)?(.*?)(?:\]\]>)?\s*</")
        .unwrap()
});

/// The first date element of each item, as written.
fn raw_item_dates(xml: &str) -> Vec<String> {
    ITEM.find_iter(xml)
        .map(|m| {
            DATE.captures(m.as_str())
                .map(|c| c[2].trim().to_string())
                .unwrap_or_default()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const RSS: &str = r#"<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Diário</title><language>pt-BR</language>
<item><title>Um</title><link>https://d.pt/1</link><guid>g1</guid><pubDate>Sun, 13 Jul 2025 09:15:00 +0200</pubDate>
<description>curto</description><content:encoded><![CDATA[<p>Texto completo.</p>]]></content:encoded></item>
<item><title>Dois</title><link>https://d.pt/2</link><pubDate>Dom, 13 Jul 2025 10:00:00 +0200</pubDate><description>&lt;p&gt;Só resumo.&lt;/p&gt;</description></item>
</channel></rss>"#;

    #[test]
    fn reads_rss_items_with_content_and_dates() {
        let docs: Vec<_> = read("f.rss", RSS.as_bytes())
            .into_iter()
            .map(Result::unwrap)
            .collect();
        assert_eq!(docs.len(), 2);
        assert!(matches!(&docs[0].body, Body::HtmlFragment(h) if h.contains("Texto completo")));
        assert_eq!(
            docs[0].meta.published.unwrap().to_rfc3339(),
            "2025-07-13T09:15:00+02:00"
        );
        assert_eq!(docs[0].meta.lang_hint.as_deref(), Some("pt"));
        // A Portuguese day name that feed-rs rejects still gives a date.
        assert_eq!(
            docs[1].meta.published.unwrap().to_rfc3339(),
            "2025-07-13T10:00:00+02:00"
        );
        assert_eq!(docs[1].input.format, InputFormat::Rss);
    }

    #[test]
    fn reads_atom_entries() {
        let atom = r#"<feed xmlns="http://www.w3.org/2005/Atom"><title>X</title><id>f</id><updated>2025-07-13T00:00:00Z</updated>
<entry><id>e1</id><title>T</title><link href="https://x.de/1"/><published>2025-07-12T08:00:00+02:00</published><updated>2025-07-12T08:00:00+02:00</updated>
<content type="html">&lt;p&gt;Inhalt&lt;/p&gt;</content></entry></feed>"#;
        let docs: Vec<_> = read("f.atom", atom.as_bytes())
            .into_iter()
            .map(Result::unwrap)
            .collect();
        assert_eq!(docs[0].input.format, InputFormat::Atom);
        assert_eq!(docs[0].meta.url.as_deref(), Some("https://x.de/1"));
        assert_eq!(docs[0].meta.id.as_deref(), Some("e1"));
    }

    #[test]
    fn malformed_feed_is_one_clear_error() {
        let r = read("bad.xml", b"<rss><channel><item><title>x</ti");
        assert!(matches!(
            r[0].as_ref().unwrap_err().kind,
            ErrorKind::Feed(_)
        ));
    }
}

//! Plain-text articles: an optional front-matter block of `Key: value` lines (title, url,
//! published, lang, source, author, id) ended by a blank line; otherwise the first non-empty
//! line is the title.

use crate::{Body, DeclaredMeta, RawDoc};
use concord_model::{InputFormat, InputRef, PublishedFrom};
use concord_text::dates::parse_datetime;

const KEYS: &[&str] = &[
    "title",
    "url",
    "published",
    "date",
    "lang",
    "language",
    "source",
    "author",
    "id",
];

pub fn read(name: &str, text: &str) -> RawDoc {
    let text = text.trim_start_matches('\u{FEFF}');
    let (meta, body) = front_matter(text).unwrap_or_else(|| title_first(text));
    RawDoc {
        input: InputRef {
            path: name.to_string(),
            format: InputFormat::Text,
            record: None,
        },
        body: Body::Text(body.to_string()),
        meta,
        reference_time: None,
    }
}

/// Parses a front-matter block; `None` unless the first line is a known `Key: value` and the
/// block ends with a blank line before the body.
fn front_matter(text: &str) -> Option<(DeclaredMeta, &str)> {
    let mut meta = DeclaredMeta::default();
    let mut offset = 0;
    for (seen, line) in text.split_inclusive('\n').enumerate() {
        offset += line.len();
        let l = line.trim();
        if l.is_empty() {
            return (seen > 0).then(|| (meta, &text[offset..]));
        }
        let (k, v) = l.split_once(':')?;
        let key = k.trim().to_ascii_lowercase();
        if !KEYS.contains(&key.as_str()) {
            return None;
        }
        let v = v.trim().to_string();
        match key.as_str() {
            "title" => meta.title = Some(v),
            "url" => meta.url = Some(v),
            "published" | "date" => {
                meta.published = parse_datetime(&v);
                meta.published_from = meta.published.map(|_| PublishedFrom::Input);
            }
            "lang" | "language" => meta.lang = Some(v.to_ascii_lowercase()),
            "source" => meta.source = Some(v),
            "author" => meta.authors.push(v),
            "id" => meta.id = Some(v),
            _ => {}
        }
    }
    None
}

fn title_first(text: &str) -> (DeclaredMeta, &str) {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        offset += line.len();
        if !line.trim().is_empty() {
            let meta = DeclaredMeta {
                title: Some(line.trim().to_string()),
                ..Default::default()
            };
            return (meta, &text[offset..]);
        }
    }
    (DeclaredMeta::default(), text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_front_matter() {
        let d = read("a.txt", "Title: Olá\nURL: https://x.pt/a\nPublished: 2025-07-13T10:00:00+01:00\nLang: PT\n\nCorpo.\n");
        assert_eq!(d.meta.title.as_deref(), Some("Olá"));
        assert_eq!(d.meta.url.as_deref(), Some("https://x.pt/a"));
        assert_eq!(d.meta.lang.as_deref(), Some("pt"));
        assert_eq!(
            d.meta.published.unwrap().to_rfc3339(),
            "2025-07-13T10:00:00+01:00"
        );
        assert!(matches!(d.body, Body::Text(ref t) if t == "Corpo.\n"));
    }

    #[test]
    fn first_line_is_the_title_otherwise() {
        let d = read(
            "a.txt",
            "\n\nKim promette sostegno\nEditado por: ninguém\n\nTesto.",
        );
        assert_eq!(d.meta.title.as_deref(), Some("Kim promette sostegno"));
        assert!(matches!(d.body, Body::Text(ref t) if t.starts_with("Editado por")));
    }
}

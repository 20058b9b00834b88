//! JSON and JSON lines: one article per object, with concord's field names (`id`, `url`,
//! `title`, `text` or `html`, `published`, `lang`, `source`) or news-please's (`maintext`,
//! `date_publish`, `language`, `source_domain`, `authors`). A `.json` file may hold one object
//! or an array of objects; anything else is read line by line.

use crate::{Body, DeclaredMeta, ErrorKind, RawDoc, SourceError};
use concord_model::{InputFormat, InputRef, PublishedFrom};
use concord_text::dates::parse_datetime;
use serde_json::{Map, Value};

pub fn read(name: &str, bytes: &[u8]) -> Vec<Result<RawDoc, SourceError>> {
    let text = match crate::decode::decode_bytes(bytes, Some("utf-8")) {
        Ok(t) => t,
        Err(kind) => return vec![Err(SourceError::new(name, kind))],
    };
    let trimmed = text.trim_start_matches('\u{FEFF}').trim_start();
    // A whole-document parse first: arrays, and single objects spread over several lines.
    if trimmed.starts_with('[') || !looks_like_json_lines(trimmed) {
        return match serde_json::from_str::<Value>(trimmed) {
            Ok(Value::Array(items)) => items
                .into_iter()
                .enumerate()
                .map(|(i, v)| record(&format!("{name}#{i}"), name, Some(i), v))
                .collect(),
            Ok(v) => vec![record(name, name, None, v)],
            Err(e) => vec![Err(SourceError::new(name, ErrorKind::Json(e.to_string())))],
        };
    }
    let mut out = Vec::new();
    for (i, line) in trimmed
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let line_name = format!("{name}:{}", i + 1);
        match serde_json::from_str::<Value>(line) {
            Ok(v) => out.push(record(&line_name, name, Some(out.len()), v)),
            Err(e) => out.push(Err(SourceError::new(
                line_name,
                ErrorKind::Json(e.to_string()),
            ))),
        }
    }
    out
}

/// JSON lines when the first line alone is a complete JSON value.
fn looks_like_json_lines(text: &str) -> bool {
    text.lines()
        .next()
        .is_some_and(|l| serde_json::from_str::<Value>(l).is_ok())
}

fn record(
    err_name: &str,
    path: &str,
    index: Option<usize>,
    v: Value,
) -> Result<RawDoc, SourceError> {
    let fail = |kind| SourceError::new(err_name, kind);
    let Value::Object(obj) = v else {
        return Err(fail(ErrorKind::Json("expected an object".into())));
    };
    let s = |keys: &[&str]| keys.iter().find_map(|k| string(&obj, k));
    let body = if let Some(t) = s(&["text", "maintext"]) {
        Body::Text(t)
    } else if let Some(h) = s(&["html"]) {
        Body::HtmlPage(h)
    } else {
        return Err(fail(ErrorKind::NoText));
    };
    let published = s(&["published", "date_publish", "date"]).and_then(|d| parse_datetime(&d));
    let authors = match obj.get("authors").or_else(|| obj.get("author")) {
        Some(Value::Array(a)) => a
            .iter()
            .filter_map(|x| x.as_str().map(str::to_string))
            .collect(),
        Some(Value::String(a)) => vec![a.clone()],
        _ => Vec::new(),
    };
    let meta = DeclaredMeta {
        id: s(&["id"]).or_else(|| {
            obj.get("id")
                .filter(|v| v.is_number())
                .map(|v| v.to_string())
        }),
        url: s(&["url", "link"]),
        title: s(&["title", "headline"]),
        published,
        published_from: published.map(|_| PublishedFrom::Input),
        lang: s(&["lang", "language"]).map(|l| l.to_ascii_lowercase()),
        lang_hint: None,
        source: s(&["source", "source_domain"]),
        site_name: s(&["site_name"]),
        authors,
    };
    Ok(RawDoc {
        input: InputRef {
            path: path.to_string(),
            format: InputFormat::Json,
            record: index,
        },
        body,
        meta,
        reference_time: None,
    })
}

fn string(obj: &Map<String, Value>, key: &str) -> Option<String> {
    obj.get(key)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_concord_and_news_please_fields() {
        let jl = br#"{"id":"a1","url":"https://x.it/a","title":"T","text":"Body","published":"2025-07-13T10:00:00Z","lang":"it"}
{"title":"U","maintext":"Corpo","date_publish":"2025-07-13 09:15:00","language":"pt","source_domain":"x.pt"}
"#;
        let docs: Vec<_> = read("a.jsonl", jl)
            .into_iter()
            .map(Result::unwrap)
            .collect();
        assert_eq!(docs[0].meta.id.as_deref(), Some("a1"));
        assert_eq!(docs[1].meta.source.as_deref(), Some("x.pt"));
        assert_eq!(
            docs[1].meta.published.unwrap().to_rfc3339(),
            "2025-07-13T09:15:00+00:00"
        );
        assert_eq!(docs[1].input.record, Some(1));
    }

    #[test]
    fn a_bad_line_does_not_stop_the_others() {
        let jl = b"{\"text\":\"ok\"}\n{broken\n{\"title\":\"no body\"}\n{\"html\":\"<p>x</p>\"}\n";
        let r = read("b.jsonl", jl);
        assert!(r[0].is_ok() && r[3].is_ok());
        assert_eq!(r[1].as_ref().unwrap_err().input, "b.jsonl:2");
        assert!(matches!(r[2].as_ref().unwrap_err().kind, ErrorKind::NoText));
    }

    #[test]
    fn reads_arrays_and_pretty_objects() {
        assert_eq!(
            read("a.json", b"[{\"text\":\"a\"},{\"text\":\"b\"}]").len(),
            2
        );
        assert!(read("a.json", b"{\n  \"text\": \"a\"\n}\n")[0].is_ok());
    }
}

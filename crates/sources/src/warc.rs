//! WARC archives (as in Common Crawl's CC-NEWS): each `response` record with a 2xx HTTP
//! status and an HTML payload becomes a document with the record's URL and date. Redirects,
//! errors and non-HTML payloads are skipped: they are normal in a crawl, not faults.

use crate::{Body, DeclaredMeta, ErrorKind, RawDoc, ReadOptions, SourceError};
use concord_model::{InputFormat, InputRef, PublishedFrom};
use std::io::Read;
use warc::{RecordType, WarcHeader, WarcReader};

pub fn read(name: &str, bytes: &[u8], opts: &ReadOptions) -> Vec<Result<RawDoc, SourceError>> {
    let mut out = Vec::new();
    for (i, record) in WarcReader::new(bytes).iter_records().enumerate() {
        let rec_name = format!("{name}#{i}");
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                // The reader cannot resynchronise after a malformed record: report and stop.
                out.push(Err(SourceError::new(
                    rec_name,
                    ErrorKind::Warc(e.to_string()),
                )));
                break;
            }
        };
        if *record.warc_type() != RecordType::Response {
            continue;
        }
        if record.body().len() as u64 > opts.max_bytes {
            let size = record.body().len() as u64;
            out.push(Err(SourceError::new(
                rec_name,
                ErrorKind::TooLarge {
                    size,
                    limit: opts.max_bytes,
                },
            )));
            continue;
        }
        let url = record
            .header(WarcHeader::TargetURI)
            .map(|u| u.trim().to_string());
        let date = record.date().fixed_offset();
        match http_html(record.body()) {
            Ok(Some(html)) => out.push(Ok(RawDoc {
                input: InputRef {
                    path: name.to_string(),
                    format: InputFormat::Warc,
                    record: Some(i),
                },
                body: Body::HtmlPage(html),
                meta: DeclaredMeta {
                    url,
                    // The capture date bounds the publication time from above; HTML metadata,
                    // when present, takes precedence in extraction.
                    published: Some(date),
                    published_from: Some(PublishedFrom::Warc),
                    ..Default::default()
                },
                reference_time: Some(date),
            })),
            Ok(None) => {}
            Err(kind) => out.push(Err(SourceError::new(rec_name, kind))),
        }
    }
    out
}

/// The decoded HTML of an HTTP response, `None` when it is not a 2xx HTML response.
fn http_html(payload: &[u8]) -> Result<Option<String>, ErrorKind> {
    let Some(split) = find(payload, b"\r\n\r\n")
        .map(|p| (p, 4))
        .or_else(|| find(payload, b"\n\n").map(|p| (p, 2)))
    else {
        return Err(ErrorKind::Warc(
            "response record without HTTP headers".into(),
        ));
    };
    let head = String::from_utf8_lossy(&payload[..split.0]);
    let body = &payload[split.0 + split.1..];
    let mut lines = head.lines();
    let status: u16 = lines
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| ErrorKind::Warc("response record without an HTTP status line".into()))?;
    if !(200..300).contains(&status) {
        return Ok(None);
    }
    let header = |name: &str| {
        head.lines()
            .filter_map(|l| l.split_once(':'))
            .find(|(k, _)| k.trim().eq_ignore_ascii_case(name))
            .map(|(_, v)| v.trim().to_ascii_lowercase())
    };
    let ctype = header("content-type").unwrap_or_default();
    if !(ctype.is_empty() || ctype.contains("html")) {
        return Ok(None);
    }
    let charset = ctype.split(';').find_map(|p| {
        p.trim()
            .strip_prefix("charset=")
            .map(|c| c.trim_matches('"').to_string())
    });
    let body = match header("content-encoding").as_deref() {
        Some("gzip") | Some("x-gzip") => {
            let mut out = Vec::new();
            flate2::read::MultiGzDecoder::new(body).read_to_end(&mut out)?;
            out
        }
        _ => body.to_vec(),
    };
    crate::decode::decode_html(&body, charset.as_deref()).map(Some)
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(kind: &str, uri: &str, payload: &str) -> String {
        format!(
            "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2025-07-13T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:{}>\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n{payload}\r\n\r\n",
            uuid_like(uri), payload.len()
        )
    }

    fn uuid_like(s: &str) -> String {
        format!("00000000-0000-0000-0000-{:012}", s.len())
    }

    #[test]
    fn reads_html_responses_and_skips_the_rest() {
        let ok = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body><p>Olá</p></body></html>";
        let redirect = "HTTP/1.1 301 Moved\r\nLocation: /x\r\n\r\n";
        let image = "HTTP/1.1 200 OK\r\nContent-Type: image/jpeg\r\n\r\nJFIF";
        let warc = [
            record("response", "https://a.pt/1", ok),
            record("response", "https://a.pt/2", redirect),
            record("response", "https://a.pt/3", image),
        ]
        .concat();
        let docs: Vec<_> = read("a.warc", warc.as_bytes(), &ReadOptions::default())
            .into_iter()
            .map(Result::unwrap)
            .collect();
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].meta.url.as_deref(), Some("https://a.pt/1"));
        assert_eq!(
            docs[0].reference_time.unwrap().to_rfc3339(),
            "2025-07-13T10:00:00+00:00"
        );
    }

    #[test]
    fn truncated_record_is_an_error_after_the_good_ones() {
        let ok = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>x</p>";
        let mut warc = record("response", "https://a.pt/1", ok);
        warc.push_str("WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 999\r\n\r\nshort");
        let r = read("t.warc", warc.as_bytes(), &ReadOptions::default());
        assert!(r[0].is_ok());
        assert!(r.last().unwrap().is_err());
    }
}

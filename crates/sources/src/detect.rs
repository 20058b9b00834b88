//! Which reader an input needs, from its content first and its extension second.

use crate::ErrorKind;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Detected {
    Gzip,
    Warc,
    Json,
    Feed,
    Html,
    Text,
}

/// Detects the format of `bytes` read from `name`. Content decides where it is unambiguous
/// (gzip magic, `WARC/`, `<rss`, `<feed`, `<html`); the extension decides between JSON, HTML
/// and text otherwise. Binary content (images, executables, archives) is an error.
pub fn detect_format(name: &str, bytes: &[u8]) -> Result<Detected, ErrorKind> {
    let lower = name.to_ascii_lowercase();
    if bytes.starts_with(&[0x1f, 0x8b]) {
        return Ok(Detected::Gzip);
    }
    let head = &bytes[..bytes.len().min(4096)];
    let start = skip_bom_and_space(head);
    if start.starts_with(b"WARC/") {
        return Ok(Detected::Warc);
    }
    if let Some(kind) = binary_kind(head) {
        return Err(ErrorKind::Binary(kind));
    }
    let head_lower = String::from_utf8_lossy(head).to_ascii_lowercase();
    let ext = lower.rsplit_once('.').map(|(_, e)| e).unwrap_or("");
    let is_feed_markup =
        |h: &str| h.contains("<rss") || h.contains("<feed") || h.contains("<rdf:rdf");
    if start.starts_with(b"<") && is_feed_markup(&head_lower) && !head_lower.contains("<html") {
        return Ok(Detected::Feed);
    }
    if matches!(ext, "rss" | "atom") {
        return Ok(Detected::Feed);
    }
    if matches!(ext, "json" | "jsonl" | "ndjson")
        || start.starts_with(b"{")
        || start.starts_with(b"[{")
    {
        return Ok(Detected::Json);
    }
    if matches!(ext, "html" | "htm" | "xhtml") {
        return Ok(Detected::Html);
    }
    if ext == "txt" || ext == "text" || ext == "md" {
        return Ok(Detected::Text);
    }
    let markup = [
        "<!doctype html",
        "<html",
        "<head",
        "<body",
        "<article",
        "<p>",
        "<div",
    ];
    if start.starts_with(b"<") && markup.iter().any(|m| head_lower.contains(m)) {
        return Ok(Detected::Html);
    }
    if ext == "xml" {
        return Ok(Detected::Feed);
    }
    Ok(Detected::Text)
}

fn skip_bom_and_space(b: &[u8]) -> &[u8] {
    let b = b.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(b);
    let n = b.iter().take_while(|c| c.is_ascii_whitespace()).count();
    &b[n..]
}

/// Names binary content by its magic number, or by the share of control bytes. UTF-16 text
/// (with a BOM) is not binary: the decoder handles it.
fn binary_kind(head: &[u8]) -> Option<&'static str> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"\x89PNG", "PNG image"),
        (b"\xFF\xD8\xFF", "JPEG image"),
        (b"GIF8", "GIF image"),
        (b"%PDF", "PDF document"),
        (b"PK\x03\x04", "ZIP archive"),
        (b"\x7FELF", "executable"),
        (b"RIFF", "RIFF media"),
        (b"BZh", "bzip2 archive"),
        (b"\xFD7zXZ", "xz archive"),
        (b"\x28\xB5\x2F\xFD", "zstd archive"),
    ];
    if let Some((_, kind)) = MAGIC.iter().find(|(m, _)| head.starts_with(m)) {
        return Some(kind);
    }
    if head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF]) {
        return None;
    }
    let controls = head
        .iter()
        .filter(|&&b| b < 0x09 || (0x0E..0x20).contains(&b) && b != 0x1B)
        .count();
    (head.contains(&0) || controls * 20 > head.len().max(1)).then_some("control bytes")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_by_content_and_extension() {
        assert_eq!(
            detect_format("a.bin", b"WARC/1.0\r\n").unwrap(),
            Detected::Warc
        );
        assert_eq!(
            detect_format("x", b"<?xml version='1.0'?><rss>").unwrap(),
            Detected::Feed
        );
        assert_eq!(
            detect_format("x", b"<feed xmlns='http://www.w3.org/2005/Atom'>").unwrap(),
            Detected::Feed
        );
        assert_eq!(
            detect_format("x", b"{\"title\": 1}\n").unwrap(),
            Detected::Json
        );
        assert_eq!(
            detect_format("page", b"<!DOCTYPE html><html>").unwrap(),
            Detected::Html
        );
        assert_eq!(
            detect_format("a.txt", b"<b>not html</b> says the extension").unwrap(),
            Detected::Text
        );
        assert_eq!(
            detect_format("notes", b"Just words.").unwrap(),
            Detected::Text
        );
        assert_eq!(
            detect_format("a.gz", &[0x1f, 0x8b, 8, 0]).unwrap(),
            Detected::Gzip
        );
    }

    #[test]
    fn rejects_binary_content() {
        assert!(matches!(
            detect_format("a.txt", b"\x89PNG\r\n\x1a\n"),
            Err(ErrorKind::Binary("PNG image"))
        ));
        assert!(matches!(
            detect_format("a.html", b"abc\0\0\x01\x02def"),
            Err(ErrorKind::Binary(_))
        ));
    }
}

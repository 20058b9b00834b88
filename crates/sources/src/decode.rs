//! Bytes to text: byte-order marks, declared charsets (HTTP header, `<meta charset>`, XML
//! declaration), and statistical detection (chardetng) when nothing is declared and the bytes
//! are not UTF-8.

use crate::ErrorKind;
use encoding_rs::{Encoding, UTF_8};
use regex::bytes::Regex;
use std::sync::LazyLock;

static META_CHARSET: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?i)<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_\-:.]+)"#).unwrap()
});
static XML_ENCODING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"(?i)<\?xml[^>]+encoding\s*=\s*["']([a-z0-9_\-.]+)"#).unwrap());

/// Decodes an HTML or XML document: BOM, then `declared` (an HTTP `charset`), then the
/// document's own declaration in its first 2 KB, then detection.
pub fn decode_html(bytes: &[u8], declared: Option<&str>) -> Result<String, ErrorKind> {
    let head = &bytes[..bytes.len().min(2048)];
    let in_doc = META_CHARSET
        .captures(head)
        .or_else(|| XML_ENCODING.captures(head))
        .and_then(|c| std::str::from_utf8(&c[1]).ok().map(str::to_string));
    decode_bytes(bytes, declared.or(in_doc.as_deref()))
}

/// Decodes bytes with a BOM, else the `declared` charset, else UTF-8 when valid, else the
/// charset chardetng guesses. Fails when the result would be mostly replacement characters.
pub fn decode_bytes(bytes: &[u8], declared: Option<&str>) -> Result<String, ErrorKind> {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        return finish(
            enc.decode_without_bom_handling(&bytes[bom_len..])
                .0
                .into_owned(),
            enc,
        );
    }
    let declared = declared.and_then(|l| Encoding::for_label(l.trim().as_bytes()));
    if let Ok(s) = std::str::from_utf8(bytes) {
        // Valid UTF-8 wins over a declaration: pages often declare a charset they don't use,
        // and non-ASCII text in a legacy charset is almost never valid UTF-8 by chance.
        return Ok(s.to_string());
    }
    let enc = declared.filter(|d| *d != UTF_8).unwrap_or_else(|| {
        let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
        det.feed(bytes, true);
        det.guess(None, chardetng::Utf8Detection::Allow)
    });
    let (text, _, _) = enc.decode(bytes);
    finish(text.into_owned(), enc)
}

fn finish(text: String, enc: &'static Encoding) -> Result<String, ErrorKind> {
    let bad = text.chars().filter(|&c| c == '\u{FFFD}').count();
    let total = text.chars().count().max(1);
    if bad * 10 > total {
        return Err(ErrorKind::Encoding(format!(
            "{bad} of {total} characters are not valid {}",
            enc.name()
        )));
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_declared_and_detected_charsets() {
        let cp1252 =
            b"<html><head><meta charset=\"windows-1252\"></head><body>Cora\xe7\xe3o</body></html>";
        assert!(decode_html(cp1252, None).unwrap().contains("Coração"));
        let koi8 = "Северная Корея направила тысячи военных в Курскую область".to_string();
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(&koi8);
        assert_eq!(decode_bytes(&bytes, None).unwrap(), koi8);
        assert_eq!(
            decode_bytes("héllo".as_bytes(), Some("iso-8859-1")).unwrap(),
            "héllo"
        );
    }

    #[test]
    fn decodes_utf16_with_bom() {
        let mut b = vec![0xFF, 0xFE];
        b.extend("Olá".encode_utf16().flat_map(|u| u.to_le_bytes()));
        assert_eq!(decode_bytes(&b, None).unwrap(), "Olá");
    }
}

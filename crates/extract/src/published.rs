//! Choosing the publication time from what the input, the markup and the text say.

use chrono::{DateTime, FixedOffset};
use concord_model::PublishedFrom;
use concord_text::relative::RelativeTime;

pub struct Evidence {
    /// What the input record declared (JSON field, front matter, feed date, WARC date).
    pub declared: Option<(DateTime<FixedOffset>, PublishedFrom)>,
    /// The page's metadata.
    pub meta: Option<DateTime<FixedOffset>>,
    /// A relative time printed with the article ("7 godzin temu").
    pub relative: Option<RelativeTime>,
    /// The time to resolve relative times against: the feed or WARC date, else `--now`.
    pub reference: Option<DateTime<FixedOffset>>,
}

/// Best first: a date the record itself declares, the page's metadata, a relative time in
/// the text resolved against the reference time, and last the WARC capture time (which only
/// bounds the publication time from above).
pub fn choose(e: Evidence) -> Option<(DateTime<FixedOffset>, PublishedFrom)> {
    let declared = e.declared.filter(|(_, from)| *from != PublishedFrom::Warc);
    let capture = e.declared.filter(|(_, from)| *from == PublishedFrom::Warc);
    declared
        .or(e.meta.map(|d| (d, PublishedFrom::Meta)))
        .or_else(|| Some((e.relative?.resolve(e.reference?), PublishedFrom::Text)))
        .or(capture)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> DateTime<FixedOffset> {
        DateTime::parse_from_rfc3339(s).unwrap()
    }

    #[test]
    fn meta_beats_the_warc_date_and_text_beats_nothing() {
        let warc = Some((t("2025-07-14T00:00:00Z"), PublishedFrom::Warc));
        let e = Evidence {
            declared: warc,
            meta: Some(t("2025-07-13T09:00:00Z")),
            relative: None,
            reference: None,
        };
        assert_eq!(choose(e).unwrap().1, PublishedFrom::Meta);
        let rel = concord_text::relative::find("7 godzin temu");
        let e = Evidence {
            declared: None,
            meta: None,
            relative: rel,
            reference: Some(t("2025-07-13T12:00:00Z")),
        };
        assert_eq!(
            choose(e).unwrap(),
            (t("2025-07-13T05:00:00Z"), PublishedFrom::Text)
        );
    }
}

//! Attributions that the layout of a text makes, with no speech verb: a dash and a name
//! after a quotation ("“He represents our greatest shame.” ― Sonya Herridge"), the speaker
//! labels of a transcript ("PENCE: Gennifer Flowers will not be attending…"), and a
//! headline or paragraph opening with a person's name and a colon ("Pat Caddell: Democrat
//! Voters Worried About…").

use super::marks::Quoted;
use super::{Name, QuoteFound, SpeakerRef};

/// Dashes that put a name after a quotation.
const DASHES: &[char] = &['―', '—', '–', '-'];

/// Longest transcript label, in characters ("SEN. ELIZABETH WARREN").
const MAX_LABEL: usize = 32;

/// A quotation followed, on its line, by a dash and a person's name: that person said it.
pub fn dash_speaker(
    text: &str,
    q: &Quoted,
    names: &[Name],
) -> Option<(SpeakerRef, (usize, usize))> {
    let after = &text[q.close..];
    let mark_len = after.chars().next()?.len_utf8();
    let rest = &after[mark_len..];
    let trimmed = rest.trim_start_matches([' ', '\u{a0}']);
    let dash = trimmed.chars().next().filter(|c| DASHES.contains(c))?;
    let dash_at = q.close + mark_len + (rest.len() - trimmed.len());
    let name_from = dash_at + dash.len_utf8();
    let gap = &text[name_from..];
    let name_at = name_from + (gap.len() - gap.trim_start_matches([' ', '\u{a0}']).len());
    let n = names.iter().find(|n| n.start == name_at && n.person)?;
    // The name ends the line (a full stop may close it).
    let tail = text[n.end..].trim_start_matches([' ', '\u{a0}', '.']);
    if !(tail.is_empty() || tail.starts_with('\n')) {
        return None;
    }
    let speaker = SpeakerRef {
        start: n.start,
        end: n.end,
        entity: Some(n.entity),
    };
    Some((speaker, (dash_at, name_from)))
}

/// Paragraphs opening with a speaker label or a person's name and a colon: the rest of the
/// paragraph is what they said. Each comes with whether its label is a transcript's.
pub fn labelled_paragraphs(text: &str, names: &[Name]) -> Vec<(QuoteFound, bool)> {
    let mut out = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let start = at;
        at += line.len();
        let body = line.trim_end();
        // A transcript line may open with a quotation mark that the next line closes.
        let lead = body.len() - body.trim_start_matches(['"', '“', ' ']).len();
        let Some(colon) = body[lead..].find(':') else {
            continue;
        };
        let (label_at, label_end) = (start + lead, start + lead + colon);
        let label = &text[label_at..label_end];
        let content_from = label_end + 1;
        let content = text[content_from..start + body.len()].trim();
        if content.split_whitespace().count() < 3 || label.trim().is_empty() {
            continue;
        }
        let transcript = is_transcript_label(label);
        let speaker = if transcript {
            let entity = names
                .iter()
                .find(|n| n.start >= label_at && n.end <= label_end)
                .map(|n| n.entity);
            SpeakerRef {
                start: label_at,
                end: label_end,
                entity,
            }
        } else if let Some(n) = names
            .iter()
            .find(|n| n.person && n.start == label_at && n.end == label_end)
        {
            SpeakerRef {
                start: n.start,
                end: n.end,
                entity: Some(n.entity),
            }
        } else {
            continue;
        };
        let a = content_from + text[content_from..].find(content).unwrap_or(0);
        let b = a + content.trim_end_matches(['"', '”']).len();
        let found = QuoteFound {
            start: a,
            end: b,
            direct: true,
            cue: Some((label_end, label_end + 1)),
            speaker: Some(speaker),
            via: None,
            stance: false,
        };
        out.push((found, transcript));
    }
    out
}

/// Upper-case labels of news layout that name no speaker.
const EDITORIAL_LABELS: &[&str] = &[
    "UPDATE",
    "UPDATED",
    "BREAKING",
    "BREAKING NEWS",
    "WATCH",
    "VIDEO",
    "PHOTOS",
    "PHOTO",
    "NOTE",
    "EDITOR'S NOTE",
    "EDITOR’S NOTE",
    "CORRECTION",
    "READ MORE",
    "RELATED",
    "LIVE",
    "ANALYSIS",
    "OPINION",
    "EXCLUSIVE",
    "FILE",
    "SOURCE",
    "SOURCES",
    "LISTEN",
    "ALSO READ",
    "WARNING",
    "ADVERTISEMENT",
    "TAGS",
    "TOPICS",
    "CREDIT",
];

/// An upper-case speaker label of a transcript: "PENCE", "WALLACE", "SEN. WARREN".
fn is_transcript_label(label: &str) -> bool {
    !EDITORIAL_LABELS.contains(&label.trim())
        && label.chars().count() <= MAX_LABEL
        && label.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && label
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '\'' | '’' | '-'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transcript_labels_are_upper_case_names() {
        assert!(is_transcript_label("PENCE"));
        assert!(is_transcript_label("SEN. WARREN"));
        assert!(!is_transcript_label("Poll"));
        assert!(!is_transcript_label("UN"));
        assert!(!is_transcript_label("Partial transcript as follows"));
        assert!(!is_transcript_label("UPDATE"));
    }

    #[test]
    fn transcript_lines_are_quotes_of_their_label() {
        let text = "Partial transcript as follows:\n\n\"WALLACE: Let's start with the debate.\n\n\"PENCE: Gennifer Flowers will not be attending.";
        let q = labelled_paragraphs(text, &[]);
        let said: Vec<(&str, &str)> = q
            .iter()
            .map(|(q, _)| {
                let s = q.speaker.unwrap();
                (&text[s.start..s.end], &text[q.start..q.end])
            })
            .collect();
        assert_eq!(
            said,
            [
                ("WALLACE", "Let's start with the debate."),
                ("PENCE", "Gennifer Flowers will not be attending.")
            ]
        );
    }
}

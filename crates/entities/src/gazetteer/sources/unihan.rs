//! Readings of Han characters, from Debian `unicode-data` (the Unicode Character Database's
//! Unihan, Unicode licence): the Korean (kHangul), Japanese (kJapaneseOn, kJapaneseKun) and
//! Mandarin (kMandarin) readings of each character. They tell that 姜敏瑞 in a Chinese report
//! is the 강민서 (Kang Min-seo) of a Korean one, and 佐藤健一 the Kenichi Sato of an English
//! one (see `han_readings`).

use super::archive::{self, Pinned};
use crate::gazetteer::records::Provenance;
use crate::EntityError;
use std::io::Read;
use std::path::Path;

pub(crate) const PIN: Pinned = Pinned {
    file: "unicode-data_15.0.0-1_all.deb",
    sha256: "5efef23bbb1c6a133ecbdd63a2cfa07159ccacf5466a49e2426101c5ecd691fc",
};
const MEMBER: &str = "usr/share/unicode/Unihan_Readings.txt.bz2";

/// The readings table as written into the gazetteer (one line per character: the character,
/// then its Korean, Japanese and Mandarin readings, each list comma-separated, tab between),
/// and where it came from.
pub fn load_han_readings(downloads: &Path) -> Result<(String, Provenance), EntityError> {
    let (path, bytes) = archive::read_verified(downloads, &PIN)?;
    let members = archive::deb_data_members(&path, &bytes, &|p| p == MEMBER)?;
    let m = members
        .first()
        .ok_or_else(|| EntityError::parse(&path, format!("no member {MEMBER}")))?;
    let mut text = String::new();
    bzip2::read::BzDecoder::new(m.data.as_slice())
        .read_to_string(&mut text)
        .map_err(|e| EntityError::parse(m.error_path(&path), e.to_string()))?;
    let prov = Provenance {
        package: format!("unicode-data 15.0.0-1 (Debian package {})", PIN.file),
        file: MEMBER.to_string(),
        sha256: m.sha256(),
        licence: "Unicode-DFS-2016".to_string(),
    };
    Ok((parse(&text), prov))
}

/// Unihan lines (`U+59DC<TAB>kHangul<TAB>강:0N`) into the table.
pub fn parse(unihan: &str) -> String {
    let mut rows: std::collections::BTreeMap<char, [Vec<String>; 3]> = Default::default();
    for line in unihan.lines().filter(|l| l.starts_with("U+")) {
        let mut f = line.split('\t');
        let (Some(code), Some(field), Some(value)) = (f.next(), f.next(), f.next()) else {
            continue;
        };
        let col = match field {
            "kHangul" => 0,
            "kJapaneseOn" | "kJapaneseKun" => 1,
            "kMandarin" => 2,
            _ => continue,
        };
        let Some(c) = u32::from_str_radix(&code[2..], 16)
            .ok()
            .and_then(char::from_u32)
        else {
            continue;
        };
        let row = rows.entry(c).or_default();
        for r in value.split_whitespace() {
            // "강:0N" (reading, then its sources); "HITOTSU"; "jiāng".
            let r = r.split(':').next().unwrap_or(r).to_lowercase();
            if !r.is_empty() && !row[col].contains(&r) {
                row[col].push(r);
            }
        }
    }
    let mut out = String::new();
    for (c, cols) in rows {
        out.push(c);
        for col in cols {
            out.push('\t');
            out.push_str(&col.join(","));
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn unihan_lines_become_one_row_per_character() {
        let text = "# comment\nU+59DC\tkHangul\t강:0N\nU+59DC\tkJapaneseKun\tTSUYOI\nU+59DC\tkJapaneseOn\tKYOU\nU+59DC\tkMandarin\tjiāng\nU+59DC\tkKorean\tKANG\n";
        assert_eq!(super::parse(text), "姜\t강\ttsuyoi,kyou\tjiāng\n");
    }
}

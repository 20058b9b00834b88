//! News-agency credits: "(AGI/AFP)", "(EFE)", "© dpa", "— Reuters", "/ТАСС/", "PAP",
//! datelines such as "MADRID, 12 jul (EFE) -".

use regex::Regex;
use std::sync::LazyLock;

/// Agencies and the spellings they are credited with (compared case-sensitively for short
/// acronyms, so that "ap" or "map" in running text never match).
const AGENCIES: &[(&str, &[&str])] = &[
    (
        "AFP",
        &[
            "AFP",
            "Agence France-Presse",
            "Agence France Presse",
            "法新社",
            "프랑스통신",
            "فرانس برس",
            "أ ف ب",
            "أ.ف.ب",
        ],
    ),
    ("AP", &["AP", "Associated Press", "美联社", "АП"]),
    (
        "Reuters",
        &[
            "Reuters",
            "REUTERS",
            "Рейтер",
            "Рейтерс",
            "路透社",
            "로이터",
            "رويترز",
            "ロイター",
        ],
    ),
    ("AGI", &["AGI"]),
    ("ANSA", &["ANSA", "Ansa"]),
    ("Adnkronos", &["Adnkronos", "ADNKRONOS"]),
    ("EFE", &["EFE", "Efe"]),
    ("Europa Press", &["Europa Press"]),
    ("dpa", &["dpa", "DPA"]),
    ("APA", &["APA"]),
    ("KNA", &["KNA"]),
    ("epd", &["epd"]),
    ("PAP", &["PAP"]),
    ("TASS", &["TASS", "ТАСС", "塔斯社"]),
    ("RIA Novosti", &["RIA Novosti", "РИА Новости", "РИА"]),
    ("Interfax", &["Interfax", "Интерфакс", "Інтерфакс"]),
    ("Ukrinform", &["Ukrinform", "Укрінформ"]),
    ("UNIAN", &["UNIAN", "УНІАН"]),
    ("Xinhua", &["Xinhua", "新华社", "新華社", "신화통신"]),
    ("Yonhap", &["Yonhap", "연합뉴스", "韩联社", "聯合"]),
    ("Kyodo", &["Kyodo", "共同社", "共同通信"]),
    ("Jiji", &["Jiji", "時事通信"]),
    ("Lusa", &["Lusa", "LUSA"]),
    ("Agência Brasil", &["Agência Brasil"]),
    ("KCNA", &["KCNA", "ЦТАК", "朝中社", "조선중앙통신"]),
    ("WAFA", &["WAFA", "وفا"]),
    ("MENA", &["MENA", "أ ش أ", "أ.ش.أ"]),
    ("SANA", &["SANA", "سانا"]),
    ("SPA", &["SPA", "واس"]),
    ("KUNA", &["KUNA", "كونا"]),
    ("QNA", &["QNA", "قنا"]),
    ("WAM", &["WAM", "وام"]),
    ("IRNA", &["IRNA", "إرنا"]),
    ("Anadolu", &["Anadolu", "AA"]),
    ("Belga", &["Belga", "BELGA"]),
    ("ANP", &["ANP"]),
    ("Keystone-SDA", &["Keystone-SDA", "SDA", "ATS"]),
    ("ČTK", &["ČTK", "CTK"]),
    ("MTI", &["MTI"]),
    ("BTA", &["BTA", "БТА"]),
    ("Agerpres", &["Agerpres", "AGERPRES"]),
    ("Tanjug", &["Tanjug"]),
    ("HINA", &["HINA", "Hina"]),
    ("STA", &["STA"]),
    ("Bernama", &["Bernama"]),
    ("Antara", &["Antara", "ANTARA"]),
    ("PTI", &["PTI"]),
    ("IANS", &["IANS"]),
    ("CNA", &["CNA", "中央社"]),
    ("Sputnik", &["Sputnik", "Спутник"]),
    ("Notimex", &["Notimex"]),
    ("Télam", &["Télam"]),
    ("Prensa Latina", &["Prensa Latina"]),
    ("NTB", &["NTB"]),
    ("TT", &["TT"]),
    ("Ritzau", &["Ritzau"]),
    ("STT", &["STT"]),
];

/// The canonical name of an agency spelled `s`, if it is one.
pub fn agency(s: &str) -> Option<&'static str> {
    let s = s
        .trim()
        .trim_matches(|c: char| matches!(c, '.' | ',' | ';' | ':'));
    AGENCIES
        .iter()
        .find(|(_, names)| names.contains(&s))
        .map(|(canon, _)| *canon)
}

/// Parses a credit made only of agency names joined by `/`, `,`, `-`, `+`, `and`, `e`, `y`, `и`
/// ("AGI/AFP", "AFP, Reuters", "dpa-AFX"). Returns the agencies, or `None` if any part is not one.
pub fn credit_list(s: &str) -> Option<Vec<&'static str>> {
    // Korean datelines credit as "(서울=연합뉴스)": the agency follows the city.
    let s = s.rsplit_once('=').map_or(s, |(_, agency)| agency);
    let s = CONNECTOR.replace(s.trim(), "");
    let parts: Vec<&str> = SEPARATOR
        .split(s.trim())
        .filter(|p| !p.trim().is_empty())
        .collect();
    if parts.is_empty() {
        return None;
    }
    parts.iter().map(|p| agency(p)).collect()
}

/// "avec AFP", "con información de EFE", "Source: AFP", "来源：新华社": a credit's lead-in.
static CONNECTOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:(?:with|avec|con|com|mit|z|з|с|y|and)(?: información de| informações da| informações de)?|fonte|fuente|source|quelle|źródło|источник|джерело|المصدر|来源|來源|출처)\s*[:：]?\s+|^(?:来源|來源|출처)\s*[:：]\s*").unwrap()
});

static SEPARATOR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s*(?:/|,|\+|;|\s-\s|\s(?:and|e|y|et|und|i|и|і)\s)\s*").unwrap());

/// A credit at the very start of a span: "(AGI/AFP)", "/ТАСС/", "© dpa", "— Reuters", "Foto: EFE".
/// Returns the byte length of the credit and its agencies.
pub fn leading_credit(s: &str) -> Option<(usize, Vec<&'static str>)> {
    let caps = LEADING.captures(s)?;
    let inner = caps.name("inner")?.as_str();
    let agencies = credit_list(inner)?;
    Some((caps.get(0)?.end(), agencies))
}

/// A credit at the very end of a span. Returns the byte offset where it starts and its agencies.
pub fn trailing_credit(s: &str) -> Option<(usize, Vec<&'static str>)> {
    let caps = TRAILING.captures(s)?;
    let inner = caps.name("inner")?.as_str();
    let agencies = credit_list(inner)?;
    Some((caps.get(0)?.start(), agencies))
}

/// "(AGI/AFP)" or "/ТАСС/": agency names between parentheses or slashes.
const BRACKETED: &str = r"[\(/（](?P<inner>[^()/（）]{2,60}(?:/[^()/（）]{2,30})*)[\)/）]";

static LEADING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"^\s*{BRACKETED}\s*[-–—.:]*\s*")).unwrap());

static TRAILING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"\s*{BRACKETED}\s*\.?\s*$")).unwrap());

/// A whole line that is only a credit: "PAP", "© dpa", "— Reuters", "(EFE)", "/ТАСС/",
/// "Source: AFP", "Con información de EFE". Returns its agencies.
pub fn credit_line(line: &str) -> Option<Vec<&'static str>> {
    let l = line.trim();
    let inner = CREDIT_LINE
        .captures(l)
        .and_then(|c| c.name("inner"))
        .map_or(l, |m| m.as_str());
    let inner = inner
        .trim()
        .trim_matches(|c: char| matches!(c, '(' | ')' | '（' | '）' | '/' | '.' | ' '));
    credit_list(inner)
}

static CREDIT_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:©|\(c\)|copyright|[-–—]|with|con información de|com|con|avec|mit|z|з|с|fonte|fuente|source|quelle|źródło|источник|джерело|المصدر|来源|출처)?\s*:?\s*(?P<inner>.+?)\s*$").unwrap()
});

/// Agencies credited in a dateline at the start of a text: "MADRID, 12 jul (EFE) -",
/// "WONSAN (AFP) —", "СЕУЛ, 13 июля. /ТАСС/.". The dateline stays in the text.
pub fn dateline_agencies(first_paragraph: &str) -> Vec<&'static str> {
    let head: String = first_paragraph.chars().take(80).collect();
    DATELINE
        .captures(&head)
        .and_then(|c| c.name("inner").and_then(|m| credit_list(m.as_str())))
        .unwrap_or_default()
}

static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[\p{Lu}][^()/]{0,50}?[\(/](?P<inner>[^()/]{2,30})[\)/]\s*[.,]?\s*[-–—.:]")
        .unwrap()
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_credit_lists() {
        assert_eq!(credit_list("AGI/AFP"), Some(vec!["AGI", "AFP"]));
        assert_eq!(credit_list("AFP, Reuters"), Some(vec!["AFP", "Reuters"]));
        assert_eq!(credit_list("Kim and Lavrov"), None);
    }

    #[test]
    fn finds_leading_and_trailing_credits() {
        let (len, a) = leading_credit("(AGI/AFP) www.agi.it Nota: altro").unwrap();
        assert_eq!(a, ["AGI", "AFP"]);
        assert_eq!(
            &"(AGI/AFP) www.agi.it Nota: altro"[len..],
            "www.agi.it Nota: altro"
        );
        let s = "disse o ministro. (EFE)";
        let (start, a) = trailing_credit(s).unwrap();
        assert_eq!((&s[..start], a), ("disse o ministro.", vec!["EFE"]));
        assert_eq!(
            trailing_credit("a cidade de Wonsan (Coreia do Norte)"),
            None
        );
    }

    #[test]
    fn recognises_credit_lines_and_datelines() {
        assert_eq!(credit_line("PAP"), Some(vec!["PAP"]));
        assert_eq!(credit_line("© dpa"), Some(vec!["dpa"]));
        assert_eq!(credit_line("— Reuters"), Some(vec!["Reuters"]));
        assert_eq!(credit_line("/ТАСС/"), Some(vec!["TASS"]));
        assert_eq!(credit_line("Con información de EFE"), Some(vec!["EFE"]));
        assert_eq!(credit_line("Kim Jong Un"), None);
        assert_eq!(credit_line("(avec AFP)"), Some(vec!["AFP"]));
        assert_eq!(credit_line("（新华社）"), Some(vec!["Xinhua"]));
        assert_eq!(credit_line("（来源：新华社）"), Some(vec!["Xinhua"]));
        assert_eq!(credit_line("(أ ف ب)"), Some(vec!["AFP"]));
        assert_eq!(
            leading_credit("(서울=연합뉴스) 북한이").map(|c| c.1),
            Some(vec!["Yonhap"])
        );
        assert_eq!(
            dateline_agencies("MADRID, 12 jul (EFE) - El Banco Central"),
            vec!["EFE"]
        );
        assert_eq!(
            dateline_agencies("СЕУЛ, 13 июля. /ТАСС/. Лидер КНДР"),
            vec!["TASS"]
        );
    }
}

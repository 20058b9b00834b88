//! Language identification for whole articles and for single lines.
//!
//! Measured on our own 36-language set (see the README): whatlang (69 languages, ~80 µs per
//! paragraph) is right on paragraphs but weak on short lines (71%); lingua in high-accuracy
//! mode is right on 92% of short lines but costs ~0.4 ms per line and 5 MB of binary per
//! language. So documents go to whatlang, and lingua (35 languages) settles what whatlang is
//! unsure of and judges short lines, where foreign-language chrome hides.

use lingua::{Language, LanguageDetector, LanguageDetectorBuilder};
use std::sync::LazyLock;
use whatlang::{Lang, Script};

/// A detected language: ISO 639-1 code where one exists (else ISO 639-3) and a confidence in [0, 1].
#[derive(Debug, Clone, PartialEq)]
pub struct Detected {
    pub code: &'static str,
    pub confidence: f64,
}

const LINGUA_LANGS: &[Language] = &[
    Language::English,
    Language::German,
    Language::French,
    Language::Spanish,
    Language::Portuguese,
    Language::Italian,
    Language::Dutch,
    Language::Polish,
    Language::Russian,
    Language::Ukrainian,
    Language::Bulgarian,
    Language::Czech,
    Language::Slovak,
    Language::Croatian,
    Language::Serbian,
    Language::Bosnian,
    Language::Swedish,
    Language::Danish,
    Language::Bokmal,
    Language::Romanian,
    Language::Hungarian,
    Language::Greek,
    Language::Hebrew,
    Language::Arabic,
    Language::Persian,
    Language::Hindi,
    Language::Indonesian,
    Language::Malay,
    Language::Vietnamese,
    Language::Thai,
    Language::Turkish,
    Language::Finnish,
    Language::Chinese,
    Language::Japanese,
    Language::Korean,
];

static LINGUA: LazyLock<LanguageDetector> =
    LazyLock::new(|| LanguageDetectorBuilder::from_languages(LINGUA_LANGS).build());

/// Texts longer than this are cut before detection: the language is settled well before.
const MAX_DETECT_BYTES: usize = 4000;

/// The language of a document (title and body).
pub fn detect_document(text: &str) -> Option<Detected> {
    let text = prefix(text, MAX_DETECT_BYTES);
    let info = whatlang::detect(text)?;
    // whatlang confuses hr/sr/bs and id/ms; lingua knows them apart.
    let ambiguous = matches!(info.lang(), Lang::Hrv | Lang::Srp | Lang::Ind);
    if ambiguous || !info.is_reliable() {
        let values = LINGUA.compute_language_confidence_values(prefix(text, 1000));
        if let Some(&(l, c)) = values.first() {
            if c >= 0.5 {
                return Some(Detected {
                    code: lingua_code(l),
                    confidence: c,
                });
            }
        }
    }
    Some(Detected {
        code: whatlang_code(info.lang()),
        confidence: info.confidence(),
    })
}

/// The language of a short line when it is confidently *another* language than `doc_lang`
/// (an ISO 639-1 code). Conservative by design: only languages lingua knows are judged,
/// sibling languages (hr/sr/bs, id/ms, zh/ja) never count as foreign, and lines with fewer
/// than four letters (numbers, "www.agi.it") are left alone.
pub fn foreign_line(line: &str, doc_lang: &str) -> Option<Detected> {
    if line.chars().filter(|c| c.is_alphabetic()).count() < 4 {
        return None;
    }
    let doc = LINGUA_LANGS
        .iter()
        .copied()
        .find(|l| lingua_code(*l) == doc_lang)?;
    // whatlang (~45 µs) agrees with the article's language on most of its own lines and on
    // almost no foreign one (0.5% in our measurement), so lingua (~0.4 ms) only judges the rest.
    if whatlang::detect(line).is_some_and(|i| whatlang_code(i.lang()) == doc_lang) {
        return None;
    }
    let doc_script = script_of(doc);
    let line_script = whatlang::detect_script(line);
    if doc == Language::Japanese && line_script == Some(Script::Mandarin) {
        return None; // a kanji-only line is Japanese as often as Chinese
    }
    // In a non-Latin article, judge only the words in the article's script: "Поделиться:
    // Facebook, Twitter" is Russian chrome, not English.
    let kept: String = match doc_script {
        Some(s) if s != Script::Latin => {
            let words: Vec<&str> = line
                .split_whitespace()
                .filter(|w| whatlang::detect_script(w) == Some(s))
                .collect();
            if words.is_empty() {
                line.to_string()
            } else {
                words.join(" ")
            }
        }
        _ => line.to_string(),
    };
    let values = LINGUA.compute_language_confidence_values(kept.as_str());
    let p_doc = values.iter().find(|(l, _)| *l == doc).map_or(0.0, |v| v.1);
    let &(top, p_top) = values.first()?;
    let foreign = (p_doc < 0.02 && p_top >= 0.25) || (p_doc < 0.05 && p_top >= 0.5);
    (foreign && !siblings(top, doc)).then(|| Detected {
        code: lingua_code(top),
        confidence: p_top,
    })
}

fn siblings(a: Language, b: Language) -> bool {
    use Language::*;
    let group = |l: Language| match l {
        Croatian | Serbian | Bosnian => 1,
        Indonesian | Malay => 2,
        Chinese | Japanese => 3,
        Danish | Bokmal => 4,
        _ => 100 + l as u32,
    };
    group(a) == group(b)
}

fn script_of(l: Language) -> Option<Script> {
    use Language::*;
    Some(match l {
        Russian | Ukrainian | Bulgarian => Script::Cyrillic,
        Arabic | Persian => Script::Arabic,
        Hebrew => Script::Hebrew,
        Greek => Script::Greek,
        Hindi => Script::Devanagari,
        Thai => Script::Thai,
        Korean => Script::Hangul,
        Chinese | Japanese => Script::Mandarin,
        Serbian => return None, // written in both Cyrillic and Latin
        _ => Script::Latin,
    })
}

fn prefix(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

fn lingua_code(l: Language) -> &'static str {
    use Language::*;
    match l {
        English => "en",
        German => "de",
        French => "fr",
        Spanish => "es",
        Portuguese => "pt",
        Italian => "it",
        Dutch => "nl",
        Polish => "pl",
        Russian => "ru",
        Ukrainian => "uk",
        Bulgarian => "bg",
        Czech => "cs",
        Slovak => "sk",
        Croatian => "hr",
        Serbian => "sr",
        Bosnian => "bs",
        Swedish => "sv",
        Danish => "da",
        Bokmal => "nb",
        Romanian => "ro",
        Hungarian => "hu",
        Greek => "el",
        Hebrew => "he",
        Arabic => "ar",
        Persian => "fa",
        Hindi => "hi",
        Indonesian => "id",
        Malay => "ms",
        Vietnamese => "vi",
        Thai => "th",
        Turkish => "tr",
        Finnish => "fi",
        Chinese => "zh",
        Japanese => "ja",
        Korean => "ko",
        #[allow(unreachable_patterns)]
        _ => "und",
    }
}

/// ISO 639-1 codes for whatlang's 69 languages (whatlang reports ISO 639-3).
fn whatlang_code(l: Lang) -> &'static str {
    use Lang::*;
    match l {
        Epo => "eo",
        Eng => "en",
        Rus => "ru",
        Cmn => "zh",
        Spa => "es",
        Por => "pt",
        Ita => "it",
        Ben => "bn",
        Fra => "fr",
        Deu => "de",
        Ukr => "uk",
        Kat => "ka",
        Ara => "ar",
        Hin => "hi",
        Jpn => "ja",
        Heb => "he",
        Yid => "yi",
        Pol => "pl",
        Amh => "am",
        Jav => "jv",
        Kor => "ko",
        Nob => "nb",
        Dan => "da",
        Swe => "sv",
        Fin => "fi",
        Tur => "tr",
        Nld => "nl",
        Hun => "hu",
        Ces => "cs",
        Ell => "el",
        Bul => "bg",
        Bel => "be",
        Mar => "mr",
        Kan => "kn",
        Ron => "ro",
        Slv => "sl",
        Hrv => "hr",
        Srp => "sr",
        Mkd => "mk",
        Lit => "lt",
        Lav => "lv",
        Est => "et",
        Tam => "ta",
        Vie => "vi",
        Urd => "ur",
        Tha => "th",
        Guj => "gu",
        Uzb => "uz",
        Pan => "pa",
        Aze => "az",
        Ind => "id",
        Tel => "te",
        Pes => "fa",
        Mal => "ml",
        Ori => "or",
        Mya => "my",
        Nep => "ne",
        Sin => "si",
        Khm => "km",
        Tuk => "tk",
        Aka => "ak",
        Zul => "zu",
        Sna => "sn",
        Afr => "af",
        Lat => "la",
        Slk => "sk",
        Cat => "ca",
        Tgl => "tl",
        Hye => "hy",
        #[allow(unreachable_patterns)]
        _ => l.code(),
    }
}

/// Number of languages concord can identify (whatlang's set, plus lingua's for those it lacks).
pub fn supported_languages() -> usize {
    let mut codes: Vec<&str> = Lang::all().iter().map(|l| whatlang_code(*l)).collect();
    codes.extend(LINGUA_LANGS.iter().map(|l| lingua_code(*l)));
    codes.sort_unstable();
    codes.dedup();
    codes.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_article_languages_across_scripts() {
        let cases = [
            ("pt", "A Coreia do Norte enviou milhares de tropas para a região de Kursk, segundo o serviço de inteligência."),
            ("it", "La Corea del Nord ha già inviato migliaia di soldati nella regione di Kursk, secondo l'intelligence."),
            ("ru", "Северная Корея направила тысячи военных в Курскую область, сообщила разведка."),
            ("uk", "Північна Корея направила тисячі військових до Курської області, повідомила розвідка."),
            ("ar", "أرسلت كوريا الشمالية آلاف الجنود إلى منطقة كورسك، بحسب جهاز الاستخبارات."),
            ("zh", "朝鲜已向库尔斯克地区派遣数千名士兵，情报机构表示。"),
            ("ko", "북한은 쿠르스크 지역에 수천 명의 병력을 파견했다고 정보기관이 밝혔다."),
        ];
        for (code, text) in cases {
            let d = detect_document(text).unwrap();
            assert_eq!(d.code, code, "{text}");
            assert!(d.confidence > 0.5, "{text}: {}", d.confidence);
        }
    }

    #[test]
    fn flags_a_foreign_chrome_line_but_not_the_articles_own_subheading() {
        assert_eq!(
            foreign_line("Idź do oryginalnego materiału", "it")
                .unwrap()
                .code,
            "pl"
        );
        assert_eq!(
            foreign_line("Alleanza militare sempre più salda", "it"),
            None
        );
        assert_eq!(foreign_line("www.agi.it", "it"), None);
        assert_eq!(foreign_line("Share this article", "ru").unwrap().code, "en");
    }

    #[test]
    fn supports_at_least_sixty_languages() {
        assert!(supported_languages() >= 60);
    }
}

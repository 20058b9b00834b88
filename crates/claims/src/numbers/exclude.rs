//! Digits that are not quantities: codes and names (G7, COVID-19, Su-57), dates, clock
//! times, scores, phone numbers, labels ("artigo 5"), list numbering and years.

use super::numerals::{digits, is_digit};
use super::text::{at, before, is_alnum, is_alpha, is_arabic_prefix, script, skip_blank, Script};
use rustc_hash::FxHashSet;
use std::sync::LazyLock;

/// Whether the digits at `i` are glued to a code on their left: a letter ("G7", "MH17"),
/// a letter and hyphen ("Su-57", "COVID-19"), a path, tag or handle, a phone "+", or an
/// elided year ("'90s").
pub(super) fn glued_left(text: &str, i: usize) -> bool {
    let Some(c) = before(text, i) else {
        return false;
    };
    let p = i - c.len_utf8();
    let pc = before(text, p);
    match c {
        '#' | '№' | '@' | '/' | '\\' | '_' | '§' | '=' | '&' => true,
        // "+7 495 …" is a phone number, "+35 градусов" a signed quantity.
        '+' => {
            let (e, _, n) = super::numerals::digits(text, i);
            let e = if at(text, e) == Some(',') || at(text, e) == Some('.') {
                super::numerals::digits(text, e + 1).0
            } else {
                e
            };
            let unit = matches!(at(text, e), Some('°' | '%' | 'º'))
                || super::units::after(text, super::text::skip_blank(text, e)).is_some();
            n > 3 || !unit || pc.is_some_and(is_alnum)
        }
        // "Su-57", and Chinese designations: "歼-20", "东风-41".
        '-' | '‐' | '–' => pc.is_some_and(|d| is_alpha(d) || script(d) == Some(Script::Han)),
        '.' => pc.is_some_and(is_alnum),
        '\'' | '’' => pc.is_none_or(|d| !is_alnum(d)),
        _ if is_alpha(c) => {
            // Arabic "و10" (and 10), "ب10" (with 10): a one-letter prefix, not a code.
            !(is_arabic_prefix(c) && pc.is_none_or(|d| !is_alnum(d)))
        }
        _ => false,
    }
}

/// The end of a code or phone number starting at `i`, so scanning resumes after all of it.
pub(super) fn code_end(text: &str, mut i: usize) -> usize {
    let phone = before(text, i) == Some('+');
    while let Some(c) = at(text, i) {
        let keep = is_alnum(c)
            || matches!(c, '-' | '.' | '/' | '_') && at(text, i + 1).is_some_and(is_alnum)
            || phone && matches!(c, ' ' | '(' | ')') && at(text, i + 1).is_some_and(is_digit);
        if !keep {
            break;
        }
        i += c.len_utf8();
    }
    i
}

/// Dates, clock times, scores, fractions and phone numbers written with digits and
/// punctuation only ("13.07.2025", "10:30", "2:1", "24/7", "15h30", "123-45-67"): the end
/// of the whole expression, to be skipped.
pub(super) fn punctuated(text: &str, i: usize) -> Option<usize> {
    let (e1, v1, n1) = digits(text, i);
    let s1 = at(text, e1)?;
    let (e2, v2, n2) = digits(text, e1 + s1.len_utf8());
    let s2 = at(text, e2);
    let (e3, _, n3) = match s2 {
        Some(c) if n2 > 0 => digits(text, e2 + c.len_utf8()),
        _ => (e2, 0.0, 0),
    };
    if n2 == 0 {
        // "15h" alone: an hour when no letter follows.
        let clock = matches!(s1, 'h' | 'H') && n1 <= 2 && v1 <= 24.0;
        return (clock && !at(text, e1 + 1).is_some_and(char::is_alphabetic)).then_some(e1 + 1);
    }
    match s1 {
        ':' => Some(if n3 > 0 && s2 == Some(':') { e3 } else { e2 }),
        'h' | 'H' if n1 <= 2 && v1 <= 24.0 && n2 == 2 => Some(e2),
        '/' => {
            let mut e = e2;
            if s2 == Some('/') && n3 > 0 {
                e = e3;
            }
            Some(e)
        }
        '.' | '-' if s2 == Some(s1) && n3 > 0 => {
            let date =
                (n1 <= 2 && n2 <= 2 && (n3 == 2 || n3 == 4)) || (n1 == 4 && n2 <= 2 && n3 <= 2);
            if date {
                return Some(e3);
            }
            // "123-45-67", "800-555-1234": a phone number.
            (s1 == '-').then(|| {
                let mut e = e3;
                while at(text, e) == Some('-') && at(text, e + 1).is_some_and(is_digit) {
                    e = digits(text, e + 1).0;
                }
                e
            })
        }
        // "13.07." (German and Polish day and month); but a one-digit decimal closing a
        // sentence is a decimal ("measured it at 5.5. Office workers…").
        '.' if s2 == Some('.')
            && n1 <= 2
            && n2 <= 2
            && (1.0..=31.0).contains(&v1)
            && (1.0..=12.0).contains(&v2)
            && (n2 == 2 || !sentence_follows(text, e2 + 1)) =>
        {
            Some(e2 + 1)
        }
        // "10.30 Uhr".
        '.' if n1 <= 2 && n2 == 2 && v1 <= 24.0 && v2 < 60.0 => {
            let j = skip_blank(text, e2);
            let word: String = text[j..]
                .chars()
                .take(4)
                .flat_map(char::to_lowercase)
                .collect();
            (word.starts_with("uhr")
                || word.starts_with("h ")
                || word == "h"
                || word.starts_with("godz"))
            .then_some(e2)
        }
        _ => None,
    }
}

/// Whether a new sentence starts at `i`: a space, then a capital letter.
fn sentence_follows(text: &str, i: usize) -> bool {
    let mut rest = text[i.min(text.len())..].chars();
    rest.next().is_some_and(char::is_whitespace) && rest.next().is_some_and(char::is_uppercase)
}

/// Words after which a number is a reference, not a quantity ("artigo 5", "page 3", "No. 7").
#[rustfmt::skip]
static LABELS: LazyLock<FxHashSet<&'static str>> = LazyLock::new(|| {
    [
        "article", "art", "artigo", "artículo", "articolo", "artikel", "artykuł", "artykułu",
        "статья", "статьи", "статті", "стаття", "page", "p", "pp", "página", "pág", "pagina",
        "pag", "seite", "strona", "str", "страница", "стр", "сторінка", "no", "nº", "n", "nr",
        "num", "número", "numero", "nummer", "номер", "chapter", "capítulo", "capitolo",
        "kapitel", "rozdział", "глава", "розділ", "section", "sección", "sezione", "abschnitt",
        "paragraph", "parágrafo", "paragrafo", "paragraf", "пункт", "punkt", "line", "linha",
        "línea", "linea", "linie", "linia", "линия", "лінія", "route", "rota", "ruta", "highway",
        "flight", "voo", "vuelo", "volo", "flug", "lot", "рейс", "room", "resolution",
        "resolução", "resolución", "risoluzione", "rezolucja", "резолюция", "резолюції",
        "decree", "decreto", "dekret", "указ", "level", "nível", "nivel", "livello", "stufe",
        "poziom", "уровень", "phase", "fase", "etapa", "season", "temporada", "stagione",
        "staffel", "sezon", "сезон", "episode", "episódio", "episodio", "folge", "odcinek",
        "серия", "version", "versão", "versión", "versione", "model", "modelo", "modello",
        "modell", "type", "tipo", "typ", "тип", "class", "classe", "clase", "klasse", "klasa",
        "класс", "category", "categoria", "categoría", "kategorie", "kategoria", "категория",
        "gate", "platform", "plataforma", "gleis", "bus", "row", "fila", "reihe", "rząd", "ряд",
        "vol", "volume", "tomo", "band", "tom", "том", "item", "inciso", "alínea", "edição",
        "edition", "edizione", "ausgabe", "wydanie", "выпуск", "top", "άρθρο", "σελίδα",
        "αριθμός", "المادة", "رقم", "صفحة", "lei", "law", "ley", "legge", "gesetz", "ustawa",
        "закон", "anos", "années", "anni", "años", "jahre", "lata", "годы", "роки", "punto",
        "قرار", "القرار", "قراره", "قرارها", "ч", "ст", "п", "пп", "ust", "pkt", "par",
    ]
    .into_iter()
    .collect()
});

pub(super) fn is_label(lower: &str) -> bool {
    LABELS.contains(lower)
}

/// Decades are written "anos 90", "années 90": a label only before a round two-digit number.
pub(super) fn is_decade_label(lower: &str) -> bool {
    matches!(
        lower,
        "anos" | "années" | "anni" | "años" | "jahre" | "lata" | "годы" | "роки"
    )
}

/// Words right after a year ("в 2024 году", "w 2024 r.", "2024 рік").
pub(super) fn is_year_word(lower: &str) -> bool {
    matches!(
        lower,
        "году"
            | "года"
            | "год"
            | "г"
            | "roku"
            | "rok"
            | "r"
            | "року"
            | "рік"
            | "р"
            | "ad"
            | "bc"
    )
}

#[rustfmt::skip]
const GREEK_MONTHS: &[&str] = &[
    "ιανουαρίου", "φεβρουαρίου", "μαρτίου", "απριλίου", "μαΐου", "ιουνίου", "ιουλίου",
    "αυγούστου", "σεπτεμβρίου", "οκτωβρίου", "νοεμβρίου", "δεκεμβρίου", "ιανουάριος",
    "φεβρουάριος", "μάρτιος", "απρίλιος", "μάιος", "ιούνιος", "ιούλιος", "αύγουστος",
    "σεπτέμβριος", "οκτώβριος", "νοέμβριος", "δεκέμβριος",
];

/// A month name next to a number makes a date. Abbreviations that are also words
/// ("mar", "set", "out") count only with their dot.
pub(super) fn is_month(lower: &str, dotted: bool) -> bool {
    if GREEK_MONTHS.contains(&lower) {
        return true;
    }
    if !concord_text::dates::is_month_name(lower) {
        return false;
    }
    // Abbreviations that are also words: "mar" (sea), "set", "out", "ago".
    dotted || !matches!(lower, "mar" | "set" | "out" | "ago" | "jan" | "dec")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn punctuated_forms() {
        assert_eq!(punctuated("13.07.2025 x", 0), Some(10));
        assert_eq!(punctuated("2025-07-13", 0), Some(10));
        assert_eq!(punctuated("10:30 h", 0), Some(5));
        assert_eq!(punctuated("2:1 win", 0), Some(3));
        assert_eq!(punctuated("24/7", 0), Some(4));
        assert_eq!(punctuated("5.5. Office workers", 0), None);
        assert_eq!(punctuated("am 13.07. Der Zug", 3), Some(9));
        assert_eq!(punctuated("15h30", 0), Some(5));
        assert_eq!(punctuated("15h às", 0), Some(3));
        assert_eq!(punctuated("am 13.07. in", 3), Some(9));
        assert_eq!(punctuated("10.30 Uhr", 0), Some(5));
        assert_eq!(punctuated("123-45-67", 0), Some(9));
        assert_eq!(punctuated("10-12 people", 0), None);
        assert_eq!(punctuated("1.234.567", 0), None);
        assert_eq!(punctuated("2.5 million", 0), None);
        assert_eq!(punctuated("10 km", 0), None);
    }

    #[test]
    fn glued_codes() {
        let t = "G7 Su-57 COVID-19 +7 #5 '90 10";
        assert!(glued_left(t, 1));
        assert!(glued_left(t, 6));
        assert!(glued_left(t, 15));
        assert!(glued_left(t, 19));
        assert!(glued_left(t, 22));
        assert!(glued_left(t, 25));
        assert!(!glued_left(t, 28));
        assert_eq!(code_end("+7 495 123-45-67 x", 1), 16);
        assert!(is_month("julho", false) && is_month("июля", false) && !is_month("mar", false));
        assert!(is_month("mar", true) && is_month("μαΐου", false));
    }
}

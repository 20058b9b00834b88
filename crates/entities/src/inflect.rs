//! Candidate base forms of an inflected word, for languages that decline names
//! ("Rosji" -> rosja, "w Kijowie" -> kijow, "Москве" -> москва, "Russlands" -> russland,
//! "nordcoreane" -> nordcoreano).
//!
//! The rules replace one ending by another on the *folded* word (no accents; Cyrillic й is
//! и after folding). They over-generate on purpose: a candidate only counts when the
//! gazetteer has it, and an exact match always wins over a candidate. No stemming crate does
//! this: stemmers cut words to stems that are not names ("russland" -> "russland", but
//! "россии" -> "росси"), while the gazetteer holds the names' dictionary forms.

/// (ending, replacements), tried longest ending first by [`base_forms`].
type Rules = &'static [(&'static str, &'static [&'static str])];

const PL: Rules = &[
    ("owie", &["ow"]),
    // Locatives with a consonant alternation: "w Madrycie", "w Bukareszcie", "w Belgradzie",
    // "w Kairze", "w Stambule".
    ("cie", &["t", "ta"]),
    ("dzie", &["d", "da"]),
    ("rze", &["r", "ra"]),
    ("le", &["l", "la"]),
    ("ami", &["y", "a", ""]),
    ("dze", &["ga"]),
    ("iem", &[""]),
    ("ia", &[""]),
    ("iu", &[""]),
    ("iego", &["i"]),
    ("skiej", &["ska", "ski"]),
    ("iej", &["a", "i"]),
    ("ich", &["i"]),
    ("imi", &["i"]),
    ("sce", &["ska"]),
    ("ji", &["ja"]),
    ("ii", &["ia"]),
    ("ie", &["a", "", "i", "o"]),
    ("ei", &["ea"]),
    ("ej", &["a"]),
    ("em", &["", "o"]),
    ("im", &["i"]),
    ("om", &[""]),
    ("ow", &[""]),
    ("a", &["", "i", "o"]),
    ("e", &["a", "i"]),
    ("u", &["", "a", "o"]),
    ("y", &["a"]),
    ("i", &["a", ""]),
];

const RU: Rules = &[
    ("ому", &["ии"]),
    ("ого", &["ии"]),
    ("ими", &["ии"]),
    ("ыми", &["ыи"]),
    // Instrumental "Россией", "Италией" (й is folded to и).
    ("иеи", &["ия"]),
    ("ами", &["а"]),
    ("ая", &["ии", "ыи"]),
    ("ое", &["ии", "ыи"]),
    ("ие", &["ии", "ия"]),
    ("ые", &["ыи"]),
    ("ую", &["ии", "ыи"]),
    ("ои", &["ии", "а", "ая"]),
    ("ом", &["", "ии"]),
    // Soft adjectives of place names: "Нижнем", "Нижнего Новгорода", "Верхней Пышмы".
    ("его", &["ии"]),
    ("ему", &["ии"]),
    ("еи", &["яя"]),
    ("ем", &["и", "", "ии"]),
    ("им", &["ии"]),
    ("их", &["ии"]),
    ("ым", &["", "ыи"]),
    ("ых", &["ыи"]),
    ("ии", &["ия"]),
    ("ею", &["ея"]),
    ("ее", &["ея"]),
    ("ою", &["а"]),
    ("ию", &["ия"]),
    ("ую", &["ая", "ии", "ыи"]),
    // Neuter genitives too: "Министерства" (Министерство).
    ("а", &["", "и", "о"]),
    ("е", &["а", "", "и"]),
    ("у", &["а", ""]),
    ("ы", &["а"]),
    ("я", &["и"]),
    ("ю", &["и"]),
    ("и", &["а", "я", "ь"]),
];

const UK: Rules = &[
    ("євом", &["ів"]),
    ("овом", &["ів"]),
    ("ому", &["ии"]),
    ("ого", &["ии"]),
    ("ими", &["ии"]),
    ("єві", &["ів"]),
    ("єва", &["ів"]),
    ("єву", &["ів"]),
    ("ові", &["ів"]),
    ("ова", &["ів"]),
    ("ову", &["ів"]),
    ("єю", &["я", "ія"]),
    ("ею", &["я"]),
    ("оі", &["а", "ии"]),
    ("іи", &["а", "ии"]),
    ("ою", &["а"]),
    ("іі", &["ія"]),
    ("ію", &["ія"]),
    ("ім", &["ии"]),
    ("им", &["ии"]),
    ("их", &["ии"]),
    ("ом", &[""]),
    ("ем", &[""]),
    ("а", &["ии", "", "о"]),
    ("е", &["ии"]),
    // Locatives: "у Вінниці" (Вінниця), "у Кременчуці" (Кременчук: к alternates with ц).
    ("ці", &["к"]),
    ("і", &["а", "я", "ии", "", "ь"]),
    ("у", &["а", "ии", ""]),
    ("и", &["а"]),
    ("я", &["и"]),
];

const DE: Rules = &[
    ("es", &[""]),
    ("en", &[""]),
    ("er", &[""]),
    ("em", &[""]),
    ("e", &[""]),
    ("s", &[""]),
    ("n", &[""]),
];

const NL: Rules = &[("se", &["s"]), ("e", &[""]), ("s", &[""])];

const EL: Rules = &[
    ("ουσ", &["οσ"]),
    ("ου", &["οσ", "ασ", "α"]),
    ("ησ", &["η"]),
    ("ασ", &["α"]),
    ("ων", &["α", "οσ"]),
    ("οι", &["οσ"]),
    ("η", &["οσ"]),
    ("ο", &["οσ"]),
    // Genitive and accusative of the -ας names: "του Πειραιά" (Πειραιάς).
    ("α", &["οσ", "ασ"]),
    ("σ", &[""]),
];

/// Gender and number agreement of adjectives and demonyms (norte-coreanas, nordcoreani).
const PT_ES: Rules = &[
    ("as", &["o"]),
    ("os", &["o"]),
    ("es", &["", "e"]),
    ("a", &["o"]),
    ("s", &[""]),
];
const IT: Rules = &[("a", &["o"]), ("i", &["o", "e"]), ("e", &["o"])];
const FR: Rules = &[
    ("ennes", &["en"]),
    ("enne", &["en"]),
    ("ens", &["en"]),
    ("es", &[""]),
    ("e", &[""]),
    ("s", &[""]),
];
const EN: Rules = &[("s", &[""])];
/// Arabic agreement: feminine ة, plural ون/ين, nisba ية/يون/يين (المصرية -> المصري).
const AR: Rules = &[
    ("يين", &["ي", "يون"]),
    ("يون", &["ي"]),
    ("ية", &["ي"]),
    ("ون", &[""]),
    ("ين", &["", "ون"]),
    ("ه", &[""]),
    ("ة", &[""]),
];

fn rules(lang: &str) -> Rules {
    // Matched on the two bytes: this runs for every word of a text.
    match lang.as_bytes() {
        b"pl" | b"cs" | b"sk" => PL,
        b"ru" | b"be" | b"bg" => RU,
        b"uk" => UK,
        b"de" => DE,
        b"nl" => NL,
        b"el" => EL,
        b"pt" | b"es" => PT_ES,
        b"it" => IT,
        b"fr" => FR,
        b"en" => EN,
        b"ar" => AR,
        _ => &[],
    }
}

/// The most bytes a rule of `lang` replaces at the end of a word (0 when it has no rules).
pub fn max_ending_bytes(lang: &str) -> usize {
    rules(lang).iter().map(|(e, _)| e.len()).max().unwrap_or(0)
}

/// Appends the candidate base forms of the folded word `w` in `lang` (not `w` itself).
/// Stems shorter than two characters are not produced.
pub fn base_forms(lang: &str, w: &str, out: &mut Vec<String>) {
    suffix_forms(lang, w, out);
    for bare in bare_stems(lang, w) {
        if !out.iter().any(|o| o == bare) {
            out.push(bare.to_string());
        }
        suffix_forms(lang, bare, out);
    }
}

/// The word without a prefix that names do not carry: Arabic's article on adjectives
/// (المصرية -> مصرية), a direction on German compounds ("ostukrainische" -> ukrainische).
pub fn bare_stems<'w>(lang: &str, w: &'w str) -> impl Iterator<Item = &'w str> {
    const DIRECTIONS: &[&str] = &[
        "nordost", "nordwest", "sudost", "sudwest", "ost", "west", "nord", "sud", "mittel",
        "zentral",
    ];
    let (prefixes, min_rest): (&[&str], usize) = match lang {
        "ar" => (&["ال"], 3),
        "de" => (DIRECTIONS, 6),
        _ => (&[], 0),
    };
    prefixes
        .iter()
        .filter_map(move |p| w.strip_prefix(p))
        .filter(move |rest| rest.chars().count() >= min_rest)
}

/// The length in bytes of the longest ending of `w` that a rule of `lang` replaces (0 when
/// none does), so callers can tell whether any base form could share a known prefix.
pub fn longest_ending(lang: &str, w: &str) -> usize {
    rules(lang)
        .iter()
        .filter(|(e, _)| w.ends_with(e) && w.len() > e.len())
        .map(|(e, _)| e.len())
        .max()
        .unwrap_or(0)
}

/// Appends the base forms made by replacing an ending of `w` (see [`base_forms`]).
pub fn suffix_forms(lang: &str, w: &str, out: &mut Vec<String>) {
    for (ending, repl) in rules(lang) {
        if let Some(stem) = w.strip_suffix(ending) {
            if stem.chars().count() < 2 {
                continue;
            }
            for r in *repl {
                let mut s = String::with_capacity(stem.len() + r.len());
                s.push_str(stem);
                s.push_str(r);
                if s != w && !out.contains(&s) {
                    out.push(s);
                }
            }
        }
    }
}

/// One-letter (and two-letter) prepositions and conjunctions glued to the front of Arabic
/// and Hebrew words ("وموسكو", "בצפון"): returns the byte lengths of the prefixes that
/// may be removed, shortest first. The mention starts after them, except after Hebrew's
/// article ה, which belongs to the mention ("הרוסי"): see [`span_prefix_len`].
pub fn clitic_prefixes(lang: &str, w: &str) -> Vec<usize> {
    clitic_prefixes_leaving(lang, w, 4)
}

/// The byte length of one clitic prefix before a short word that may open a name of several
/// words ("בתל אביב": בתל is ב + תל), when the word has `chars` characters or fewer after it
/// but at least two; [`clitic_prefixes`] leaves such words whole.
pub fn short_clitic_prefix(lang: &str, w: &str) -> Option<usize> {
    let cut = *clitic_prefixes_leaving(lang, w, 3).first()?;
    let rest = w[cut..].chars().count();
    (rest < 4).then_some(cut)
}

fn clitic_prefixes_leaving(lang: &str, w: &str, least: usize) -> Vec<usize> {
    let singles: &[char] = match lang {
        "ar" => &['و', 'ف', 'ب', 'ل', 'ك'],
        "he" => &['ו', 'ה', 'ב', 'ל', 'מ', 'ש', 'כ'],
        _ => return Vec::new(),
    };
    let mut out = Vec::new();
    let mut rest = w;
    for _ in 0..2 {
        let Some(c) = rest.chars().next() else { break };
        if !singles.contains(&c) || rest.chars().count() < least {
            break;
        }
        rest = &rest[c.len_utf8()..];
        out.push(w.len() - rest.len());
    }
    out
}

/// How much of a removed clitic prefix lies outside the mention, in characters: all of it,
/// but a final Hebrew article ה stays inside ("בהרוסי" is not a word, but "והרוסי" keeps
/// "הרוסי").
pub fn span_prefix_len(lang: &str, prefix: &str) -> usize {
    let n = prefix.chars().count();
    if lang == "he" && prefix.ends_with('ה') {
        n - 1
    } else {
        n
    }
}

/// Korean particles that follow a noun inside the same word (북한이, 러시아의, 평양에서).
pub const KO_PARTICLES: &[&str] = &[
    "",
    "이",
    "가",
    "은",
    "는",
    "을",
    "를",
    "의",
    "에",
    "에서",
    "에게",
    "와",
    "과",
    "로",
    "으로",
    "도",
    "만",
    "까지",
    "부터",
    "과의",
    "와의",
    "에서의",
    "으로부터",
    "측",
    "측은",
    "측이",
    "측의",
    "이나",
    "나",
    "께서",
    "에는",
    "에도",
    "로서",
    "로부터",
    "이다",
    "라고",
    "이라고",
    "과는",
    "와는",
    "에게서",
    "한테",
    "쪽",
    "군",
    "군은",
    "군이",
    "군의",
    "간",
    "간의",
    "산",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn forms(lang: &str, w: &str) -> Vec<String> {
        let mut v = Vec::new();
        base_forms(lang, w, &mut v);
        v
    }

    #[test]
    fn polish_cases() {
        assert!(forms("pl", "rosji").contains(&"rosja".into()));
        assert!(forms("pl", "kijowie").contains(&"kijow".into()));
        assert!(forms("pl", "madrycie").contains(&"madryt".into()));
        assert!(forms("pl", "bukareszcie").contains(&"bukareszt".into()));
        assert!(forms("pl", "kairze").contains(&"kair".into()));
        assert!(forms("pl", "charkowa").contains(&"charkow".into()));
        assert!(forms("pl", "polsce").contains(&"polska".into()));
        assert!(forms("pl", "polnocnej").contains(&"polnocna".into()));
        assert!(forms("pl", "rosyjskie").contains(&"rosyjski".into()));
    }

    #[test]
    fn russian_and_ukrainian_cases() {
        assert!(forms("ru", "россии").contains(&"россия".into()));
        assert!(forms("ru", "москве").contains(&"москва".into()));
        assert!(forms("ru", "лаврова").contains(&"лавров".into()));
        assert!(forms("ru", "северокореиская").contains(&"северокореискии".into()));
        assert!(forms("ru", "нижнего").contains(&"нижнии".into()));
        assert!(forms("ru", "нижнем").contains(&"нижнии".into()));
        assert!(forms("ru", "верхнеи").contains(&"верхняя".into()));
        assert!(forms("uk", "києві").contains(&"киів".into()));
        assert!(forms("uk", "харкова").contains(&"харків".into()));
        assert_eq!(crate::fold::fold("Київ"), "киів");
        assert!(forms("uk", "україни").contains(&"україна".into()));
    }

    #[test]
    fn agreement_and_genitive() {
        assert!(forms("it", "nordcoreane").contains(&"nordcoreano".into()));
        assert!(forms("pt", "russas").contains(&"russo".into()));
        assert!(forms("de", "russlands").contains(&"russland".into()));
        assert!(forms("fr", "nord-coreenne".trim_start_matches("nord-")).contains(&"coreen".into()));
        assert!(forms("xx", "anything").is_empty());
        assert!(forms("pl", "xe").is_empty());
    }

    #[test]
    fn clitics() {
        assert_eq!(clitic_prefixes("he", "בצפון"), vec![2]);
        assert_eq!(clitic_prefixes("ar", "وبموسكو"), vec![2, 4]);
        assert!(clitic_prefixes("en", "word").is_empty());
        // "בתל" is ב + תל only as the start of "בתל אביב"; alone it is left whole.
        assert!(clitic_prefixes("he", "בתל").is_empty());
        assert_eq!(short_clitic_prefix("he", "בתל"), Some(2));
        assert_eq!(short_clitic_prefix("he", "בצפון"), None);
    }
}

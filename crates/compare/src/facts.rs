//! The comparable facts of an article: its quotes, its numbers and its dated events, each
//! with the sentence it comes from (code-point offsets into the article's text).

use concord_model::{Article, Casualty, Granularity};

#[derive(Debug, Clone, PartialEq)]
pub enum FactKind {
    /// A quote or reported statement; `speaker` is the entity id when known, else the
    /// speaker's words.
    Quote {
        speaker: Option<String>,
        direct: bool,
    },
    /// A number with its unit and what it counts.
    Number {
        value: f64,
        value_max: Option<f64>,
        unit: Option<String>,
        counted: Option<String>,
        /// The human toll it counts (killed, injured, missing), whatever its words.
        casualty: Option<Casualty>,
        source: Option<String>,
    },
    /// An event time: an interval of day granularity or finer (start, end as RFC 3339).
    Time { start: String, end: String },
    /// Any other sentence that names an entity: what happened, as the article says it.
    Statement,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Fact {
    /// Index of the article in the story.
    pub article: usize,
    pub kind: FactKind,
    /// What is compared across languages: the quote's words, the counted phrase, or the
    /// sentence of a time.
    pub text: String,
    /// The sentence (or quote) as written, and where it is.
    pub sentence: String,
    pub start: usize,
    pub end: usize,
}

impl Fact {
    /// The human toll a number counts (killed, injured, missing), if any.
    pub fn toll(&self) -> Option<Casualty> {
        match &self.kind {
            FactKind::Number { casualty, .. } => *casualty,
            _ => None,
        }
    }
}

/// A unit of measure (km, t, °C): not a percentage, nor a currency (an ISO 4217 code). A
/// story holds many rates and sums that are different quantities; measures less so.
pub fn is_measure(unit: &str) -> bool {
    unit != "percent"
        && unit != "pp"
        && !(unit.len() == 3 && unit.bytes().all(|b| b.is_ascii_uppercase()))
}

/// The sentence of the text around a code-point span: from the last sentence end before it
/// to the next one after it.
pub fn sentence_around(text: &str, start: usize, end: usize) -> (String, usize, usize) {
    let chars: Vec<char> = text.chars().collect();
    // A full stop before a digit or a lower-case word ends an abbreviation, not a sentence
    // ("około godz. 18.40", "approx. 40 km").
    let is_end = |k: usize| match chars[k] {
        '!' | '?' | '。' | '！' | '？' | '\n' => true,
        '.' => !chars[k + 1..]
            .iter()
            .find(|c| !c.is_whitespace())
            .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit()),
        _ => false,
    };
    let mut a = start.min(chars.len());
    while a > 0 && !is_end(a - 1) {
        a -= 1;
    }
    while a < chars.len() && chars[a].is_whitespace() {
        a += 1;
    }
    let mut b = end.min(chars.len()).max(a);
    while b < chars.len() && !is_end(b) {
        b += 1;
    }
    if b < chars.len() && chars[b] != '\n' {
        b += 1;
    }
    (chars[a..b].iter().collect(), a, b)
}

/// Characters of the CJK blocks and after (Han, kana, Hangul): text written without spaces
/// between words is measured by them rather than by words.
pub(crate) fn cjk_chars(s: &str) -> usize {
    s.chars().filter(|&c| c >= '\u{2E80}').count()
}

/// Relative pronouns that open a clause about the words before it.
#[rustfmt::skip]
const RELATIVES: &[&str] = &[
    "which", "who", "que", "qui", "che", "cui", "lequel", "laquelle", "welche", "welcher",
    "который", "которая", "которое", "которые", "który", "która", "które", "którzy", "який",
    "яка", "яке", "які", "الذي", "التي",
];

/// The clause of a sentence around a code-point span (between the clause marks around it),
/// or the whole sentence when that clause is too short to say what happened. A time is
/// compared by its clause: one sentence often dates two things ("Kim received Lavrov on
/// Saturday …, KCNA reported on Sunday"), and another report dates each alone.
pub fn clause_around(sentence: &str, start: usize, end: usize) -> String {
    const MARKS: &[char] = &[',', ';', ':', '，', '；', '：', '、', '—', '–'];
    let chars: Vec<char> = sentence.chars().collect();
    let (mut a, mut b) = (start.min(chars.len()), end.min(chars.len()));
    while a > 0 && !MARKS.contains(&chars[a - 1]) {
        a -= 1;
    }
    while b < chars.len() && !MARKS.contains(&chars[b]) {
        b += 1;
    }
    // A relative clause is about its antecedent ("The attack, which began shortly before
    // 2 a.m. on Friday, …"): the chunk before it comes along.
    let first: String = chars[a..b]
        .iter()
        .skip_while(|c| c.is_whitespace())
        .take_while(|c| c.is_alphabetic())
        .collect::<String>()
        .to_lowercase();
    if a > 0 && RELATIVES.contains(&first.as_str()) {
        a -= 1;
        while a > 0 && !MARKS.contains(&chars[a - 1]) {
            a -= 1;
        }
    }
    let clause: String = chars[a..b].iter().collect();
    if clause.split_whitespace().count() >= 4 || cjk_chars(&clause) >= 6 {
        clause.trim().to_string()
    } else {
        sentence.to_string()
    }
}

/// Words that tie a place or owner to a counted thing ("vecinos de Valverde del Fresno",
/// "residents of Mamuju").
const OF_WORDS: &[&str] = &[
    "de", "del", "di", "da", "do", "of", "in", "en", "em", "du", "des", "von", "aus", "w", "в",
    "у", "z", "из", "з",
];

/// A counted phrase without the names tied to it ("vecinos de Valverde del Fresno y Eljas"
/// -> "vecinos"): what is counted is compared, not where, and names embed as noise.
fn without_place(counted: &str) -> String {
    let words: Vec<&str> = counted.split_whitespace().collect();
    let cut = (1..words.len().saturating_sub(1)).find(|&k| {
        OF_WORDS.contains(&words[k].to_lowercase().as_str())
            && words[k + 1].chars().next().is_some_and(char::is_uppercase)
    });
    match cut {
        Some(k) => words[..k].join(" "),
        None => counted.to_string(),
    }
}

/// The unit the comparison gives an earthquake's magnitude, which the claims stage leaves
/// without one (it is a scale, not a unit of measure).
pub const MAGNITUDE: &str = "magnitude";

/// The unit durations are compared in.
pub const HOURS: &str = "h";

/// Words for an hour and a day (folded to lower case; the counted phrase's first word),
/// in the supported languages.
#[rustfmt::skip]
const HOUR_WORDS: &[&str] = &[
    "hour", "hours", "hora", "horas", "ora", "ore", "heure", "heures", "stunde", "stunden",
    "uur", "godzina", "godziny", "godzin", "час", "часа", "часов", "година", "години", "годин",
    "ώρα", "ώρες", "ωρών", "ساعة", "ساعات", "小时", "小時", "時間", "시간",
];
#[rustfmt::skip]
const DAY_WORDS: &[&str] = &[
    "day", "days", "dia", "dias", "día", "días", "giorno", "giorni", "jour", "jours", "tag",
    "tage", "tagen", "dag", "dagen", "dzień", "dni", "день", "дня", "дней", "день", "дні", "днів",
    "μέρα", "μέρες", "ημέρες", "ημερών", "يوم", "أيام", "يوما", "天", "日間", "일", "일간",
];

/// Hours in one unit of the duration a counted phrase names, if it names one.
fn hours_per(counted: &str) -> Option<f64> {
    let first = counted.split_whitespace().next()?.to_lowercase();
    let first = first.trim_matches(|c: char| !c.is_alphanumeric());
    if HOUR_WORDS.contains(&first) {
        Some(1.0)
    } else if DAY_WORDS.contains(&first) {
        Some(24.0)
    } else {
        None
    }
}

/// Words written right before a magnitude ("magnitude 6.1", "der Stärke 5,7", "بقوة 5.7",
/// "규모 4.2", "マグニチュード7.1"), lower case.
const MAGNITUDE_BEFORE: &[&str] = &[
    "magnitude",
    "magnitud",
    "magnitudo",
    "magnitudy",
    "magnitudzie",
    "stärke",
    "sterkte",
    "магнитудой",
    "магнитуды",
    "магнитуда",
    "магнітудою",
    "магнітуди",
    "μεγέθους",
    "richter",
    "بقوة",
    "규모",
    "マグニチュード",
];

/// Whether the number at `span` is an earthquake's magnitude: a magnitude word right
/// before it, or 级/級 right after it (6.1级地震).
fn magnitude(text: &str, span: &concord_model::TextSpan) -> bool {
    let chars: Vec<char> = text.chars().collect();
    if span.end > chars.len() || span.start > span.end {
        return false;
    }
    if chars
        .get(span.end)
        .is_some_and(|c| matches!(c, '级' | '級'))
    {
        return true;
    }
    let before: String = chars[span.start.saturating_sub(16)..span.start]
        .iter()
        .collect::<String>()
        .to_lowercase();
    let before = before.trim_end();
    // "une magnitude de 5,9", "magnitudo di 6": a connector may stand between.
    let bare = ["de", "di", "of", "von"]
        .iter()
        .find_map(|c| {
            before
                .strip_suffix(c)
                .filter(|r| r.ends_with(' '))
                .map(str::trim_end)
        })
        .unwrap_or(before);
    let ends_with_word = |text: &str, w: &str| {
        text.ends_with(w)
            && text[..text.len() - w.len()]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric())
    };
    if MAGNITUDE_BEFORE
        .iter()
        .any(|w| ends_with_word(before, w) || ends_with_word(bare, w))
    {
        return true;
    }
    // A small decimal in a sentence about measuring a quake ("The USGS measured it at 5.5").
    let sentence: String = sentence_around(text, span.start, span.end).0.to_lowercase();
    let small_decimal = span.text.contains(['.', ',']) && span.text.len() <= 4;
    small_decimal && SEISMIC_CUES.iter().any(|c| sentence.contains(c))
}

/// Words that make a sentence one about measuring an earthquake.
const SEISMIC_CUES: &[&str] = &[
    "usgs",
    "geological survey",
    "bmkg",
    "richter",
    "seismolog",
    "sismolog",
    "erdbebenwarte",
    "震级",
    "地震局",
    "지진",
    "気象庁",
    "магнитуд",
    "магнітуд",
];

/// A number that a sentence leaves without unit or counted thing after one that has them
/// counts the same kind of thing ("8 000 hectares … environ 4 800 en Estrémadure et plus
/// de 3 000 dans…", "1,200 residents were evacuated in Spain and 350 in Portugal").
fn inherit_units(facts: &mut [Fact]) {
    for k in 1..facts.len() {
        let (done, rest) = facts.split_at_mut(k);
        let f = &mut rest[0];
        let FactKind::Number {
            unit: None,
            counted: None,
            casualty: None,
            ..
        } = &f.kind
        else {
            continue;
        };
        let Some(prev) = done.iter().rev().find(|p| {
            p.sentence == f.sentence
                && matches!(&p.kind, FactKind::Number { unit, counted, casualty, .. }
                    if (unit.is_some() || counted.is_some() || casualty.is_some())
                        && unit.as_deref() != Some(MAGNITUDE))
        }) else {
            continue;
        };
        if let (
            FactKind::Number {
                unit,
                counted,
                casualty,
                ..
            },
            FactKind::Number {
                unit: pu,
                counted: pc,
                casualty: pk,
                ..
            },
        ) = (&mut f.kind, &prev.kind)
        {
            *unit = pu.clone();
            *counted = pc.clone();
            *casualty = *pk;
            f.text = prev.text.clone();
        }
    }
}

/// The facts of one article.
pub fn facts(index: usize, a: &Article) -> Vec<Fact> {
    let mut out = Vec::new();
    // A quotation inside a reported clause of the same article is one statement: the
    // quotation stands for it (its words are the ones other sources render).
    let nested = |q: &concord_model::Quote| {
        a.quotes
            .iter()
            .any(|o| o.direct && !std::ptr::eq(o, q) && q.start <= o.start && o.end <= q.end)
    };
    // A stance gives no one's words to line up with another source's.
    for q in a.quotes.iter().filter(|q| !q.stance && !nested(q)) {
        // Parts of one statement share a cue: the first part stands for it.
        let speaker = q
            .speaker
            .as_ref()
            .map(|s| s.entity_id.clone().unwrap_or_else(|| s.name.to_lowercase()));
        out.push(Fact {
            article: index,
            kind: FactKind::Quote {
                speaker,
                direct: q.direct,
            },
            text: q.text.clone(),
            sentence: q.text.clone(),
            start: q.start,
            end: q.end,
        });
    }
    // Small bare counts ("the two countries") are not facts worth lining up; an
    // earthquake's magnitude is.
    for c in a.claims.iter() {
        // "بقوة 5.7 درجات" (degrees on the Richter scale): the claims stage reads degrees
        // as Celsius, but after a magnitude word they are the quake's magnitude.
        let unit = match c.unit.as_deref() {
            None | Some("°C") if magnitude(&a.text, &c.number) => Some(MAGNITUDE.to_string()),
            _ => c.unit.clone(),
        };
        // A duration counted in hours or days is compared in hours ("72-hour truce",
        // "هدنة لمدة ثلاثة أيام").
        let hours = unit
            .is_none()
            .then(|| c.counted.as_deref().and_then(hours_per))
            .flatten();
        let (value, value_max, unit) = match hours {
            Some(h) => (
                c.value * h,
                c.value_max.map(|m| m * h),
                Some(HOURS.to_string()),
            ),
            None => (c.value, c.value_max, unit),
        };
        // A toll is worth it however small ("one dead and two missing").
        if value < 10.0 && unit.is_none() && c.casualty.is_none() {
            continue;
        }
        out.push(Fact {
            article: index,
            kind: FactKind::Number {
                value,
                value_max,
                unit,
                counted: c.counted.clone(),
                casualty: c.casualty,
                source: c.attributed_to.as_ref().map(|s| s.name.clone()),
            },
            text: c
                .counted
                .as_deref()
                .map(without_place)
                .unwrap_or_else(|| c.text.clone()),
            sentence: c.text.clone(),
            start: c.start,
            end: c.end,
        });
    }
    inherit_units(&mut out);
    for t in &a.times {
        let (Some(s), Some(e)) = (t.resolved_start, t.resolved_end) else {
            continue;
        };
        if !matches!(t.granularity, Granularity::Day | Granularity::Hour) {
            continue;
        }
        let (sentence, a0, b0) = sentence_around(&a.text, t.start, t.end);
        out.push(Fact {
            article: index,
            kind: FactKind::Time {
                start: s.to_rfc3339(),
                end: e.to_rfc3339(),
            },
            text: clause_around(&sentence, t.start - a0, t.end - a0),
            sentence,
            start: a0,
            end: b0,
        });
    }
    out.extend(statements(index, a, &out));
    out
}

/// Sentences of the text that name an entity and hold no quote, number or time fact
/// already: the rest of what the article reports.
fn statements(index: usize, a: &Article, taken: &[Fact]) -> Vec<Fact> {
    let chars: Vec<char> = a.text.chars().collect();
    let mentions: Vec<(usize, usize)> = a
        .entities
        .iter()
        .flat_map(|e| {
            e.mentions
                .iter()
                .filter(|m| !m.in_title)
                .map(|m| (m.start, m.end))
        })
        .collect();
    let mut out = Vec::new();
    let mut start = 0;
    while start < chars.len() {
        let (sentence, s, e) = sentence_around(&a.text, start, start);
        let next = e.max(start + 1);
        let words = sentence.split_whitespace().count();
        let long_enough = words >= 6 || sentence.chars().count() >= 20 && words <= 2;
        let named = mentions.iter().any(|&(m0, m1)| s <= m0 && m1 <= e);
        let free = !taken.iter().any(|f| f.start < e && s < f.end);
        // Questions (sub-headings such as "What was said?") report nothing.
        let question = sentence.trim_end().ends_with(['?', '？']);
        if long_enough && named && free && !question {
            out.push(Fact {
                article: index,
                kind: FactKind::Statement,
                text: sentence.trim().to_string(),
                sentence: sentence.trim().to_string(),
                start: s,
                end: e,
            });
        }
        start = next;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::magnitude;
    use concord_model::TextSpan;

    fn at(text: &str, number: &str) -> bool {
        let byte = text.find(number).unwrap();
        let start = text[..byte].chars().count();
        let span = TextSpan {
            text: number.into(),
            start,
            end: start + number.chars().count(),
        };
        magnitude(text, &span)
    }

    #[test]
    fn magnitudes_are_told_by_the_word_before_or_the_sign_after() {
        assert!(at("Un séisme de magnitude 6,1 a frappé jeudi", "6,1"));
        assert!(at(
            "Ein Erdbeben der Stärke 5,7 hat Java erschüttert",
            "5,7"
        ));
        assert!(at("西爪哇省发生5.7级地震", "5.7"));
        assert!(at("ضرب زلزال بقوة 5.7 درجات", "5.7"));
        assert!(!at("Rund 1.300 Häuser wurden beschädigt", "1.300"));
        assert!(at("L'institut USGS a mesuré une magnitude de 5,9.", "5,9"));
        assert!(at("The USGS measured it at 5.5.", "5.5"));
        assert!(!at("Inflation was 2.1% in August.", "2.1"));
    }

    #[test]
    fn an_abbreviation_does_not_end_a_sentence() {
        let text = "Der Zug kam. Er fuhr około godz. 18.40 los. Dann hielt er.";
        let at = text.chars().count() - 25;
        let (sentence, _, _) = super::sentence_around(text, at, at + 1);
        assert_eq!(sentence, "Er fuhr około godz. 18.40 los.");
    }

    #[test]
    fn counted_phrases_lose_the_names_tied_to_them() {
        assert_eq!(
            super::without_place("vecinos de Valverde del Fresno y Eljas"),
            "vecinos"
        );
        assert_eq!(super::without_place("residents of Mamuju"), "residents");
        assert_eq!(
            super::without_place("rodadas de artilharia"),
            "rodadas de artilharia"
        );
        // A word merely ending in a magnitude word does not count.
        assert!(!at("the ultramagnitude 4 scale", "4"));
    }

    #[test]
    fn a_time_is_compared_by_its_clause_unless_that_is_too_short() {
        let clause = |sentence: &str, word: &str| {
            let start = sentence[..sentence.find(word).unwrap()].chars().count();
            super::clause_around(sentence, start, start + word.chars().count())
        };
        let s = "Kim received Lavrov on Saturday in Wonsan, the official news agency reported on Sunday.";
        assert_eq!(
            clause(s, "Saturday"),
            "Kim received Lavrov on Saturday in Wonsan"
        );
        assert_eq!(
            clause(s, "Sunday"),
            "the official news agency reported on Sunday."
        );
        assert_eq!(
            clause("据朝中社13日报道，金正恩12日在元山会见了拉夫罗夫。", "13日"),
            "据朝中社13日报道"
        );
        let short = "Samedi, Kim a reçu Lavrov à Wonsan.";
        assert_eq!(clause(short, "Samedi"), short);
    }
}

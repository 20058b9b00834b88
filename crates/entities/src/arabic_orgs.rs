//! Arabic and Hebrew organisations that no table knows. Arabic has no capitals, but an organisation's
//! name opens with a head word (وزارة، جامعة، المجلس، الاتحاد، وكالة) followed by the
//! definite nouns and adjectives of its construct chain: "وزارة المياه والري", "المجلس
//! الأعلى للآثار", "وكالة تونس إفريقيا للأنباء". The chain ends at the first word that is
//! neither definite (ال، وال، لل، بال) nor a known place, at a day or time word, or after
//! four words. Hebrew names are built the same way with a head word in the construct state
//! ("משרד הבריאות", "אוניברסיטת תל אביב"), but a word opening with ה may as well be a verb
//! ("הודיע"): there the chain is one definite word or a known place.

use crate::link::{covered, is_country, is_place, joins, slug, Context, Picked, Target};
use crate::tokens::Script;
use crate::EntityType;

/// Definite prefixes a word of the chain starts with: the article, "and the", "for the".
const DEFINITE: &[&str] = &["ال", "وال", "لل", "بال"];

/// Definite words that are no part of a name: days and times ("قالت وزارة الصحة الأحد").
const TIME_WORDS: &[&str] = &[
    "الاحد",
    "الاثنين",
    "الثلاثاء",
    "الاربعاء",
    "الخميس",
    "الجمعة",
    "السبت",
    "اليوم",
    "الماضي",
    "المقبل",
    "الحالي",
    "الجاري",
    "الان",
];

/// Longest chain after the head word, in words.
const MAX_CHAIN: usize = 5;

/// Hebrew definite prefixes: the article, "and the".
const HE_DEFINITE: &[&str] = &["ה", "וה"];

fn definite(lang: &str) -> &'static [&'static str] {
    if lang == "he" {
        HE_DEFINITE
    } else {
        DEFINITE
    }
}

fn bare<'w>(cx: &Context, w: &'w str) -> &'w str {
    definite(cx.lang)
        .iter()
        .filter_map(|p| w.strip_prefix(p))
        .find(|r| r.chars().count() >= 2)
        .unwrap_or(w)
}

/// Head words too often used in other senses ("مركز الزلزال", the epicentre).
const NOT_HEADS: &[&str] = &["مركز"];

/// Descriptors: the name is what follows them ("شركة | الواحة للأغذية").
const DESCRIPTORS: &[&str] = &["شركة", "الشركة"];

/// Hebrew head words that describe rather than name: "חברת התרופות | טבע" is "the drug
/// company Teva", with the name after the description.
const HE_DESCRIPTORS: &[&str] = &["חברת"];

fn is_head(cx: &Context, w: &str) -> bool {
    !NOT_HEADS.contains(&bare(cx, w))
        && (cx.lex.is_org_word_exact(w) || cx.lex.is_org_word_exact(bare(cx, w)))
}

/// Adds Arabic and Hebrew organisations found by their head words; places inside the chain
/// become part of the name ("جامعة القاهرة").
pub fn add_arabic_orgs(cx: &Context, picked: &mut Vec<Picked>) {
    if !matches!(cx.lang, "ar" | "he") {
        return;
    }
    let max_chain = if cx.lang == "he" { 1 } else { MAX_CHAIN };
    let cov = covered(cx.toks, picked);
    let toks = cx.toks;
    let mut add = Vec::new();
    let mut i = 0;
    while i + 1 < toks.len() {
        if toks[i].script != Script::Uncased
            || cov[i]
            || !is_head(cx, &toks[i].folded)
            || cx.lang == "he" && HE_DESCRIPTORS.contains(&toks[i].folded.as_str())
        {
            i += 1;
            continue;
        }
        let place_at = |k: usize| picked.iter().find(|p| p.first == k && is_place(cx, p));
        let mut last = i;
        while last + 1 < toks.len() && last - i < max_chain && joins(cx, last, last + 1) {
            let t = &toks[last + 1];
            if t.script != Script::Uncased || TIME_WORDS.contains(&bare_time(&t.folded)) {
                break;
            }
            if let Some(p) = place_at(last + 1) {
                last = p.last;
            } else if definite(cx.lang).iter().any(|p| t.folded.starts_with(p)) && !cov[last + 1] {
                last += 1;
            } else {
                break;
            }
        }
        // An Arabic country adjective closing the chain is the country's, not the name's
        // ("وزارة المياه والري | الأردنية"); inside it belongs to the name ("وكالة تونس إفريقيا
        // للأنباء"), and so does a Hebrew genitive ("בנק ישראל").
        if let Some(p) = picked
            .iter()
            .find(|p| cx.lang == "ar" && p.last == last && p.first > i && is_country(cx, &p.target))
        {
            last = p.first - 1;
        }
        let first = if DESCRIPTORS.contains(&toks[i].folded.as_str()) {
            i + 1
        } else {
            i
        };
        if last > i {
            let i = first;
            let text = &cx.text[toks[i].byte_start..toks[last].byte_end];
            add.push(Picked::new(
                i,
                last,
                toks[i].start,
                toks[last].end,
                Target::New {
                    id: format!("org:{}", slug(text)),
                    name: text.to_string(),
                    etype: EntityType::Organisation,
                },
            ));
        }
        i = last + 1;
    }
    for p in add {
        picked.retain(|q| !(q.first >= p.first && q.last <= p.last));
        picked.push(p);
    }
    picked.sort_by_key(|p| p.start);
}

/// A time word with "and" before it still ends the chain ("والاحد" is rare but "الاحد" is
/// what matters); the article stays, as the list is written with it.
fn bare_time(w: &str) -> &str {
    w.strip_prefix('و')
        .filter(|r| r.starts_with("ال"))
        .unwrap_or(w)
}

//! Whether a quote is negated. Two renderings of one statement that embed close together but
//! differ in negation ("we will attack" / "we will not attack") say opposite things:
//! embeddings barely move with a negation, so the dossier checks it word by word.
//!
//! Written by hand: a list of negation words per language is all it takes, and no crate
//! offers one across the languages we support.

/// Negation words, lower case, per language (ISO 639-1), matched as whole words. Chinese,
/// Japanese and Korean have none here: their negation is part of the verb (睡不着, 眠れなかった,
/// 못 잤다) and a word list misses most of it, which would make a negated rendering look
/// affirmative.
fn negations(lang: &str) -> &'static [&'static str] {
    match lang {
        "en" => &[
            "not", "no", "never", "n't", "cannot", "nothing", "nobody", "neither", "nor",
        ],
        "pt" => &["não", "nunca", "nenhum", "nenhuma", "nada", "jamais", "nem"],
        "es" => &["no", "nunca", "ningún", "ninguna", "nada", "jamás", "ni"],
        "it" => &["non", "mai", "nessun", "nessuna", "niente", "nulla", "né"],
        "fr" => &["ne", "n'", "pas", "jamais", "aucun", "aucune", "rien", "ni"],
        "de" => &[
            "nicht", "kein", "keine", "keinen", "keinem", "keiner", "nie", "niemals", "nichts",
        ],
        "nl" => &["niet", "geen", "nooit", "niets"],
        "pl" => &["nie", "nigdy", "żaden", "żadna", "żadne", "nic"],
        "ru" => &["не", "нет", "никогда", "ни", "ничего"],
        "uk" => &["не", "ні", "ніколи", "ніщо", "нічого"],
        "el" => &["δεν", "μη", "μην", "ποτέ", "όχι"],
        "ar" => &["لا", "لن", "لم", "ليس", "ليست", "غير", "أبدا"],
        "he" => &["לא", "אין", "אף", "מעולם"],
        _ => &[],
    }
}

/// The number of negation words in `text` of language `lang`; none known gives `None`.
pub fn negation_count(text: &str, lang: &str) -> Option<usize> {
    let words = negations(lang);
    if words.is_empty() {
        return None;
    }
    let lower = text.to_lowercase();
    // Split into words, keeping the apostrophe forms ("n't", "n'") as words of their own.
    let mut count = 0;
    for token in lower.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’')) {
        let token = token.replace('’', "'");
        if token.is_empty() {
            continue;
        }
        let negated = words.contains(&token.as_str())
            || token.ends_with("n't")
            || (lang == "fr" && token.starts_with("n'"));
        count += usize::from(negated);
    }
    Some(count)
}

/// Whether two renderings of one statement differ in polarity: one negated, the other not.
/// Double negations and languages without a list give no verdict.
pub fn opposite(a: &str, lang_a: &str, b: &str, lang_b: &str) -> bool {
    match (negation_count(a, lang_a), negation_count(b, lang_b)) {
        (Some(x), Some(y)) => (x == 0) != (y == 0),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negation_is_found_in_each_script() {
        assert!(opposite(
            "We will attack the city",
            "en",
            "Nous n'attaquerons pas la ville",
            "fr"
        ));
        assert!(opposite("We won't attack", "en", "Vamos atacar", "pt"));
        assert!(!opposite(
            "Não vamos atacar",
            "pt",
            "Non attaccheremo",
            "it"
        ));
        // No verdict for Chinese, Japanese or Korean.
        assert!(!opposite("我们不会进攻", "zh", "We will attack", "en"));
        assert!(opposite(
            "Мы не будем атаковать",
            "ru",
            "Ми атакуватимемо",
            "uk"
        ));
        // "Nothing" in one and "not" in the other are both negated.
        assert!(!opposite(
            "Nothing was hit",
            "en",
            "Nada foi atingido",
            "pt"
        ));
        // A language without a list gives no verdict.
        assert!(!opposite("We will attack", "en", "Hyökkäämme", "fi"));
    }
}

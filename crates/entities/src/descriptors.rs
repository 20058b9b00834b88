//! Organisations named right after a common noun that says what they are: "the equipment
//! maker Fjordline Hydraulics", "a associação ambientalista Zero", "i sindacati Filctem Cgil
//! e Femca Cisl", "der Stahlkonzern Voestalpine", "spółdzielni mleczarskiej Warmia-Mleko".
//! Such names often have no head word of their own, and many are also a town's or a
//! person's name ("o clube Juventude").
//!
//! Hand-written: a closed list of descriptor nouns (folded, singular and plural, the
//! Slavic ones in their common cases), from general knowledge.

use crate::link::{joins, Context, Picked, Target};
use crate::tokens::Script;
use crate::unknown::new_org;
use crate::EntityType;

#[rustfmt::skip]
const DESCRIPTORS: &[(&str, &[&str])] = &[
    ("en", &["company", "firm", "maker", "manufacturer", "producer", "carrier", "airline",
        "retailer", "operator", "startup", "start-up", "developer", "insurer", "lender", "brewer",
        "union", "unions", "charity", "broadcaster", "newspaper", "regulator", "supplier",
        "contractor", "conglomerate", "subsidiary", "automaker", "carmaker", "chipmaker",
        "shipbuilder", "shipowner", "club", "association", "nonprofit", "non-profit", "ngo",
        "cooperative", "co-operative", "distributor", "exporter", "importer", "utility"]),
    ("pt", &["empresa", "companhia", "associacao", "sindicato", "sindicatos", "clube", "grupo",
        "construtora", "operadora", "fabricante", "ong", "jornal", "emissora", "seguradora",
        "cooperativa", "montadora", "distribuidora", "startup", "mineradora", "petrolifera",
        "varejista"]),
    ("es", &["empresa", "compania", "asociacion", "sindicato", "sindicatos", "club", "grupo",
        "constructora", "operadora", "fabricante", "aerolinea", "diario", "periodico",
        "aseguradora", "cooperativa", "ong", "distribuidora", "minera", "petrolera", "cadena",
        "startup", "equipo"]),
    ("it", &["azienda", "societa", "associazione", "sindacato", "sindacati", "gruppo",
        "squadra", "compagnia", "produttore", "catena", "quotidiano", "colosso", "cooperativa",
        "onlus", "ong", "startup", "costruttore", "operatore"]),
    ("fr", &["entreprise", "societe", "association", "syndicat", "syndicats", "groupe", "club",
        "equipe", "constructeur", "fabricant", "operateur", "compagnie", "chaine", "quotidien",
        "assureur", "cooperative", "ong", "start-up", "distributeur", "enseigne"]),
    ("de", &["konzern", "unternehmen", "firma", "verein", "verband", "gewerkschaft",
        "gewerkschaften", "hersteller", "betreiber", "zeitung", "sender", "versicherer",
        "stahlkonzern", "autobauer", "autohersteller", "chemiekonzern", "energiekonzern",
        "handelskonzern", "reederei", "fluggesellschaft", "klub", "club", "startup",
        "genossenschaft", "zulieferer", "discounter", "mischkonzern", "ruckversicherer"]),
    ("nl", &["bedrijf", "vakbond", "vakbonden", "vereniging", "club", "concern", "fabrikant",
        "vervoerder", "maatschappij", "krant", "omroep", "verzekeraar", "supermarktketen",
        "keten", "coöperatie", "cooperatie", "startup", "luchtvaartmaatschappij"]),
    ("pl", &["spolka", "spolki", "spolce", "firma", "firmy", "firmie", "spoldzielnia",
        "spoldzielni", "klub", "klubu", "stowarzyszenie", "stowarzyszenia", "koncern",
        "koncernu", "producent", "producenta", "przewoznik", "przewoznika", "zwiazek",
        "zwiazku", "zwiazki", "operator", "operatora", "gazeta", "gazety", "dziennik"]),
    ("ru", &["компания", "компании", "компанию", "холдинг", "холдинга", "концерн",
        "концерна", "клуб", "клуба", "профсоюз", "профсоюза", "производитель", "перевозчик",
        "авиакомпания", "авиакомпании", "банк", "банка", "ассоциация", "газета", "газеты"]),
    ("uk", &["компанія", "компанії", "компанію", "холдинг", "холдингу", "концерн", "концерну",
        "клуб", "клубу", "профспілка", "профспілки", "виробник", "перевізник", "авіакомпанія",
        "авіакомпанії", "асоціація", "асоціації", "газета", "видання"]),
];

/// Every descriptor of every language: most words are none, and are told so at once.
static ANY_DESCRIPTOR: std::sync::LazyLock<rustc_hash::FxHashSet<&'static str>> =
    std::sync::LazyLock::new(|| {
        DESCRIPTORS
            .iter()
            .flat_map(|(_, ws)| ws.iter().copied())
            .collect()
    });

fn is_descriptor(lang: &str, w: &str) -> bool {
    ANY_DESCRIPTOR.contains(w) && crate::lexicon::listed_for(DESCRIPTORS, lang, w)
}

/// Languages whose adjectives follow the noun: one may stand between a descriptor and the
/// name ("associação ambientalista | Zero").
fn adjective_after(lang: &str) -> bool {
    matches!(lang, "pt" | "es" | "it" | "fr" | "pl" | "ru" | "uk")
}

/// Adds the organisations named after a descriptor noun; places, new people and new
/// organisations read inside the name give way, known people and organisations do not.
pub fn add_described_orgs(cx: &Context, picked: &mut Vec<Picked>) {
    let toks = cx.toks;
    // (descriptor, first and last word of the name)
    let mut add: Vec<(usize, usize, usize)> = Vec::new();
    let capital = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.script == Script::Cased && t.capitalised && !cx.sentence_start[k])
    };
    for i in 0..toks.len() {
        let t = &toks[i];
        // German capitalises its nouns; but a head word that opens names ("Gewerkschaft
        // Deutscher Lokomotivführer", "Verband …") is the name's first word there.
        let lower_ok = !t.capitalised || cx.lang == "de" && !cx.lex.is_org_word_exact(&t.folded);
        if t.script != Script::Cased || !lower_ok || !is_descriptor(cx.lang, &t.folded) {
            continue;
        }
        let mut j = i + 1;
        if !capital(j)
            && adjective_after(cx.lang)
            && toks.get(j).is_some_and(|a| {
                a.script == Script::Cased
                    && !a.capitalised
                    && a.folded.chars().count() > 3
                    && !cx.g.is_stopword(cx.lang, &a.folded)
            })
            && joins(cx, i, j)
        {
            j += 1;
        }
        if !capital(j) || !joins(cx, j - 1, j) {
            continue;
        }
        // The name, and a second one after "and" ("Filctem Cgil e Femca Cisl").
        let mut start = j;
        loop {
            let mut end = start;
            while end + 1 < toks.len()
                && end + 1 - start < 4
                && capital(end + 1)
                && joins(cx, end, end + 1)
            {
                end += 1;
            }
            if crate::lone_names::is_calendar_word(&toks[start].folded) {
                break;
            }
            add.push((i, start, end));
            let conj = end + 1;
            if conj + 1 < toks.len()
                && cx.lex.is_conjunction(cx.lang, &toks[conj].folded)
                && capital(conj + 1)
                && joins(cx, end, conj)
                && joins(cx, conj, conj + 1)
            {
                start = conj + 1;
            } else {
                break;
            }
        }
    }
    for (d, first, last) in add {
        let overlapping: Vec<&Picked> = picked
            .iter()
            .filter(|p| p.first <= last && p.last >= first)
            .collect();
        // Towns and regions give way (a club or firm named after one), and names no table
        // knows, also one read from the descriptor on ("Stahlkonzern Voestalpine"); known
        // people, organisations and countries do not.
        let gives_way = |p: &&Picked| match &p.target {
            Target::Known(e) => {
                let v = cx.g.entity(*e);
                p.first >= first
                    && !p.demonym
                    && v.place.is_some()
                    && v.place != Some(crate::PlaceKind::Country)
            }
            // A person only where a possessor follows its noun in the genitive without a
            // preposition: "spółka Jana Kowalskiego" is Jan Kowalski's company.
            Target::New { etype, .. } => {
                p.first >= d
                    && !(*etype == EntityType::Person
                        && matches!(cx.lang, "pl" | "ru" | "uk" | "cs" | "sk"))
            }
            Target::Role(_) => false,
        };
        // An organisation already read there keeps its id (an acronym spelt out elsewhere).
        let read_as_org = |p: &&Picked| {
            p.first == first
                && p.last >= last
                && matches!(&p.target, Target::New { etype, .. } if *etype == EntityType::Organisation)
        };
        if !overlapping.iter().all(gives_way) || overlapping.iter().any(read_as_org) {
            continue;
        }
        // A new name read longer than ours keeps its reading ("Stahlkonzern Voestalpine" is
        // cut to the name after the descriptor).
        let last = overlapping
            .iter()
            .filter(|p| matches!(p.target, Target::New { .. }))
            .map(|p| p.last)
            .fold(last, usize::max);
        let replaced = |p: &Picked| {
            p.first <= last && p.last >= first
                || p.first == d && matches!(p.target, Target::New { .. })
        };
        picked.retain(|p| !replaced(p));
        picked.push(new_org(cx, first, last));
    }
    picked.sort_by_key(|p| p.start);
}

//! Short forms: single words that repeat part of a person named in the same article
//! ("Lavrov" after "Sergei Lavrov", "Лаврова", "Kim" after "Kim Jong Un", "김" after
//! "김정은") take that person's id.

use crate::inflect::KO_PARTICLES;
use crate::link::{covered, Context, Picked, Target};
use crate::tokens::Script;
use crate::unknown::{pick, small_place};
use crate::{EntityType, PlaceKind};

/// Single words that repeat a part of a person named in the article ("Lavrov",
/// "Лаврова", "Kim", "김") take that person's id when only one person fits.
pub fn add_short_forms(cx: &Context, picked: &mut Vec<Picked>) {
    let people: Vec<(Target, Vec<String>, Vec<char>)> = picked
        .iter()
        .filter(|p| is_person(cx, &p.target) && p.last >= p.first)
        .map(|p| {
            let parts = (p.first..=p.last)
                .map(|k| cx.toks[k].folded.to_string())
                .filter(|w| !cx.lex.is_connector(w))
                .collect();
            let first_char: Vec<char> = cx.toks[p.first].folded.chars().take(1).collect();
            (p.target.clone(), parts, first_char)
        })
        .collect();
    if people.is_empty() {
        return;
    }
    let mut cov = covered(cx.toks, picked);
    // A surname that is also a small town ("Lagarde"), or a country ("Montenegro" after
    // "Luís Montenegro"), is the person here.
    let surnames: Vec<&str> = people
        .iter()
        .filter(|(_, parts, _)| parts.len() > 1)
        .filter_map(|(_, parts, _)| parts.last().map(String::as_str))
        .collect();
    for p in picked.iter() {
        let t = &cx.toks[p.first];
        let country_surname = p.first == p.last
            && surnames.contains(&t.folded.as_str())
            && matches!(p.target, Target::Known(e) if cx.g.entity(e).place == Some(PlaceKind::Country));
        if (small_place(cx, p) || country_surname) && t.script == Script::Cased {
            cov[p.first] = false;
        }
    }
    let mut add = Vec::new();
    for (i, t) in cx.toks.iter().enumerate() {
        if cov[i] {
            continue;
        }
        let mut forms = vec![t.folded.to_string()];
        let hangul_family = t.script == Script::Hangul;
        // The people one of whose name parts is this word (in one of its forms).
        let with_part = |forms: &[String]| -> Vec<&Target> {
            people
                .iter()
                .filter(|(_, parts, _)| parts.len() > 1 && parts.iter().any(|w| forms.contains(w)))
                .map(|(tg, _, _)| tg)
                .collect()
        };
        let fits: Vec<&Target> = match t.script {
            Script::Cased if t.capitalised && !t.all_caps => {
                crate::inflect::base_forms(cx.lang, &t.folded, &mut forms);
                with_part(&forms)
            }
            Script::Uncased => {
                crate::inflect::clitic_prefixes(cx.lang, &t.folded)
                    .into_iter()
                    .for_each(|c| forms.push(t.folded[c..].to_string()));
                with_part(&forms)
            }
            _ if hangul_family => {
                // "김 위원장": a family name alone, possibly with a particle.
                let mut cs = t.folded.chars();
                let head = cs.next();
                let rest: String = cs.collect();
                people
                    .iter()
                    .filter(|(_, parts, fc)| {
                        parts.len() == 1
                            && parts[0].chars().count() >= 3
                            && fc.first() == head.as_ref()
                            && KO_PARTICLES.contains(&rest.as_str())
                    })
                    .map(|(tg, _, _)| tg)
                    .collect()
            }
            _ => continue,
        };
        let mut distinct: Vec<&Target> = Vec::new();
        for f in fits {
            if !distinct.contains(&f) {
                distinct.push(f);
            }
        }
        if let [only] = distinct[..] {
            let mut p = pick(i, i, cx, only.clone());
            if hangul_family {
                p.end = p.start + 1;
            }
            add.push(p);
        }
    }
    picked.retain(|p| {
        !add.iter()
            .any(|a: &Picked| a.first == p.first && p.first == p.last)
    });
    picked.extend(add);
    picked.sort_by_key(|p| p.start);
}

fn is_person(cx: &Context, t: &Target) -> bool {
    match t {
        Target::Known(e) => cx.g.entity(*e).etype == EntityType::Person,
        Target::New { etype, .. } => *etype == EntityType::Person,
        Target::Role(_) => false,
    }
}

//! Last readings that need the whole article: capitals used for their state, roles
//! attached to people, national institutions given their country; then the output.

use crate::link::{country_counts, entity_id, Context, Picked, Target, INSTITUTION_PREFIX};
use crate::tokens::Script;
use crate::{EntityType, PlaceKind};
use concord_model::{Entity, Mention};

/// Korean particles after a place that make it a location (평양에서, 모스크바로).
const KO_LOCATIVE: &[&str] = &["에", "에서", "로", "으로", "까지", "부터"];
/// Characters before a Han name that make it a location (在北京, 到平壤).
const ZH_LOCATIVE: &[char] = &['在', '到', '于', '赴', '抵'];

/// A capital without a locative word before it stands for its state: "Pyongyang will back
/// Moscow" is North Korea and Russia, "talks in Moscow" is the city.
pub fn capitals_as_states(cx: &Context, picked: &mut [Picked]) {
    for p in picked.iter_mut() {
        let Target::Known(e) = p.target else { continue };
        let v = cx.g.entity(e);
        let (Some(PlaceKind::City), Some(state)) = (v.place, v.capital_of) else {
            continue;
        };
        let t = &cx.toks[p.first];
        let locative = match t.script {
            Script::Hangul => {
                let rest: String = t.folded.chars().skip(p.end - p.start).collect();
                KO_LOCATIVE.iter().any(|l| rest.starts_with(l))
            }
            Script::Cjk => {
                let before: Option<char> = cx.text.chars().nth(p.start.wrapping_sub(1));
                p.start > 0 && before.is_some_and(|c| ZH_LOCATIVE.contains(&c))
            }
            _ => {
                // A clitic preposition glued to the name (בפיונגיאנג) or a word before it.
                p.start > t.start
                    || (p.first > 0
                        && !cx.sentence_start[p.first]
                        && cx.lex.is_locative(&cx.toks[p.first - 1].folded))
            }
        };
        if locative {
            continue;
        }
        if let Some(c) = cx.g.country(state) {
            p.target = Target::Known(c);
            p.metonym = true;
        }
    }
}

fn country_id(cx: &Context, p: &Picked) -> Option<String> {
    match p.target {
        Target::Known(e) => {
            let v = cx.g.entity(e);
            (v.place == Some(PlaceKind::Country)).then(|| v.id.to_string())
        }
        _ => None,
    }
}

/// Roles ("ministro das Relações Exteriores da Rússia Sergey Lavrov") go to the person
/// right after them, or right before them ("Lavrov, Russia's foreign minister"), with the
/// country named in between as the affiliation.
pub fn attach_roles(cx: &Context, picked: &mut [Picked]) {
    let same_sentence = |a: usize, b: usize| {
        (a + 1..=b).all(|k| !cx.sentence_start.get(k).copied().unwrap_or(true))
    };
    for r in 0..picked.len() {
        let Target::Role(role) = picked[r].target.clone() else {
            continue;
        };
        let (rf, rl) = (picked[r].first, picked[r].last);
        let is_person =
            |p: &Picked| entity_id(cx, &p.target).is_some_and(|(_, _, t)| t == EntityType::Person);
        let after = (r + 1..picked.len())
            .find(|&k| is_person(&picked[k]))
            .filter(|&k| picked[k].first - rl <= 7 && same_sentence(rl, picked[k].first));
        let before = (0..r)
            .rev()
            .find(|&k| is_person(&picked[k]))
            .filter(|&k| rf - picked[k].last <= 3 && same_sentence(picked[k].last, rf));
        let Some(person) = after.or(before) else {
            continue;
        };
        let lo = rf.min(picked[person].first).saturating_sub(2);
        let hi = rl.max(picked[person].last) + 4;
        let affiliation = picked
            .iter()
            .filter(|p| p.first >= lo && p.last <= hi)
            .find_map(|p| country_id(cx, p));
        if picked[person].role.is_none() {
            picked[person].role = Some(role);
            picked[person].affiliation = affiliation;
        }
    }
}

/// A designation such as "foreign ministry" or "МИД" is the institution of the country
/// named next to it, else of the country last named in the sentence, else of the
/// country the article names most.
pub fn institutions(cx: &Context, picked: &mut [Picked]) {
    let counts = country_counts(cx, picked);
    let main = counts
        .iter()
        .max_by_key(|(id, n)| (**n, std::cmp::Reverse(*id)))
        .map(|(id, _)| id.clone());
    for k in 0..picked.len() {
        let Target::Known(e) = picked[k].target else {
            continue;
        };
        let Some(kind) = cx.g.entity(e).id.strip_prefix(INSTITUTION_PREFIX) else {
            continue;
        };
        let (f, l) = (picked[k].first, picked[k].last);
        let near = picked
            .iter()
            .filter(|p| p.first > l && p.first <= l + 3 || p.last < f && p.last + 2 >= f)
            .find_map(|p| country_id(cx, p));
        let earlier = picked[..k]
            .iter()
            .rev()
            .take_while(|p| !(p.first..=f).any(|i| cx.sentence_start[i] && i != p.first))
            .find_map(|p| country_id(cx, p));
        let country = near.or(earlier).or_else(|| main.clone());
        let (id, name) = match country {
            Some(c) => {
                let idx = picked.iter().find_map(|p| match p.target {
                    Target::Known(x) if cx.g.entity(x).id == c => Some(x),
                    _ => None,
                });
                let cname = idx.map(|x| cx.g.entity(x).name).unwrap_or(&c);
                let code = idx.and_then(|x| cx.g.entity(x).country).unwrap_or(&c);
                (
                    format!("org:{code}-{kind}"),
                    format!("{cname} {}", kind.replace('-', " ")),
                )
            }
            None => (format!("org:{kind}"), kind.replace('-', " ")),
        };
        picked[k].target = Target::New {
            id,
            name,
            etype: EntityType::Organisation,
        };
    }
}

/// Groups the picks into entities, in order of first mention.
pub fn entities(cx: &Context, picked: &[Picked]) -> Vec<Entity> {
    let char_bytes: Vec<usize> = cx
        .text
        .char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(cx.text.len()))
        .collect();
    let mut out: Vec<Entity> = Vec::new();
    for p in picked {
        let Some((id, name, etype)) = entity_id(cx, &p.target) else {
            continue;
        };
        let text = cx.text[char_bytes[p.start]..char_bytes[p.end]].to_string();
        let m = Mention {
            text,
            start: p.start,
            end: p.end,
            demonym: p.demonym,
            metonym: p.metonym,
            role: p.role.clone(),
            affiliation: p.affiliation.clone(),
        };
        match out.iter_mut().find(|e| e.id == id) {
            Some(e) => e.mentions.push(m),
            None => out.push(Entity {
                id,
                name,
                etype,
                mentions: vec![m],
            }),
        }
    }
    for e in &mut out {
        if e.id.starts_with("person:") || e.id.starts_with("org:") {
            // Entities no table knows are named by their longest mention.
            if let Some(m) = e
                .mentions
                .iter()
                .filter(|m| !m.demonym)
                .max_by_key(|m| m.text.chars().count())
            {
                if !e.id.contains('-') || m.text.chars().count() > e.name.chars().count() {
                    e.name.clone_from(&m.text);
                }
            }
        }
    }
    out
}

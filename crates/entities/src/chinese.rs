//! Chinese names that no table knows: Han text has no capitals and no spaces, but news
//! writes a person's name right after their title ("外交部发言人毛宁表示", "董事长陈立伟说"),
//! up to a verb or a function word. A name there is taken when it has a plausible length.

use crate::link::{slug, Context, Picked, Target};
use crate::tokens::Script;
use crate::EntityType;

/// Characters that end a name written after a title: verbs of saying and acting, function
/// words, and digits (dates: "7日").
const STOPS: &[char] = &[
    '说', '表', '在', '称', '指', '宣', '举', '同', '与', '和', '抵', '访', '的', '于', '对', '向',
    '将', '已', '也', '还', '则', '就', '会', '曾', '正', '是', '为', '等', '被', '让', '给', '出',
    '到', '率', '透', '强', '呼', '警', '认', '介', '回', '答', '发', '签', '致', '主', '讲', '致',
    '谈',
];

fn is_stop(c: char) -> bool {
    STOPS.contains(&c) || c.is_ascii_digit() || !crate::fold::is_han_or_kana(c) && c != '·'
}

/// Adds the people named right after a title in Chinese text.
pub fn add_people_after_titles(cx: &Context, picked: &mut Vec<Picked>) {
    if cx.lang != "zh" {
        return;
    }
    let mut add = Vec::new();
    for p in picked.iter() {
        if !matches!(p.target, Target::Role(_)) || cx.toks[p.last].script != Script::Cjk {
            continue;
        }
        let t = &cx.toks[p.last];
        let Some(k) = t.char_starts.iter().position(|&c| c == p.end) else {
            continue;
        };
        let rest: Vec<char> = t.folded.chars().skip(k).take(9).collect();
        let len = rest.iter().position(|&c| is_stop(c)).unwrap_or(rest.len());
        // Two or three characters (a Chinese name), up to six for a transcribed one; a name
        // running into the end of the text piece is not trusted.
        if !(2..=6).contains(&len) || len == rest.len() {
            continue;
        }
        let start = p.end;
        if picked
            .iter()
            .any(|q| q.start < start + len && start < q.end)
        {
            continue;
        }
        let name: String = rest[..len].iter().collect();
        add.push(Picked::new(
            p.last,
            p.last,
            start,
            start + len,
            Target::New {
                id: format!("person:{}", slug(&name)),
                name,
                etype: EntityType::Person,
            },
        ));
    }
    picked.extend(add);
    picked.sort_by_key(|p| p.start);
}

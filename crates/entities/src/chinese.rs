//! Chinese names that no table knows: Han text has no capitals and no spaces, but news
//! writes a person's name right after their title ("外交部发言人毛宁表示", "董事长陈立伟说"),
//! up to a verb or a function word. A name there is taken when it has a plausible length.
//! Without a title, a name is taken when it opens a clause with a common family name and a
//! verb of saying follows it ("，梁文锋表示", "据李家超介绍").

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

/// Titles and polite forms written after a name.
const TITLES_AFTER: &[&str] = &[
    "教授", "先生", "女士", "博士", "院士", "教练", "医生", "律师", "老师", "同志", "主席", "总统",
    "总理", "部长", "局长", "市长", "主任", "经理", "总裁", "大使", "将军", "议员",
];

pub(crate) fn is_stop(c: char) -> bool {
    STOPS.contains(&c) || c.is_ascii_digit() || !crate::fold::is_han_or_kana(c) && c != '·'
}

/// A person no table knows, named in Han characters (the key is their transliteration).
pub(crate) fn han_person(name: String) -> Target {
    Target::New {
        id: format!("person:{}", slug(&name)),
        name,
        etype: EntityType::Person,
    }
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
        // With no stop in sight, a common family name opens a name of three characters, the
        // commonest length ("创始人梁文锋很少公开露面").
        let len = if (2..=6).contains(&len) && len < rest.len() {
            len
        } else if FAMILY_NAMES.contains(&rest[0]) && rest.len() > 3 && len > 3 {
            3
        } else {
            continue;
        };
        let start = p.end;
        if picked
            .iter()
            .any(|q| q.start < start + len && start < q.end)
        {
            continue;
        }
        // A polite form or title after the name is not part of it ("刘海涛教授").
        let len = (2..len)
            .find(|&k| {
                TITLES_AFTER
                    .iter()
                    .any(|t| rest[k..len].iter().copied().eq(t.chars()))
            })
            .unwrap_or(len);
        let name: String = rest[..len].iter().collect();
        add.push(Picked::new(
            p.last,
            p.last,
            start,
            start + len,
            han_person(name),
        ));
    }
    picked.extend(add);
    picked.sort_by_key(|p| p.start);
}

/// Common Chinese family names, less those that more often open a common word (任何, 许多,
/// 范围, 曾经, 陆军, 方面, 高度, 万人, 白宫, 石油, 向, 于) or a country (韩国, 马来西亚).
#[rustfmt::skip]
const FAMILY_NAMES: &[char] = &[
    '王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '朱', '胡', '郭', '何',
    '林', '罗', '郑', '梁', '谢', '宋', '唐', '冯', '邓', '曹', '彭', '肖', '董', '袁', '潘', '蒋',
    '蔡', '杜', '叶', '苏', '魏', '吕', '丁', '沈', '姚', '卢', '姜', '崔', '钟', '谭', '汪', '廖',
    '贾', '夏', '韦', '邹', '孟', '熊', '秦', '邱', '尹', '薛', '闫', '段', '雷', '侯', '陶', '贺',
    '顾', '毛', '郝', '龚', '邵', '钱', '严', '覃', '戴', '莫', '孔', '汤', '金', '习', '赖', '洪',
];

/// Verbs of saying that follow a speaker's name.
const SAYING: &[&str] = &[
    "表示", "说", "称", "指出", "认为", "强调", "透露", "介绍", "坦言", "告诉", "回应", "宣布",
];

/// Characters after which a name may start, besides punctuation and the start of the text.
const BEFORE_NAME: &[char] = &['据', '和', '与', '及', '、', '对', '向'];

/// Adds the people named before a verb of saying in Chinese text.
pub fn add_people_before_saying(cx: &Context, picked: &mut Vec<Picked>) {
    if cx.lang != "zh" {
        return;
    }
    let mut add = Vec::new();
    for (ti, t, chars) in crate::tokens::cjk_runs(cx.toks) {
        for k in 0..chars.len() {
            let opens = k == 0 || BEFORE_NAME.contains(&chars[k - 1]);
            if !opens || !FAMILY_NAMES.contains(&chars[k]) {
                continue;
            }
            // A family name and a given name of one or two characters, the verb right after.
            let Some(len) = (2..=3).find(|&n| {
                k + n < chars.len()
                    && chars[k + 1..k + n]
                        .iter()
                        .all(|&c| !is_stop(c) && c != '方')
                    && SAYING.iter().any(|v| {
                        chars[k + n..]
                            .iter()
                            .take(v.chars().count())
                            .copied()
                            .eq(v.chars())
                    })
            }) else {
                continue;
            };
            let (s, e) = (t.char_starts[k], t.char_starts[k + len - 1] + 1);
            if picked.iter().any(|q| q.start < e && s < q.end) {
                continue;
            }
            let name: String = chars[k..k + len].iter().collect();
            add.push(Picked::new(ti, ti, s, e, han_person(name)));
        }
    }
    picked.extend(add);
    picked.sort_by_key(|p| p.start);
}

/// Characters that end a place name (市, 县…): a name right before one is surely a place.
const PLACE_SUFFIXES: &[char] = &[
    '市', '县', '縣', '省', '区', '區', '镇', '鎮', '村', '州', '町', '島', '岛',
];

/// Words after which a name is a place (在 "in", 到 "to", 抵达 "arrived at"…): their last
/// character.
const BEFORE_PLACE: &[char] = &[
    '在', '到', '于', '於', '达', '訪', '访', '赴', '往', '自', '从',
];

/// Drops two-character Han words read as small towns (成功, 合作, 向日): in Chinese and
/// Japanese most such pairs are common words that a village somewhere is also called. A
/// place suffix in or after them ("燕市") or a locative before keeps them. (Raising the
/// bound to 300,000 people dropped 合作 and 开通 but also real towns of an unseen set.)
pub fn drop_common_words_read_as_places(cx: &Context, picked: &mut Vec<Picked>) {
    if !matches!(cx.lang, "zh" | "ja") {
        return;
    }
    picked.retain(|p| {
        let t = &cx.toks[p.first];
        let small_town = matches!(p.target, Target::Known(e) if {
            let v = cx.g.entity(e);
            v.place == Some(crate::PlaceKind::City) && v.capital_of.is_none() && v.population < 50_000
        });
        if t.script != Script::Cjk || p.end - p.start != 2 || !small_town {
            return true;
        }
        // The characters around it, within its Han run (a place suffix or a locative is
        // Han too).
        let Some(k) = t.char_starts.iter().position(|&c| c == p.start) else {
            return true;
        };
        let around = |at: Option<usize>| at.and_then(|n| t.folded.chars().nth(n));
        let after = around(Some(k + 1)).is_some_and(|c| PLACE_SUFFIXES.contains(&c))
            || around(Some(k + 2)).is_some_and(|c| PLACE_SUFFIXES.contains(&c));
        let before = around(k.checked_sub(1)).is_some_and(|c| BEFORE_PLACE.contains(&c));
        after || before
    });
}

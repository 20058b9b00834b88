//! Foreign people named in Han or kana text, whose name parts a middle dot joins
//! ("ラモン・ペレス", "列昂尼德·斯卢茨基"): the dot is how Chinese and Japanese write a
//! transliterated given name and surname, so a dotted name the gazetteer does not know is
//! taken as a person.
//!
//! Written by hand: no segmenter for Han text is available from the registries for Rust.
//! Katakana names end where the katakana do; a Chinese one is read over the characters of
//! the transliteration table ([`TRANSLITERATION`], from general knowledge of the Xinhua
//! table's common characters), so "外援|马尔科斯·席尔瓦" starts after 援.

use crate::link::{is_place, Context, Picked};

/// Characters that Chinese transliterations of foreign names are made of.
const TRANSLITERATION: &str = "阿埃艾爱安昂奥澳巴拜班邦保贝本比彼毕庇波伯博布查达戴黛丹道德登迪狄蒂丁东杜敦多厄恩尔法凡范菲斐费芬丰冯弗伏福富盖甘冈高戈格葛根古哈海汉豪浩赫黑亨洪胡华霍基吉济加佳贾杰捷金津卡凯坎康柯科克肯库夸奎昆拉腊莱赖兰朗劳勒雷蕾里理丽利莉连廉列林琳卢鲁陆路伦罗洛马玛迈麦曼芒毛梅美门蒙孟米密明缪摩莫默姆穆纳娜乃奈南内妮尼涅宁纽努诺欧帕潘庞佩彭皮珀普齐奇契恰乔切钦琴丘屈萨塞赛桑森瑟沙莎善舍什施史舒斯松苏素索塔泰坦汤唐陶特滕提廷图托瓦万威韦维温文沃乌伍西希锡席夏谢辛休修许雅亚扬耶伊因英尤于约泽扎詹珍兹卓佐茨娃芙夫";

/// Words that often follow a Chinese name and open with a character of the table: "于"
/// (on, at: "拉夫罗夫于周三表示"), "梅开二度" (scored twice), "加盟" and "加入" (joined),
/// "明确" (clearly), "特别" (especially). A name part ends before them.
const FOLLOWERS: &[&str] = &["梅开二度", "于", "加盟", "加入", "明确", "特别"];

/// How many of the `len` table characters at the start of `after_dot` belong to the name:
/// all, or those before a word of [`FOLLOWERS`] that starts after at least two.
fn cut_before_follower(after_dot: &[char], len: usize) -> usize {
    (2..len)
        .find(|&k| {
            let rest: String = after_dot[k..].iter().take(4).collect();
            FOLLOWERS.iter().any(|f| rest.starts_with(f))
        })
        .unwrap_or(len)
}

/// The longest part of a Chinese dotted name, in characters.
const MAX_HAN_PART: usize = 6;

fn is_dot(c: char) -> bool {
    matches!(c, '·' | '・' | '･' | '‧')
}

fn is_katakana(c: char) -> bool {
    matches!(c, '\u{30A1}'..='\u{30FA}' | 'ー')
}

/// Adds the dotted foreign names of zh and ja text that nothing else has read.
pub fn add_dotted_names(cx: &Context, picked: &mut Vec<Picked>) {
    let in_part: fn(char) -> bool = match cx.lang {
        "ja" => is_katakana,
        "zh" => |c| TRANSLITERATION.contains(c),
        _ => return,
    };
    let mut add = Vec::new();
    for (ti, t) in cx.toks.iter().enumerate() {
        if t.script != crate::tokens::Script::Cjk {
            continue;
        }
        let chars: Vec<char> = cx.text[t.byte_start..t.byte_end].chars().collect();
        let mut k = 0;
        while k < chars.len() {
            if !is_dot(chars[k]) {
                k += 1;
                continue;
            }
            // The part before the first dot, then parts after each dot.
            let part_before = (0..k).rev().take_while(|&p| in_part(chars[p])).count();
            let mut end = k;
            let mut parts = 1;
            while end < chars.len() && is_dot(chars[end]) {
                let len = chars[end + 1..].iter().take_while(|&&c| in_part(c)).count();
                let len = if cx.lang == "zh" {
                    cut_before_follower(&chars[end + 1..], len)
                } else {
                    len
                };
                if len == 0 {
                    break;
                }
                end += 1 + len.min(MAX_HAN_PART);
                parts += 1;
            }
            let min_part = if cx.lang == "ja" { 2 } else { 1 };
            if parts >= 2 && part_before >= min_part {
                let first = k - part_before.min(MAX_HAN_PART);
                add.push((
                    ti,
                    t.start + first,
                    t.start + end,
                    chars[first..end].iter().collect::<String>(),
                ));
            }
            k = end.max(k + 1);
        }
    }
    for (ti, s, e, name_chars) in add {
        let overlapping: Vec<&Picked> =
            picked.iter().filter(|q| q.start < e && s < q.end).collect();
        // Places read inside the name ("圣托斯" in a surname) give way; anything else
        // (a listed person, an organisation) keeps its reading.
        if !overlapping
            .iter()
            .all(|q| q.start >= s && q.end <= e && is_place(cx, q))
        {
            continue;
        }
        picked.retain(|q| !(q.start < e && s < q.end));
        picked.push(Picked::new(
            ti,
            ti,
            s,
            e,
            crate::chinese::han_person(name_chars),
        ));
    }
    picked.sort_by_key(|p| p.start);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transliteration_table_has_no_duplicates_that_matter() {
        // Every character is Han: the table is searched by character.
        assert!(TRANSLITERATION.chars().all(crate::fold::is_han_or_kana));
    }

    #[test]
    fn a_name_part_ends_before_a_word_that_follows_names() {
        let cut = |after: &str| {
            let chars: Vec<char> = after.chars().collect();
            let len = chars
                .iter()
                .take_while(|c| TRANSLITERATION.contains(**c))
                .count();
            cut_before_follower(&chars, len)
        };
        assert_eq!(cut("席尔瓦梅开二度"), 3);
        assert_eq!(cut("拉夫罗夫于周三"), 4);
        assert_eq!(cut("斯卢茨基表示"), 4);
    }
}

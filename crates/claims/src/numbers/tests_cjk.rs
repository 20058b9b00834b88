//! Chinese, Japanese and Korean.

use super::testkit::{check, n, none};
use concord_model::Qualifier::*;

#[test]
fn zh_counters_and_counted() {
    check(
        "zh",
        "朝鲜向俄罗斯派遣了1000名士兵，约3万人参加。",
        &[n("1000", 1000.).c("士兵"), n("约3万", 3e4).q(About)],
    );
    check(
        "zh",
        "士兵1000名，三千多人，数万人，1000万人，两百名记者。",
        &[
            n("1000", 1000.).c("士兵"),
            n("三千多", 3000.).q(MoreThan),
            n("数万", 1e4).max(1e5),
            n("1000万", 1e7),
            n("两百", 200.).c("记者"),
        ],
    );
}

#[test]
fn zh_units_and_qualifiers() {
    check(
        "zh",
        "超过1.5亿元，损失达100亿美元，GDP增长5.2%，近百分之40的居民，1000名以上的工程师，500人左右。",
        &[
            n("超过1.5亿元", 1.5e8).q(MoreThan).u("CNY"),
            n("100亿美元", 1e10).u("USD"),
            n("5.2%", 5.2).u("percent"),
            // The spec counts what a percentage is of ("10% dos eleitores").
            n("近百分之40", 40.).q(Almost).u("percent").c("居民"),
            n("1000名以上", 1000.).q(MoreThan).c("工程师"),
            n("500人左右", 500.).q(About),
        ],
    );
    check(
        "zh",
        "伤亡人数在5至7万之间，持续3小时。",
        &[n("5至7万", 5e4).max(7e4), n("3", 3.).c("小时")],
    );
}

#[test]
fn zh_exclusions() {
    none(
        "zh",
        "2024年7月13日10点30分，第3季度，三星公司，一些人，3天前，七国集团。",
    );
}

#[test]
fn ja_numbers() {
    check(
        "ja",
        "約1000人の兵士が派遣され、兵士約5万人が参加した。",
        &[
            n("約1000", 1000.).q(About).c("兵士"),
            n("約5万", 5e4).q(About).c("兵士"),
        ],
    );
    check(
        "ja",
        "政府は3兆円の予算を計上し、2万人以上が避難した。",
        &[n("3兆円", 3e12).u("JPY"), n("2万人以上", 2e4).q(MoreThan)],
    );
    check(
        "ja",
        "ミサイルは最高高度約50キロで、約400キロ飛行した。",
        &[
            n("約50キロ", 50.).q(About).u("km"),
            n("約400キロ", 400.).q(About).u("km"),
        ],
    );
    check(
        "ja",
        "1万人近くが負傷し、5時間にわたり、少なくとも50人が死亡、三人が行方不明。",
        &[
            n("1万人近く", 1e4).q(Almost),
            n("5", 5.).c("時間"),
            n("少なくとも50", 50.).q(AtLeast),
            n("三", 3.),
        ],
    );
    none("ja", "2024年7月13日、3日前、第2位、三菱、10時、四国。");
}

#[test]
fn ko_counted_before_and_after() {
    check(
        "ko",
        "병력 1만 명을 파견했으며 1000명의 병사들이 참전했다.",
        &[n("1만", 1e4).c("병력"), n("1000", 1000.).c("병사들")],
    );
    check(
        "ko",
        "러시아에 북한군 약 1만 2천 명이 파병됐고 포탄 100만 발을 보냈다.",
        &[
            n("약 1만 2천", 12000.).q(About).c("북한군"),
            n("100만", 1e6).c("포탄"),
        ],
    );
}

#[test]
fn ko_words_qualifiers_units() {
    check(
        "ko",
        "북한은 1만여 명을 파병했고 수천 명이 숨졌다. 세 명이 다쳤다.",
        &[
            n("1만여", 1e4).q(About),
            n("수천", 1e3).max(1e4),
            n("세", 3.),
        ],
    );
    check(
        "ko",
        "3억 원 이상, 100억 달러, 30% 미만, 5~7만 명, 3시간 동안.",
        &[
            n("3억 원 이상", 3e8).q(MoreThan).u("KRW"),
            n("100억 달러", 1e10).u("USD"),
            n("30% 미만", 30.).q(LessThan).u("percent"),
            n("5~7만", 5e4).max(7e4),
            n("3", 3.).c("시간"),
        ],
    );
    check(
        "ko",
        "정부는 10조 원의 예산을 편성했고 수십만 명이 피난했다.",
        &[n("10조 원", 1e13).u("KRW"), n("수십만", 1e5).max(1e6)],
    );
    none(
        "ko",
        "2024년 7월 13일 오후 3시, 세 번째 회담, 제3조, 3위, 3시간 전, 만약, 백악관.",
    );
}

/// Every suffix of a mixed-script text, read in every language: no panic, and spans are
/// in order, inside the text, on char boundaries, with counted spans inside the text.
#[test]
fn any_text_in_any_language_is_safe() {
    let corpus = "Mais de 10 milhões; $1.2bn, 45%, 6 000 € — 5-7 тысяч, п'ять тисяч, ٣٠٠ مدني \
                  و40 بالمئة, 1亿2000万元, 约3万名士兵以上, 百分之四十, 병력 1만여 명의 병사들이, 수천 명, \
                  兵士約5万人の, 13.07.2025 10:30 +7 495 123-45-67 Su-57 COVID-19 3º 3‐й \
                  quatre-vingt-dix, fünfundzwanzig, trecentomila, 2,5 mil milhões de euros 1.";
    let langs = [
        "", "en", "pt", "es", "it", "fr", "de", "nl", "pl", "ru", "uk", "el", "ar", "zh", "ja",
        "ko",
    ];
    for lang in langs {
        for (i, _) in corpus.char_indices() {
            let text = &corpus[i..];
            let found = super::find_numbers(text, lang);
            let mut last = 0;
            for m in &found {
                assert!(
                    last <= m.start && m.start < m.end && m.end <= text.len(),
                    "{lang} {text}"
                );
                assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
                if let Some((s, e)) = m.counted {
                    assert!(s < e && e <= text.len() && text.get(s..e).is_some());
                }
                assert!(m.value.is_finite() && m.value_max.is_none_or(|x| x > m.value));
                last = m.end;
            }
        }
    }
}

#[test]
fn speeds_per_second_or_hour_before_the_number() {
    // "每秒41米" is 41 m/s, "时速120公里" 120 km/h, "초속 41m" 41 m/s.
    check("zh", "风速为每秒41米。", &[n("41米", 41.).u("m/s")]);
    check("zh", "列车时速120公里。", &[n("120公里", 120.).u("km/h")]);
    check(
        "ko",
        "초속 41m의 강풍이 불었다.",
        &[n("41m", 41.).u("m/s").c("강풍")],
    );
}

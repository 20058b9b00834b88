// TEMPORARY dev helper, to be deleted.
#[test]
#[ignore]
fn dump_extra() {
    let f = std::fs::read_to_string("/work/scratch/claims-dev.jsonl").unwrap();
    for line in f.lines() {
        let j: serde_json::Value = serde_json::from_str(line).unwrap();
        let text = j["text"].as_str().unwrap();
        let lang = j["lang"].as_str().unwrap_or("");
        let ch = |b: usize| text[..b].chars().count() as u64;
        let gold: Vec<(u64, u64)> = j["numbers"]
            .as_array()
            .unwrap()
            .iter()
            .map(|n| (n["start"].as_u64().unwrap(), n["end"].as_u64().unwrap()))
            .collect();
        for m in super::find_numbers(text, lang) {
            let (s, e) = (ch(m.start), ch(m.end));
            if !gold.iter().any(|&(a, b)| a < e && s < b) {
                println!(
                    "EXTRA {} {:?} {} {:?}",
                    j["id"],
                    &text[m.start..m.end],
                    m.value,
                    m.counted.map(|(a, b)| &text[a..b])
                );
            }
        }
    }
}

#[test]
#[ignore]
fn probe() {
    let f = std::fs::read_to_string("/work/scratch/probe.txt").unwrap();
    for line in f.lines().filter(|l| !l.trim().is_empty()) {
        let (lang, text) = line.split_once(' ').unwrap();
        println!("[{lang}] {text}");
        for m in super::find_numbers(text, lang) {
            println!(
                "    {:?} {} {:?} {:?} {:?} c={:?}",
                &text[m.start..m.end],
                m.value,
                m.value_max,
                m.qualifier,
                m.unit,
                m.counted.map(|(a, b)| &text[a..b])
            );
        }
    }
}

#[test]
#[ignore]
fn probe_times() {
    use chrono::DateTime;
    let pubd = DateTime::parse_from_rfc3339("2025-07-14T10:00:00+02:00").unwrap();
    let f = std::fs::read_to_string("/work/scratch/probe_t.txt").unwrap();
    for line in f.lines().filter(|l| !l.trim().is_empty()) {
        let (lang, text) = line.split_once(' ').unwrap();
        println!("[{lang}] {text}");
        for t in crate::times::find_times(text, lang, Some(pubd)) {
            println!(
                "    {:?} {:?}..{:?} {:?}",
                &text[t.start..t.end],
                t.resolved_start.map(|d| d.date_naive()),
                t.resolved_end.map(|d| d.date_naive()),
                t.granularity
            );
        }
    }
}

//! Independent sources: near-duplicates (`duplicate_of`), articles of the same outlet, and
//! articles crediting the same news agency are one source, so a syndicated copy does not
//! count as confirmation.

use concord_model::Article;

fn find(parent: &mut [usize], mut k: usize) -> usize {
    while parent[k] != k {
        parent[k] = parent[parent[k]];
        k = parent[k];
    }
    k
}

/// The source group of each article (a group index per article, groups numbered from 0 in
/// order of first appearance).
pub fn source_groups(articles: &[Article]) -> Vec<usize> {
    let n = articles.len();
    let mut parent: Vec<usize> = (0..n).collect();
    let union = |parent: &mut Vec<usize>, a: usize, b: usize| {
        let (ra, rb) = (find(parent, a), find(parent, b));
        if ra != rb {
            parent[ra.max(rb)] = ra.min(rb);
        }
    };
    for i in 0..n {
        for j in 0..i {
            let (a, b) = (&articles[i], &articles[j]);
            let duplicate = a.duplicate_of.as_deref() == Some(b.id.as_str())
                || b.duplicate_of.as_deref() == Some(a.id.as_str())
                || (a.duplicate_of.is_some() && a.duplicate_of == b.duplicate_of);
            let same_outlet = a.source.is_some() && a.source == b.source;
            let same_agency = a.agencies.iter().any(|x| b.agencies.contains(x));
            if duplicate || same_outlet || same_agency {
                union(&mut parent, i, j);
            }
        }
    }
    let mut ids: Vec<usize> = Vec::new();
    (0..n)
        .map(|i| {
            let r = find(&mut parent, i);
            match ids.iter().position(|&x| x == r) {
                Some(k) => k,
                None => {
                    ids.push(r);
                    ids.len() - 1
                }
            }
        })
        .collect()
}

/// The name of each source group of [`source_groups`]: the agency its articles credit,
/// else its first article's outlet.
pub fn group_names(articles: &[Article], groups: &[usize]) -> Vec<String> {
    let n = groups.iter().copied().max().map_or(0, |m| m + 1);
    (0..n)
        .map(|g| {
            let members: Vec<&Article> = articles
                .iter()
                .zip(groups)
                .filter(|(_, &x)| x == g)
                .map(|(a, _)| a)
                .collect();
            let agency = members.iter().find_map(|a| a.agencies.first().cloned());
            agency.unwrap_or_else(|| members[0].outlet())
        })
        .collect()
}

/// The independent sources of a story's articles, by name, sorted.
pub fn independent_sources(articles: &[Article]) -> Vec<String> {
    let mut names = group_names(articles, &source_groups(articles));
    names.sort();
    names.dedup();
    names
}

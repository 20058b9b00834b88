//! Plain text from an HTML fragment that is all content (a feed item's body): block elements
//! become paragraphs, scripts and styles are dropped.

use scraper::{Html, Node};

const BLOCKS: &[&str] = &[
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "blockquote",
    "section",
    "article",
    "header",
    "footer",
    "tr",
    "table",
    "figure",
    "figcaption",
    "pre",
    "hr",
    "dd",
    "dt",
];
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "iframe", "svg", "head", "button", "form",
];

/// The text of an HTML fragment, one paragraph per block element, blank lines between.
pub fn fragment_text(html: &str) -> String {
    let frag = Html::parse_fragment(html);
    let mut out = String::with_capacity(html.len() / 2);
    walk(frag.tree.root(), &mut out);
    concord_text::normalize::clean_text(&out)
}

fn walk(node: ego_tree::NodeRef<Node>, out: &mut String) {
    for child in node.children() {
        match child.value() {
            Node::Text(t) => out.push_str(t),
            Node::Element(e) => {
                let name = e.name();
                if SKIPPED.contains(&name) {
                    continue;
                }
                let block = BLOCKS.contains(&name);
                // Table cells are words of one row, not paragraphs of their own.
                let cell = matches!(name, "td" | "th");
                if block {
                    out.push_str("\n\n");
                } else if cell {
                    out.push(' ');
                }
                walk(child, out);
                if block {
                    out.push_str("\n\n");
                } else if cell {
                    out.push(' ');
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_become_paragraphs() {
        let t = fragment_text("<p>Um <b>dois</b></p><script>x()</script><p>três<br>quatro</p>");
        assert_eq!(t, "Um dois\n\ntrês\n\nquatro");
    }
}

//! HTML: the page's own description of itself (metadata), its main content, and plain text
//! from HTML fragments.

mod main_content;
mod metadata;
mod text;

pub use main_content::main_text;
pub use metadata::{page_metadata, PageMeta};
pub use text::fragment_text;

pub mod bench;
mod bench_embed;
pub mod embed;
pub mod eval;
mod eval_embed;
pub mod extract;
pub mod gold;
mod labelled;
pub mod models;

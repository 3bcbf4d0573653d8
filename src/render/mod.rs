//! Renderers: the same findings for people, for machines and for CI.

mod concise;
mod human;
mod json;

pub use concise::concise;
pub use human::{HumanStyle, human};
pub use json::{json, summary_counts};

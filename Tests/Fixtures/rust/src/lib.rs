//! A tiny inventory crate.
pub mod model; // @def module model
pub mod report; // @def module report
pub mod store; // @def module store
pub mod web; // @def module web

pub use crate::model::Item; // @imports Item

/// The crate version.
pub const VERSION: &str = "0.1.0"; // @def constant VERSION

/// Builds a shouting label (a project macro: its expansion is invisible to syntax).
#[macro_export]
macro_rules! shout { // @def macro shout
    ($text:expr) => {
        format!("{}!", $text)
    };
}

pub mod util { // @def module util
    /// Lower-cases a label.
    pub fn slug(text: &str) -> String { // @def function util.slug
        text.to_lowercase().replace(' ', "-")
    }
}

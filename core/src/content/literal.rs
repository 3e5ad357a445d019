//! Writing content values as Rust source, so `build.rs` can bundle the validated case as a `static`: the app
//! then carries no JSON parser and parses nothing at start-up. The generated code expects
//! `use gambit_core::content::*;` and `use std::borrow::Cow;` in scope.

use std::borrow::Cow;

/// A value that can be written as a Rust expression building itself in a `static`.
pub trait Literal {
    fn literal(&self, out: &mut String);

    /// The expression as a new string.
    fn to_literal(&self) -> String {
        let mut out = String::new();
        self.literal(&mut out);
        out
    }
}

impl Literal for Cow<'static, str> {
    fn literal(&self, out: &mut String) {
        // `Debug` of a str is a valid Rust string literal, with every special character escaped.
        out.push_str(&format!("Cow::Borrowed({:?})", self.as_ref()));
    }
}

impl<T: Literal + Clone> Literal for Cow<'static, [T]> {
    fn literal(&self, out: &mut String) {
        out.push_str("Cow::Borrowed(&[");
        for item in self.iter() {
            item.literal(out);
            out.push_str(", ");
        }
        out.push_str("])");
    }
}

impl<T: Literal> Literal for Option<T> {
    fn literal(&self, out: &mut String) {
        match self {
            None => out.push_str("None"),
            Some(value) => {
                out.push_str("Some(");
                value.literal(out);
                out.push(')');
            }
        }
    }
}

impl<A: Literal, B: Literal> Literal for (A, B) {
    fn literal(&self, out: &mut String) {
        out.push('(');
        self.0.literal(out);
        out.push_str(", ");
        self.1.literal(out);
        out.push(')');
    }
}

macro_rules! display_literal {
    ($($ty:ty),*) => {$(
        impl Literal for $ty {
            fn literal(&self, out: &mut String) {
                out.push_str(&self.to_string());
            }
        }
    )*};
}
display_literal!(bool, i32, u32, i64);

/// Declares content structs with their derives, and writes their [`Literal`] field by field.
macro_rules! records {
    ($(
        $(#[$meta:meta])*
        pub struct $name:ident { $( $(#[$field_meta:meta])* pub $field:ident : $ty:ty, )* }
    )*) => {$(
        $(#[$meta])*
        #[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
        #[serde(deny_unknown_fields)]
        pub struct $name { $( $(#[$field_meta])* pub $field: $ty, )* }

        impl $crate::content::literal::Literal for $name {
            fn literal(&self, out: &mut String) {
                out.push_str(concat!(stringify!($name), " { "));
                $(
                    out.push_str(concat!(stringify!($field), ": "));
                    self.$field.literal(out);
                    out.push_str(", ");
                )*
                out.push('}');
            }
        }
    )*};
}

/// Declares field-less enums whose variants are written in the files by a key given once (`OrgMap = "org-map"`):
/// serde reads and writes that key, `key()` returns it (for CSS classes and messages), and their [`Literal`] is
/// `Type::Variant`.
macro_rules! kinds {
    ($(
        $(#[$meta:meta])*
        pub enum $name:ident { $( $(#[$variant_meta:meta])* $variant:ident = $key:literal, )* }
    )*) => {$(
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
        pub enum $name { $( $(#[$variant_meta])* #[serde(rename = $key)] $variant, )* }

        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            /// The key that names this variant in the files.
            pub fn key(self) -> &'static str {
                match self {
                    $($name::$variant => $key,)*
                }
            }
        }

        impl $crate::content::literal::Literal for $name {
            fn literal(&self, out: &mut String) {
                out.push_str(&format!(concat!(stringify!($name), "::{:?}"), self));
            }
        }
    )*};
}

pub(crate) use {kinds, records};

#[cfg(test)]
mod tests {
    use std::borrow::Cow;

    use super::Literal;
    use crate::content::{Confidence, Map, OptionText, Text};

    #[test]
    fn text_is_escaped_as_a_rust_string_literal() {
        let text: Text = "a \"quoted\" \\ path\nand \u{201c}curly\u{201d} {braces}"
            .to_string()
            .into();
        assert_eq!(
            text.to_literal(),
            r#"Cow::Borrowed("a \"quoted\" \\ path\nand “curly” {braces}")"#
        );
    }

    #[test]
    fn records_lists_maps_and_kinds_are_written_as_expressions() {
        let option = OptionText {
            label: Cow::Borrowed("Ban"),
            description: Cow::Borrowed("Gone"),
        };
        assert_eq!(
            option.to_literal(),
            r#"OptionText { label: Cow::Borrowed("Ban"), description: Cow::Borrowed("Gone"), }"#
        );
        let map: Map<Confidence, Text> = Map(Cow::Owned(vec![(Confidence::Anecdote, Cow::Borrowed("A story"))]));
        assert_eq!(
            map.to_literal(),
            r#"Map(Cow::Borrowed(&[(Confidence::Anecdote, Cow::Borrowed("A story")), ]))"#
        );
        let none: Option<Text> = None;
        assert_eq!(none.to_literal(), "None");
    }
}

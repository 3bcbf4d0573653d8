//! The values a message's variables take.

use fluent_bundle::FluentValue;
use std::borrow::Cow;

/// A value for a message's variable: text, or a number (which also picks plural forms).
#[derive(Debug, Clone)]
pub struct Arg<'a>(pub(super) Value<'a>);

/// What an [`Arg`] holds. Numbers are kept as Fluent keeps them (an `f64`, whatever type they were given in),
/// so both ways of writing a message see the same value; they become Fluent's values only when Fluent's resolver
/// is needed.
#[derive(Debug, Clone)]
pub(super) enum Value<'a> {
    Text(Cow<'a, str>),
    Number(f64),
}

impl<'a> Arg<'a> {
    /// The value as Fluent's resolver takes it.
    pub(super) fn to_fluent(&self) -> FluentValue<'a> {
        match &self.0 {
            Value::Text(text) => FluentValue::String(text.clone()),
            Value::Number(n) => FluentValue::from(*n),
        }
    }
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg(Value::Text(Cow::Borrowed(s)))
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg(Value::Text(Cow::Borrowed(s)))
    }
}

impl From<String> for Arg<'_> {
    fn from(s: String) -> Self {
        Arg(Value::Text(Cow::Owned(s)))
    }
}

impl<'a> From<Cow<'a, str>> for Arg<'a> {
    fn from(s: Cow<'a, str>) -> Self {
        Arg(Value::Text(s))
    }
}

impl From<char> for Arg<'_> {
    fn from(c: char) -> Self {
        Arg(Value::Text(Cow::Owned(c.to_string())))
    }
}

macro_rules! number_args {
    ($($t:ty),+) => {$(
        impl From<$t> for Arg<'_> {
            // `as f64` is what Fluent does with each of these types too.
            fn from(n: $t) -> Self {
                Arg(Value::Number(n as f64))
            }
        }
    )+};
}

number_args!(u8, u16, u32, u64, usize, i32, i64);

impl From<f64> for Arg<'_> {
    fn from(n: f64) -> Self {
        Arg(Value::Number(n))
    }
}

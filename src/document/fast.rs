//! The fast path for the common case, a strict JSON object: one `serde_json` pass, no span tree.
//!
//! The tree with spans is built later, only if a finding needs a position (see [`Document::root`]). Anything
//! unusual (invalid UTF-8, a byte order mark, comments, duplicate keys, deep nesting, numbers beyond a double,
//! a top level that is not an object) makes this path step aside for the tolerant parser, which reports it.

use super::{Document, MAX_INPUT_BYTES, limits};
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};
use std::fmt;

/// The document and its JSON value, when `bytes` is a strict JSON object without duplicate keys.
pub fn parse(bytes: &[u8]) -> Option<(Document, Value)> {
    if bytes.len() > MAX_INPUT_BYTES || bytes.starts_with(b"\xef\xbb\xbf") {
        return None;
    }
    let text = std::str::from_utf8(bytes).ok()?;
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let value = UniqueVisitor { depth: 0 }.deserialize(&mut deserializer).ok()?;
    deserializer.end().ok()?;
    value.is_object().then(|| (Document::lazy(text.to_owned()), value))
}

/// Reads a JSON value whose objects have no repeated key and whose nesting stays within [`limits::MAX_DEPTH`]:
/// either failing makes the parse fail, so the tolerant path reports it. Counting depth here spares a separate
/// scan of the text.
#[derive(Clone, Copy)]
struct UniqueVisitor {
    /// Containers open around the value being read.
    depth: usize,
}

impl UniqueVisitor {
    /// The visitor for the items or members of a container this visitor reads.
    fn inner<E: de::Error>(self) -> Result<UniqueVisitor, E> {
        match self.depth + 1 {
            depth if depth > limits::MAX_DEPTH => Err(E::custom("nested too deep")),
            depth => Ok(UniqueVisitor { depth }),
        }
    }
}

impl<'de> DeserializeSeed<'de> for UniqueVisitor {
    type Value = Value;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for UniqueVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Value, E> {
        serde_json::Number::from_f64(v).map(Value::Number).ok_or_else(|| E::custom("not a finite number"))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let inner = self.inner()?;
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0));
        while let Some(item) = seq.next_element_seed(inner)? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let inner = self.inner()?;
        let mut members = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            let value = map.next_value_seed(inner)?;
            if members.insert(key, value).is_some() {
                return Err(de::Error::custom("duplicate key"));
            }
        }
        Ok(Value::Object(members))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An object nesting arrays down to `levels` containers in all.
    fn nested(levels: usize) -> String {
        format!("{{\"a\":{}1{}}}", "[".repeat(levels - 1), "]".repeat(levels - 1))
    }

    #[test]
    fn nesting_up_to_the_limit_stays_on_the_fast_path() {
        assert!(parse(nested(limits::MAX_DEPTH).as_bytes()).is_some());
        assert!(parse(nested(limits::MAX_DEPTH + 1).as_bytes()).is_none());
        assert_eq!(limits::too_deep(&nested(limits::MAX_DEPTH)), None);
        assert!(limits::too_deep(&nested(limits::MAX_DEPTH + 1)).is_some());
    }

    #[test]
    fn duplicate_keys_and_trailing_text_leave_the_fast_path() {
        assert!(parse(br#"{"a":1,"b":{"c":1,"c":2}}"#).is_none());
        assert!(parse(br#"{"a":1} x"#).is_none());
        assert!(parse(br#"{"a":1}  "#).is_some());
        assert!(parse(b"[1]").is_none());
    }
}

//! The fast path for the common case, a strict JSON object: one `serde_json` pass, no span tree.
//!
//! The tree with spans is built later, only if a finding needs a position (see [`Document::root`]). Anything
//! unusual (invalid UTF-8, a byte order mark, comments, duplicate keys, deep nesting, numbers beyond a double,
//! a top level that is not an object) makes this path step aside for the tolerant parser, which reports it.

use super::{Document, MAX_INPUT_BYTES, limits};
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};
use std::fmt;

/// The document and its JSON value, when `bytes` is a strict JSON object without duplicate keys.
pub fn parse(bytes: &[u8]) -> Option<(Document, Value)> {
    if bytes.len() > MAX_INPUT_BYTES || bytes.starts_with(b"\xef\xbb\xbf") {
        return None;
    }
    let text = std::str::from_utf8(bytes).ok()?;
    if limits::too_deep(text).is_some() {
        return None;
    }
    let value = serde_json::from_str::<Unique>(text).ok()?.0;
    value.is_object().then(|| (Document::lazy(text.to_owned()), value))
}

/// A JSON value whose objects have no repeated key (a repeat fails the parse, so the tolerant path reports it).
struct Unique(Value);

impl<'de> de::Deserialize<'de> for Unique {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(UniqueVisitor).map(Unique)
    }
}

struct UniqueVisitor;

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
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0));
        while let Some(Unique(item)) = seq.next_element()? {
            items.push(item);
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut members = Map::new();
        while let Some(key) = map.next_key::<String>()? {
            let Unique(value) = map.next_value()?;
            if members.insert(key, value).is_some() {
                return Err(de::Error::custom("duplicate key"));
            }
        }
        Ok(Value::Object(members))
    }
}

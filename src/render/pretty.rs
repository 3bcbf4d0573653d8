//! serde_json's pretty layout for a value that sits some levels deep in a document written piece by piece.
//!
//! `serde_json::to_writer_pretty` starts every value at the margin; an element of a streamed array must start
//! where it would stand inside the whole document. This is serde_json's `PrettyFormatter` (two spaces per
//! level) with its indentation starting at `depth` instead of zero, so the bytes are the ones the whole document
//! would have.
//!
//! [`Pretty`] writes the same layout without serde, for the documents whose elements are many (JSON's files,
//! SARIF's results): each value is written straight from the report, strings that need no escaping are copied
//! whole, and no intermediate structs or strings are built.

use serde::Serialize;
use serde_json::ser::Formatter;
use std::io::{self, Write};

/// Two spaces per level, as `serde_json::to_string_pretty` writes: the margins of the first 32 levels, cut
/// from one run of spaces (a write per line instead of one per level; every key of a report starts a line).
const MARGIN: &[u8] = &[b' '; 64];

/// Writes `value` to `out` as pretty JSON nested `depth` levels deep.
pub(super) fn write_at<T: Serialize>(out: &mut Vec<u8>, depth: usize, value: &T) {
    let mut serializer = serde_json::Serializer::with_formatter(out, Nested { depth, has_value: false });
    value.serialize(&mut serializer).expect("plain data serializes");
}

struct Nested {
    depth: usize,
    has_value: bool,
}

impl Nested {
    /// `[` or `{`: one level deeper, nothing in it yet.
    fn open<W: ?Sized + Write>(&mut self, writer: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        writer.write_all(bracket)
    }

    /// `]` or `}`: on a line of its own at the outer margin unless the container is empty.
    fn close<W: ?Sized + Write>(&mut self, writer: &mut W, bracket: &[u8]) -> io::Result<()> {
        self.depth -= 1;
        if self.has_value {
            writer.write_all(b"\n")?;
            self.indent(writer)?;
        }
        writer.write_all(bracket)
    }

    /// Each element or member starts a line, after a comma unless it is the first.
    fn next_line<W: ?Sized + Write>(&self, writer: &mut W, first: bool) -> io::Result<()> {
        writer.write_all(if first { b"\n" } else { b",\n" })?;
        self.indent(writer)
    }

    fn indent<W: ?Sized + Write>(&self, writer: &mut W) -> io::Result<()> {
        let mut width = 2 * self.depth;
        while width > 0 {
            let part = width.min(MARGIN.len());
            writer.write_all(&MARGIN[..part])?;
            width -= part;
        }
        Ok(())
    }
}

impl Formatter for Nested {
    fn begin_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.open(writer, b"[")
    }

    fn end_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.close(writer, b"]")
    }

    fn begin_array_value<W: ?Sized + Write>(&mut self, writer: &mut W, first: bool) -> io::Result<()> {
        self.next_line(writer, first)
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, _writer: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.open(writer, b"{")
    }

    fn end_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.close(writer, b"}")
    }

    fn begin_object_key<W: ?Sized + Write>(&mut self, writer: &mut W, first: bool) -> io::Result<()> {
        self.next_line(writer, first)
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        writer.write_all(b": ")
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, _writer: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

/// A pretty JSON writer with serde_json's pretty layout, starting some levels deep: the caller opens and closes
/// containers, starts each member with [`Pretty::key`] and each array element with [`Pretty::element`], and
/// writes the values in between. It checks no structure; the tests of the documents compare its bytes with
/// serde_json's.
pub(super) struct Pretty<'a> {
    out: &'a mut Vec<u8>,
    depth: usize,
    /// Whether the innermost open container has a member or element already (a comma goes before the next).
    has_value: bool,
}

impl<'a> Pretty<'a> {
    /// A writer appending to `out`, its values nested `depth` levels deep.
    pub(super) fn at(out: &'a mut Vec<u8>, depth: usize) -> Pretty<'a> {
        Pretty { out, depth, has_value: false }
    }

    pub(super) fn begin_object(&mut self) {
        self.open(b'{');
    }

    pub(super) fn end_object(&mut self) {
        self.close(b'}');
    }

    pub(super) fn begin_array(&mut self) {
        self.open(b'[');
    }

    pub(super) fn end_array(&mut self) {
        self.close(b']');
    }

    /// Starts the member `key` (plain ASCII, written as it is) of the open object; its value comes next.
    // Always inlined: the keys are literals, so their copies need no call to `memcpy`.
    #[inline(always)]
    pub(super) fn key(&mut self, key: &str) {
        self.next_line();
        self.out.push(b'"');
        self.out.extend_from_slice(key.as_bytes());
        self.out.extend_from_slice(b"\": ");
    }

    /// Starts the next element of the open array; its value comes next.
    pub(super) fn element(&mut self) {
        self.next_line();
    }

    /// A string value.
    pub(super) fn str(&mut self, value: &str) {
        self.str_of(&[value]);
    }

    /// A string value made of `parts` one after the other (escaping goes byte by byte, so escaping the parts
    /// one by one gives the bytes of the whole).
    pub(super) fn str_of(&mut self, parts: &[&str]) {
        self.out.push(b'"');
        for part in parts {
            escape_into(self.out, part);
        }
        self.out.push(b'"');
        self.has_value = true;
    }

    /// A string value, or `null`.
    pub(super) fn opt_str(&mut self, value: Option<&str>) {
        match value {
            Some(value) => self.str(value),
            None => self.null(),
        }
    }

    pub(super) fn null(&mut self) {
        self.out.extend_from_slice(b"null");
        self.has_value = true;
    }

    pub(super) fn uint(&mut self, value: usize) {
        self.out.extend_from_slice(itoa::Buffer::new().format(value).as_bytes());
        self.has_value = true;
    }

    fn open(&mut self, bracket: u8) {
        self.depth += 1;
        self.has_value = false;
        self.out.push(bracket);
    }

    fn close(&mut self, bracket: u8) {
        self.depth -= 1;
        if self.has_value {
            self.line_break(1);
        }
        self.out.push(bracket);
        // The container just closed is a value of the one around it.
        self.has_value = true;
    }

    #[inline]
    fn next_line(&mut self) {
        self.line_break(if self.has_value { 0 } else { 1 });
    }

    /// `,` (from `from` 0, else without it), a new line and the margin.
    #[inline]
    fn line_break(&mut self, from: usize) {
        let end = 2 + 2 * self.depth;
        if end > LINE.len() {
            self.out.extend_from_slice(&LINE[from..2]);
            (0..self.depth).for_each(|_| self.out.extend_from_slice(b"  "));
            return;
        }
        // A key or element starts every line: copying all of `LINE` (a length known when compiling, so a few
        // moves instead of a call to `memcpy`) and cutting it back is the cheapest way to the margin.
        let len = self.out.len();
        match from {
            0 => self.out.extend_from_slice(&LINE),
            _ => self.out.extend_from_slice(&LINE[1..]),
        }
        self.out.truncate(len + end - from);
    }
}

/// A comma, a new line and [`MARGIN`]'s spaces, which [`Pretty`] cuts every line start from.
const LINE: [u8; 2 + MARGIN.len()] = {
    let mut line = [b' '; 2 + MARGIN.len()];
    line[0] = b',';
    line[1] = b'\n';
    line
};

/// Appends `text` escaped as serde_json escapes a string's contents. Most strings need no escaping: they are
/// copied in one go after one scan without branches; the others go through serde_json itself.
fn escape_into(out: &mut Vec<u8>, text: &str) {
    // serde_json escapes exactly the control characters, `"` and `\`, and nothing else.
    let needs_escape = text.bytes().fold(false, |any, b| any | (b < 0x20) | (b == b'"') | (b == b'\\'));
    if !needs_escape {
        out.extend_from_slice(text.as_bytes());
        return;
    }
    let start = out.len();
    serde_json::to_writer(&mut *out, text).expect("writing to memory");
    // serde_json wrote the quotes too: keep what is between them.
    out.remove(start);
    out.pop();
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_value_nested_in_a_document_has_the_bytes_it_has_there() {
        let value = json!({"a": [1, {"b": [], "c": {}}, [2, [3]]], "d": "x\ny", "e": null, "f": []});
        for depth in [0, 1, 2, 3, 40] {
            let mut document = value.clone();
            for _ in 0..depth {
                document = json!([document]);
            }
            let whole = serde_json::to_string_pretty(&document).unwrap();
            let mut nested = Vec::new();
            write_at(&mut nested, depth, &value);
            let nested = String::from_utf8(nested).unwrap();
            let margin = "  ".repeat(depth);
            assert!(whole.contains(&format!("\n{margin}{nested}")) || depth == 0 && whole == nested, "{depth}");
        }
    }

    /// Writes `value` with [`Pretty`], as a document writer would write it member by member.
    fn write_value(w: &mut Pretty, value: &serde_json::Value) {
        use serde_json::Value;
        match value {
            Value::Null => w.null(),
            Value::Number(n) => w.uint(n.as_u64().unwrap() as usize),
            Value::String(s) => w.str(s),
            Value::Array(items) => {
                w.begin_array();
                for item in items {
                    w.element();
                    write_value(w, item);
                }
                w.end_array();
            }
            Value::Object(members) => {
                w.begin_object();
                for (key, member) in members {
                    w.key(key);
                    write_value(w, member);
                }
                w.end_object();
            }
            Value::Bool(_) => unreachable!("the documents have no booleans"),
        }
    }

    #[test]
    fn the_hand_writer_writes_serde_json_s_bytes() {
        let value = json!({
            "a": [1, {"b": [], "c": {}}, [2, [3, []]], {}],
            "d": "x\ny \"q\" \\ \u{1} \u{1f} \t\r\u{8}\u{c} \u{7f} é 中文 — /",
            "e": null,
            "f": [],
            "g": {"h": {"i": "plain"}, "j": 18446744073709551615u64},
            "k": ""
        });
        // 30: the value's lines cross the deepest margin cut from `LINE`; 40: all of them are past it.
        for depth in [0, 1, 4, 30, 40] {
            let mut by_serde = Vec::new();
            write_at(&mut by_serde, depth, &value);
            let mut by_hand = Vec::new();
            write_value(&mut Pretty::at(&mut by_hand, depth), &value);
            assert_eq!(String::from_utf8(by_hand).unwrap(), String::from_utf8(by_serde).unwrap(), "{depth}");
        }
    }

    #[test]
    fn parts_of_a_string_are_escaped_as_the_whole() {
        let mut out = Vec::new();
        Pretty::at(&mut out, 0).str_of(&["a\"", "\n", "", "b — c\\"]);
        assert_eq!(out, serde_json::to_vec("a\"\nb — c\\").unwrap());
    }
}

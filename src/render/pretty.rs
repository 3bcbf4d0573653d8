//! serde_json's pretty layout for a value that sits some levels deep in a document written piece by piece.
//!
//! `serde_json::to_writer_pretty` starts every value at the margin; an element of a streamed array must start
//! where it would stand inside the whole document. This is serde_json's `PrettyFormatter` (two spaces per
//! level) with its indentation starting at `depth` instead of zero, so the bytes are the ones the whole document
//! would have.

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
}

//! Where the human format may break lines, remembered.
//!
//! miette wraps every message, label and help with textwrap, which finds the line-break opportunities of each
//! line by the Unicode rules: that costs more than drawing the rest of a code frame. The same lines come back in
//! file after file (rule messages, helps, `see acklint explain …`), so each thread remembers where a line may
//! break and hands textwrap the same words it would have found.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;
use textwrap::WordSeparator;
use textwrap::core::Word;

/// Lines remembered per thread; past this, the memory starts over (a run's distinct lines are far fewer, and
/// memory must not grow with the files).
const REMEMBERED: usize = 4096;

/// textwrap's own separator: the one miette uses when given none.
const UNICODE: WordSeparator = WordSeparator::new();

/// The separator to give miette: textwrap's words for `line`, found once per distinct line.
pub(super) const REMEMBERING: WordSeparator = WordSeparator::Custom(remembered_words);

fn remembered_words(line: &str) -> Box<dyn Iterator<Item = Word<'_>> + '_> {
    thread_local! {
        static STARTS: RefCell<HashMap<Box<str>, Rc<[usize]>>> = RefCell::new(HashMap::new());
    }
    let starts = STARTS.with(|cache| {
        if let Some(starts) = cache.borrow().get(line) {
            return starts.clone();
        }
        // Each word is a slice of the line, one after the other: where each starts says it all.
        let starts: Rc<[usize]> =
            UNICODE.find_words(line).map(|w| w.word.as_ptr() as usize - line.as_ptr() as usize).collect();
        let mut cache = cache.borrow_mut();
        if cache.len() >= REMEMBERED {
            cache.clear();
        }
        cache.insert(line.into(), starts.clone());
        starts
    });
    let ends = starts.iter().skip(1).copied().chain([line.len()]).collect::<Vec<_>>();
    Box::new(
        starts
            .iter()
            .copied()
            .zip(ends)
            .map(move |(start, end)| Word::from(&line[start..end]))
            .collect::<Vec<_>>()
            .into_iter(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(separator: &WordSeparator, line: &str) -> Vec<(String, String, String)> {
        separator.find_words(line).map(|w| (w.word.into(), w.whitespace.into(), w.penalty.into())).collect()
    }

    #[test]
    fn the_same_words_as_textwrap_first_time_and_after() {
        let lines = [
            "",
            "   ",
            "`service_cidr` 172.20.16.0/20 overlaps `container_cidr` 172.20.0.0/16",
            "see `acklint explain NET001`",
            "kebab-case-name and a/path/with/slashes, commas; (brackets) 集群名称 with CJK 文字",
            "trailing spaces   ",
            "  leading spaces",
            "\u{1b}[31mred\u{1b}[0m text",
        ];
        for _ in 0..2 {
            for line in lines {
                assert_eq!(words(&REMEMBERING, line), words(&UNICODE, line), "{line:?}");
            }
        }
    }
}

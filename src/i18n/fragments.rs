//! Pieces many messages share, in each language: lists (`a, b and c` / `a、b 和 c`) and how a node pool is
//! named (``node pool `web` `` / ``节点池 `web` ``). Their words live in `locales/<tag>/shared.ftl`; the
//! structure (where separators go) lives here.

use super::Lang;
use crate::t;

/// `a`, `a and b`, `a, b and c` (Chinese: `a`, `a 和 b`, `a、b 和 c`). The items are used as given (quote
/// field names before).
pub fn join_and<S: AsRef<str>>(lang: Lang, items: &[S]) -> String {
    match items.split_last() {
        None => String::new(),
        Some((last, [])) => last.as_ref().to_string(),
        Some((last, rest)) => t!(lang, "list-and", head = join_head(lang, rest), last = last.as_ref()),
    }
}

/// `a`, `a or b`, `a, b or c` (Chinese: `a`, `a 或 b`, `a、b 或 c`).
pub fn join_or<S: AsRef<str>>(lang: Lang, items: &[S]) -> String {
    match items.split_last() {
        None => String::new(),
        Some((last, [])) => last.as_ref().to_string(),
        Some((last, rest)) => t!(lang, "list-or", head = join_head(lang, rest), last = last.as_ref()),
    }
}

fn join_head<S: AsRef<str>>(lang: Lang, items: &[S]) -> String {
    let separator = t!(lang, "list-separator");
    // Written at its final size, without collecting the items first.
    let mut head = String::with_capacity(items.iter().map(|item| item.as_ref().len() + separator.len()).sum());
    for (n, item) in items.iter().enumerate() {
        if n > 0 {
            head.push_str(&separator);
        }
        head.push_str(item.as_ref());
    }
    head
}

/// `1, 2, 3, 6 or 12` (Chinese: `1、2、3、6 或 12`).
pub fn one_of(lang: Lang, values: &[i64]) -> String {
    join_or(lang, &values.iter().map(i64::to_string).collect::<Vec<_>>())
}

/// Each name in backticks, the way messages show field names and values: `` `a` ``.
pub fn backticked<S: AsRef<str>>(names: &[S]) -> Vec<String> {
    names.iter().map(|n| backtick(n.as_ref())).collect()
}

/// `name` in backticks: `` `a` ``. Built at its final size (`format!` starts smaller and grows, which costs more
/// than the rest of a short label).
pub fn backtick(name: &str) -> String {
    let mut quoted = String::with_capacity(name.len() + 2);
    quoted.push('`');
    quoted.push_str(name);
    quoted.push('`');
    quoted
}

/// How a message names node pool `index`: ``node pool `web` ``, or `` `nodepools[1]` `` when it has no name.
pub fn pool_label(lang: Lang, index: usize, name: Option<&str>) -> String {
    match name.filter(|n| !n.is_empty()) {
        Some(name) => t!(lang, "pool-named", name),
        None => t!(lang, "pool-unnamed", index),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(names: &[&str]) -> Vec<String> {
        names.iter().map(|n| format!("`{n}`")).collect()
    }

    #[test]
    fn lists() {
        assert_eq!(join_and(Lang::En, &items(&[])), "");
        assert_eq!(join_and(Lang::En, &items(&["a"])), "`a`");
        assert_eq!(join_and(Lang::En, &items(&["a", "b"])), "`a` and `b`");
        assert_eq!(join_and(Lang::En, &items(&["a", "b", "c"])), "`a`, `b` and `c`");
        assert_eq!(join_or(Lang::En, &items(&["a", "b", "c"])), "`a`, `b` or `c`");
        assert_eq!(join_and(Lang::ZhCn, &items(&["a", "b", "c"])), "`a`、`b` 和 `c`");
        assert_eq!(join_or(Lang::ZhCn, &items(&["a", "b"])), "`a` 或 `b`");
    }

    #[test]
    fn pools() {
        assert_eq!(pool_label(Lang::En, 0, Some("web")), "node pool `web`");
        assert_eq!(pool_label(Lang::En, 1, Some("")), "`nodepools[1]`");
        assert_eq!(pool_label(Lang::ZhCn, 0, Some("web")), "节点池 `web`");
        assert_eq!(pool_label(Lang::ZhCn, 2, None), "`nodepools[2]`");
    }
}

use super::util::tag_lists;
use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::t;
use std::collections::HashMap;

crate::declare_rule! {
    /// The same tag key appears twice in `tags` or in a node pool's `scaling_group.tags`.
    ///
    /// ## Why is this bad?
    /// A resource holds one value per tag key, so tag keys must be unique within a list (they are
    /// case-sensitive: `env` and `Env` are different keys). A repeated key is rejected, or one of the two
    /// values is silently lost.
    ///
    /// ## Example
    /// ```json
    /// { "tags": [{ "key": "env", "value": "prod" }, { "key": "env", "value": "staging" }] }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "tags": [{ "key": "env", "value": "prod" }, { "key": "stage", "value": "staging" }] }
    /// ```
    ///
    /// ## References
    /// - API reference: tag keys are case-sensitive and must not repeat.
    /// - SDK: node-pool (ECS) tag keys must be unique.
    pub(crate) struct DuplicateTagKey {
        code: "NAM003",
        name: "duplicate-tag-key",
        severity: Error,
    }
}

impl DuplicateTagKey {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let lang = cx.lang;
        for list in tag_lists(cx) {
            let mut first = HashMap::new();
            for tag in list {
                let Some(key) = tag.key else { continue };
                match first.get(key) {
                    None => {
                        first.insert(key, tag);
                    }
                    Some(earlier) => out.push(
                        Self::META
                            .diagnostic(t!(
                                lang,
                                "nam003",
                                key,
                                list = &tag.list,
                                first = earlier.index,
                                second = tag.index
                            ))
                            .at(tag.key_pointer())
                            .label(t!(lang, "nam003.label"))
                            .with(Label::at(earlier.key_pointer(), t!(lang, "nam003.label-first")))
                            .help(t!(lang, "nam003.help")),
                    ),
                }
            }
        }
    }
}

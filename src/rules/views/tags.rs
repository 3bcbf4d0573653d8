//! The tags of the request, cluster and node pools alike. The naming rules build the lists (`tag_lists` in
//! `rules/naming/util.rs`).

/// One tag of the request.
pub(crate) struct TagRef<'a> {
    /// `tags` or `nodepools[i].scaling_group.tags`, for messages.
    pub list: String,
    /// Whether it is a node-pool (ECS instance) tag.
    pub pool: bool,
    /// Index of the tag in its list.
    pub index: usize,
    /// Index of the pool for pool tags.
    pub pool_index: usize,
    /// The tag's `key`, when it loaded.
    pub key: Option<&'a str>,
    /// The tag's `value`, when it loaded.
    pub value: Option<&'a str>,
}

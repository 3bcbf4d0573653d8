//! Cluster components (`addons`): names, their `config` strings and the combinations that clash.

mod json_problem;

use crate::model::Addon;
use crate::rules::Context;
use serde_json::{Map, Value};

crate::rules::group_rules! {
    duplicate_addon_name,
    unknown_addon_name,
    addon_config_not_json_object,
    invalid_addon_config_setting,
    csi_addon_incomplete,
    csi_conflicts_with_flexvolume,
    log_addon_missing,
}

/// Every addon item with its index and name (items without a string `name` are skipped).
pub fn named<'a>(cx: &Context<'a>) -> impl Iterator<Item = (usize, &'a Addon, &'a str)> + use<'a> {
    cx.request.addons.iter().flatten().enumerate().filter_map(|(i, a)| a.name.as_deref().map(|n| (i, a, n)))
}

/// The addons that will be installed: named and not `disabled: true`.
pub fn installed<'a>(cx: &Context<'a>) -> impl Iterator<Item = (usize, &'a str)> + use<'a> {
    named(cx).filter(|(_, a, _)| a.disabled != Some(true)).map(|(i, _, n)| (i, n))
}

/// The first installed addon whose name satisfies `pred`.
pub fn find_installed<'a>(cx: &Context<'a>, pred: impl Fn(&str) -> bool) -> Option<(usize, &'a str)> {
    installed(cx).find(|(_, n)| pred(n))
}

/// The first entry whose name satisfies `pred` but that has `disabled: true`.
pub fn find_disabled<'a>(cx: &Context<'a>, pred: impl Fn(&str) -> bool) -> Option<(usize, &'a str)> {
    named(cx).find(|(_, a, n)| a.disabled == Some(true) && pred(n)).map(|(i, _, n)| (i, n))
}

/// Each addon's `config` parsed as JSON, in `addons` order (`None`: no config or an empty one). Parsed once per
/// lint for all the rules that read it.
pub fn parsed_configs<'c>(cx: &'c Context<'_>) -> &'c [Option<serde_json::Result<Value>>] {
    cx.views.addon_configs.get_or_init(|| {
        let configs = cx.request.addons.iter().flatten().map(|a| a.config.as_deref().filter(|c| !c.is_empty()));
        configs.map(|c| c.map(serde_json::from_str)).collect()
    })
}

/// The `config` of addon `index` parsed as a JSON object, when it is a non-empty string holding one.
pub fn config_object<'c>(cx: &'c Context<'_>, index: usize) -> Option<&'c Map<String, Value>> {
    match parsed_configs(cx).get(index)? {
        Some(Ok(Value::Object(map))) => Some(map),
        _ => None,
    }
}

use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::rules::addons::parsed_configs;
use crate::spec::Field;
use serde_json::Value;

crate::declare_rule! {
    /// An addon's `config` string is not empty and does not hold a JSON object.
    ///
    /// ## Why is this bad?
    /// `config` is a JSON object serialized into a string: `"{\"IngressSlbNetworkType\":\"intranet\"}"`. The
    /// service decodes that string and rejects the request (`InvalidParameter.Format`) when it is not a JSON
    /// object. Common slips: single quotes inside the string (`"{'key':'value'}"`), a missing closing brace,
    /// a list or a bare value instead of an object, or a string that was encoded twice.
    ///
    /// An empty string means "default settings" and is fine.
    ///
    /// ## Example
    /// ```json
    /// {
    ///   "addons": [
    ///     { "name": "flannel" },
    ///     { "name": "csi-plugin" },
    ///     { "name": "csi-provisioner" },
    ///     { "name": "logtail-ds", "config": "{'IngressDashboardEnabled':'true'}" }
    ///   ]
    /// }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// {
    ///   "addons": [
    ///     { "name": "flannel" },
    ///     { "name": "csi-plugin" },
    ///     { "name": "csi-provisioner" },
    ///     { "name": "logtail-ds", "config": "{\"IngressDashboardEnabled\":\"true\"}" }
    ///   ]
    /// }
    /// ```
    ///
    /// ## References
    /// - ACK CLI error catalogue (rule catalog §6 #6): an addon `config` passed as an object or wrongly
    ///   escaped fails with `InvalidParameter.Format`.
    /// - API reference (`addons`) and SDK: `config` is a string; the examples hold escaped JSON objects.
    /// - Terraform documentation: `config` is built with `jsonencode({...})`.
    pub(crate) struct AddonConfigNotJsonObject {
        code: "ADD003",
        name: "addon-config-not-json-object",
        severity: Error,
    }
}

impl AddonConfigNotJsonObject {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let parsed = parsed_configs(cx);
        for (i, addon) in cx.request.addons.iter().flatten().enumerate() {
            let (Some(config), Some(Some(parsed))) = (addon.config.as_deref(), parsed.get(i)) else { continue };
            // Formatted only for a finding.
            let of = || addon.name.as_deref().map_or(String::new(), |n| format!(" of addon `{n}`"));
            let (message, help) = match parsed {
                Ok(Value::Object(_)) => continue,
                Ok(Value::String(inner)) if serde_json::from_str::<Value>(inner).is_ok_and(|v| v.is_object()) => (
                    format!("`config`{} is a JSON object encoded twice", of()),
                    "remove one level of quoting: the string itself must start with `{`".to_string(),
                ),
                Ok(other) => (
                    format!("`config`{} holds {}, not a JSON object", of(), describe(other)),
                    "write the settings as an object, such as `\"{\\\"key\\\":\\\"value\\\"}\"`, or use `\"\"` for \
                     the defaults"
                        .to_string(),
                ),
                Err(e) => (format!("`config`{} is not valid JSON: {e} of the string", of()), syntax_help(config)),
            };
            let mut d = Self::META
                .diagnostic(message)
                .at(Field::AddonsConfig.pointer(&[i]))
                .label("not a JSON object")
                .help(help);
            if addon.name.is_some() {
                d = d.with(Label::at(Field::AddonsName.pointer(&[i]), "component"));
            }
            out.push(d);
        }
    }
}

fn describe(v: &Value) -> &'static str {
    match v {
        Value::Null => "`null`",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

fn syntax_help(config: &str) -> String {
    if config.contains('\'') {
        "JSON strings take double quotes: write `{\\\"key\\\":\\\"value\\\"}` inside the string, not `{'key':'value'}`"
            .into()
    } else {
        "fix the JSON inside the string; generating it with a JSON encoder (`jsonencode`, `json.dumps`) avoids \
         escaping mistakes"
            .into()
    }
}

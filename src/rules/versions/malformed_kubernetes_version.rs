use super::version::KubeVersion;
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::spec::Field;

crate::declare_rule! {
    /// `kubernetes_version` is not written in ACK's `<major>.<minor>.<patch>-aliyun.<n>` form.
    ///
    /// ## Why is this bad?
    /// ACK names every Kubernetes version it offers with an `-aliyun.<n>` build suffix, such as
    /// `1.33.1-aliyun.1`. A plain upstream version (`1.33.1`), a leading `v`, a shortened `1.33` or a word such as
    /// `latest` does not name an ACK version, so the request is likely rejected. To get the newest version,
    /// leave the field out.
    ///
    /// The version rules of acklint skip a version they cannot read.
    ///
    /// ## Example
    /// ```json
    /// { "kubernetes_version": "v1.33.1" }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// { "kubernetes_version": "1.33.1-aliyun.1" }
    /// ```
    ///
    /// ## References
    /// - API reference and SDK: every example version has the form `1.x.y-aliyun.n`; when the field is
    ///   omitted the latest version is used.
    pub struct MalformedKubernetesVersion {
        code: "VER001",
        name: "malformed-kubernetes-version",
        group: Versions,
        severity: Warning,
    }
}

impl MalformedKubernetesVersion {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let Some(text) = cx.request.kubernetes_version.as_deref() else { return };
        let parsed = KubeVersion::parse(text.trim().trim_start_matches(['v', 'V']));
        if KubeVersion::parse(text).is_some_and(|v| v.is_canonical()) {
            return;
        }
        let help = match parsed {
            Some(v) if v.is_canonical() => format!("write `{v}`, without the prefix or spaces"),
            Some(v) => format!(
                "add ACK's build suffix, for example `{v}-aliyun.1` (the DescribeKubernetesVersionMetadata API lists the exact versions)"
            ),
            None if text.trim().is_empty() || text.trim().eq_ignore_ascii_case("latest") => {
                "omit `kubernetes_version` to get the latest version".into()
            }
            None => {
                "write a full ACK version such as `1.33.1-aliyun.1`, or omit the field to get the latest version".into()
            }
        };
        out.push(
            Self::META
                .diagnostic(format!(
                    "`kubernetes_version` \"{text}\" is not in the form `<major>.<minor>.<patch>-aliyun.<n>`"
                ))
                .at(Field::KubernetesVersion.pointer(&[]))
                .label("not an ACK version")
                .help(help),
        );
    }
}

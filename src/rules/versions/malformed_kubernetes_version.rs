use super::version::KubeVersion;
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::spec::Field;
use crate::t;

crate::declare_rule! {
    /// `kubernetes_version` is not written in ACK's `<major>.<minor>.<patch>-aliyun.<n>` form.
    ///
    /// ## Why is this bad?
    /// ACK names every Kubernetes version it offers with a build suffix, such as `1.33.1-aliyun.1`. A plain
    /// upstream version (`1.33.1`), a leading `v`, a shortened `1.33` or a word such as `latest` does not name
    /// an ACK version, so the request is likely rejected. To get the newest version, leave the field out.
    ///
    /// Older ACK Edge versions carry `-aliyunedge.<n>` instead (`1.14.8-aliyunedge.1`,
    /// `1.20.11-aliyunedge.1`); newer Edge versions use `-aliyun.<n>` like the others. An `-aliyunedge`
    /// version is accepted on an ACK Edge cluster (`profile` `Edge`) and reported on any other cluster, which
    /// does not offer it.
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
    /// - API reference: the example versions are `1.16.9-aliyun.1` and `1.18.8-aliyun.1`; when the field is
    ///   omitted, the latest version is used.
    /// - Terraform `alicloud_cs_kubernetes_version` data source: queries `1.22.3-aliyun.1` for managed and
    ///   Serverless clusters and `1.20.11-aliyunedge.1` for Edge clusters.
    /// - ACK Edge release notes: `1.18.8-aliyunedge.1` (Kubernetes 1.18) and `1.30.7-aliyun.1` (1.30).
    pub(crate) struct MalformedKubernetesVersion {
        code: "VER001",
        name: "malformed-kubernetes-version",
        severity: Warning,
    }
}

impl MalformedKubernetesVersion {
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let Some(text) = cx.request.kubernetes_version.as_deref() else { return };
        let parsed = KubeVersion::parse(text.trim().trim_start_matches(['v', 'V']));
        if let Some(v) = KubeVersion::parse(text).filter(|v| v.is_canonical()) {
            Self::check_edge_suffix(cx, v, out);
            return;
        }
        let lang = cx.lang;
        let help = match parsed {
            Some(v) if v.is_canonical() => t!(lang, "ver001.help-prefix", version = v.to_string()),
            Some(v) => t!(lang, "ver001.help-suffix", version = v.to_string()),
            None if text.trim().is_empty() || text.trim().eq_ignore_ascii_case("latest") => {
                t!(lang, "ver001.help-latest")
            }
            None => t!(lang, "ver001.help-other"),
        };
        out.push(
            Self::META
                .diagnostic(t!(lang, "ver001", text))
                .at(Field::KubernetesVersion.pointer(&[]))
                .label(t!(lang, "ver001.label"))
                .help(help),
        );
    }

    /// An `-aliyunedge` version names an ACK Edge release: other kinds of cluster do not offer it.
    fn check_edge_suffix(cx: &Context<'_>, v: KubeVersion, out: &mut Vec<Diagnostic>) {
        if !v.edge || cx.is_edge() || !(cx.is_managed() || cx.is_dedicated()) {
            return;
        }
        let (lang, plain) = (cx.lang, KubeVersion { edge: false, ..v });
        out.push(
            Self::META
                .diagnostic(t!(lang, "ver001-edge", version = v.to_string()))
                .at(Field::KubernetesVersion.pointer(&[]))
                .label(t!(lang, "ver001-edge.label"))
                .help(t!(lang, "ver001-edge.help", plain = plain.to_string())),
        );
    }
}

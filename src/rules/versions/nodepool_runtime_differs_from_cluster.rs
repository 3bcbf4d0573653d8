use crate::Label;
use crate::diagnostic::Diagnostic;
use crate::rules::Context;
use crate::spec::Field;
use crate::t;

crate::declare_rule! {
    /// A node pool's container runtime differs from the cluster's runtime.
    ///
    /// ## Why is this bad?
    /// Node pools normally run the same runtime as the cluster (the cluster-wide `runtime` or, on dedicated
    /// clusters, the masters' `control_plane_config.runtime`). Mixing runtimes is allowed, for example a
    /// sandboxed-container pool next to `containerd` pools, but it is often a leftover from copying a pool
    /// definition, and it changes how images, logs and debugging tools behave on those nodes. This is advice: if
    /// the difference is intended, ignore it.
    ///
    /// The rule also notes a pool that runs the same runtime as the cluster-wide `runtime` but pins a different
    /// `runtime_version`.
    ///
    /// ## Example
    /// ```json
    /// {
    ///   "control_plane_config": { "runtime": "Sandboxed-Container.runv" },
    ///   "kubernetes_version": "1.24.6-aliyun.1"
    /// }
    /// ```
    ///
    /// ## Use instead
    /// ```json
    /// {
    ///   "control_plane_config": { "runtime": "containerd" },
    ///   "kubernetes_version": "1.24.6-aliyun.1"
    /// }
    /// ```
    ///
    /// ## References
    /// - Terraform documentation: a node pool without a runtime uses the cluster runtime.
    /// - SDK: runtime names and example versions per runtime (`containerd` `1.6.x`, docker `19.03.5`).
    pub(crate) struct NodepoolRuntimeDiffersFromCluster {
        code: "VER008",
        name: "nodepool-runtime-differs-from-cluster",
        severity: Info,
    }
}

impl NodepoolRuntimeDiffersFromCluster {
    // Deprecated fields read on purpose: `runtime` still chooses older bodies' runtime.
    #[allow(deprecated)]
    fn run(cx: &Context<'_>, out: &mut Vec<Diagnostic>) {
        let (r, lang) = (cx.request, cx.lang);
        let top = r.runtime.as_ref();
        let cluster = match (top.and_then(|t| t.name.as_ref()), r.control_plane_config.as_ref()) {
            (Some(name), _) => (name, Field::RuntimeName),
            (None, Some(cp)) => match cp.runtime.as_ref() {
                Some(name) => (name, Field::ControlPlaneConfigRuntime),
                None => return,
            },
            (None, None) => return,
        };
        let (cluster_name, cluster_field) = cluster;
        let cluster_place = cluster_field.display();
        let cluster_version = top.filter(|_| cluster_field == Field::RuntimeName).and_then(|t| t.version.as_deref());
        for (i, pool) in cx.pools() {
            let Some(k) = pool.kubernetes_config.as_ref() else { continue };
            let Some(name) = k.runtime.as_ref() else { continue };
            if name != cluster_name {
                out.push(
                    Self::META
                        .diagnostic(t!(
                            lang,
                            "ver008-runtime",
                            pool_field = Field::NodepoolsKubernetesConfigRuntime.display_at(&[i]),
                            runtime = name.as_str(),
                            cluster_field = cluster_place,
                            cluster_runtime = cluster_name.as_str()
                        ))
                        .at(Field::NodepoolsKubernetesConfigRuntime.pointer(&[i]))
                        .label(t!(lang, "ver008-runtime.label"))
                        .with(Label::at(cluster_field.pointer(&[]), t!(lang, "ver008-runtime.label-cluster")))
                        .help(t!(lang, "ver008-runtime.help", cluster_runtime = cluster_name.as_str(), runtime = name.as_str())),
                );
                continue;
            }
            if let (Some(want), Some(got)) = (cluster_version, k.runtime_version.as_deref())
                && want != got
            {
                out.push(
                    Self::META
                        .diagnostic(t!(
                            lang,
                            "ver008-version",
                            pool_field = Field::NodepoolsKubernetesConfigRuntimeVersion.display_at(&[i]),
                            version = got,
                            cluster_field = Field::RuntimeVersion.display(),
                            cluster_version = want
                        ))
                        .at(Field::NodepoolsKubernetesConfigRuntimeVersion.pointer(&[i]))
                        .label(t!(lang, "ver008-version.label"))
                        .with(Label::at(Field::RuntimeVersion.pointer(&[]), t!(lang, "ver008-version.label-cluster")))
                        .help(t!(lang, "ver008-version.help", cluster_version = want, version = got)),
                );
            }
        }
    }
}

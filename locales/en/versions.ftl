# The `versions` rule group (src/rules/versions/): what a `kubernetes_version` allows (runtimes, RRSA,
# nftables, private interconnect, per-pool RAM roles), and runtimes that differ between pools and the cluster.
#
# One message per kind of finding, named after the rule's code; its attributes are the finding's `.label`,
# `.help` and `.fix`. A rule about runtimes gives only the reason (`.why`): `versions-runtime-finding` puts it
# after the places that choose the runtime.

## Shared by the rules of the group (src/rules/versions/mod.rs).

versions-version-label = Kubernetes { $version }
versions-runtime-places =
    .one = `{ $place }` is `{ $runtime }`
    .many = { $count } runtime settings choose `{ $runtime }`
versions-runtime-finding = { $places }, { $why }

## VER001 malformed-kubernetes-version

ver001 = `kubernetes_version` "{ $text }" is not in the form `<major>.<minor>.<patch>-aliyun.<n>`
    .label = not an ACK version
    .help-prefix = write `{ $version }`, without the prefix or spaces
    .help-suffix = add ACK's build suffix, for example `{ $version }-aliyun.1` (the DescribeKubernetesVersionMetadata API lists the exact versions)
    .help-latest = omit `kubernetes_version` to get the latest version
    .help-other = write a full ACK version such as `1.33.1-aliyun.1`, or omit the field to get the latest version
ver001-edge = `kubernetes_version` { $version } is an ACK Edge version, but the cluster is not an Edge cluster
    .label = ACK Edge version
    .help = for an Edge cluster set `profile` to `Edge`; otherwise use an ACK version such as `{ $plain }` (the DescribeKubernetesVersionMetadata API lists the exact versions)

## VER002 runtime-unsupported-by-kubernetes-version

ver002 =
    .why = which is available only up to Kubernetes { $last }, but `kubernetes_version` is { $version }
    .label = not available on { $major }.{ $minor }
    .help = use `containerd`, or choose a Kubernetes version up to { $last } if you really need `{ $runtime }`

## VER003 docker-runtime-on-kubernetes-1-23

ver003 =
    .why = which ACK documents only up to Kubernetes 1.22, but `kubernetes_version` is { $version }
    .label = docker after 1.22
    .help = use `containerd`; Docker support ends with Kubernetes 1.24 in any case

## VER004 rrsa-unsupported-kubernetes-version

ver004 = `{ $field }` turns on RRSA, which needs Kubernetes 1.22.3-aliyun.1 or later, but `kubernetes_version` is { $version }
    .label = RRSA enabled
    .label-also = `{ $field }` also turns on RRSA
    .help = choose Kubernetes 1.22.3-aliyun.1 or later (or omit `kubernetes_version` for the latest), or leave RRSA off

## VER005 nftables-unsupported-kubernetes-version

ver005 = `proxy_mode` `nftables` needs Kubernetes 1.35 or later, but `kubernetes_version` is { $version }
    .label = nftables before 1.35
    .help = use `ipvs` or `iptables`, or choose Kubernetes 1.35 or later
    .help-default = use `ipvs` or `iptables` (the default is `{ $default }`), or choose Kubernetes 1.35 or later

## VER006 private-interconnect-unsupported-kubernetes-version

ver006 = `{ $field }` `private` needs Kubernetes 1.22 or later, but `kubernetes_version` is { $version }
    .label = private link before 1.22
    .help = choose Kubernetes 1.22 or later, or use `interconnect_mode` `basic`

## VER007 ram-role-unsupported-kubernetes-version

ver007 = `{ $field }` needs Kubernetes 1.22 or later, but `kubernetes_version` is { $version }
    .label = custom worker role before 1.22
    .help = choose Kubernetes 1.22 or later, or remove `ram_role_name` to use the cluster's worker role

## VER008 nodepool-runtime-differs-from-cluster

ver008-runtime = `{ $pool_field }` is `{ $runtime }` but `{ $cluster_field }` is `{ $cluster_runtime }`
    .label = pool runtime
    .label-cluster = cluster runtime
    .help = use `{ $cluster_runtime }` in the pool as well, unless this pool needs `{ $runtime }` on purpose
ver008-version = `{ $pool_field }` is { $version } but `{ $cluster_field }` is { $cluster_version }
    .label = pool runtime version
    .label-cluster = cluster runtime version
    .help = use { $cluster_version } in the pool as well, unless the pool needs { $version } on purpose

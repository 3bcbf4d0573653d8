# `versions` 规则组（src/rules/versions/）：`kubernetes_version` 允许什么（容器运行时、RRSA、nftables、
# 边缘节点池的私网互联、节点池自定义 RAM 角色），以及节点池与集群的运行时不一致。
#
# 每类问题一条消息，以规则代码命名；其属性是该问题的 `.label`、`.help` 和 `.fix`。关于运行时的规则只给出
# 原因（`.why`），由 `versions-runtime-finding` 接在选择该运行时的位置之后。

## 本规则组共用的片段（src/rules/versions/mod.rs）。
# “Kubernetes” 与版本号之间隔一个汉字：两个英文词并排会被 tests/i18n.rs 视为英文句子。

versions-version-label = Kubernetes 版本 { $version }
versions-runtime-places =
    .one = `{ $place }` 为 `{ $runtime }`
    .many = 有 { $count } 处运行时设置为 `{ $runtime }`
versions-runtime-finding = { $places }，{ $why }

## VER001 malformed-kubernetes-version

ver001 = `kubernetes_version` 的值 "{ $text }" 不符合 `<major>.<minor>.<patch>-aliyun.<n>` 格式
    .label = 不是 ACK 的版本号
    .help-prefix = 请写作 `{ $version }`，不带前缀或空格
    .help-suffix = 请加上 ACK 的构建后缀，例如 `{ $version }-aliyun.1`（可调用 DescribeKubernetesVersionMetadata 接口获取确切的版本列表）
    .help-latest = 请省略 `kubernetes_version`，以使用最新版本
    .help-other = 请填写完整的 ACK 版本号，例如 `1.33.1-aliyun.1`；或省略该字段，以使用最新版本
ver001-edge = `kubernetes_version` 的值 { $version } 是 Edge 集群的版本，但该集群不是 Edge 集群
    .label = Edge 集群的版本
    .help = 如需创建 Edge 集群，请将 `profile` 设为 `Edge`；否则请使用 `{ $plain }` 这样的 ACK 版本号（可调用 DescribeKubernetesVersionMetadata 接口获取确切的版本列表）

## VER002 runtime-unsupported-by-kubernetes-version

ver002 =
    .why = 该运行时最高只支持 Kubernetes { $last }，而 `kubernetes_version` 为 { $version }
    .label = { $major }.{ $minor } 不提供该运行时
    .help = 请改用 `containerd`；如果确实需要 `{ $runtime }`，请选择 { $last } 及以下的 Kubernetes 版本

## VER003 docker-runtime-on-kubernetes-1-23

ver003 =
    .why = ACK 文档中该运行时只支持到 Kubernetes 1.22，而 `kubernetes_version` 为 { $version }
    .label = 1.22 之后仍使用 docker
    .help = 请改用 `containerd`；无论如何，从 Kubernetes 1.24 起都不再支持 Docker

## VER004 rrsa-unsupported-kubernetes-version

ver004 = `{ $field }` 开启了 RRSA，RRSA 要求 Kubernetes 版本不低于 1.22.3-aliyun.1，而 `kubernetes_version` 为 { $version }
    .label = 已开启 RRSA
    .label-also = `{ $field }` 也开启了 RRSA
    .help = 请选择不低于 1.22.3-aliyun.1 的 Kubernetes 版本（或省略 `kubernetes_version` 以使用最新版本），或者不开启 RRSA

## VER005 nftables-unsupported-kubernetes-version

ver005 = `proxy_mode` 为 `nftables` 时要求 Kubernetes 1.35 或更高版本，但 `kubernetes_version` 为 { $version }
    .label = 1.35 之前不支持 nftables
    .help = 请改用 `ipvs` 或 `iptables`，或选择 Kubernetes 1.35 或更高版本
    .help-default = 请改用 `ipvs` 或 `iptables`（默认为 `{ $default }`），或选择 Kubernetes 1.35 或更高版本

## VER006 private-interconnect-unsupported-kubernetes-version

ver006 = `{ $field }` 为 `private` 时要求 Kubernetes 1.22 或更高版本，但 `kubernetes_version` 为 { $version }
    .label = 1.22 之前不支持私网互联
    .help = 请选择 Kubernetes 1.22 或更高版本，或将 `interconnect_mode` 设为 `basic`

## VER007 ram-role-unsupported-kubernetes-version

ver007 = `{ $field }` 要求 Kubernetes 1.22 或更高版本，但 `kubernetes_version` 为 { $version }
    .label = 1.22 之前不支持自定义 Worker 角色
    .help = 请选择 Kubernetes 1.22 或更高版本，或删除 `ram_role_name` 以使用集群的 Worker 角色

## VER008 nodepool-runtime-differs-from-cluster

ver008-runtime = `{ $pool_field }` 为 `{ $runtime }`，而 `{ $cluster_field }` 为 `{ $cluster_runtime }`
    .label = 节点池的运行时
    .label-cluster = 集群的运行时
    .help = 请在节点池中同样使用 `{ $cluster_runtime }`，除非该节点池确实需要 `{ $runtime }`
ver008-version = `{ $pool_field }` 为 { $version }，而 `{ $cluster_field }` 为 { $cluster_version }
    .label = 节点池的运行时版本
    .label-cluster = 集群的运行时版本
    .help = 请在节点池中同样使用 { $cluster_version }，除非该节点池确实需要 { $version }

# `lifecycle` 规则组（src/rules/lifecycle/）：已废弃的字段、不适用于当前集群类型的字段，以及集群类型本身。
# 字段类规则由字段规格驱动，所以文字中的字段名都是变量。
#
# 每类问题一条消息，以规则代码命名（`lif001`；规则有多类问题时为 `lif001-masters` 等），其属性是该问题的
# `.label`、`.help` 和 `.fix`。只有属性的消息存放同一规则各类问题共用的文字。

## 规则如何称呼一组字段（src/rules/lifecycle/mod.rs）

lifecycle-counted =
    .prefixed = { $count } 个 `{ $prefix }*` 字段
    .fields = { $count } 个字段
    .ignored-fields = { $count } 个会被忽略的字段
    .settings = { $count } 项设置
    .worker-settings = { $count } 项集群级的 Worker 节点设置
    .node-settings = { $count } 项集群级的节点设置
    .pool-fields = { $pool } 的 { $count } 个字段
# 两条“会被忽略”规则的修复。
lifecycle-remove = 删除 { $what }

## LIF001 deprecated-field

lif001 =
    .label = → { $successors }
    .label-one = → `{ $successor }`
    .label-none = 没有替代字段
    .label-set = 已设置替代字段
    .label-set-replaces = 已设置，用于替代 `{ $name }`
lif001-one = `{ $name }` 已废弃，请改用 { $successors }
    .help = 请删除 `{ $name }`，改为设置 { $successors }
lif001-one-none = `{ $name }` 已废弃，且 API 没有指定替代字段
    .help = 除非您依赖它原有的行为，否则请删除 `{ $name }`
lif001-masters = { $subject }已废弃：请将它们移到 { $targets } 中
    .help = 请设置各标签所指的字段，然后删除已废弃的字段
lif001-nodepools = { $subject }已废弃：请将它们移到节点池中（`{ $container }`）
    .help = 请在 `nodepools` 中用节点池描述 Worker 节点：在每个节点池中设置各标签所指的字段，然后删除已废弃的字段
lif001-split = { $subject }已废弃：Master 节点的设置请写在 `control_plane_config` 中，Worker 节点的设置请写在各节点池中
    .help = 请在 `control_plane_config` 和每个节点池中设置各标签所指的字段，然后删除已废弃的字段
lif001-rename = { $subject }已废弃，它们都有名称不同的替代字段
    .help = 请将每个字段替换为其标签所指的字段
lif001-remove = { $subject }已废弃，且 API 没有指定替代字段
    .help = 除非您依赖它们原有的行为，否则请删除这些字段
# 修复：各部分用 `.separator` 连接，改名、替换和移动的短语用 `.phrase-separator` 连接。
# 中文的复数类别只有 other，因此用 `[1]` 区分一个字段和多个字段。`what` 可能以汉字结尾（“11 个 `master_*` 字段”），
# 所以放在冒号之后或句末，避免后面多出空格。
lif001-fix =
    .masters = 将以下字段移到 { $targets } 中：{ $what }
    .nodepools = { $count ->
        [1] 将以下字段复制到每个未设置该字段的节点池中，然后删除原字段：{ $what }
       *[other] 将以下字段复制到每个未设置这些字段的节点池中，然后删除原字段：{ $what }
    }
    .split = { $count ->
        [1] 将以下字段复制到 `control_plane_config` 以及每个未设置该字段的节点池中，然后删除原字段：{ $what }
       *[other] 将以下字段复制到 `control_plane_config` 以及每个未设置这些字段的节点池中，然后删除原字段：{ $what }
    }
    .rename = 将 `{ $name }` 改名为 `{ $key }`
    .replace = 将 `{ $name }` 替换为 `{ $key }`
    .move = 将 `{ $name }` 移到 { $targets }
    .successors = 将以下字段替换为各自的替代字段：{ $what }
    .superseded = { $count ->
        [1] 删除 { $what }，它的替代字段已经设置
       *[other] 删除 { $what }，它们的替代字段已经设置
    }
    .removed = 删除 { $what }
    .default = 删除 { $what }，其值只是重复默认值
    .in-pool = { $text }（{ $pool } 中）
    .separator = ；
    .phrase-separator = ，

## LIF002 managed-only-field-on-dedicated

lif002 =
    .label-cluster-type = 专有版集群
lif002-one = `{ $name }` { $applies }，专有版集群（`cluster_type` 为 `Kubernetes`）会忽略该字段
    .help = 请删除 `{ $name }`；如果您要创建的是托管版集群，请将 `cluster_type` 设为 `ManagedKubernetes`
lif002-several = { $subject }仅适用于托管版集群，专有版集群（`cluster_type` 为 `Kubernetes`）会忽略它们
    .help = 请删除它们；如果您要创建的是托管版集群，请将 `cluster_type` 设为 `ManagedKubernetes`
# 字段适用于哪类托管版集群：用在只有一个字段的消息中，以及每个字段的标签上。
lif002-applies =
    .pro = 仅适用于 ACK Pro 版集群
    .serverless = 仅适用于 ACK Serverless 集群
    .managed = 仅适用于托管版集群
lif002-only-for =
    .pro = 仅适用于 ACK Pro 版集群
    .serverless = 仅适用于 ACK Serverless 集群
    .managed = 仅适用于托管版集群

## LIF003 dedicated-only-field-on-managed

lif003 =
    .label = 托管版集群会忽略此字段
    .label-successors = 会被忽略；请改用 { $successors }
    .label-cluster-type = 托管版集群
lif003-one = `{ $name }` 仅适用于专有版集群，托管版集群（`cluster_type` 为 `ManagedKubernetes`）会忽略该字段
    .help = 请删除 `{ $name }`：托管版集群的控制面由 ACK 负责运行
    .help-successors = 请删除 `{ $name }`；托管版集群请改用 { $successors }
lif003-several = { $subject }仅适用于专有版集群，托管版集群（`cluster_type` 为 `ManagedKubernetes`）会忽略它们
    .help = 请删除它们：托管版集群的控制面由 ACK 负责运行
    .help-successors = 请删除它们：托管版集群的控制面由 ACK 负责运行；标签中指出了其他字段的，请改为设置该字段

## LIF004 dedicated-cluster-end-of-sale

lif004 = 自 2024 年 8 月 21 日起，除白名单中的账号外，已无法新建 ACK 专有版集群（`cluster_type` 为 `Kubernetes`）
    .label = 专有版集群
    .help = 请改为创建托管版集群：将 `cluster_type` 设为 `ManagedKubernetes`，将 `cluster_spec` 设为 `ack.pro.small`，并删除 Master 节点的设置（`control_plane_config`、`master_*`）

## LIF005 cluster-type-missing

lif005 = 未设置 `cluster_type`，而服务端的默认值没有文档说明
    .label = 缺少 `cluster_type`
    .label-dedicated = `{ $name }` 表明这是一个专有版集群
    .help = 创建托管版集群请将 `cluster_type` 设为 `ManagedKubernetes`（ACK Pro 版集群还需将 `cluster_spec` 设为 `ack.pro.small`）；`Kubernetes` 会创建专有版集群，目前只有白名单中的账号仍可创建

# `nodepool` 规则组（src/rules/nodepool/）：节点池名称、自动伸缩、节点数、镜像、公网 IP 和托管节点池设置。
#
# 每类问题一条消息，以规则代码命名（`np004`；规则有多类问题时为 `np003-spot-set` 等），其属性是该问题的
# `.label`、`.help` 和 `.fix`。只有属性的消息存放同一规则各类问题共用的文字。`$fields` 是已加反引号并
# 拼接好的字段名列表，`$count` 是其中字段的个数（多个时用“均”）。

## NP001 nodepool-name-duplicate

np001 = 节点池名称 `{ $name }` 同时被 `nodepools[{ $first }]` 和 `nodepools[{ $second }]` 使用
    .label = 重复的名称
    .label-first = 首次使用在此处
    .help = 请为每个节点池取不同的名称：集群中已使用的名称会被服务端拒绝

## NP002 auto-scaling-min-above-max

np002 = `max_instances` 的值 { $max } 小于 `min_instances` 的值 { $min }
    .label = 上限
    .label-min = 下限
    .help = 请将 `max_instances` 调大到至少 { $min }，或将 `min_instances` 调小到至多 { $max }

## NP003 auto-scaling-spot-mismatch

np003-spot =
    .label = 抢占式实例节点池
    .label-strategy = 不使用抢占式实例
    .help = 请将 `scaling_group.spot_strategy` 设为 `SpotAsPriceGo`，或设为 `SpotWithPriceLimit` 并为每种实例规格设置 `spot_price_limit`
np003-spot-set = `auto_scaling.type` 为 `spot`，但 `scaling_group.spot_strategy` 为 `{ $strategy }`
np003-spot-unset = `auto_scaling.type` 为 `spot`，但未设置 `scaling_group.spot_strategy`
np003-cpu =
    .label = 抢占式实例
    .label-type = 普通节点池
    .label-default = 类型为 `cpu` 的自动伸缩
    .help = 如需抢占式实例节点池，请将 `auto_scaling.type` 设为 `spot`；如需普通实例，请将 `spot_strategy` 设为 `NoSpot`
np003-cpu-set = `scaling_group.spot_strategy` 为 `{ $strategy }`，但 `auto_scaling.type` 为 `cpu`
np003-cpu-default = `scaling_group.spot_strategy` 为 `{ $strategy }`，但 `auto_scaling.type` 为 `cpu`（默认值）

## NP004 auto-scaling-settings-ignored

np004 = `auto_scaling.enable` 为 false，因此 { $fields } { $count ->
        [1] 不会生效
       *[other] 均不会生效
    }
    .label = 未开启自动伸缩
    .label-ignored = 不会生效
    .help = 如需弹性节点池，请将 `enable` 设为 `true`；否则请将上下限设为 0，并删除其他设置
    .fix-bounds = 将不会生效的 { $bounds } 设为 0
    .fix-others = 删除不会生效的 { $others }
    .fix-both = 将不会生效的 { $bounds } 设为 0，并删除不会生效的 { $others }

## NP005 nodepool-count-with-desired-size

np005 =
    .label = 已废弃
    .label-replacement = 替代字段
    .help = 请删除已废弃的 `count`，保留 `desired_size`
np005-same = `count`（{ $count }）和 `scaling_group.desired_size`（{ $desired }）都设置了节点数
    .fix = 删除与 `scaling_group.desired_size` 重复的 `count`
np005-different = `count`（{ $count }）和 `scaling_group.desired_size`（{ $desired }）都设置了节点数，且取值不同
    .fix = 删除 `count`，保留 `scaling_group.desired_size` 的值 { $desired }

## NP006 nodepool-size-outside-auto-scaling-range

np006 = `{ $field }` 的值 { $value } 超出了该节点池的自动伸缩范围 { $min }..{ $max }
    .label = 固定的节点数
    .label-min = 下限
    .label-max = 上限
    .help = 开启自动伸缩后，节点数由 `min_instances` 和 `max_instances` 决定：请删除 `{ $field }`，或将其调整到 { $min }..{ $max } 之内

## NP007 edge-fields-on-regular-pool

np007 =
    .label = 仅适用于边缘节点池
    .label-type = 不是边缘节点池
    .help = 请删除这些边缘节点池设置；如需在 ACK Edge 集群中创建边缘节点池，请将 `nodepool_info.type` 设为 `edge`
    .fix = 删除仅适用于边缘节点池的 { $fields }
np007-typed = { $fields } { $count ->
        [1] 仅适用于
       *[other] 均仅适用于
    }边缘节点池，但 `nodepool_info.type` 为 `{ $pool_type }`
np007-untyped = { $fields } { $count ->
        [1] 仅适用于
       *[other] 均仅适用于
    }边缘节点池，但未设置 `nodepool_info.type`（即普通节点池）

## NP008 security-group-id-and-ids

np008 = 已设置 `security_group_ids`，因此 `security_group_id` 的值 `{ $id }` 不会生效
    .label = 不会生效
    .label-ids = 实际使用此字段
    .help-listed = 请删除 `security_group_id`：该安全组已在 `security_group_ids` 中
    .help-unlisted = 请删除 `security_group_id`；如果节点也应加入该安全组，请将 `{ $id }` 添加到 `security_group_ids` 中
    .fix-listed = 删除 `security_group_id`，`security_group_ids` 中已包含该安全组
    .fix-unlisted = 删除不会生效的 `security_group_id`

## NP009 image-id-with-image-type

np009 = 已指定自定义镜像 `image_id` `{ $image_id }`，因此 { $settings } { $count ->
        [1] 不会生效
       *[other] 均不会生效
    }
    .label = 不会生效
    .label-image-id = 以自定义镜像为准
    .help = 如使用自定义镜像，请只保留 `image_id`；如使用 ACK 提供的镜像，请删除 `image_id`，保留 { $fields }
    .fix = 删除被 `image_id` 覆盖的 { $fields }
# 消息中被覆盖的一项设置：字段名及其值。
np009-setting = `{ $field }` 的值 `{ $value }`

## NP010 centos-image

np010 =
    .label = 已停止维护的操作系统
    .help = 请改用 `AliyunLinux3`（Alibaba Cloud Linux 3）
    .help-platform = 请将 `image_type` 设为 `AliyunLinux3`（Alibaba Cloud Linux 3），并删除已废弃的 `platform`
np010-one = `{ $field }` 为 `CentOS`，该系统已停止维护，不再提供安全更新
np010-many = 有 { $count } 处镜像设置选择了 `CentOS`，该系统已停止维护，不再提供安全更新

## NP011 management-settings-ignored

np011 = `management.enable` 为 false，因此 { $fields } { $count ->
        [1] 不会生效
       *[other] 均不会生效
    }
    .label = 未开启托管节点池
    .label-ignored = 不会生效
    .help = 如需使用这些选项，请将 `management.enable` 设为 `true`，否则请删除它们
    .fix = 删除{ $count ->
        [1] 不会生效的
       *[other] 均不会生效的
    } { $fields }

## NP012 managed-nodepool-on-dedicated-cluster

np012 = { $pool } 是托管节点池，但 `cluster_type` 为 `Kubernetes`，即专有版集群
    .label = 托管节点池
    .label-cluster = 专有版集群
    .help = 请从该节点池中删除 `management`；如需使用托管节点池，请创建 ACK 托管集群 Pro 版

## NP013 upgrade-surge-and-surge-percentage

np013 = `upgrade_config` 同时设置了 `surge`（{ $surge }）和 `surge_percentage`（{ $percent }）
    .label = 百分比
    .label-surge = 节点数
    .help = 请只保留其中一个：`surge` 指定额外节点的固定数量，`surge_percentage` 指定额外节点占节点池的比例

## NP014 eip-with-public-ip

np014 = 同时设置了弹性公网 IP（{ $eip }）和公网 IP（{ $public }），请只选择一种访问公网的方式
    .label = 弹性公网 IP
    .label-public = 公网 IP
    .help = 请删除已废弃的 `is_bond_eip`、`eip_*` 字段，保留 `internet_charge_type` 和 `internet_max_bandwidth_out`；或删除公网 IP 设置

## NP015 public-ip-settings-incomplete

np015 =
    .label = 没有带宽时不会生效
    .fix = 删除没有带宽时不会生效的 `internet_charge_type`
np015-unset = `internet_charge_type` 为 `{ $charge }`，但未设置 `internet_max_bandwidth_out`，因此节点不会分配公网 IP
    .help = 如需公网 IP，请设置 `internet_max_bandwidth_out`（1～100 Mbit/s）；否则请删除 `internet_charge_type`
np015-zero = `internet_charge_type` 为 `{ $charge }`，但 `internet_max_bandwidth_out` 为 0，因此节点不会分配公网 IP
    .label-bandwidth = 没有公网带宽
    .help = 如需公网 IP，请将 `internet_max_bandwidth_out` 调大（1～100 Mbit/s）；否则请删除 `internet_charge_type`
np015-no-charge-type = `internet_max_bandwidth_out` 为 { $bandwidth } Mbit/s，但未设置 `internet_charge_type`
    .label = 公网带宽
    .help = 请将 `internet_charge_type` 设为 `PayByTraffic` 或 `PayByBandwidth`

## NP016 private-pool-target-without-id

np016 = `private_pool_options.match_criteria` 为 `Target`，但未指定私有池 `id`
    .label = 需要 `id`
    .help = 请添加 `"id"` 并填写私有池 ID（例如 `eap-…`），或改用 `Open` 以使用任意匹配的私有池

## NP017 hardening-and-soc-both-enabled

np017 = `{ $hardening }` 和 `{ $soc }` 均为 true，但只能应用一种安全加固基线
    .label = 等保加固
    .label-hardening = 操作系统安全加固
    .help = 请只保留其一：`security_hardening_os` 用于 Alibaba Cloud Linux 安全加固，`soc_enabled` 用于等保合规

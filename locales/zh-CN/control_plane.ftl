# `control_plane` 规则组（src/rules/control_plane/）：专有版集群的 Master 节点，包括其数量、交换机、实例规格
# 和系统盘。
#
# 每类问题一条消息，以规则代码命名（`cp001`；规则有多类问题时为 `cp004-vswitches` 等），其属性是该问题的
# `.label`、`.help` 和 `.fix`。只有属性的消息存放同一规则各类问题共用的文字。

## Master 节点数量和 Master 节点系统盘的描述（src/rules/control_plane/util.rs）

control-plane-count =
    .given = `{ $field }` 为 { $value }
    .default = Master 节点数量默认为 { $value }
control-plane-disk-category =
    .given = `{ $field }` 为 `{ $category }`
    .default = `{ $field }` 未设置，默认为 `{ $category }`
    .unset = `{ $field }` 未设置
control-plane-disk-size =
    .given = `{ $field }` 为 { $size } GiB
    .default = `{ $field }` 未设置，默认为 { $size } GiB
    .unset = `{ $field }` 未设置
control-plane-masters = { $count } 个 Master 节点

## CP001 master-count-conflict

cp001 = `master_count` 为 { $legacy }，而 `control_plane_config.size` 为 { $modern }
    .label = { $legacy } 个 Master 节点（已废弃的字段）
    .help = Master 节点数量只需给出一次：请删除 `master_count`，保留 `control_plane_config.size`

## CP002 master-vswitch-count-mismatch

cp002 = `{ $field }` 有 { $len } 项，但 { $count }
    .label = { $len } 个交换机
    .help = 请在 `{ $field }` 中恰好列出 { $masters } 个交换机 ID，每个 Master 节点一个（ID 可以重复）；或改用 `control_plane_config` 和顶层的 `vswitch_ids`

## CP003 master-instance-type-count-mismatch

cp003 = `{ $field }` 有 { $len } 项，但 { $count }
    .label = { $len } 个实例规格
    .help = 请在 `{ $field }` 中恰好列出 { $masters } 个实例规格，按 `master_vswitch_ids` 的顺序每个 Master 节点一个

## CP004 master-settings-missing

cp004 =
    .label = 专有版集群
cp004-instance-types = 专有版集群需要指定 Master 节点的实例规格，但 `{ $modern }` 和 `{ $legacy }` 都没有设置
    .label-control-plane = 此处没有 `instance_types`
    .help = 请添加 `{ $modern }`，至少包含一个 4 vCPU 或以上的实例规格，例如 `["ecs.g7.xlarge"]`
cp004-vswitches = 专有版集群需要为 Master 节点指定交换机，但 `{ $modern }` 和 `{ $legacy }` 都没有设置
    .help = 请添加 `{ $modern }`，填写集群所在 VPC 中的交换机，最好是分布在不同可用区的三个交换机

## CP005 master-disk-performance-level-without-essd

cp005 = `{ $level_field }` 为 { $level }，但 { $category_state }，而性能级别只对 `cloud_essd` 云盘有效
    .label = 不会生效
    .label-category = `{ $category }` 没有性能级别
    .help = 请将 `{ $category_field }` 设为 `cloud_essd`，或删除 `{ $level_field }`
    .fix = 删除不起作用的 `{ $level_field }`

## CP006 master-disk-too-small-for-performance-level

cp006 =
    .label = { $level } 要求至少 { $min } GiB
    .label-size = 云盘容量
cp006-above-maximum = `{ $level_field }` 为 { $level } 时云盘容量至少需要 { $min } GiB，超过了 `{ $size_field }` 的上限 { $max } GiB
    .help = 请选择较低的性能级别：PL0 或 PL1（PL2 要求 `{ $size_field }` 至少为 { $pl2_min }）
cp006-too-small = `{ $level_field }` 为 { $level } 时云盘容量至少需要 { $min } GiB，但 { $size_state }
    .help = 请将 `{ $size_field }` 增大到 { $min } 或以上，或选择较低的性能级别，例如 PL1

## CP007 master-instance-type-too-small

cp007 =
    .help = 请使用 4 vCPU 或以上、非突发性能的实例规格，例如 `ecs.g7.xlarge`
# 只有一种规格，列出了 `count` 次（中文的复数类别只有 other，因此用 `[1]` 区分一次）；`lists` 是 `cp007-lists` 中的一段文字。
cp007-one = { $count ->
        [1] { $lists }的 `{ $instance_type }` 是{ $why }，用作 Master 节点的规格过小
       *[other] { $lists }列出了 { $count } 次 `{ $instance_type }`，这是{ $why }，用作 Master 节点的规格过小
    }
# 多种规格，每种是一个 `cp007-item`（写作“原因的 `规格`”，避免全角括号后紧跟列表中的空格）。
cp007-several = { $lists }有用作 Master 节点过小的规格：{ $types }
cp007-item = { $label }的 `{ $instance_type }`
cp007-lists =
    .field = `{ $field }` 中
    .both = Master 节点的实例规格中
cp007-why =
    .burstable = 一种突发性能实例规格
    .small = 一种 vCPU 少于 4 个的 `{ $size }` 规格
cp007-label =
    .burstable = 突发性能实例
    .small = vCPU 少于 4 个

## CP008 master-fields-mixed-with-control-plane-config

cp008 = { $count ->
        [1] 已废弃的字段 { $fields } 与 `control_plane_config` 同时设置
       *[other] 已废弃的字段 { $fields } 均与 `control_plane_config` 同时设置
    }
    .label = 已废弃的 Master 节点设置
    .label-control-plane = 当前的 Master 节点设置
    .help = 请只用一种方式描述 Master 节点：将这些设置移到 { $replacements }

## CP009 masters-share-vswitches

cp009 = `{ $field }` 将 { $masters } 个 Master 节点只放在 { $distinct } 个不同的交换机中；`{ $repeated }` 重复出现
    .label = 重复的交换机
    .label-first = 首次出现在此处
    .help = 请使用分布在 { $recommended } 个不同可用区的 { $recommended } 个交换机，使 Master 节点在一个可用区发生故障时仍能正常运行

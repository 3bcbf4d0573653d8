# `storage` 规则组（src/rules/storage/）：节点池的系统盘和数据盘、已废弃的 `worker_*` 云盘，以及 Master 节点的系统盘。
#
# 每类问题一条消息，以规则代码命名；其属性是该问题的 `.label`、`.help` 和 `.fix`。拼成消息的片段各是一条消息，
# 每种情况一个属性。
#
# 片段里的云盘称呼（storage-disk）总是以“盘”结尾，且可能以 `nodepools[1]` 这样的代码开头：
# 消息中把它放在句首，后面直接接汉字，不加空格。

## 消息中云盘的称呼（src/rules/storage/mod.rs）；`pool` 是节点池的称呼（`pool-named`）。

storage-disk =
    .pool-system = { $pool } 的系统盘
    .pool-data = { $pool } 的 { $index } 号数据盘
    .worker-system = Worker 节点的系统盘
    .worker-data = Worker 节点的 { $index } 号数据盘
    .masters-system = Master 节点的系统盘

## 消息中云盘类型的说法（`Disk::category_phrase`）。

storage-category =
    .given = `{ $key }` 为 `{ $category }`
    .candidates = `system_disk_categories` 为 { $categories }
    .default = 未设置 `{ $key }`，默认为 `{ $category }`
    .unset = 未设置 `{ $key }`

## 只显示一个值或一个大小的标签。

storage-value = `{ $value }`
storage-size = { $size } GiB

## STO001 system-disk-size-out-of-range

sto001 = { $disk }为 { $size } GiB，但 CreateCluster 文档规定节点池系统盘为 { $min }～{ $max } GiB
    .label = 超出 { $min }～{ $max } GiB
    .help-small = 请至少使用 { $min } GiB，且不小于镜像大小
    .help-large = 此处最多使用 { $max } GiB；之后通过 CreateClusterNodePool 添加的节点池可以使用更大的系统盘

## STO002 data-disk-size-out-of-range

sto002 = { $disk }{ $size }，但{ $needs }
    .label-default = 需要显式设置 `size`
    .help-essd = 请扩大云盘容量，或选择更低的性能级别 `performance_level`
    .help-other = 请调整 `size` 使其符合该云盘类型的要求，或选择其他 `category`
sto002-size =
    .given = 为 { $size } GiB
    .default = 未设置 `size`，使用默认的 { $size } GiB
sto002-needs =
    .essd = 性能级别为 { $level } 的 ESSD 云盘至少需要 { $min } GiB
    .cloud = 普通云盘（`cloud`）最大为 { $max } GiB
    .ephemeral = 弹性临时盘（`{ $category }`）的容量范围是 { $min }～{ $max } GiB

## STO003 performance-level-without-essd

sto003 = { $disk }的 `{ $key }` `{ $level }` 不起作用：{ $category }，而性能级别只对 `cloud_essd` 生效
    .label = 对该类型的云盘无效
    .label-category = 不是 ESSD 云盘
    .help = 请删除 `{ $key }`，或将 `{ $category_key }` 设为 `cloud_essd`
    .fix = 删除不起作用的 `{ $key }`

## STO004 system-disk-too-small-for-performance-level

sto004 = { $disk }{ $size }，但性能级别为 { $level } 的 ESSD 云盘至少需要 { $min } GiB
    .label = 小于 { $min } GiB
    .label-category = ESSD 云盘
    .help = 请将大小设为至少 { $min } GiB，或选择更低的性能级别
sto004-beyond-cap = { $disk }{ $size }，但性能级别为 { $level } 的 ESSD 云盘至少需要 { $min } GiB，超过了 CreateCluster 对该云盘允许的上限 { $cap } GiB
    .help = 请选择 `PL2`（大小不低于 { $pl2_min } GiB）或更低的性能级别
sto004-size =
    .given = 为 { $size } GiB
    .default = 未设置大小，将使用 { $size } GiB
    .image = 未设置大小，将使用 { $floor } GiB 与镜像大小中的较大值

## STO005 autopl-settings-without-cloud-auto
# 中文没有单复数，用数量区分“不起作用”和“均不起作用”。

sto005 = { $disk }的 { $settings } { $count ->
        [1] 不起作用
       *[other] 均不起作用
    }：{ $category }，而 AutoPL 设置只对 `cloud_auto` 生效
    .label = AutoPL 设置
    .label-category = 不是 `cloud_auto`
    .help = 如需 AutoPL 云盘，请将 `{ $category_key }` 设为 `cloud_auto`；否则请删除 { $settings }
    .fix = 删除 { $settings }（{ $count ->
        [1] 该设置
       *[other] 这些设置
    }不起作用）

## STO006 provisioned-iops-too-high

sto006 = { $disk }的 `{ $key }` 为 { $value }，但 { $size } 的 `cloud_auto` 云盘最多只能预配置 { $max } IOPS（{ $formula }）
    .label = 超过 { $max }
    .help = 请将预配置性能降至不超过 { $max } IOPS，或扩大云盘容量（每增加 1 GiB 可多预配置 950 IOPS，上限为 { $cap }）
sto006-size =
    .given = { $size } GiB
    .default = { $size } GiB（默认大小）
sto006-formula =
    .cap = { $cap }
    .size = 1000 × { $size } − 基准性能 { $baseline }

## STO007 kms-key-without-encryption

sto007 =
    .label = 未使用的密钥
    .label-encrypted = 未加密
sto007-system = { $disk }设置了 `system_disk_kms_key_id`，但没有开启加密：{ $state }
    .help = 请将 `system_disk_encrypted` 设为 `true`，用该密钥加密系统盘；或删除该密钥
sto007-data = { $disk }设置了 `kms_key_id`，但没有开启加密：{ $state }
    .help = 请将 `encrypted` 设为字符串 "true"，用该密钥加密云盘；或删除该密钥
sto007-state =
    .system-false = `system_disk_encrypted` 为 `false`
    .system-unset = 未设置 `system_disk_encrypted`
    .data-given = `encrypted` 为 "{ $value }"
    .data-default = 未设置 `encrypted`，默认为 "{ $value }"

## STO008 snapshot-disk-size-ignored

sto008 = { $disk }由快照 `{ $snapshot }` 创建，因此其 `size`（{ $size }）会被忽略
    .label = 被忽略
    .label-snapshot = 源快照
    .help = 请删除 `size`：云盘会使用快照的大小；如需更多空间，请在创建后扩容
    .fix = 删除被忽略的 `size`

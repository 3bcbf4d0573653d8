# `billing` 规则组（src/rules/billing/）：Master 节点和节点池的包年包月（`PrePaid`）与按量付费设置、只对
# API Server 负载均衡计费的顶层字段、抢占式实例，以及成本优化的多可用区策略。
#
# 关于 Master 节点或某个节点池的消息用 `$subject`（`masters` 或 `pool`）选择主语；`$who` 是节点池的称呼
# （节点池 `web`），对 Master 节点为空。

## 多条计费规则共用的文字

billing-label-prepaid = 包年包月
billing-label-auto-renew = 已开启自动续费
billing-label-unit = 以{ $unit ->
        [Week] 周
       *[other] 月
    }为单位
billing-label-ignored = 不生效
billing-label-instance-types = 实例规格
billing-remove-ignored = { $count ->
        [1] 删除不生效的 { $settings }
       *[other] 删除 { $settings }（均不生效）
    }
# 帮助或修复中的一组操作（“将 a 设为 1；将 b 设为 2；将 c 设为 3”）。
billing-steps = { $head }；{ $last }
    .separator = ；

## BIL001 prepaid-period-missing

bil001 = { $subject ->
        [masters] Master 节点为包年包月（`PrePaid`）
       *[pool] { $who } 为包年包月（`PrePaid`）
    }，但 { $missing } { $count ->
        [1] 未设置
       *[other] 均未设置
    }{ $renew_default ->
        [yes] （自动续费默认开启）
       *[no] {""}
    }
    .help = 请{ $steps }；或改为按量付费（`PostPaid`）
    .fix = { $count ->
        [1] { $steps }（文档给出的默认值）
       *[other] { $steps }（均为文档给出的默认值）
    }
    .label-unit = 单位 `{ $unit }`
    .label-period = 购买时长 { $period }
bil001-set = 将 `{ $field }` 设为 { $value }
    .renew = 将 `{ $field }` 设为 { $value }（或将 `{ $switch }` 设为 `false`）

## BIL002 prepaid-period-unit-week

bil002 = { $subject ->
        [masters] Master 节点的
       *[pool] { $who } 的
    } `{ $field }` 为 `Week`，但 CreateCluster 接口只说明了 `Month` 这一种单位
    .label = 文档未列出的单位
    .help = 请改用 `Month`，购买时长按月填写

## BIL003 prepaid-period-not-allowed

bil003 = { $subject ->
        [masters] Master 节点的
       *[pool] { $who } 的
    }购买时长只能为 { $allowed } { $unit ->
        [Week] 周
       *[other] 个月
    }，而 `{ $field }` 为 { $value }
    .label = 购买时长
    .help = 请将 `{ $field }` 设为 { $allowed }

## BIL004 auto-renew-period-not-allowed

bil004 = { $subject ->
        [masters] Master 节点的
       *[pool] { $who } 的
    }自动续费时长每次只能为 { $allowed } { $unit ->
        [Week] 周
       *[other] 个月
    }，而 `{ $field }` 为 { $value }
    .label = 自动续费时长
    .help = 请将 `{ $field }` 设为 { $allowed }，或关闭自动续费

## BIL005 subscription-settings-on-postpaid

bil005 = { $subject ->
        [masters] Master 节点的
       *[pool] { $who } 的
    }计费方式为 `{ $charge }`{ $default ->
        [yes] （默认值）
       *[no] {""}
    }，因此 { $settings } { $count ->
        [1] 不生效
       *[other] 均不生效
    }
    .label = 非 `PrePaid` 时不生效
    .label-charge = 按量付费
    .help = 如需包年包月，请将 `{ $field }` 设为 `PrePaid`；否则请删除这些包年包月设置

## BIL006 top-level-billing-only-bills-clb

bil006 = 自 2024-10-15 起，顶层的 { $fields }{ $prepaid ->
        [yes] （`PrePaid`）
       *[no] {" "}
    }{ $count ->
        [1] 只用于
       *[other] 均只用于
    } API Server 负载均衡（CLB）的计费，不再用于{ $dedicated ->
        [yes] {" "}Master 节点和 Worker 节点
       *[no] 节点
    }
    .label = 只用于 API Server CLB 的计费
    .label-other = 只用于 CLB 的计费
    .help-dedicated = 请用 `control_plane_config.charge_type` 设置 Master 节点的计费方式，用 `nodepools[].scaling_group.instance_charge_type` 设置节点的计费方式，并各自设置购买时长；删除顶层字段，因为新购的负载均衡实例已不支持包年包月
    .help-managed = 请用 `nodepools[].scaling_group.instance_charge_type` 及其购买时长等设置为节点计费；删除顶层字段，因为新购的负载均衡实例已不支持包年包月

## BIL007 spot-with-prepaid

bil007 = { $pool } 申请了抢占式实例（`spot_strategy` 为 `{ $strategy }`），但计费方式为包年包月（`PrePaid`）
    .label = 抢占式实例
    .label-charge = 包年包月
    .help = 抢占式实例只能按量付费：请将 `instance_charge_type` 设为 `PostPaid`；如果节点池需要包年包月，请将 `spot_strategy` 设为 `NoSpot`

## BIL008 spot-price-limit-missing

bil008 =
    .label = 每种实例规格都需要价格上限
    .label-empty = 空列表
    .help = 请在 `spot_price_limit` 中为每种实例规格添加一项（`instance_type`、`price_limit`），或改用 `SpotAsPriceGo` 按市场价格出价
bil008-empty = { $pool } 使用 `SpotWithPriceLimit`，但 `spot_price_limit` 为空
bil008-missing = { $pool } 使用 `SpotWithPriceLimit`，但未设置 `spot_price_limit`
bil008-uncovered = { $pool } 使用 `SpotWithPriceLimit`，但 `spot_price_limit` 中没有 { $types } 的价格上限
    .label = { $types } 没有价格上限
    .label-strategy = 设置价格上限的抢占式实例
    .help = 请在 `spot_price_limit` 中为 { $types } 添加一项，写明 `instance_type` 和 `price_limit`

## BIL009 spot-price-limit-unknown-instance-type

bil009 = { $pool } 的 `instance_types` 中没有 `{ $instance_type }`，但 `spot_price_limit[{ $index }]` 为它设置了价格上限
    .label = 不是该节点池的实例规格
    .help = 请在此处改用 { $listed }，或将 `{ $instance_type }` 加入 `instance_types`

## BIL010 spot-price-limit-ignored

bil010 = { $pool } 的 `spot_price_limit` 不生效：{ $reason }
    .label = 不生效
    .label-strategy = 不是 `SpotWithPriceLimit`
    .help-price-go = 请删除 `spot_price_limit`；如需限制价格，请将 `spot_strategy` 设为 `SpotWithPriceLimit`
    .help = 请删除 `spot_price_limit`；如需设置了价格上限的抢占式实例，请将 `spot_strategy` 设为 `SpotWithPriceLimit`
    .fix = 删除不生效的 `spot_price_limit`
bil010-reason =
    .price-go = `spot_strategy` 为 `SpotAsPriceGo`，按市场价格出价
    .other = `spot_strategy` 为 `{ $strategy }`
    .unset = 未设置 `spot_strategy`，节点池不会购买抢占式实例

## BIL011 spot-price-limit-entry-invalid

bil011-incomplete = { $pool } 的 `spot_price_limit[{ $index }]` 缺少 { $lacks ->
        [both] `instance_type` 和 `price_limit`
        [type] `instance_type`
       *[price] `price_limit`
    }
    .label = 条目不完整
    .help = 每一项都应写明节点池的一种实例规格（`instance_type`）及其价格上限（`price_limit`），例如 "0.45"
bil011-decimals = { $pool } 的 `price_limit` "{ $price }" 有 { $decimals } 位小数，最多只能有 { $max } 位
    .label = 小数位数过多
    .label-type = 实例规格
    .help = 请将价格保留 { $max } 位小数，例如 "{ $rounded }"

## BIL012 cost-optimized-without-effect

bil012 = { $pool } 的多可用区策略为 `COST_OPTIMIZED`，但只有一种实例规格（`{ $instance_type }`）且不使用抢占式实例，该策略无从优化
    .label = 不起作用
    .label-types = 只有一种实例规格
    .label-spot = 不使用抢占式实例
    .help = 请添加更多实例规格或设置 `spot_strategy`；也可以改用 `PRIORITY` 或 `BALANCE`，以控制节点在各可用区的分布

## BIL013 cost-optimized-settings-ignored

bil013 = { $pool } 的 `multi_az_policy` { $source ->
        [given] 为 `{ $policy }`
        [default] 为 `{ $policy }`（默认值）
       *[none] 不是 `COST_OPTIMIZED`
    }，因此 { $settings } { $count ->
        [1] 不生效
       *[other] 均不生效
    }
    .label = 仅在 `COST_OPTIMIZED` 下生效
    .label-policy = 不是 `COST_OPTIMIZED`
    .help = 如需混合使用按量付费实例和抢占式实例，请将 `multi_az_policy` 设为 `COST_OPTIMIZED`；否则请删除这些设置

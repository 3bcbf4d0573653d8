# The `billing` rule group (src/rules/billing/): subscription (`PrePaid`) and pay-as-you-go settings of the
# masters and the node pools, the top-level fields that only bill the API-server load balancer, spot instances
# and the cost-optimized multi-zone policy.
#
# Messages about the masters or a node pool choose their subject with `$subject` (`masters` or `pool`); `$who`
# is then the pool's name (`node pool `web``), empty for the masters.

## Texts several billing rules share

billing-label-prepaid = subscription billing
billing-label-auto-renew = automatic renewal on
billing-label-unit = counted in { $unit ->
        [Week] weeks
       *[other] months
    }
billing-label-ignored = ignored
billing-label-instance-types = instance types
billing-remove-ignored = remove { $settings }, which { $count ->
        [one] is
       *[other] are
    } ignored
# A list of steps in a help or fix text (`set a to 1, b to 2 and c to 3`).
billing-steps = { $head } and { $last }
    .separator = {", "}

## BIL001 prepaid-period-missing

bil001 = { $subject ->
        [masters] the masters are
       *[pool] { $who } is
    } `PrePaid` but { $missing } { $count ->
        [one] is
       *[other] are
    } not set{ $renew_default ->
        [yes] {" "}(automatic renewal is on by default)
       *[no] {""}
    }
    .help = set { $steps }; or bill with `PostPaid`
    .fix = set { $steps } (the documented { $count ->
        [one] default
       *[other] defaults
    })
    .label-unit = unit `{ $unit }`
    .label-period = period { $period }
bil001-set = `{ $field }` to { $value }
    .renew = `{ $field }` to { $value } (or `{ $switch }` to `false`)

## BIL002 prepaid-period-unit-week

bil002 = `{ $field }` is `Week`, but CreateCluster documents only `Month` for { $subject ->
        [masters] the masters
       *[pool] { $who }
    }
    .label = undocumented unit
    .help = use `Month` and give the length in months

## BIL003 prepaid-period-not-allowed

bil003 = `{ $field }` is { $value }, but { $subject ->
        [masters] the masters
       *[pool] { $who }
    } can only be subscribed for { $allowed } { $unit ->
        [Week] weeks
       *[other] months
    }
    .label = subscription length
    .help = set `{ $field }` to one of { $allowed }

## BIL004 auto-renew-period-not-allowed

bil004 = `{ $field }` is { $value }, but { $subject ->
        [masters] the masters
       *[pool] { $who }
    } can only be renewed for { $allowed } { $unit ->
        [Week] weeks
       *[other] months
    } at a time
    .label = renewal length
    .help = set `{ $field }` to one of { $allowed }, or turn automatic renewal off

## BIL005 subscription-settings-on-postpaid

bil005 = { $subject ->
        [masters] the masters are
       *[pool] { $who } is
    } `{ $charge }`{ $default ->
        [yes] {" "}(the default)
       *[no] {""}
    }, so { $settings } { $count ->
        [one] is
       *[other] are
    } ignored
    .label = ignored without `PrePaid`
    .label-charge = pay-as-you-go
    .help = set `{ $field }` to `PrePaid` for a subscription, or remove the subscription settings

## BIL006 top-level-billing-only-bills-clb

bil006 = top-level { $fields }{ $prepaid ->
        [yes] {" "}`PrePaid`
       *[no] {""}
    } only { $count ->
        [one] bills
       *[other] bill
    } the API-server load balancer (CLB) since 2024-10-15, not { $dedicated ->
        [yes] the masters or the nodes
       *[no] the nodes
    }
    .label = bills the API-server CLB only
    .label-other = CLB billing only
    .help-dedicated = bill the masters with `control_plane_config.charge_type` and the nodes with `nodepools[].scaling_group.instance_charge_type`, each with its own period settings; remove the top-level fields, since new load balancers cannot be subscribed
    .help-managed = bill the nodes with `nodepools[].scaling_group.instance_charge_type` and its period settings; remove the top-level fields, since new load balancers cannot be subscribed

## BIL007 spot-with-prepaid

bil007 = { $pool } asks for spot instances (`spot_strategy` `{ $strategy }`) but is billed `PrePaid`
    .label = spot instances
    .label-charge = subscription
    .help = spot instances are pay-as-you-go only: set `instance_charge_type` to `PostPaid`, or set `spot_strategy` to `NoSpot` for a subscription pool

## BIL008 spot-price-limit-missing

bil008 =
    .label = needs a price limit per instance type
    .label-empty = empty
    .help = add a `spot_price_limit` entry (`instance_type`, `price_limit`) for each instance type, or use `SpotAsPriceGo` to pay the market price
bil008-empty = { $pool } uses `SpotWithPriceLimit` but `spot_price_limit` is empty
bil008-missing = { $pool } uses `SpotWithPriceLimit` but `spot_price_limit` is missing
bil008-uncovered = { $pool } uses `SpotWithPriceLimit` but `spot_price_limit` has no entry for { $types }
    .label = no limit for { $types }
    .label-strategy = price-limited spot
    .help = add an entry with `instance_type` and `price_limit` to `spot_price_limit` for { $types }

## BIL009 spot-price-limit-unknown-instance-type

bil009 = `spot_price_limit[{ $index }]` limits `{ $instance_type }`, which is not one of the `instance_types` of { $pool }
    .label = not an instance type of this pool
    .help = use { $listed } here, or add `{ $instance_type }` to `instance_types`

## BIL010 spot-price-limit-ignored

bil010 = `spot_price_limit` of { $pool } is ignored: { $reason }
    .label = ignored
    .label-strategy = not `SpotWithPriceLimit`
    .help-price-go = remove `spot_price_limit`, or set `spot_strategy` to `SpotWithPriceLimit` to cap the price
    .help = remove `spot_price_limit`, or set `spot_strategy` to `SpotWithPriceLimit` for capped spot instances
    .fix = remove the ignored `spot_price_limit`
bil010-reason =
    .price-go = `spot_strategy` is `SpotAsPriceGo`, which pays the market price
    .other = `spot_strategy` is `{ $strategy }`
    .unset = `spot_strategy` is not set, so the pool buys no spot instances

## BIL011 spot-price-limit-entry-invalid

bil011-incomplete = `spot_price_limit[{ $index }]` of { $pool } has no { $lacks ->
        [both] `instance_type` and `price_limit`
        [type] `instance_type`
       *[price] `price_limit`
    }
    .label = incomplete entry
    .help = give each entry an `instance_type` of the pool and its `price_limit`, such as "0.45"
bil011-decimals = `price_limit` "{ $price }" of { $pool } has { $decimals } decimal places; at most { $max } are allowed
    .label = too many decimals
    .label-type = instance type
    .help = round the price to { $max } decimals, for example "{ $rounded }"

## BIL012 cost-optimized-without-effect

bil012 = { $pool } is `COST_OPTIMIZED` but has one instance type (`{ $instance_type }`) and no spot instances, so the policy has nothing to optimize
    .label = no effect
    .label-types = a single instance type
    .label-spot = no spot instances
    .help = add more instance types or a `spot_strategy`, or use `PRIORITY` or `BALANCE` to control how nodes spread across zones

## BIL013 cost-optimized-settings-ignored

bil013 = `multi_az_policy` of { $pool } is { $source ->
        [given] `{ $policy }`
        [default] `{ $policy }` (the default)
       *[none] not `COST_OPTIMIZED`
    }, so { $settings } { $count ->
        [one] is
       *[other] are
    } ignored
    .label = only used by `COST_OPTIMIZED`
    .label-policy = not `COST_OPTIMIZED`
    .help = set `multi_az_policy` to `COST_OPTIMIZED` to mix pay-as-you-go and spot instances, or remove these settings

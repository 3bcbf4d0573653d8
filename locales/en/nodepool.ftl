# The `nodepool` rule group (src/rules/nodepool/): node pool names, auto scaling, sizing, images, public IPs
# and managed-pool settings.
#
# One message per kind of finding, named after the rule's code (`np004`, or `np003-spot-set` when a rule has
# several kinds); its attributes are the finding's `.label`, `.help` and `.fix`. A message with attributes only
# holds the texts a rule's kinds share. `$fields` is a list of field names already in backticks and joined;
# `$count` is how many it holds (it chooses `is` or `are`).

## NP001 nodepool-name-duplicate

np001 = node pool name `{ $name }` is used by `nodepools[{ $first }]` and `nodepools[{ $second }]`
    .label = duplicate name
    .label-first = first used here
    .help = give every node pool its own name; the service rejects a name already used in the cluster

## NP002 auto-scaling-min-above-max

np002 = `max_instances` { $max } is less than `min_instances` { $min }
    .label = upper bound
    .label-min = lower bound
    .help = raise `max_instances` to at least { $min }, or lower `min_instances` to at most { $max }

## NP003 auto-scaling-spot-mismatch

np003-spot =
    .label = spot pool
    .label-strategy = no spot instances
    .help = set `scaling_group.spot_strategy` to `SpotAsPriceGo`, or to `SpotWithPriceLimit` with a `spot_price_limit` per instance type
np003-spot-set = `auto_scaling.type` is `spot` but `scaling_group.spot_strategy` is `{ $strategy }`
np003-spot-unset = `auto_scaling.type` is `spot` but `scaling_group.spot_strategy` is not set
np003-cpu =
    .label = spot instances
    .label-type = regular pool
    .label-default = auto scaling of type `cpu`
    .help = set `auto_scaling.type` to `spot` for a spot pool, or `spot_strategy` to `NoSpot` for regular instances
np003-cpu-set = `scaling_group.spot_strategy` is `{ $strategy }` but `auto_scaling.type` is `cpu`
np003-cpu-default = `scaling_group.spot_strategy` is `{ $strategy }` but `auto_scaling.type` is `cpu` (the default)

## NP004 auto-scaling-settings-ignored

np004 = `auto_scaling.enable` is false, so { $fields } { $count ->
        [one] is
       *[other] are
    } ignored
    .label = auto scaling off
    .label-ignored = ignored
    .help = set `enable` to `true` for an elastic pool, or set the bounds to 0 and drop the other settings
    .fix-bounds = set the ignored { $bounds } to 0
    .fix-others = remove the ignored { $others }
    .fix-both = set the ignored { $bounds } to 0 and remove the ignored { $others }

## NP005 nodepool-count-with-desired-size

np005 =
    .label = deprecated
    .label-replacement = replacement
    .help = remove the deprecated `count` and keep `desired_size`
np005-same = `count` { $count } and `scaling_group.desired_size` { $desired } both set the node count
    .fix = remove `count`, which repeats `scaling_group.desired_size`
np005-different = `count` { $count } and `scaling_group.desired_size` { $desired } both set the node count, to different values
    .fix = remove `count`, keeping `scaling_group.desired_size` { $desired }

## NP006 nodepool-size-outside-auto-scaling-range

np006 = `{ $field }` { $value } is outside the auto-scaling range { $min }..{ $max } of this pool
    .label = fixed node count
    .label-min = lower bound
    .label-max = upper bound
    .help = with auto scaling on, the node count follows `min_instances` and `max_instances`: remove `{ $field }` or bring it into { $min }..{ $max }

## NP007 edge-fields-on-regular-pool

np007 =
    .label = edge-only setting
    .label-type = not an edge pool
    .help = remove the edge settings, or set `nodepool_info.type` to `edge` for an edge pool of an ACK Edge cluster
    .fix = remove the edge-only { $fields }
np007-typed = { $fields } { $count ->
        [one] applies
       *[other] apply
    } only to edge node pools, but `nodepool_info.type` is `{ $pool_type }`
np007-untyped = { $fields } { $count ->
        [one] applies
       *[other] apply
    } only to edge node pools, but `nodepool_info.type` is not set (a regular pool)

## NP008 security-group-id-and-ids

np008 = `security_group_id` `{ $id }` is ignored because `security_group_ids` is also set
    .label = ignored
    .label-ids = used instead
    .help-listed = remove `security_group_id`; the group is already in `security_group_ids`
    .help-unlisted = remove `security_group_id`, or add `{ $id }` to `security_group_ids` if the nodes should join it
    .fix-listed = remove `security_group_id`, which `security_group_ids` already lists
    .fix-unlisted = remove the ignored `security_group_id`

## NP009 image-id-with-image-type

np009 = `image_id` `{ $image_id }` takes precedence, so { $settings } { $count ->
        [one] is
       *[other] are
    } ignored
    .label = ignored
    .label-image-id = custom image wins
    .help = keep only `image_id` for a custom image, or remove `image_id` to use the ACK image for { $fields }
    .fix = remove { $fields }, which `image_id` overrides
# One overridden setting in the message: its name and value.
np009-setting = `{ $field }` `{ $value }`

## NP010 centos-image

np010 =
    .label = end-of-life OS
    .help = use `AliyunLinux3` (Alibaba Cloud Linux 3) instead
    .help-platform = use `AliyunLinux3` (Alibaba Cloud Linux 3) as `image_type`, and drop the deprecated `platform`
np010-one = `{ $field }` is `CentOS`, which is end of life and gets no security updates
np010-many = { $count } image settings choose `CentOS`, which is end of life and gets no security updates

## NP011 management-settings-ignored

np011 = `management.enable` is false, so { $fields } { $count ->
        [one] is
       *[other] are
    } ignored
    .label = managed node pool off
    .label-ignored = ignored
    .help = set `management.enable` to `true` to use these options, or remove them
    .fix = remove { $fields }, which { $count ->
        [one] is
       *[other] are
    } ignored

## NP012 managed-nodepool-on-dedicated-cluster

np012 = { $pool } is a managed node pool, but `cluster_type` `Kubernetes` is a dedicated cluster
    .label = managed node pool
    .label-cluster = dedicated cluster
    .help = remove `management` from the pool, or create an ACK managed (Pro) cluster to use managed node pools

## NP013 upgrade-surge-and-surge-percentage

np013 = `upgrade_config` sets both `surge` { $surge } and `surge_percentage` { $percent }
    .label = percentage
    .label-surge = node count
    .help = keep one of them: `surge` for a fixed number of extra nodes, or `surge_percentage` for a share of the pool

## NP014 eip-with-public-ip

np014 = EIP settings ({ $eip }) and public IP settings ({ $public }) are both given; use one way to reach the Internet
    .label = elastic IP
    .label-public = public IP
    .help = remove the deprecated `is_bond_eip`/`eip_*` fields and keep `internet_charge_type` with `internet_max_bandwidth_out`, or remove the public IP settings

## NP015 public-ip-settings-incomplete

np015 =
    .label = ignored without bandwidth
    .fix = remove `internet_charge_type`, which is ignored without bandwidth
np015-unset = `internet_charge_type` is `{ $charge }` but `internet_max_bandwidth_out` is not set, so nodes get no public IP
    .help = set `internet_max_bandwidth_out` (1 to 100 Mbit/s) for public IPs, or remove `internet_charge_type`
np015-zero = `internet_charge_type` is `{ $charge }` but `internet_max_bandwidth_out` is 0, so nodes get no public IP
    .label-bandwidth = no public bandwidth
    .help = raise `internet_max_bandwidth_out` (1 to 100 Mbit/s) for public IPs, or remove `internet_charge_type`
np015-no-charge-type = `internet_max_bandwidth_out` is { $bandwidth } Mbit/s but `internet_charge_type` is not set
    .label = public IP bandwidth
    .help = set `internet_charge_type` to `PayByTraffic` or `PayByBandwidth`

## NP016 private-pool-target-without-id

np016 = `private_pool_options.match_criteria` is `Target` but no private pool `id` is given
    .label = needs `id`
    .help = add `"id"` with the private pool ID (for example `eap-…`), or use `Open` to take any matching pool

## NP017 hardening-and-soc-both-enabled

np017 = `{ $hardening }` and `{ $soc }` are both true; only one hardening baseline can be applied
    .label = MLPS hardening
    .label-hardening = OS security hardening
    .help = keep `security_hardening_os` for Alibaba Cloud Linux hardening, or `soc_enabled` for MLPS compliance, not both

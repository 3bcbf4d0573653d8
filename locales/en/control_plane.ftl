# The `control_plane` group (src/rules/control_plane/): the masters of dedicated clusters, their count,
# vSwitches, instance types and system disks.
#
# One message per kind of finding, named after the rule's code (`cp001`, or `cp004-vswitches` when a rule
# reports several kinds); its attributes are that finding's `.label`, `.help` and `.fix`. A message with
# attributes only holds the texts the kinds of one rule share.

## How the master count and a master system disk are described (src/rules/control_plane/util.rs)

control-plane-count =
    .given = `{ $field }` is { $value }
    .default = the master count defaults to { $value }
control-plane-disk-category =
    .given = `{ $field }` is `{ $category }`
    .default = `{ $field }` is not set and defaults to `{ $category }`
    .unset = `{ $field }` is not set
control-plane-disk-size =
    .given = `{ $field }` is { $size } GiB
    .default = `{ $field }` is not set and defaults to { $size } GiB
    .unset = `{ $field }` is not set
control-plane-masters = { $count } masters

## CP001 master-count-conflict

cp001 = `master_count` is { $legacy } but `control_plane_config.size` is { $modern }
    .label = { $legacy } masters (deprecated field)
    .help = give the number of masters once: remove `master_count` and keep `control_plane_config.size`

## CP002 master-vswitch-count-mismatch

cp002 = `{ $field }` has { $len } items but { $count }
    .label = { $len } vSwitches
    .help = list exactly { $masters } vSwitch IDs in `{ $field }`, one per master (an ID may repeat), or move to `control_plane_config` with the top-level `vswitch_ids`

## CP003 master-instance-type-count-mismatch

cp003 = `{ $field }` has { $len } items but { $count }
    .label = { $len } instance types
    .help = list exactly { $masters } instance types in `{ $field }`, one per master in the order of `master_vswitch_ids`

## CP004 master-settings-missing

cp004 =
    .label = dedicated cluster
cp004-instance-types = a dedicated cluster needs master instance types, but neither `{ $modern }` nor `{ $legacy }` is given
    .label-control-plane = no `instance_types` here
    .help = add `{ $modern }` with at least one type of 4 or more vCPUs, for example `["ecs.g7.xlarge"]`
cp004-vswitches = a dedicated cluster needs vSwitches for its masters, but neither `{ $modern }` nor `{ $legacy }` is given
    .help = add `{ $modern }` with vSwitches of the cluster VPC, ideally three in different zones

## CP005 master-disk-performance-level-without-essd

cp005 = `{ $level_field }` is { $level } but { $category_state }, and performance levels apply only to `cloud_essd` disks
    .label = ignored
    .label-category = `{ $category }` has no levels
    .help = set `{ $category_field }` to `cloud_essd`, or remove `{ $level_field }`
    .fix = remove `{ $level_field }`, which has no effect

## CP006 master-disk-too-small-for-performance-level

cp006 =
    .label = { $level } needs at least { $min } GiB
    .label-size = disk size
cp006-above-maximum = `{ $level_field }` { $level } needs a disk of at least { $min } GiB, more than the { $max } GiB maximum of `{ $size_field }`
    .help = choose a lower level: PL0 or PL1 (PL2 needs `{ $size_field }` of at least { $pl2_min })
cp006-too-small = `{ $level_field }` { $level } needs a disk of at least { $min } GiB but { $size_state }
    .help = raise `{ $size_field }` to at least { $min }, or choose a lower level such as PL1

## CP007 master-instance-type-too-small

cp007 =
    .help = use a type with at least 4 vCPUs that is not burstable, for example `ecs.g7.xlarge`
# One type, listed `count` times; `lists` is a `cp007-lists` text.
cp007-one = { $count ->
        [one] { $lists } `{ $instance_type }`, { $why }, which is too small for a master
       *[other] { $lists } `{ $instance_type }` { $count } times, { $why }, which is too small for a master
    }
# Several types, each `cp007-item`.
cp007-several = { $lists } types too small for a master: { $types }
cp007-item = `{ $instance_type }` ({ $label })
cp007-lists =
    .field = `{ $field }` lists
    .both = the master instance types list
cp007-why =
    .burstable = a burstable type
    .small = a `{ $size }` type with fewer than 4 vCPUs
cp007-label =
    .burstable = burstable
    .small = fewer than 4 vCPUs

## CP008 master-fields-mixed-with-control-plane-config

cp008 = { $count ->
        [one] deprecated field { $fields } is set together with `control_plane_config`
       *[other] deprecated fields { $fields } are set together with `control_plane_config`
    }
    .label = deprecated master setting
    .label-control-plane = current master settings
    .help = describe the masters in one style: move these settings to { $replacements }

## CP009 masters-share-vswitches

cp009 = `{ $field }` places { $masters } masters in only { $distinct } distinct { $distinct ->
        [one] vSwitch
       *[other] vSwitches
    }; `{ $repeated }` is repeated
    .label = repeated vSwitch
    .label-first = first use
    .help = use { $recommended } different vSwitches in { $recommended } different zones so that the masters survive the loss of a zone

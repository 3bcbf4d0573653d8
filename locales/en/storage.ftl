# The `storage` rule group (src/rules/storage/): system and data disks of node pools, the deprecated `worker_*`
# disks and the masters' system disk.
#
# One message per kind of finding, named after the rule's code; its attributes are the finding's `.label`,
# `.help` and `.fix`. Pieces a message is built from are messages with one attribute per case.

## How messages name a disk (src/rules/storage/mod.rs); `pool` is a node pool's name (`pool-named`).

storage-disk =
    .pool-system = the system disk of { $pool }
    .pool-data = data disk { $index } of { $pool }
    .worker-system = the worker system disk
    .worker-data = worker data disk { $index }
    .masters-system = the master system disk

## How messages state a disk's category (`Disk::category_phrase`).

storage-category =
    .given = `{ $key }` is `{ $category }`
    .candidates = `system_disk_categories` is { $categories }
    .default = `{ $key }` is not set and defaults to `{ $category }`
    .unset = `{ $key }` is not set

## Labels that show a value or a size and nothing else.

storage-value = `{ $value }`
storage-size = { $size } GiB

## STO001 system-disk-size-out-of-range

sto001 = { $disk } is { $size } GiB, but CreateCluster documents { $min } to { $max } GiB for node-pool system disks
    .label = outside { $min } to { $max } GiB
    .help-small = use at least { $min } GiB, and no less than the image size
    .help-large = use at most { $max } GiB here; a pool added later with CreateClusterNodePool can have a larger system disk

## STO002 data-disk-size-out-of-range

sto002 = { $disk } { $size }, but { $needs }
    .label-default = needs an explicit `size`
    .help-essd = enlarge the disk or choose a lower `performance_level`
    .help-other = change `size` to fit the category, or choose another `category`
sto002-size =
    .given = is { $size } GiB
    .default = has no `size` and gets the default { $size } GiB
sto002-needs =
    .essd = an ESSD at { $level } needs at least { $min } GiB
    .cloud = a basic `cloud` disk takes at most { $max } GiB
    .ephemeral = an elastic ephemeral disk (`{ $category }`) takes { $min } to { $max } GiB

## STO003 performance-level-without-essd

sto003 = `{ $key }` `{ $level }` of { $disk } has no effect: { $category }, and performance levels only apply to `cloud_essd`
    .label = ignored for this category
    .label-category = not an ESSD
    .help = remove `{ $key }`, or set `{ $category_key }` to `cloud_essd`
    .fix = remove `{ $key }`, which has no effect

## STO004 system-disk-too-small-for-performance-level

sto004 = { $disk } { $size }, but an ESSD at { $level } needs at least { $min } GiB
    .label = below { $min } GiB
    .label-category = ESSD
    .help = set the size to at least { $min } GiB, or choose a lower performance level
sto004-beyond-cap = { $disk } { $size }, but an ESSD at { $level } needs at least { $min } GiB, more than the { $cap } GiB CreateCluster allows for this disk
    .help = choose `PL2` (with { $pl2_min } GiB or more) or a lower level
sto004-size =
    .given = is { $size } GiB
    .default = has no size and gets { $size } GiB
    .image = has no size and gets { $floor } GiB or the image size, whichever is larger

## STO005 autopl-settings-without-cloud-auto

sto005 = { $settings } of { $disk } { $count ->
        [one] has
       *[other] have
    } no effect: { $category }, and AutoPL settings only apply to `cloud_auto`
    .label = AutoPL setting
    .label-category = not `cloud_auto`
    .help = set `{ $category_key }` to `cloud_auto` for an AutoPL disk, or remove { $settings }
    .fix = remove { $settings }, which { $count ->
        [one] has
       *[other] have
    } no effect

## STO006 provisioned-iops-too-high

sto006 = `{ $key }` of { $disk } is { $value }, but a { $size } `cloud_auto` disk takes at most { $max } ({ $formula })
    .label = more than { $max }
    .help = lower the provisioned IOPS to { $max } or less, or enlarge the disk (each GiB adds 950 until the { $cap } cap)
sto006-size =
    .given = { $size } GiB
    .default = { $size } GiB (the default size)
sto006-formula =
    .cap = { $cap }
    .size = 1000 × { $size } − baseline { $baseline }

## STO007 kms-key-without-encryption

sto007 =
    .label = unused key
    .label-encrypted = not encrypted
sto007-system = `system_disk_kms_key_id` is set but { $disk } is not encrypted: { $state }
    .help = set `system_disk_encrypted` to `true` to encrypt the system disk with this key, or remove the key
sto007-data = `kms_key_id` is set but { $disk } is not encrypted: { $state }
    .help = set `encrypted` to the string "true" to encrypt the disk with this key, or remove the key
sto007-state =
    .system-false = `system_disk_encrypted` is `false`
    .system-unset = `system_disk_encrypted` is not set
    .data-given = `encrypted` is "{ $value }"
    .data-default = `encrypted` is not set and defaults to "{ $value }"

## STO008 snapshot-disk-size-ignored

sto008 = { $disk } is created from snapshot `{ $snapshot }`, so its `size` { $size } is ignored
    .label = ignored
    .label-snapshot = source snapshot
    .help = remove `size`: the disk takes the snapshot's size; resize it after creation if it needs more room
    .fix = remove `size`, which is ignored

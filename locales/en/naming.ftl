# The `naming` rule group (src/rules/naming/): cluster name, time zone, tags, Kubernetes labels and taints,
# node naming, user data, certificate names and placeholders.
#
# One message per kind of finding, named after the rule's code (`nam003`, or `nam002-case` when a rule has
# several kinds); its attributes are the finding's `.label`, `.help` and `.fix`. A message with attributes only
# holds the texts a rule's kinds share.

## NAM001 cluster-name-leading-separator

nam001 = cluster `name` `{ $name }` starts with `{ $first }`
    .label = leading separator
    .help = start the name with a letter, digit or Chinese character
    .help-example = start the name with a letter, digit or Chinese character, for example `{ $trimmed }`

## NAM002 timezone-not-iana

nam002 =
    .label = unknown time zone
    .fix = set `timezone` to `{ $zone }`
nam002-case = `timezone` `{ $tz }` is not spelled like the IANA time zone `{ $zone }`
    .help = write it exactly as `{ $zone }`; zone names are case-sensitive
nam002-unknown = `timezone` `{ $tz }` is not an IANA time zone name
    .help-offset = name the zone by region and city, such as `Asia/Shanghai`; a fixed offset is written `{ $zone }` (these names invert the sign)
    .help-china = China uses the IANA zone `Asia/Shanghai`
    .help-close = did you mean `{ $zone }`?
    .help-none = use an IANA `Region/City` name such as `Asia/Shanghai` or `Europe/Berlin`, or `UTC`

## NAM003 duplicate-tag-key

nam003 = tag key `{ $key }` appears twice in `{ $list }` (items { $first } and { $second })
    .label = duplicate key
    .label-first = first used here
    .help = keep one tag per key; merge the values or rename one of the keys

## NAM004 reserved-tag-prefix

nam004 =
    .label = reserved
    .help-key-pool = choose a key without a leading `aliyun` or `acs:` and without `http://` or `https://`
    .help-key-cluster = choose a key without a leading `aliyun`, `acs:`, `http://` or `https://`
    .help-value-pool = choose a value without a leading `aliyun` or `acs:` and without `http://` or `https://`
    .help-value-cluster = choose a value without a leading `aliyun`, `acs:`, `http://` or `https://`
nam004-key-prefix = tag key `{ $text }` in `{ $list }` starts with the reserved prefix `{ $prefix }`
nam004-key-contains = tag key `{ $text }` in `{ $list }` contains `{ $forbidden }`, which ECS tags do not allow
nam004-value-prefix = tag value `{ $text }` in `{ $list }` starts with the reserved prefix `{ $prefix }`
nam004-value-contains = tag value `{ $text }` in `{ $list }` contains `{ $forbidden }`, which ECS tags do not allow

## NAM005 too-many-nodepool-tags

nam005 = `scaling_group.tags` of `nodepools[{ $index }]` has { $count } tags; an instance can carry at most { $max }
    .label = { $count } tags
    .help = { $excess ->
        [one] remove one tag or combine related ones
       *[other] remove { $excess } tags or combine related ones
    }

## NAM006 duplicate-label-key

nam006 =
    .label = duplicate key
    .label-first = first used here
    .help = keep one entry per label key
nam006-same = label key `{ $key }` appears twice in `nodepools[{ $index }].kubernetes_config.labels` with the same value
nam006-different = label key `{ $key }` appears twice in `nodepools[{ $index }].kubernetes_config.labels` with different values

## NAM007 restricted-node-label

nam007 = label `{ $key }` is in the `{ $namespace }` namespace, which kubelet may not set on its own node
    .label = restricted label
    .help = use your own prefix (for example `example.com/{ $name }`) or the `node.kubernetes.io/` namespace

## NAM008 label-key-prefix-too-long

nam008 =
    .label = prefix too long
    .help = shorten the DNS prefix before `/` to at most { $max } characters
nam008-label = the prefix of label key `{ $prefix }…` is { $length } characters long, more than { $max }
nam008-taint = the prefix of taint key `{ $prefix }…` is { $length } characters long, more than { $max }

## NAM009 invalid-cluster-taint

nam009-key = taint key `{ $key }` is not a valid Kubernetes key: { $problem }
    .label = invalid key
    .help = write the key as `[prefix/]name`, for example `dedicated` or `example.com/gpu`
nam009-value = taint value `{ $value }` is not a valid Kubernetes value: { $problem }
    .label = invalid value
    .help = use at most 63 letters, digits, `-`, `_` or `.`, starting and ending with a letter or digit

## What is wrong with a Kubernetes key (`[prefix/]name`) or value (src/rules/naming/util.rs)

naming-key-empty-prefix = the prefix before `/` is empty
naming-key-long-prefix = the prefix is { $length } characters long, more than { $max }
naming-key-bad-prefix = the prefix `{ $prefix }` is not a DNS subdomain (lowercase letters, digits, `-` and `.`, alphanumeric at both ends of each part)
naming-key-empty-name = the name is empty
naming-key-two-slashes = a key has at most one `/`
naming-name-too-long = the name is { $length } characters long, more than { $max }
naming-name-bad-char = the name contains `{ $char }`; only letters, digits, `-`, `_` and `.` are allowed
naming-name-space = the name contains a space; only letters, digits, `-`, `_` and `.` are allowed
naming-name-ends = the name must start and end with a letter or digit
naming-value-too-long = the value is { $length } characters long, more than { $max }
naming-value-bad-char = the value contains `{ $char }`; only letters, digits, `-`, `_` and `.` are allowed
naming-value-space = the value contains a space; only letters, digits, `-`, `_` and `.` are allowed
naming-value-ends = the value must start and end with a letter or digit

## NAM010 duplicate-taint

nam010 = taint `{ $key }:{ $effect }` appears twice in `{ $list }`
    .label = duplicate taint
    .label-first = first defined here
    .help = keep one taint per key and effect; use another effect or key if both are needed

## NAM011 node-name-mode-is-node-name

nam011 = `{ $field }` `{ $mode }` looks like a node name, not a naming mode
    .label = not a naming mode
    .help = write the mode as `{ $form }`; for names like this one: `{ $example }`

## NAM012 user-data-not-base64

nam012 = `{ $field }` is not valid Base64: { $problem }
    .label = not Base64
    .help-script = this is a plain script: send its Base64 encoding instead, for example the output of `base64 -w0 script.sh`
    .help = encode the script with standard Base64 (alphabet `A-Z a-z 0-9 + /`, padded with `=`)
nam012-problem =
    .space = it contains a space
    .tab = it contains a tab
    .url-safe = it contains `{ $char }` (URL-safe Base64 is not accepted)
    .char = it contains `{ $char }`
    .padding = `=` may appear only as padding at the end
    .length = its length { $length } is not a multiple of 4 (missing `=` padding?)

## NAM013 invalid-san

nam013 =
    .label = invalid certificate name
    .help = give bare IP addresses or DNS names, such as `api.example.com` or `10.0.0.10`, without scheme, port, path or spaces
nam013-custom-san = `custom_san` entry { $number } `{ $item }` { $problem }
nam013-extra-sans = `extra_sans[{ $index }]` `{ $item }` { $problem }
nam013-problem =
    .empty = is empty
    .spaces-around = has spaces around it
    .url = is a URL; give only the host name
    .slash = contains `/`; give only the host name or IP address
    .port = contains `:`; give the name without a port
    .space = contains a space
    .too-long = is { $length } characters long; a DNS name has at most 253
    .empty-part = has an empty part between dots
    .long-part = has a part of { $length } characters; DNS labels have at most 63
    .bad-part = is not a DNS name: part `{ $part }` must use letters, digits and `-`, and not start or end with `-`

## NAM014 placeholder-value

nam014 = `{ $field }` is a placeholder, not a real value: `{ $value }`
    .help-vpc = put the ID of your VPC (VPC console, or the DescribeVpcs API) there
    .help-vswitch = put the ID of a vSwitch of your VPC (VPC console, or DescribeVSwitches) there
    .help-security-group = put the ID of a security group of your VPC (ECS console, or DescribeSecurityGroups) there
    .help-key-pair = put the name of an ECS key pair in this region (ECS console, or DescribeKeyPairs) there
    .help-image = put the ID of an ECS image (ECS console, or DescribeImages) there
    .help-resource-group = put the ID of a resource group (Resource Management console, or ListResourceGroups) there
    .help-deployment-set = put the ID of a deployment set (ECS console, or DescribeDeploymentSets) there
    .help-kms = put the ID of a KMS key (KMS console, or ListKeys) there
    .help-snapshot = put the ID of a snapshot or snapshot policy (ECS console) there
    .help-rds = put the IDs of your RDS instances (RDS console, or DescribeDBInstances) there
    .help-zone = put a zone ID of the region, such as `cn-hangzhou-k` (DescribeZones) there
    .help-region = put a region ID such as `cn-hangzhou` (DescribeRegions) there
    .help-name = put a name of your own there
    .help-other = put the real value of `{ $key }` there
# The label: why the value is a placeholder (src/placeholder.rs).
nam014-reason =
    .template = template syntax that was never filled in
    .angle-brackets = text in angle brackets stands for a value to fill in
    .format-specifier = a format specifier that was never filled in
    .asterisks = asterisks mask the characters of an ID in documentation examples
    .xs = `x` characters stand in for the characters of an ID
    .all-zero = an all-zero ID
    .asks-for-value = the text asks for a real value

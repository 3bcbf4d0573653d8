# The structure check (SCH001…SCH006): the request against the spec's schema, catalogues and bounds.
# Conventions: CONTRIBUTING.md, "Messages and languages"; words: locales/GLOSSARY.md.

## How messages name JSON types: with an article where a sentence needs one (`must be a string`), bare before
## a value (`found string "x"`), and the secret stand-in that never shows the value.

structure-type =
    .string = a string
    .integer = an integer
    .number = a number
    .boolean = a boolean
    .object = an object
    .array = an array
    .null = null
    .array-of-strings = an array of strings
    .array-of-integers = an array of integers
    .array-of-objects = an array of objects
structure-kind =
    .string = string
    .integer = integer
    .number = number
    .boolean = boolean
    .object = object
    .array = array
    .null = null
structure-found = { $kind } { $value }
structure-secret = { $type_name } (secret, not shown)
structure-use = use { $what }
structure-example = , for example `{ $example }`

## SCH001 wrong-type

sch001 = `{ $name }` must be { $expected }, found { $found }
    .label = { $kind } here
    .help-unquote-number = write the number without quotes: `{ $number }`
    .help-unquote-boolean = write `{ $value }` without quotes
    .help-boolean-string = this field takes the string `"{ $value }"`, in quotes
    .help-number-string = this field takes the number as a string: `"{ $number }"`
    .help-json-string = this field takes a JSON object serialized into a string: `"{"{"}\"key\":\"value\"{"}"}"`
    .help-wrap-string = wrap it in a list: `["{ $value }"]`
    .help-key-value = write each entry as a `key`/`value` object in a list: { $example }
    .help-wrap-object = wrap the object in a list: `[{"{"}…{"}"}]`
    .help-tolerated = { $help }; the SDK takes a string, but another Alibaba Cloud source an integer
    .fix-quote-number = quote the number: `"{ $number }"`
    .fix-quote-boolean = quote the boolean: `"{ $value }"`
    .fix-serialize = serialize the object into a JSON string
    .fix-unquote-number = write the number without quotes: `{ $number }`
    .fix-unquote-boolean = write `{ $value }` without quotes

## SCH002 unknown-field

sch002 = unknown field `{ $key }` at the top level
    .label = not a field of the CreateCluster API
    .help = remove it; the API ignores or rejects keys it does not know
    .fix = rename `{ $key }` to `{ $field }`
sch002-in = unknown field `{ $key }` in `{ $name }`

## What an unknown key most likely is (src/suggest.rs).

suggest-key =
    .alias = did you mean `{ $field }`? `{ $key }` is another tool's name for it
    .case = did you mean `{ $field }`? keys are case-sensitive
    .typo = did you mean `{ $field }`?
    .ambiguous = did you mean { $fields }?
    .deeper = `{ $key }` belongs in `{ $name }`
    .elsewhere = `{ $key }` is not a field here; the request has `{ $name }`

## SCH003 missing-required-field

sch003 = the required field `{ $key }` is missing
    .label = `{ $key }` missing
    .help = add `"{ $key }"`: { $description }
    .help-bare = add `"{ $key }"`
    .help-waiver = { $help }; it may be left out only when { $condition }
    .help-soft = { $help }; the API model calls it required, but the service has a default, so this is a warning
sch003-in = `{ $name }` is missing the required field `{ $key }`
sch003-empty = the required field `{ $key }` is empty
    .label = empty
sch003-waiver =
    .vpc-auto-created = a managed cluster asks the service to create its VPC: it names zones (`zone_ids`, or the older `zone_id` or `zoneid`) and no `vpcid`

## SCH004 invalid-enum-value

sch004 = `{ $name }` must be { $allowed }, found { $value }
    .label = not an allowed value
    .help-guess = did you mean `{ $token }`?
    .help-list = use one of: { $tokens }
    .help-use = use { $allowed }
    .fix = replace `{ $value }` with `{ $token }`
sch004-one-of =
    .two = { $first } or { $second }
    .many = one of { $list }
sch004-token = `{ $token }` ({ $doc })
sch004-disputed = `{ $name }` value `{ $value }` may be rejected: { $reason }
    .label = disputed value
    .help = use a value every source accepts: { $tokens }
    .reason = the sources disagree whether the API takes it (`acklint explain SCH004`)
sch004-unknown = `{ $name }` value `{ $value }` is not one acklint knows
    .label = unknown value
    .help = { $guess }known values: { $tokens }; if `{ $value }` is a newer one, add it under `[known] { $catalog }` in acklint.toml
    .guess = did you mean `{ $token }`?{" "}

## SCH005 value-out-of-range

sch005 = `{ $name }` must be { $bounds }, found { $value }
    .label = out of range
    .help = choose a value { $bounds }
sch005-bounds =
    .between = between { $low } and { $high }
    .at-least = at least { $low }
    .at-most = at most { $high }
    .any = within bounds
sch005-length = `{ $name }` must be { $length }, found { $count }
    .label = wrong length
    .help = make it { $length }
sch005-length-secret = `{ $name }` must be { $length }
sch005-lengths =
    .between = { $low } to { $high } characters long
    .at-least = at least { $low } characters long
    .at-most = at most { $high } characters long
    .any = of a valid length
sch005-items-min = `{ $name }` must hold at least { $limit } items, found { $count }
    .label = { $count } items
    .help = give `{ $name }` at least { $limit } items
sch005-items-max = `{ $name }` must hold at most { $limit } items, found { $count }
    .help = give `{ $name }` at most { $limit } items
sch005-disputed = `{ $name }` { $value } is above { $soft }, where the sources disagree on the upper bound
    .label = disputed range
    .help = some sources allow at most { $soft }; stay at or below { $soft } unless you know the service takes more
    .help-hard = some sources allow at most { $soft }, others up to { $high }; stay at or below { $soft } unless you know the service takes more

## SCH006 invalid-format

sch006 = `{ $name }` has an invalid format: { $value }
    .label = does not match the expected format
    .help-unknown = check the value's format
sch006-disputed = `{ $name }` has a format some sources reject: { $value }
    .label = disputed format
    .help = { $help }; the sources disagree whether the API accepts this form (`acklint explain SCH006`)

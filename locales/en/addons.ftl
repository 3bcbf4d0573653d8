# The `addons` rule group (src/rules/addons/): component names, their `config` strings and the combinations
# that clash.

## Texts several addon rules share

addons-label-component = component
addons-label-disabled = `{ $name }` is disabled

## ADD001 duplicate-addon-name

add001 = addon `{ $name }` is listed twice, in `addons[{ $first }]` and `addons[{ $index }]`
    .label = repeated here
    .label-first = first listed here
    .help = keep one `{ $name }` entry and merge the settings of both into its `config`
    .fix = remove `addons[{ $index }]`, a copy of `addons[{ $first }]`

## ADD002 unknown-addon-name

add002 = unknown addon `{ $name }`
    .label = not a known component
    .help = check the name against the ListAddons API; if it is right, add it under `[known] addons` in acklint.toml
    .help-guess = did you mean `{ $guess }`? check the name against the ListAddons API; if it is right, add it under `[known] addons` in acklint.toml

## ADD003 addon-config-not-json-object
## `$named` is `yes` when the addon has a name (`$addon`).

add003 =
    .label = not a JSON object
    .help-twice = remove one level of quoting: the string itself must start with `{"{"}`
    .help-object = write the settings as an object, such as `"{"{"}\"key\":\"value\"{"}"}"`, or use `""` for the defaults
    .help-quotes = JSON strings take double quotes: write `{"{"}\"key\":\"value\"{"}"}` inside the string, not `{"{"}'key':'value'{"}"}`
    .help-syntax = fix the JSON inside the string; generating it with a JSON encoder (`jsonencode`, `json.dumps`) avoids escaping mistakes
add003-twice = `config`{ $named ->
        [yes] {" "}of addon `{ $addon }`
       *[no] {""}
    } is a JSON object encoded twice
add003-not-object = `config`{ $named ->
        [yes] {" "}of addon `{ $addon }`
       *[no] {""}
    } holds { $kind ->
        [null] `null`
        [boolean] a boolean
        [number] a number
        [string] a string
       *[array] an array
    }, not a JSON object
add003-syntax = `config`{ $named ->
        [yes] {" "}of addon `{ $addon }`
       *[no] {""}
    } is not valid JSON: { $problem } at line { $line } column { $column } of the string

## What the JSON parser found wrong in a `config` string (serde_json's own words in English; src/rules/addons/json_problem.rs)

add003-json =
    .eof-list = EOF while parsing a list
    .eof-object = EOF while parsing an object
    .eof-string = EOF while parsing a string
    .eof-value = EOF while parsing a value
    .expected-colon = expected `:`
    .expected-list-comma = expected `,` or `]`
    .expected-object-comma = expected `,` or `{"}"}`
    .expected-ident = expected ident
    .expected-value = expected value
    .invalid-escape = invalid escape
    .invalid-number = invalid number
    .number-out-of-range = number out of range
    .control-character = control character (\u0000-\u001F) found while parsing a string
    .key-not-string = key must be a string
    .lone-surrogate = lone leading surrogate in hex escape
    .trailing-comma = trailing comma
    .trailing-characters = trailing characters
    .short-hex-escape = unexpected end of hex escape
    .too-deep = recursion limit exceeded
    .other = { $text }

## ADD004 invalid-addon-config-setting

add004-unknown = `config` of addon `{ $name }` has an unknown setting `{ $key }`
    .label = unknown setting
    .help-guess = did you mean `{ $guess }`? keys are case-sensitive
    .help = the documented settings are { $keys }; ignore this warning if the component accepts `{ $key }`
add004-boolean = `config` of addon `{ $name }` sets `{ $key }` to the boolean { $value }
    .label = boolean instead of string
    .help = write `"{ $key }":"{ $value }"`: this setting takes the string `"true"` or `"false"`
add004-not-switch = `config` of addon `{ $name }` sets `{ $key }` to { $value }
    .label = not "true" or "false"
    .help = `{ $key }` takes the string `"true"` or `"false"`
add004-not-allowed = `config` of addon `{ $name }` sets `{ $key }` to { $value }
    .label = value not allowed
    .help-guess = did you mean `{ $guess }`? `{ $key }` takes { $choices }
    .help = `{ $key }` takes { $choices }

## ADD005 csi-addon-incomplete

add005 = addon `{ $present }` is listed without `{ $missing }`
    .label = needs `{ $missing }`
    .help = add `{"{"}"name": "{ $missing }"{"}"}` to `addons`, or remove `{ $present }` if the cluster needs no CSI storage
    .fix = add `{ $missing }` to `addons`

## ADD006 csi-conflicts-with-flexvolume

add006 = addon `flexvolume` is listed together with the CSI addon `{ $name }`
    .label = legacy storage plugin
    .label-csi = CSI component `{ $name }`
    .help = remove `flexvolume` and keep the CSI pair `csi-plugin` and `csi-provisioner`

## ADD007 log-addon-missing

add007 = no log component (`logtail-ds` or `loongcollector`) is installed, so cluster auditing is unavailable
    .label = no log component
    .help = add `{"{"}"name": "logtail-ds"{"}"}`, with `sls_project_name` in its `config` to use an existing Log Service project

# `addons` 规则组（src/rules/addons/）：组件名称、组件的 `config` 字符串，以及相互冲突的组件组合。

## 多条组件规则共用的文字

addons-label-component = 组件
addons-label-disabled = `{ $name }` 已禁用

## ADD001 duplicate-addon-name

add001 = 组件 `{ $name }` 出现了两次：`addons[{ $first }]` 和 `addons[{ $index }]`
    .label = 重复出现在此处
    .label-first = 首次出现在此处
    .help = 只保留一项 `{ $name }`，并将两项的设置合并到它的 `config` 中
    .fix = 删除 `addons[{ $index }]`，它与 `addons[{ $first }]` 完全相同

## ADD002 unknown-addon-name

add002 = 未知的组件 `{ $name }`
    .label = 不是已知的组件
    .help = 请调用 ListAddons 接口核对名称；如果名称无误，请将它加入 acklint.toml 的 `[known] addons`
    .help-guess = 是否应为 `{ $guess }`？请调用 ListAddons 接口核对名称；如果名称无误，请将它加入 acklint.toml 的 `[known] addons`

## ADD003 addon-config-not-json-object
## 组件有名称（`$addon`）时 `$named` 为 `yes`。

add003 =
    .label = 不是 JSON 对象
    .help-twice = 请去掉一层引号转义：字符串本身必须以 `{"{"}` 开头
    .help-object = 请把设置写成对象，例如 `"{"{"}\"key\":\"value\"{"}"}"`；使用默认设置时可写 `""`
    .help-quotes = JSON 字符串要用双引号：在字符串中写 `{"{"}\"key\":\"value\"{"}"}`，而不是 `{"{"}'key':'value'{"}"}`
    .help-syntax = 请修正字符串中的 JSON；用 JSON 编码函数（`jsonencode`、`json.dumps`）生成它可以避免转义错误
add003-twice = { $named ->
        [yes] 组件 `{ $addon }` 的 `config`
       *[no] `config`
    } 是被编码了两次的 JSON 对象
add003-not-object = { $named ->
        [yes] 组件 `{ $addon }` 的 `config`
       *[no] `config`
    } 中是{ $kind ->
        [null] {" "}`null`
        [boolean] 布尔值
        [number] 数字
        [string] 字符串
       *[array] 数组
    }，不是 JSON 对象
add003-syntax = { $named ->
        [yes] 组件 `{ $addon }` 的 `config`
       *[no] `config`
    } 不是合法的 JSON（字符串第 { $line } 行第 { $column } 列）：{ $problem }

## JSON 解析器在 `config` 字符串中发现的问题（src/rules/addons/json_problem.rs）

add003-json =
    .eof-list = 数组还没有结束，字符串就结束了
    .eof-object = 对象还没有结束，字符串就结束了
    .eof-string = 字符串值还没有结束（缺少结尾的引号），内容就结束了
    .eof-value = 值还没有写完，内容就结束了
    .expected-colon = 此处应为 `:`
    .expected-list-comma = 此处应为 `,` 或 `]`
    .expected-object-comma = 此处应为 `,` 或 `{"}"}`
    .expected-ident = 此处应为 `true`、`false` 或 `null`
    .expected-value = 此处应为一个值
    .invalid-escape = 转义序列无效
    .invalid-number = 数字无效
    .number-out-of-range = 数字超出范围
    .control-character = 字符串中含有控制字符（\u0000-\u001F）
    .key-not-string = 键不是字符串（键必须用双引号括起来）
    .lone-surrogate = 十六进制转义中有不成对的代理项
    .trailing-comma = 多余的尾随逗号
    .trailing-characters = JSON 之后还有多余的字符
    .short-hex-escape = 十六进制转义不完整
    .too-deep = 嵌套层数过多
    .other = `{ $text }`

## ADD004 invalid-addon-config-setting

add004-unknown = 组件 `{ $name }` 的 `config` 中有未知的设置 `{ $key }`
    .label = 未知的设置
    .help-guess = 是否应为 `{ $guess }`？键名区分大小写
    .help = 文档记载的设置为 { $keys }；如果该组件确实接受 `{ $key }`，可以忽略此警告
add004-boolean = 组件 `{ $name }` 的 `config` 将 `{ $key }` 设为布尔值 { $value }
    .label = 应为字符串而不是布尔值
    .help = 请写作 `"{ $key }":"{ $value }"`：该设置的取值是字符串 `"true"` 或 `"false"`
add004-not-switch = 组件 `{ $name }` 的 `config` 将 `{ $key }` 设为 { $value }
    .label = 不是 "true" 或 "false"
    .help = `{ $key }` 的取值是字符串 `"true"` 或 `"false"`
add004-not-allowed = 组件 `{ $name }` 的 `config` 将 `{ $key }` 设为 { $value }
    .label = 不允许的值
    .help-guess = 是否应为 `{ $guess }`？`{ $key }` 的取值为 { $choices }
    .help = `{ $key }` 的取值为 { $choices }

## ADD005 csi-addon-incomplete

add005 = 列出了组件 `{ $present }`，却没有列出 `{ $missing }`
    .label = 需要 `{ $missing }`
    .help = 请将 `{"{"}"name": "{ $missing }"{"}"}` 加入 `addons`；如果集群不需要 CSI 存储，也可以删除 `{ $present }`
    .fix = 将 `{ $missing }` 加入 `addons`

## ADD006 csi-conflicts-with-flexvolume

add006 = 组件 `flexvolume` 与 CSI 组件 `{ $name }` 同时出现在列表中
    .label = 旧版存储插件
    .label-csi = CSI 组件 `{ $name }`
    .help = 请删除 `flexvolume`，保留 CSI 的一对组件 `csi-plugin` 和 `csi-provisioner`

## ADD007 log-addon-missing

add007 = 未安装日志组件（`logtail-ds` 或 `loongcollector`），无法使用集群审计功能
    .label = 没有日志组件
    .help = 请添加 `{"{"}"name": "logtail-ds"{"}"}`；如需使用已有的日志服务 Project，请在其 `config` 中设置 `sls_project_name`

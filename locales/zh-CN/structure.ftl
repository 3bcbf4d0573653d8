# 结构检查（SCH001…SCH006）：按规范的 schema、取值目录和取值范围检查请求体。
# 约定见 CONTRIBUTING.md 的 "Messages and languages"，用词见 locales/GLOSSARY.md。

## 消息中 JSON 类型的叫法：句中需要时带量词（“必须是字符串”），放在值前时不带（“实际为字符串 `x`”），
## 以及从不显示内容的敏感值替代说法。

structure-type =
    .string = 字符串
    .integer = 整数
    .number = 数值
    .boolean = 布尔值
    .object = 对象
    .array = 数组
    .null = 空值 `null`
    .array-of-strings = 字符串数组
    .array-of-integers = 整数数组
    .array-of-objects = 对象数组
structure-kind =
    .string = 字符串
    .integer = 整数
    .number = 数值
    .boolean = 布尔值
    .object = 对象
    .array = 数组
    .null = 空值 `null`
structure-found = { $kind } { $value }
structure-secret = { $type_name }（敏感信息，不予显示）
structure-use = 请使用{ $what }
structure-example = ，例如 `{ $example }`

## SCH001 wrong-type

sch001 = `{ $name }` 必须是{ $expected }，实际为{ $found }
    .label = 此处为{ $kind }
    .help-unquote-number = 去掉数字两边的引号：`{ $number }`
    .help-unquote-boolean = 去掉 `{ $value }` 两边的引号
    .help-boolean-string = 该字段要求带引号的字符串 `"{ $value }"`
    .help-number-string = 该字段要求把数字写成字符串：`"{ $number }"`
    .help-json-string = 该字段要求把 JSON 对象序列化成字符串：`"{"{"}\"key\":\"value\"{"}"}"`
    .help-wrap-string = 将其放入列表：`["{ $value }"]`
    .help-key-value = 将每一项写成列表中的 `key`/`value` 对象：{ $example }
    .help-wrap-object = 将该对象放入列表：`[{"{"}…{"}"}]`
    .help-tolerated = { $help }；SDK 取字符串，但另一个阿里云来源取整数
    .fix-quote-number = 给数字加上引号：`"{ $number }"`
    .fix-quote-boolean = 给布尔值加上引号：`"{ $value }"`
    .fix-serialize = 将该对象序列化成 JSON 字符串
    .fix-unquote-number = 去掉数字两边的引号：`{ $number }`
    .fix-unquote-boolean = 去掉 `{ $value }` 两边的引号

## SCH002 unknown-field

sch002 = 顶层有未知字段 `{ $key }`
    .label = 不是 CreateCluster 接口的字段
    .help = 请删除该字段；接口会忽略或拒绝它不认识的键
    .fix = 将 `{ $key }` 改名为 `{ $field }`
sch002-in = `{ $name }` 中有未知字段 `{ $key }`

## 未知键最可能是什么（src/suggest.rs）。

suggest-key =
    .alias = 是否应为 `{ $field }`？`{ $key }` 是其他工具对它的叫法
    .case = 是否应为 `{ $field }`？键区分大小写
    .typo = 是否应为 `{ $field }`？
    .ambiguous = 是否应为 { $fields }？
    .deeper = `{ $key }` 应位于 `{ $name }` 中
    .elsewhere = `{ $key }` 不是此处的字段；请求体中对应的字段是 `{ $name }`

## SCH003 missing-required-field

sch003 = 缺少必填字段 `{ $key }`
    .label = 缺少 `{ $key }`
    .help = 请添加 `"{ $key }"`：{ $description }
    .help-bare = 请添加 `"{ $key }"`
    .help-waiver = { $help }；仅当{ $condition }时才可省略
    .help-soft = { $help }；API 模型称其为必填，但服务端有默认值，因此只作为警告
sch003-in = `{ $name }` 缺少必填字段 `{ $key }`
sch003-empty = 必填字段 `{ $key }` 为空
    .label = 为空
sch003-waiver =
    .vpc-auto-created = 托管版集群让服务端创建 VPC（指定了可用区 `zone_ids`，或旧字段 `zone_id`、`zoneid`，且未指定 `vpcid`）

## SCH004 invalid-enum-value

sch004 = `{ $name }` 必须是 { $allowed }，实际为 { $value }
    .label = 不是允许的取值
    .help-guess = 是否应为 `{ $token }`？
    .help-list = 请使用以下取值之一：{ $tokens }
    .help-use = 请使用 { $allowed }
    .fix = 将 `{ $value }` 改为 `{ $token }`
sch004-one-of =
    .two = { $first } 或 { $second }
    .many = { $list } 之一
sch004-token = `{ $token }`（{ $doc }）
sch004-disputed = `{ $name }` 的值 `{ $value }` 可能被拒绝：{ $reason }
    .label = 有争议的取值
    .help = 请使用各来源都接受的取值：{ $tokens }
    .reason = 各来源对接口是否接受该值说法不一（见 `acklint explain SCH004`）
sch004-unknown = `{ $name }` 的值 `{ $value }` 不在 acklint 已知的取值中
    .label = 未知取值
    .help = { $guess }已知取值：{ $tokens }；如果 `{ $value }` 是新推出的取值，请在 acklint.toml 的 `[known] { $catalog }` 中添加
    .guess = 是否应为 `{ $token }`？

## SCH005 value-out-of-range

sch005 = `{ $name }` 必须{ $bounds }，实际为 { $value }
    .label = 超出范围
    .help = 请选择{ $bounds }的值
sch005-bounds =
    .between = 在 { $low } 到 { $high } 之间
    .at-least = 不小于 { $low }
    .at-most = 不大于 { $high }
    .any = 在允许范围内
sch005-length = `{ $name }` 的长度必须{ $length }，实际为 { $count } 个字符
    .label = 长度不符
    .help = 请使长度{ $length }
sch005-length-secret = `{ $name }` 的长度必须{ $length }
sch005-lengths =
    .between = 为 { $low } 到 { $high } 个字符
    .at-least = 不少于 { $low } 个字符
    .at-most = 不超过 { $high } 个字符
    .any = 符合要求
sch005-items-min = `{ $name }` 至少需要 { $limit } 项，实际为 { $count } 项
    .label = { $count } 项
    .help = 请为 `{ $name }` 提供至少 { $limit } 项
sch005-items-max = `{ $name }` 最多只能有 { $limit } 项，实际为 { $count } 项
    .help = 请为 `{ $name }` 提供最多 { $limit } 项
sch005-disputed = `{ $name }` 的值 { $value } 超过 { $soft }，各来源对上限说法不一
    .label = 有争议的范围
    .help = 部分来源只允许不超过 { $soft }；除非确认服务端接受更大的值，请不要超过 { $soft }
    .help-hard = 部分来源只允许不超过 { $soft }，另一些允许到 { $high }；除非确认服务端接受更大的值，请不要超过 { $soft }

## SCH006 invalid-format

sch006 = `{ $name }` 的格式无效：{ $value }
    .label = 不符合要求的格式
    .help-unknown = 请检查取值的格式
sch006-disputed = `{ $name }` 的格式被部分来源拒绝：{ $value }
    .label = 有争议的格式
    .help = { $help }；各来源对接口是否接受这种写法说法不一（见 `acklint explain SCH006`）

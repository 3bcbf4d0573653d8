# acklint.toml 中的错误（src/config/load.rs）：属于用法错误，显示在文件名、行号和列号之后。

config-cannot-read = 无法读取该文件：{ $error }
# TOML 解析器自己的说明（保持英文）。
config-syntax = 不是有效的 TOML：{ $detail }
config-unknown-selector = `{ $selector }` 不是任何规则、代码前缀或规则组的名称；运行 `acklint rules` 可查看全部名称
config-unknown-selector-short = `{ $selector }` 不是任何规则、代码前缀或规则组的名称
config-bad-severity = `{ $value }` 不是严重级别：请使用 error、warning 或 info
config-bad-cidr = `{ $value }` 不是 IPv4 CIDR，应形如 10.0.0.0/8
config-unknown-catalogue = acklint 没有名为 `{ $name }` 的取值目录：请使用 { $catalogues } 之一
config-empty-token = 已知取值不能为空
config-empty-reason = 请说明接受该问题的原因：`reason` 为空
config-missing-reason = 每个忽略项（`[[ignore]]`）都需要填写 `reason`
config-empty-rules = 请在 `rules` 中列出该忽略项接受的代码
config-bad-glob = `{ $value }` 不是有效的 glob 模式：{ $error }
config-bad-pointer = `{ $value }` 不是 JSON Pointer：它应以 `/` 开头（或为空）
config-bad-date = `{ $value }` 不是 YYYY-MM-DD 格式的日期

## 关于 acklint.toml 中忽略项的问题（CFG001、CFG002）。

cfg001 = { $rules } 的忽略项已于 { $date } 过期
    .label = 已过期
    .help = 请修复该问题；如果理由“{ $reason }”仍然成立，也可以推迟 `expires`
cfg002 = { $rules } 的忽略项没有匹配到任何问题
    .label = 未使用
    .help = 请删除该忽略项：它所接受的问题已经不存在，或者它的 `files`/`pointer` 已不再匹配

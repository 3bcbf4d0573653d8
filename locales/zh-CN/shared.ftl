# 多条消息共用的片段：列表、节点池的称呼、输入输出错误。
# 约定见 CONTRIBUTING.md 的 "Messages and languages"，用词见 locales/GLOSSARY.md。

## 列表：`a`、`a 和 b`、`a、b 和 c`（由 src/i18n/fragments.rs 拼接）。

list-separator = 、
list-and = { $head } 和 { $last }
list-or = { $head } 或 { $last }

## 消息中节点池的称呼。

pool-named = 节点池 `{ $name }`
pool-unnamed = `nodepools[{ $index }]`

## 常见的输入输出错误（其他错误按系统给出的原文显示）。

io-not-found = 文件或文件夹不存在
io-permission-denied = 没有访问权限
io-is-a-folder = 这是一个文件夹
io-already-exists = 该文件已存在
io-invalid-data = 内容不是 UTF-8 文本

# 命令行自身输出的文字和错误（src/bin/acklint/），以及语言服务器的提示。
# 选项（--fix）、命令（`acklint rules`）、文件名和代码在任何语言中都保持原样。

## 语言选择

lang-unknown = acklint 不支持语言 `{ $name }`：请使用 `en` 或 `zh`
cli-lang-env = { $var }：{ $error }

## 错误（前面带 `acklint: `，退出码为 2）

cli-cannot-read = 无法读取 { $path }：{ $error }
cli-cannot-read-stdin = 无法读取标准输入：{ $error }
cli-cannot-write = 无法写入 { $path }：{ $error }
cli-cannot-write-output = 无法写入输出：{ $error }
cli-cannot-read-cwd = 无法读取当前文件夹：{ $error }
cli-no-project-root = --project-root { $path }：文件夹不存在
cli-unsafe-fixes-alone = --unsafe-fixes 只指定要应用哪些修复：请同时加上 --fix，或先用 --diff 查看修复内容
cli-bad-glob = --glob `{ $pattern }` 无效：{ $error }
cli-no-files = 在 { $paths } 中没有与 { $patterns } 匹配的文件
cli-unknown-check = 没有名为 `{ $code }` 的规则或检查；运行 `acklint rules` 可列出全部规则和检查
cli-vswitch-cidr-form = 请写成 ID=CIDR 的形式，例如 vsw-abc=10.1.0.0/24
cli-vswitch-cidr-bad = `{ $cidr }` 不是 IPv4 CIDR，应形如 10.1.0.0/24

## `acklint check`：问题列表之后的几行

cli-summary = 已检查 { $files } 个文件：{ $errors } 个错误，{ $warnings } 个警告，{ $infos } 条提示{ $ignored ->
        [0] {""}
       *[other] （另有 { $ignored } 个问题被 acklint.toml 忽略）
    }
cli-skipped = 跳过了 { $count } 个 JSON 文件：它们看起来不是 CreateCluster 请求体（如仍要检查，请直接指定文件，或使用 --glob）
cli-statistics-heading = 各规则的问题数：

## `--fix` 和 `--diff`

cli-fix-nothing = 没有可修复的问题
cli-fix-fixed = 已修复 { $files } 个文件中的 { $count } 个问题
cli-fix-would-fix = 可修复 { $files } 个文件中的 { $count } 个问题
cli-fix-diff-more = { $done }（加上 --unsafe-fixes 还可修复 { $fixable } 个）
cli-fix-left = { $done }；剩余 { $remaining } 个问题
cli-fix-left-unsafe = { $done }；剩余 { $remaining } 个问题，其中 { $fixable } 个可用 --unsafe-fixes 修复
cli-fixable-safe = 有 { $count } 个问题可用 --fix 修复
cli-fixable-unsafe = 有 { $count } 个问题可用 --fix --unsafe-fixes 修复
cli-fixable-both = 有 { $count } 个问题可用 --fix 修复（加上 --unsafe-fixes 还可修复 { $fixable } 个）

## `acklint init`

cli-wrote = 已写入 { $path }
cli-placeholder-hint = 请把 { $count } 个占位符替换为您自己的 ID（{ $fields }），然后运行 `acklint check { $target }`，它会逐一报告尚未替换的占位符

## 语言服务器

lsp-config-error = { $error }（在修正之前使用默认设置）
lsp-help = 建议：{ $help }
lsp-quick-fix = { $fix }（{ $code }）
lsp-quick-fix-unsafe = { $fix }（{ $code }，不安全：会改变请求体要求的内容）
lsp-completion-disputed = 有争议：{ $reason }
# 悬停提示和补全：规范对字段的说明。
lsp-hover-type =
    .string = 字符串
    .integer = 整数
    .number = 数值
    .boolean = 布尔值
    .object = 对象
    .array-of-strings = 字符串数组
    .array-of-integers = 整数数组
    .array-of-objects = 对象数组
lsp-hover-deprecated = **已废弃。**
    .use = **已废弃**：请改用 { $fields }。
lsp-hover-or = {" 或 "}
lsp-hover-default = 默认值：`{ $default }`
lsp-hover-range = 取值范围：{ $min }–{ $max }
lsp-hover-values = 取值：{ $values }
    .head = 取值：
    .known = 已知取值（随 ACK 版本增加）：
lsp-fix-all = 用安全修复修正 { $count } 个问题（acklint）

## human 格式：问题帮助下方的几行（src/render/human.rs）

render-see-explain = 详见 `acklint explain { $code }`
render-fix-safe = 修复（安全）：{ $fix }
render-fix-unsafe = 修复（不安全）：{ $fix }

## 规则文档页面：`acklint explain`、`acklint rules`、docs/rules/（src/rules/docs.rs）

docs-column-code = 代码
docs-column-name = 名称
docs-column-group = 规则组
docs-column-severity = 严重级别
docs-column-default-severity = 默认严重级别
docs-column-fix = 修复
docs-column-summary = 摘要
docs-fix-none = 无
docs-fix-safe = 安全（`--fix`）
docs-fix-unsafe = 不安全（`--fix --unsafe-fixes`）
docs-fix-mixed = 视问题而定，安全或不安全
docs-fix-word-none = 无
docs-fix-word-safe = 安全
docs-fix-word-unsafe = 不安全
docs-fix-word-mixed = 安全或不安全
docs-index-title = acklint 规则
docs-index-intro = 由规则源码（`src/rules/`）和内置检查（`src/checks.rs`）生成；`acklint explain CODE --lang zh` 输出相同的页面。尚未翻译的规则链接到英文页面，英文索引见 [../README.md](../README.md)。
docs-english-only = `{ $name }` 还没有中文页面，以下为英文页面

# SARIF：仅在 --unsafe-fixes 下应用的修复的说明。
render-sarif-unsafe = { $fix }（不安全）

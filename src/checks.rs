//! The built-in checks on syntax and structure (the cross-field rules live in `rules/`).

use crate::diagnostic::{Diagnostic, Severity};
use crate::fix::FixAvailability;

/// Identity and documentation of a check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Check {
    /// Stable code, never reused.
    pub code: &'static str,
    /// Kebab-case name that names the defect.
    pub name: &'static str,
    /// Default severity.
    pub severity: Severity,
    /// Whether its findings carry fixes, and of which kind.
    pub fix: FixAvailability,
    /// One line on what it finds.
    pub summary: &'static str,
    /// Why it matters and what to do, in Markdown.
    pub docs: &'static str,
}

impl Check {
    /// `syntax`, `structure` or `config`: the group selectors use for built-in checks.
    pub fn group(&self) -> &'static str {
        match self.code.as_bytes().first() {
            Some(b'J') => "syntax",
            Some(b'S') => "structure",
            _ => "config",
        }
    }

    /// A finding of this check.
    pub fn diagnostic(&self, message: impl Into<String>) -> Diagnostic {
        Diagnostic::new(self.code, self.name, self.severity, message)
    }
}

macro_rules! checks {
    ($($id:ident = $code:literal, $name:literal, $sev:ident, fix: $fix:ident, $summary:literal, $docs:literal;)*) => {
        $(
            #[doc = $summary]
            pub const $id: Check = Check { code: $code, name: $name, severity: Severity::$sev, fix: FixAvailability::$fix, summary: $summary, docs: $docs };
        )*
        /// Every built-in check, in code order.
        pub const BUILTIN: &[Check] = &[$($id),*];
    };
}

checks! {
    INVALID_JSON = "JSON001", "invalid-json", Error, fix: None, "Text that is not JSON and that acklint cannot repair: no field of the body is checked.",
        "## Why is this bad?\nThe API cannot read the body at all. acklint tolerates the common departures from \
         strict JSON (comments, missing or trailing commas, single quotes) and repairs single slips whose intent is \
         plain (a key written twice, a missing `:`, a stray `,` or `:`, an unquoted word, a wrong or missing \
         closing bracket: see `stray-text`, `missing-colon`, `missing-value` and `unbalanced-brackets`), reporting \
         each one and checking the whole body as its author meant it. This finding is a mistake it cannot repair, \
         such as an unterminated string or text whose meaning it cannot tell, or one slip more than the 64 it \
         repairs in one file. The slips repaired before it are still reported, but no field of the body is \
         checked until this one is fixed.\n\n## What to do\nFix the syntax at the marked position and run \
         acklint again.\n\n## Fix\nNone: acklint could not tell what the text means, so there is nothing it \
         could write in its place without guessing.";
    JSON_COMMENT = "JSON002", "json-comment", Error, fix: Safe, "A comment, which strict JSON does not allow.",
        "## Why is this bad?\nThe API takes strict JSON (RFC 8259), which has no comments; the request is rejected \
         before any field is read. Comments often come from copying the API reference's request example, which \
         itself carries `//` comments: the reference's example cannot be sent as it is.\n\n\
         ## What to do\nDelete the comment. Keep notes in a separate file or in your infrastructure code.\n\n\
         ## Fix\nSafe: deletes the comment, and nothing a decoder reads. A comment alone on its lines goes with \
         those lines, a comment at the end of a line with the spaces before it; everything else stays as \
         written.";
    TRAILING_COMMA = "JSON003", "trailing-comma", Error, fix: Safe, "A comma before a closing bracket.",
        "## Why is this bad?\nStrict JSON does not allow a comma after the last member of an object or the last item \
         of an array; the API rejects the body.\n\n## What to do\nDelete the comma.\n\n## Fix\nSafe: deletes the comma, \
         which separates nothing.";
    MISSING_COMMA = "JSON004", "missing-comma", Error, fix: Safe, "Two members or items without a comma between them.",
        "## Why is this bad?\nThe API rejects the body. The API reference's own request example has this mistake \
         after `keep_instance_name`.\n\n## What to do\nInsert a comma where acklint points.\n\n## Fix\nSafe: inserts \
         the `,` right after the value before it (or puts it in place of a `;` typed for it). acklint already read \
         the two members as separate, so the body means what it was checked as.";
    DUPLICATE_KEY = "JSON005", "duplicate-key", Warning, fix: Unsafe, "A key set twice in one object; only the last one counts.",
        "## Why is this bad?\nJSON decoders keep one of the two values (Go's `encoding/json`, which the service very \
         likely uses, keeps the last, and so does acklint), so the other one is silently lost. It is almost always \
         an editing accident.\n\n## Severity\n`warning`: RFC 8259 only says names *should* be unique, and no source \
         shows the API rejecting a body with a repeated key; the body is accepted with the last value.\n\n\
         ## What to do\nKeep one occurrence with the value you mean.\n\n## Fix\nUnsafe: deletes every occurrence but \
         the last, with its comma and line, so the body keeps the value decoders use today. That value may not be \
         the one you meant: the earlier one may be the correction and the later one the leftover, which only you \
         can tell.";
    NON_STANDARD_JSON = "JSON006", "non-standard-json", Error, fix: Mixed, "Single quotes, bare words, odd numbers or escapes that strict JSON rejects.",
        "## Why is this bad?\nJSON5 and JavaScript accept single-quoted strings, unquoted keys, hexadecimal numbers, \
         `NaN` and extra escapes; the API does not. An unquoted value (`ManagedKubernetes`) or a literal in the \
         wrong case (`True`, `None`) is read as the string or literal it evidently is, so that the rest of the \
         body is still checked.\n\n## What to do\nUse double quotes, quoted keys, decimal numbers, lower-case \
         `true`, `false` and `null`, and the standard escapes only.\n\n## Fix\nEach fix writes exactly the value \
         acklint read, in strict JSON. Safe: single quotes become double quotes (escaping `\"` inside, unescaping \
         `\\'`), a bare key or a bare single word gets its quotes, `True`, `None` and the like become `true`, \
         `null`, a hexadecimal, `+1`, `.5` or `5.` number becomes plain decimal (`5.` becomes `5.0`, the \
         fractional number it was read as), a raw control character in a string becomes its escape, and the \
         escapes `\\'`, `\\xHH`, `\\v`, `\\0` and a `\\` before a line break become their standard \
         form.\n\nUnsafe: quotes around several bare words, or a bare word that starts with a digit (`007` may \
         have been meant as a number).\n\nNo fix: `NaN` and `Infinity` (JSON has no such number), an escape \
         such as `\\d` (meant as a `\\` or as a `d`?), and any change to the characters of a secret value: only \
         its quotes are ever changed.";
    NOT_AN_OBJECT = "JSON007", "body-not-an-object", Error, fix: None, "The body is empty or its top level is not an object.",
        "## Why is this bad?\nA CreateCluster body is one JSON object whose members are the cluster settings.\n\n\
         ## What to do\nStart from `acklint init` or from a file in `examples/`.\n\n## Fix\nNone: the settings \
         the body should hold are yours to write.";
    INPUT_LIMIT = "JSON008", "input-limit", Error, fix: None, "The input is larger or nests deeper than acklint reads.",
        "## Why is this bad?\nA real body is a few kilobytes and nests a handful of levels. acklint refuses inputs \
         over 8 MiB or nested deeper than 64 levels, so that a wrong or hostile file cannot exhaust memory or the \
         stack.\n\n## Severity\n`error`, although it is a limit of acklint, not of the API: nothing past the limit \
         was checked, so letting the file pass would claim a check that did not happen.\n\n## What to do\nCheck \
         that you passed the right file.\n\n## Fix\nNone: nothing past the limit was read.";
    INVALID_ENCODING = "JSON009", "invalid-encoding", Error, fix: None, "The input is not UTF-8.",
        "## Why is this bad?\nJSON must be UTF-8; the API cannot decode other encodings.\n\n## What to do\nSave \
         the file as UTF-8.\n\n## Fix\nNone: which encoding the file is in is not something acklint can tell for \
         sure.";
    TOO_MANY_FINDINGS = "JSON011", "too-many-findings", Warning, fix: None, "A file has more findings than acklint shows for one file.",
        "## Why is this bad?\nPast 500 findings a file is usually not a CreateCluster body at all, or is garbled; \
         printing every finding would only flood the output. The findings shown are the first ones by \
         position.\n\n## What to do\nFix the findings shown and run acklint again.\n\n## Fix\nNone: it is a \
         note on the output, not on the body.";
    BYTE_ORDER_MARK = "JSON010", "byte-order-mark", Warning, fix: Safe, "The input starts with a UTF-8 byte order mark.",
        "## Why is this bad?\nRFC 8259 forbids adding a byte order mark, and strict decoders (such as Go's) reject \
         it.\n\n## What to do\nSave the file as UTF-8 without a byte order mark.\n\n## Fix\nSafe: deletes the three \
         bytes of the mark, which carry no content.";
    STRAY_TEXT = "JSON012", "stray-text", Error, fix: Mixed, "Text that does not belong: a key written twice, a doubled or misplaced `,` or `:`, text after the body.",
        "## Why is this bad?\nThe API rejects the body. These slips come from editing: a key pasted in front of \
         its own value (`\"key_pair\": \"key_pair\": \"prod-key\"`, a slip found even in one of Alibaba Cloud's \
         own managed-cluster samples), a comma typed twice or left behind when a member was deleted, a second \
         object pasted after the first. acklint reads the body without the stray text, reports it, and checks \
         the whole body.\n\n## What to do\nDelete the text the help line quotes.\n\n## Fix\nThe fix deletes what acklint \
         left out to read the body. Safe for a key written twice, a doubled `,` or `:`, a `,` before the first \
         member or between a key and its value, and a `;` before a closing bracket: they hold no content. Unsafe \
         for text after the body (a second object, say): it is content, and deleting it may not be what you \
         want. No fix for text between two `:` after a secret key, which may be part of the secret.";
    MISSING_COLON = "JSON013", "missing-colon", Error, fix: Safe, "A key and its value without a `:` between them, or with `=`, `;` or `,` in its place.",
        "## Why is this bad?\nThe API rejects the body. acklint reads the member as if the `:` were there, \
         reports it, and checks the whole body.\n\n## What to do\nInsert the `:`, or replace the character \
         written in its place.\n\n## Fix\nSafe: inserts the `:` after the key, or puts it in place of the \
         `=`, `;` or `,` typed for it, which is how acklint read the member.";
    MISSING_VALUE = "JSON014", "missing-value", Error, fix: Unsafe, "A key with no value after it.",
        "## Why is this bad?\nThe API rejects the body. A value is often lost when a line is half deleted or \
         a value is still to be filled in. acklint leaves the member out, reports it, and checks the rest of the \
         body, so the structure checks may also report the field as missing.\n\n## What to do\nWrite the \
         value after the `:`, or delete the key.\n\n## Fix\nUnsafe: deletes the key (and its `:` and comma), \
         as acklint read the body. That drops a setting you started to write; the value it should have is yours \
         to choose.";
    UNBALANCED_BRACKETS = "JSON015", "unbalanced-brackets", Error, fix: Mixed, "A closing bracket that does not match, closes nothing, or is missing at the end.",
        "## Why is this bad?\nThe API rejects the body. acklint repairs the bracket when the intent is plain: a \
         `]` typed for a `}` (or the other way round), a closer left out just before the next one, one closer too \
         many, a `}` that ends the body before members that follow it, the last `}` of the body missing, or a \
         closer left out where the indentation plainly comes back out of the bracket. It reports the slip and \
         checks the whole body. Where neither the brackets nor the indentation show where a missing closer \
         belongs, the finding is `invalid-json` instead.\n\n## What to do\nInsert, replace or delete \
         the bracket as the help line says; an editor that shows matching brackets helps.\n\n## Fix\nThe fix makes \
         the bracket edit acklint read the body with. Safe where the brackets themselves show it: a wrong closer \
         replaced, a closer left out just before the next one inserted, a closer that closes nothing deleted, \
         the body's last `}` added at the end. Unsafe where it is read from the layout: a closer placed where \
         the indentation comes back out, or the `}` that ended the body early deleted (the members after it \
         could also have belonged deeper).";
    MISSING_QUOTE = "JSON016", "missing-quote", Error, fix: Safe, "A string without its closing or opening quote.",
        "## Why is this bad?\nThe API rejects the body. Without its closing quote a string runs on into the next \
         line and swallows the members after it. JSON strings never hold a raw line break, so acklint ends the \
         string at the end of its line (before a `,` that ends the line), reports it, and checks the whole \
         body.\n\n## What to do\nInsert the quote where the help line says.\n\n## Fix\nSafe: inserts the quote where \
         acklint ended or started the string. No fix inside a secret value: whether trailing spaces or a `,` \
         belong to a password is not for acklint to guess.";
    WRONG_TYPE = "SCH001", "wrong-type", Error, fix: Safe, "A field has the wrong JSON type.",
        "## Why is this bad?\nThe API decodes each field into a fixed type and rejects the request otherwise. Some \
         types are surprising: `node_cidr_mask`, data disk `encrypted` and spot `price_limit` are strings, and \
         `addons[].config` is a JSON object serialized into a string.\n\n## What to do\nFollow the help line; \
         `acklint schema` gives editors the types for completion.\n\n## Fix\nSafe, where the value converts to \
         the field's type without losing anything: a number for a string field is quoted exactly as written \
         (`26` becomes `\"26\"`, `0.39` becomes `\"0.39\"`, never reformatted); `true` or `false` for a string \
         field that takes those words (data disk `encrypted`) is quoted; a string holding a number in its \
         plain spelling loses its quotes for an integer or number field (`\"3\"` becomes `3`), and so do \
         `\"true\"` and `\"false\"` for a boolean field; an object for `addons[].config` becomes its own text, \
         without the spaces between tokens, as a JSON string (keys in their order, numbers and strings as \
         written). The value means the same after the fix, only in the type the API decodes.\n\nNo fix where \
         the reading is not certain: `\"03\"`, `\"3.0\"`, `\" 3\"`, `\"True\"` or `\"yes\"`, an integer string beyond \
         64 bits, a number written other than as strict JSON, an array or `null` for a string, a `config` \
         object with a comment or a key written twice. No fix either when the converted value would break \
         another constraint of the field (`\"10\"` for a disk of at least 20 GiB, `-1` quoted where only \
         digits are allowed): that would only trade one finding for another. Secret fields are never \
         rewritten.";
    UNKNOWN_FIELD = "SCH002", "unknown-field", Warning, fix: Mixed, "A key the API model does not have: a typo, another tool's name, or a field at the wrong level.",
        "## Why is this bad?\nThe API ignores keys it does not know, so the setting you meant silently does not \
         happen. Common causes are Terraform argument names (`vpc_id` for `vpcid`, `pod_cidr` for \
         `container_cidr`), case slips (`performance_Level`) and fields one level too high.\n\n## What to do\n\
         Use the suggested key, or remove it.\n\n## Fix\nRenames the key to the field the help line suggests, \
         keeping the value and its place, when that suggestion is one field of the same object. Safe for \
         another tool's name that acklint's spec records for the field (`vpc_id` → `vpcid`, `pod_cidr` → \
         `container_cidr`), for a difference of case only (`Deletion_Protection`), and for a single slip of the \
         keyboard: one character added, dropped, changed, or two swapped (`contianer_cidr`). Unsafe for a key \
         two or three edits away: it might be a field the API has and acklint does not know yet.\n\nNo fix when \
         the suggestion is not one field (two fields equally close, such as `zone_id` and `zone_ids` for \
         `zone_idz`, or a field of another object or level), when the field is already set, when two unknown \
         keys of the object would both become it, when the key is written twice, or when the value does not \
         meet the field's own type, tokens, bounds or format (the rename would only trade one finding for \
         another). Once renamed, the value is read by the other rules too, and they may report what is wrong \
         with it (an invalid CIDR, say) where before only the unknown key was reported.";
    MISSING_FIELD = "SCH003", "missing-required-field", Error, fix: None, "A field that the API requires is absent.",
        "## Why is this bad?\nThe API rejects a body without it.\n\n## Severity\n`error` for the fields every source \
         requires: the cluster `name` and `region_id`, a node pool's `nodepool_info.name`, `scaling_group.instance_types` \
         and `scaling_group.vswitch_ids`, and `tee_config.tee_enable` (the Go SDK's API model marks them required; \
         the ROS node-pool resource agrees on the pool name).\n\n`warning` where the sources disagree: \
         `scaling_group.instance_charge_type` (the SDK node-pool model calls it required and gives the default \
         `PostPaid` in the same comment), a node pool's `kubernetes_config` (required only for `runtime` and \
         `runtime_version`, which are not enforced; Terraform's docs say the runtime defaults to the cluster's) and \
         `auto_scaling.enable`, `max_instances`, `min_instances` (required in the SDK node-pool model, yet the \
         CreateClusterNodePool SDK and ACK's node-pool reference give defaults).\n\nNot required at all: `vpcid` \
         and a node pool's `scaling_group.vswitch_ids` when a managed cluster asks the service to create the VPC \
         (it names zones in `zone_ids`, or the older `zone_id` or `zoneid`, and no `vpcid`; a dedicated cluster \
         always needs `vpcid`), and `addons`, without which the service installs Flannel.\n\n## What to do\nAdd the \
         field; the help line says what it holds.\n\n## Fix\nNone: only the author knows the value.";
    INVALID_VALUE = "SCH004", "invalid-enum-value", Error, fix: Safe, "A value outside the field's closed set of tokens.",
        "## Why is this bad?\nThe field takes only the listed API tokens, which are case-sensitive and often differ \
         from console display names (`AliyunLinux3`, not `Alibaba Cloud Linux 3`).\n\n## Severity\n`error` for \
         stable closed sets: billing methods, spot strategies, taint effects, runtimes, performance levels \
         `PL0`-`PL3`, `multi_az_policy`, `cluster_type` and the like.\n\n`warning` for vendor catalogues that grow \
         with every release: `image_type`, the disk categories, `cluster_spec`, `profile` and \
         `controlplane_log_components`. acklint's lists trail the service (Terraform already accepted \
         `AliyunLinux4` and three more Alibaba Cloud Linux 4 images before acklint knew them), so a token it does \
         not know gets a \"did you mean\" and the known list, and never fails a build. Add a newer token under \
         `[known]` in `acklint.toml` (for example `image_type = [\"AliyunLinux5\"]`).\n\n`warning` as well for a \
         disputed token: `ip_stack: ipv6`, which the SDK's CreateCluster text offers for dual stack while Terraform \
         accepts only `ipv4` and `dual`.\n\n## What to do\nUse one of the listed tokens.\n\n## Fix\nSafe for a value that is \
         one of the tokens but for its case (`postpaid` → `PostPaid`, `noschedule` → `NoSchedule`, \
         `aliyunlinux3` → `AliyunLinux3`): the tokens are case-sensitive, and a value that matches exactly one \
         of them when case is ignored can mean no other. No fix for any other value, however close the \
         \"did you mean\" guess (`PostPiad`, `cloud_esd`): a guess between readings is the author's choice, and \
         a catalogue value acklint does not know may be a newer token.";
    OUT_OF_RANGE = "SCH005", "value-out-of-range", Error, fix: None, "A number, a length or a list size outside the allowed bounds.",
        "## Why is this bad?\nThe API rejects values outside the documented bounds, sometimes only after creation \
         has started.\n\n## Severity\n`error` outside the bounds the Go SDK and the API reference give (already \
         widened where Terraform or the node-pool SDK is looser).\n\n`warning` where the sources disagree on the \
         upper bound: a data disk above 32767 GiB up to 65536 (the SDK says 32768, Terraform 32767, ECS ESSD disks \
         go up to 65536), and the deprecated `num_of_nodes` from 101 to 300 (the SDK says 100, an old ROS template \
         300).\n\nNo finding for an empty value that means \"not set\": an empty secret such as \
         `\"login_password\": \"\"`, or an empty list (or comma-separated list) of a field the schema does not \
         require. acklint's login rules already read an empty secret as absent.\n\n## What to do\nChoose a value \
         within the bounds in the message.\n\n## Fix\nNone: clamping to the nearest bound would \
         change what the body asks for, and only the author knows the value meant.";
    INVALID_FORMAT = "SCH006", "invalid-format", Error, fix: None, "A string that does not have the field's format.",
        "## Why is this bad?\nThe field's value must follow a fixed format (a number in a string, a port range, a \
         naming pattern) that the API checks.\n\n## Severity\n`error` for Kubernetes label and taint syntax, \
         `cluster_domain` (reference and SDK agree), a data disk's `device` (SDK), and the contents of CIDR, \
         integer and Base64 strings.\n\n`warning` where the sources disagree: a cluster `name` with spaces between \
         words (the reference forbids spaces, yet three of Alibaba Cloud's own samples use them), a data disk's \
         `disk_name` containing `.` (the SDK leaves the period out, ECS disk names allow it) and the deprecated \
         top-level `node_name_mode` (the SDK's own example value does not follow the form Terraform's validators \
         require).\n\nA cluster name that starts with `-` or `_` has the right characters, so this check accepts \
         it; rule NAM001 (cluster-name-leading-separator) reports it.\n\n## What to do\nRewrite the value in the \
         format the help line describes.\n\n## Fix\nNone: a value without its format has no single \
         mechanical rewrite (trimming a space or dropping a character may or may not be what was meant).";
    EXPIRED_IGNORE = "CFG001", "expired-ignore", Error, fix: None, "An ignore in acklint.toml is past its `expires` date.",
        "## Why is this bad?\nAn ignore with an expiry date is a promise to fix the finding by then. Once it has \
         expired it no longer hides the finding, and acklint reports the ignore itself so the promise is not \
         forgotten.\n\n## What to do\nFix the finding and delete the ignore, or move `expires` with a reason \
         that still holds.";
    UNUSED_IGNORE = "CFG002", "unused-ignore", Warning, fix: None, "An ignore in acklint.toml matched no finding in this run.",
        "## Why is this bad?\nAn ignore that matches nothing is stale: the finding was fixed, or the `files` glob or \
         `pointer` no longer match. Left in place it could hide a future finding nobody reviewed.\n\n## What to do\n\
         Delete the ignore.";
}

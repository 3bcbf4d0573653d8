# The syntax checks (JSON001…JSON016): text that is not strict JSON, the slips acklint repairs, and the
# input's encoding and size.
# Conventions: CONTRIBUTING.md, "Messages and languages"; words: locales/GLOSSARY.md.

## The input as a whole.

syntax-not-utf8 = the input is not valid UTF-8 (bad byte at offset { $offset })
    .help = save the file as UTF-8
syntax-too-large = the input is { $size } bytes, more than the limit of { $limit } bytes
    .help = a CreateCluster body is a few kilobytes: check that this is the right file
syntax-byte-order-mark = the input starts with a UTF-8 byte order mark
    .help = save the file without a byte order mark; strict JSON decoders reject it
    .fix = delete the byte order mark
syntax-empty = the input is empty
    .help = a CreateCluster body is one JSON object: start from `acklint init`
syntax-too-deep = objects and arrays nest deeper than { $depth } levels
    .help = a CreateCluster body nests a handful of levels: check for runaway brackets
syntax-not-an-object = the top level is { $found }, not an object
    .help = a CreateCluster body is one JSON object: `{"{"} "name": …, … {"}"}`
syntax-duplicate-key = `{ $key }` is set more than once
    .label = set again here; the last one counts
    .label-first = first set here
    .help = keep one `{ $key }` and delete the others
    .fix = { $count ->
        [one] keep the last `{ $key }` and delete the earlier one
       *[other] keep the last `{ $key }` and delete the { $count } earlier ones
    }

## A parse error acklint cannot repair (JSON001).

syntax-parse =
    .string = invalid string: { $problem }
    .string-help = close the string with `"` and escape `"` and `\` inside it
    .secret-text = unexpected text in a secret value
    .secret-text-help = write the value as a string in double quotes
    .unterminated-object = this object is never closed
    .unterminated-object-help = add the missing `{"}"}`
    .unterminated-array = this array is never closed
    .unterminated-array-help = add the missing `]`
    .close-brace = unexpected `{"}"}`
    .close-brace-help = remove it, or open the object it closes
    .close-bracket = unexpected `]`
    .close-bracket-help = remove it, or open the array it closes
    .expected-colon = expected `:` after this key
    .expected-colon-help = write the member as `"key": value`
    .expected-value = expected a value
    .expected-value-help = put a value after the `:`
    .colon = unexpected `:`
    .colon-help = a `:` only goes between a key and its value
    .comma = unexpected `,`
    .comma-help = remove the extra comma
    .after-root = more text after the end of the top-level value
    .after-root-help = a body is a single JSON object: remove what follows its closing `{"}"}`
    .comment = this comment is never closed
    .comment-help = remove the comment (the API takes no comments)
    .too-deep = objects and arrays nest too deeply
    .too-deep-help = a CreateCluster body nests a handful of levels: check for runaway brackets
    .unexpected = unexpected `{ $found }`
    .unexpected-help = JSON values are strings in double quotes, numbers, true, false, null, objects or arrays
    .other-help = fix the JSON syntax here
    .other = the JSON syntax is not valid here
# What is wrong inside a string. English runs show jsonc-parser's own words, which these repeat; other
# languages use these.
syntax-string-problem =
    .single-quote-escape = invalid escape in single quote string
    .double-quote-escape = invalid escape in double quote string
    .four-hex = expected four hex digits
    .two-hex = expected two hex digits
    .unicode = invalid unicode escape sequence
    .escape = invalid escape
    .unterminated = unterminated string literal

## Departures from strict JSON the tolerant parser read (JSON002, JSON003, JSON004, JSON006).

syntax-comment = comments are not allowed in JSON
    .label = comment
    .help = delete the comment; the API takes strict JSON
    .fix = delete the comment
syntax-trailing-comma = trailing comma before the closing bracket
    .help = delete this `,`
    .fix = delete the `,`
syntax-single-quotes = strings must use double quotes
    .help = replace the single quotes with `"`
    .fix = use double quotes
syntax-secret-unquoted = a secret value is written without quotes
    .help = write it as a string in double quotes
syntax-secret-number = a secret value is not a valid JSON number
syntax-word = `{ $word }` is not valid JSON
    .help = write strings and keys in double quotes: `"{ $word }"`
syntax-key-unquoted = the key `{ $key }` is not in quotes
    .help = write keys in double quotes: `"{ $key }"`
    .fix = quote the key: `{ $quoted }`
syntax-number = `{ $number }` is not a JSON number
    .help = write the number in plain decimal, such as `42` or `0.5`
    .fix = write `{ $number }`
syntax-missing-comma = missing `,` between two members
    .label = `,` expected here
    .help = insert `,` after `{ $after }`
    .help-secret = insert `,` after the secret value
syntax-escape = invalid escape sequence in a string
    .help-unicode = `\u` needs four hex digits
    .help = JSON escapes are \" \\ \/ \b \f \n \r \t and \uXXXX
    .fix-continuation = delete the `\` and the line break after it
    .fix = replace `{ $written }` with `{ $text }`
syntax-control = a string contains a raw control character
    .help = escape it, for example a line break as `\n`
    .fix = write it as `{ $escaped }`

## Slips acklint repairs to read the rest of the body (src/document/slips.rs).

slip-delete = delete `{ $text }`
slip-fix-then = { $first }, then { $then }
slip-repeated-key = the key `{ $key }` is written twice
    .label = written again here
slip-colon-twice = `:` written twice
    .label = second `:`
slip-colon-after-secret = unexpected `:` after the value of `{ $key }`
    .help = delete the text between the two `:`
slip-comma-twice = `,` written twice
    .label = second `,`
slip-comma-first = `,` before the first member
    .label = nothing before it
slip-comma-first-item = `,` before the first item
slip-comma-in-member = `,` between the key `{ $key }` and its value
    .label = unexpected `,`
slip-no-value = `{ $key }` has no value
    .label = no value after this key
    .help = write the value of `{ $key }` after its `:`, or delete `{ $deleted }`
    .fix = delete `{ $key }`, which has no value
slip-comma-for-colon = `,` where `:` belongs after the key `{ $key }`
    .help = replace this `,` with `:`
slip-colon-expected =
    .label = `:` expected here
slip-missing-colon = missing `:` after the key `{ $key }`
    .help = insert `:` after `{ $raw }`
slip-separator-for-colon = `{ $got }` where `:` belongs after the key `{ $key }`
    .help = replace `{ $got }` with `:`
slip-semicolon = unexpected `;`
slip-not-json =
    .label = not JSON
slip-semicolon-for-comma = `;` where `,` belongs
    .label = `,` expected here
    .help = replace `;` with `,`
slip-literal = `{ $raw }` is not a JSON literal
    .help = write `{ $literal }` (JSON literals are lower case)
    .fix = write `{ $literal }`
slip-opening-quote = the string `{ $words }` has no opening quote
    .label = `"` expected here
    .help = insert `"` before `{ $words }`
slip-opening-quote-secret = a string has no opening quote
    .help = insert `"` before it
slip-unquoted-value = the value `{ $words }` is not in quotes
    .help = write `"{ $words }"`
slip-unquoted-key = the key `{ $words }` is not in quotes
slip-unquoted-secret =
    .value = a value is not in quotes
    .key = a key is not in quotes
    .help = put it in double quotes
slip-closer-expected =
    .label = `{ $closer }` expected here
slip-missing-closer = missing `{ $closer }` before this `{ $got }`
    .help = insert `{ $closer }` before this `{ $got }`
slip-not-closed =
    .object = this object is not closed
    .array = this array is not closed
slip-closes-nothing = `{ $got }` closes nothing
    .label = one too many
slip-wrong-closer-object = `{ $got }` closes an object
    .label = the object opens here
slip-wrong-closer-array = `{ $got }` closes an array
    .label = the array opens here
slip-wrong-closer =
    .help = replace `{ $got }` with `{ $closer }`
slip-after-body-closers = { $count ->
        [one] `{ $closers }` closes nothing
       *[other] `{ $closers }` close nothing
    }
    .label = after the end of the body
slip-early-close = this `{"}"}` ends the body before the members after it
    .label = one `{"}"}` too many
    .help = delete one `{"}"}` here: the members after it belong to the body
    .fix = delete this `{"}"}` so that the members after it belong to the body
slip-after-body = text after the end of the body
    .label = after the body's closing bracket
    .help = delete it: a body is a single JSON object
    .fix = delete the text after the body
slip-body-unclosed = the body ends before its closing `{ $closer }`
    .help = add `{ $closer }` at the end of the body
slip-opened-here =
    .label = opened here
slip-indent-object =
    .help = insert `{"}"}` where marked: the indentation shows the object ends there
    .fix = insert `{"}"}` where the indentation shows the object ends
slip-indent-array =
    .help = insert `]` where marked: the indentation shows the array ends there
    .fix = insert `]` where the indentation shows the array ends
slip-string-unclosed = the string `{ $shown }` is not closed
    .help = insert `{ $quote }` after `{ $shown }`
slip-string-unclosed-secret = this string is not closed
    .help = insert `{ $quote }` at the end of its value
slip-quote-expected =
    .label = `{ $quote }` expected here
    .label-open = the string opens here

## JSON011 too-many-findings

syntax-too-many = at least { $count } more findings in this file are not shown
    .help = fix the first { $limit } and run acklint again

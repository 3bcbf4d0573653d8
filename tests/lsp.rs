//! `acklint lsp` driven as an editor drives it: the real binary over standard input and output, with
//! Content-Length framing. Its findings are compared with `acklint check --format json` on the same text.
//! Every wait has a timeout, so a server that hangs fails the test instead of blocking it.

use serde_json::{Value, json};
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const TIMEOUT: Duration = Duration::from_secs(20);

struct Client {
    child: Child,
    stdin: ChildStdin,
    incoming: Receiver<Value>,
    /// Every byte the server sent, for the secret check.
    raw: Arc<Mutex<Vec<u8>>>,
    next_id: i64,
    /// Notifications received while waiting for something else.
    pending: Vec<Value>,
}

impl Client {
    fn start(capabilities: Value, options: Value) -> Client {
        let mut child = Command::new(env!("CARGO_BIN_EXE_acklint"))
            .arg("lsp")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("acklint starts");
        let stdin = child.stdin.take().unwrap();
        let stdout = child.stdout.take().unwrap();
        let raw = Arc::new(Mutex::new(Vec::new()));
        let (tx, incoming) = channel();
        let sink = raw.clone();
        std::thread::spawn(move || {
            let mut reader = BufReader::new(stdout);
            loop {
                let mut length = None;
                let mut header = String::new();
                loop {
                    header.clear();
                    if reader.read_line(&mut header).unwrap_or(0) == 0 {
                        return;
                    }
                    sink.lock().unwrap().extend_from_slice(header.as_bytes());
                    let line = header.trim_end();
                    if line.is_empty() {
                        break;
                    }
                    if let Some(n) = line.strip_prefix("Content-Length: ") {
                        length = n.parse::<usize>().ok();
                    }
                }
                let mut body = vec![0; length.expect("a Content-Length header")];
                if reader.read_exact(&mut body).is_err() {
                    return;
                }
                sink.lock().unwrap().extend_from_slice(&body);
                if tx.send(serde_json::from_slice(&body).expect("a JSON message")).is_err() {
                    return;
                }
            }
        });
        let mut client = Client { child, stdin, incoming, raw, next_id: 0, pending: Vec::new() };
        let root = env!("CARGO_MANIFEST_DIR");
        let init = client.request(
            "initialize",
            json!({ "processId": null, "rootUri": file_uri(Path::new(root)), "capabilities": capabilities,
                    "initializationOptions": options }),
        );
        assert!(init["capabilities"]["hoverProvider"].as_bool().unwrap_or(false), "{init}");
        client.notify("initialized", json!({}));
        client
    }

    fn send(&mut self, message: Value) {
        let body = serde_json::to_vec(&message).unwrap();
        write!(self.stdin, "Content-Length: {}\r\n\r\n", body.len()).unwrap();
        self.stdin.write_all(&body).unwrap();
        self.stdin.flush().unwrap();
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({ "jsonrpc": "2.0", "method": method, "params": params }));
    }

    fn request(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        self.send(json!({ "jsonrpc": "2.0", "id": id, "method": method, "params": params }));
        let deadline = Instant::now() + TIMEOUT;
        loop {
            let message = self.next(deadline).unwrap_or_else(|| panic!("no reply to {method} in time"));
            if message["id"] == json!(id) && message.get("method").is_none() {
                assert!(message.get("error").is_none(), "{method} failed: {message}");
                return message["result"].clone();
            }
            if message.get("id").is_some() && message.get("method").is_some() {
                // A request from the server (the watcher registration): accept it.
                let reply = json!({ "jsonrpc": "2.0", "id": message["id"], "result": null });
                self.send(reply);
            } else {
                self.pending.push(message);
            }
        }
    }

    fn next(&mut self, deadline: Instant) -> Option<Value> {
        let left = deadline.saturating_duration_since(Instant::now());
        self.incoming.recv_timeout(left).ok()
    }

    /// The diagnostics published for `uri` at `version` (waits for them).
    fn diagnostics(&mut self, uri: &str, version: i64) -> Vec<Value> {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            if let Some(i) = self.pending.iter().position(|m| is_publish(m, uri, Some(version))) {
                let m = self.pending.remove(i);
                return m["params"]["diagnostics"].as_array().unwrap().clone();
            }
            let message = self.next(deadline).unwrap_or_else(|| panic!("no diagnostics for {uri} v{version}"));
            self.pending.push(message);
        }
    }

    /// Whether anything was published for `uri` so far (a request first, so that all before it is in).
    fn published_for(&mut self, uri: &str) -> Vec<Value> {
        self.request(
            "textDocument/hover",
            json!({ "textDocument": { "uri": uri }, "position": { "line": 0, "character": 0 } }),
        );
        self.pending.iter().filter(|m| is_publish(m, uri, None)).cloned().collect()
    }

    fn open(&mut self, uri: &str, language: &str, text: &str) {
        self.notify(
            "textDocument/didOpen",
            json!({ "textDocument": { "uri": uri, "languageId": language, "version": 1, "text": text } }),
        );
    }

    fn replace(&mut self, uri: &str, version: i64, text: &str) {
        self.notify(
            "textDocument/didChange",
            json!({ "textDocument": { "uri": uri, "version": version }, "contentChanges": [{ "text": text }] }),
        );
    }

    fn finish(mut self) -> Vec<u8> {
        assert_eq!(self.request("shutdown", Value::Null), Value::Null);
        self.notify("exit", Value::Null);
        let deadline = Instant::now() + TIMEOUT;
        let status = loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                break status;
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                panic!("the server did not exit");
            }
            std::thread::sleep(Duration::from_millis(10));
        };
        assert!(status.success(), "exit after shutdown is status 0, got {status}");
        std::mem::take(&mut *self.raw.lock().unwrap())
    }
}

impl Drop for Client {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn is_publish(m: &Value, uri: &str, version: Option<i64>) -> bool {
    m["method"] == "textDocument/publishDiagnostics"
        && m["params"]["uri"] == uri
        && version.is_none_or(|v| m["params"]["version"] == json!(v))
}

fn file_uri(path: &Path) -> String {
    let mut out = String::from("file://");
    for b in path.to_string_lossy().bytes() {
        if b.is_ascii_alphanumeric() || b"/-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A finding's code, start and end (line, character).
type Found = (String, (u32, u32), (u32, u32));

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// `acklint check --format json` on `text`, as a file in `dir` would be checked: (code, start, end) with
/// LSP positions computed from the byte offsets in the given encoding.
fn check(dir: &Path, text: &str, utf8: bool) -> Vec<Found> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_acklint"))
        .args(["check", "--format", "json", "-"])
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(text.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let position = |offset: usize| {
        let before = &text[..offset];
        let line = before.matches('\n').count() as u32;
        let start = before.rfind('\n').map_or(0, |i| i + 1);
        let col = if utf8 { offset - start } else { text[start..offset].encode_utf16().count() };
        (line, col as u32)
    };
    report["files"][0]["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let span = &d["span"];
            let offset = |p: &str| span[p]["offset"].as_u64().unwrap() as usize;
            (d["code"].as_str().unwrap().to_string(), position(offset("start")), position(offset("end")))
        })
        .collect()
}

fn lsp_findings(diagnostics: &[Value]) -> Vec<Found> {
    let at = |p: &Value| (p["line"].as_u64().unwrap() as u32, p["character"].as_u64().unwrap() as u32);
    // Hints that mark the other keys of a grouped finding are not findings of their own.
    diagnostics
        .iter()
        .filter(|d| d["severity"] != 4)
        .map(|d| (d["code"].as_str().unwrap().to_string(), at(&d["range"]["start"]), at(&d["range"]["end"])))
        .collect()
}

fn sorted<T: Ord>(mut v: Vec<T>) -> Vec<T> {
    v.sort();
    v
}

#[test]
fn a_session_matches_check_and_serves_hover_completion_and_code_actions() {
    let path = repo("examples/broken/typical-mistakes.json");
    let dir = path.parent().unwrap().to_path_buf();
    let text = std::fs::read_to_string(&path).unwrap();
    let uri = file_uri(&path);
    let mut client = Client::start(json!({}), json!({}));
    client.open(&uri, "json", &text);
    let first = client.diagnostics(&uri, 1);
    assert_eq!(sorted(lsp_findings(&first)), sorted(check(&dir, &text, false)));
    let overlap = first.iter().find(|d| d["code"] == "NET001").expect("the overlap is reported");
    assert_eq!(overlap["source"], "acklint");
    assert!(overlap["codeDescription"]["href"].as_str().unwrap().ends_with("/pod-service-cidr-overlap.md"));
    assert_eq!(overlap["relatedInformation"][0]["message"], "pod range");

    // One character typed: the overlap goes away, and the findings follow the new text.
    let changed = text.replace("\"172.20.16.0/20\"", "\"172.21.16.0/20\"");
    assert_ne!(changed, text);
    client.replace(&uri, 2, &changed);
    let second = client.diagnostics(&uri, 2);
    assert_eq!(sorted(lsp_findings(&second)), sorted(check(&dir, &changed, false)));
    assert!(second.iter().all(|d| d["code"] != "NET001"));

    // Hover on a key.
    let line = changed.lines().position(|l| l.contains("\"service_cidr\"")).unwrap() as u32;
    let hover = client.request(
        "textDocument/hover",
        json!({ "textDocument": { "uri": uri }, "position": { "line": line, "character": 5 } }),
    );
    let markdown = hover["contents"]["value"].as_str().unwrap_or_else(|| panic!("{hover} {line}"));
    assert!(markdown.starts_with("**service_cidr** (string)"), "{markdown}");

    // Completion of a key at a fresh member of the top-level object.
    let line = changed.lines().position(|l| l.contains("\"name\"")).unwrap() as u32;
    let mut typing = changed.lines().map(str::to_string).collect::<Vec<_>>();
    typing.insert(line as usize, "  \"vp".to_string());
    let typing = typing.join("\n");
    client.replace(&uri, 3, &typing);
    let items = client.request(
        "textDocument/completion",
        json!({ "textDocument": { "uri": uri }, "position": { "line": line, "character": 5 } }),
    );
    let labels: Vec<&str> = items.as_array().unwrap().iter().map(|i| i["label"].as_str().unwrap()).collect();
    assert!(labels.contains(&"vpcid"), "{labels:?}");
    assert!(!labels.contains(&"cluster_type"), "keys already present are left out");

    // Code actions over the whole document: the fixes (checked in detail by `code_actions_apply_…` below).
    client.replace(&uri, 4, &changed);
    let actions = client.request(
        "textDocument/codeAction",
        json!({ "textDocument": { "uri": uri },
                "range": { "start": { "line": 0, "character": 0 }, "end": { "line": 999, "character": 0 } },
                "context": { "diagnostics": [] } }),
    );
    assert!(!actions.as_array().unwrap().is_empty(), "{actions}");
    for action in actions.as_array().unwrap() {
        assert!(action["edit"]["changes"][&uri].is_array(), "{action}");
    }
    client.finish();
}

#[test]
fn json_that_is_no_request_body_gets_nothing_and_loses_what_it_had() {
    let dir = std::env::temp_dir();
    let uri = file_uri(&dir.join("package.json"));
    let mut client = Client::start(json!({}), json!({}));
    client.open(&uri, "json", r#"{"name": "web", "version": "1.0.0", "dependencies": {"cluster_type": "x"}}"#);
    client.open(&file_uri(&dir.join("tsconfig.json")), "jsonc", r#"{"compilerOptions": {"strict": true}}"#);
    assert_eq!(client.published_for(&uri), Vec::<Value>::new());
    // Typed into a body: findings; typed back: cleared.
    client.replace(&uri, 2, r#"{"cluster_type": "ManagedKubernetes", "service_cidr": "1.2.3"}"#);
    assert!(!client.diagnostics(&uri, 2).is_empty());
    client.replace(&uri, 3, r#"{"name": "web", "version": "1.0.0"}"#);
    assert_eq!(client.diagnostics(&uri, 3), Vec::<Value>::new());
    client.finish();
}

#[test]
fn positions_after_chinese_text_and_emoji_in_both_encodings() {
    let text = "{\n  \"cluster_type\": \"ManagedKubernetes\", \"name\": \"生产集群-😀\",\n  \"region_id\": \"cn-hangzhou\", \"container_cidr\": \"172.20.0.0/16\", \"service_cidr\": \"172.20.16.0/20\", \"node_cidr_mask\": 26\n}\n";
    let dir = std::env::temp_dir();
    for utf8 in [false, true] {
        let encodings = if utf8 { json!(["utf-8", "utf-16"]) } else { json!(["utf-16"]) };
        let mut client = Client::start(json!({ "general": { "positionEncodings": encodings } }), json!({}));
        let uri = "untitled:Untitled-1";
        client.open(uri, "json", text);
        let found = client.diagnostics(uri, 1);
        assert!(found.iter().any(|d| d["code"] == "NET001"));
        assert_eq!(sorted(lsp_findings(&found)), sorted(check(&dir, text, utf8)), "utf8: {utf8}");
        // Hover after the Chinese text, on `region_id` in the next line and `service_cidr` further right.
        let line = text.lines().nth(2).unwrap();
        let byte = line.find("service_cidr").unwrap();
        let character = if utf8 { byte } else { line[..byte].encode_utf16().count() };
        let hover = client.request(
            "textDocument/hover",
            json!({ "textDocument": { "uri": uri }, "position": { "line": 2, "character": character } }),
        );
        assert!(hover["contents"]["value"].as_str().unwrap().starts_with("**service_cidr**"), "{hover}");
        client.finish();
    }
}

#[test]
fn a_password_never_leaves_the_server() {
    const PASSWORD: &str = "Xq7-Sekr3t-Pw9";
    let text = format!(
        "{{\n  \"cluster_type\": \"ManagedKubernetes\", \"name\": \"c\", \"region_id\": \"cn-hangzhou\",\n  \"key_pair\": \"k\", \"login_password\": \"{PASSWORD}\",\n  \"nodepools\": [{{\"nodepool_info\": {{\"name\": \"np\"}}, \"scaling_group\": {{\"key_pair\": \"k\", \"login_password\": {PASSWORD:?}, \"vswitch_ids\": [\"vsw-1\"], \"instance_types\": [\"ecs.g7.xlarge\"]}}}}],\n  \"login_password\": {{\"{PASSWORD}\": 1}}, \"control_plane_config\": {{\"login_password\": '{PASSWORD}\n}}\n"
    );
    let uri = "untitled:secret.json";
    let mut client = Client::start(json!({}), json!({ "locale": "zh-CN" }));
    client.open(uri, "json", &text);
    let found = client.diagnostics(uri, 1);
    // Findings about the password itself: a key pair and a password, the deprecated top-level one, the
    // password set twice, an unclosed quote inside one.
    let codes: Vec<String> = lsp_findings(&found).into_iter().map(|(c, _, _)| c).collect();
    for code in ["LOG001", "LIF001", "JSON005", "JSON016"] {
        assert!(codes.iter().any(|c| c == code), "{code} in {codes:?}");
    }
    let line = text.lines().position(|l| l.contains("\"key_pair\": \"k\", \"login")).unwrap() as u32;
    for character in [3, 20, 40, 45] {
        let at = json!({ "textDocument": { "uri": uri }, "position": { "line": line, "character": character } });
        client.request("textDocument/hover", at.clone());
        client.request("textDocument/completion", at);
    }
    client.request(
        "textDocument/codeAction",
        json!({ "textDocument": { "uri": uri },
                "range": { "start": { "line": 0, "character": 0 }, "end": { "line": 99, "character": 0 } },
                "context": { "diagnostics": [] } }),
    );
    // Requests with unreadable parameters are refused without quoting them.
    client.send(json!({ "jsonrpc": "2.0", "id": 999, "method": "textDocument/hover", "params": { "x": PASSWORD } }));
    let raw = client.finish();
    let raw = String::from_utf8_lossy(&raw);
    assert!(raw.contains("publishDiagnostics"));
    let at = raw.find("Sekr3t").map(|i| &raw[i.saturating_sub(300)..(i + 100).min(raw.len())]);
    assert!(at.is_none(), "the password was sent: {}", at.unwrap_or_default());
}

/// `acklint check` on `text` from standard input with `args`, in `dir`: its standard output.
fn check_stdout(dir: &Path, text: &str, args: &[&str]) -> String {
    let mut child = Command::new(env!("CARGO_BIN_EXE_acklint"))
        .arg("check")
        .args(args)
        .arg("-")
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(text.as_bytes()).unwrap();
    String::from_utf8(child.wait_with_output().unwrap().stdout).unwrap()
}

/// The byte offset of an LSP position in `text` (lines end at `\n`; columns in UTF-8 or UTF-16 units).
fn offset_of(text: &str, position: &Value, utf8: bool) -> usize {
    let line = position["line"].as_u64().unwrap() as usize;
    let character = position["character"].as_u64().unwrap() as usize;
    let start: usize = text.split_inclusive('\n').take(line).map(str::len).sum();
    let rest = text[start..].split('\n').next().unwrap();
    let mut units = 0;
    for (i, c) in rest.char_indices() {
        if units >= character {
            assert_eq!(units, character, "a position inside a character: {position}");
            return start + i;
        }
        units += if utf8 { c.len_utf8() } else { c.len_utf16() };
    }
    assert!(units >= character, "a position past the end of its line: {position}");
    start + rest.len()
}

/// `text` with a WorkspaceEdit's TextEdits for `uri` applied, as an editor applies them: every range refers
/// to the text before the edit, and no two overlap.
fn apply_workspace_edit(text: &str, edit: &Value, uri: &str, utf8: bool) -> String {
    let edits = edit["changes"][uri].as_array().unwrap_or_else(|| panic!("edits for {uri}: {edit}"));
    let mut spans: Vec<(usize, usize, &str)> = edits
        .iter()
        .map(|e| {
            let (s, t) = (offset_of(text, &e["range"]["start"], utf8), offset_of(text, &e["range"]["end"], utf8));
            assert!(s <= t, "{e}");
            (s, t, e["newText"].as_str().unwrap())
        })
        .collect();
    spans.sort_by_key(|&(s, t, _)| (s, t));
    for pair in spans.windows(2) {
        assert!(pair[0].1 <= pair[1].0, "overlapping edits: {edit}");
    }
    let mut out = text.to_string();
    for &(s, t, new) in spans.iter().rev() {
        out.replace_range(s..t, new);
    }
    out
}

/// (code, safe, text after the fix) for every finding of `acklint check --format json` with a fix.
fn check_fixes(dir: &Path, text: &str) -> Vec<(String, bool, String)> {
    let report: Value = serde_json::from_str(&check_stdout(dir, text, &["--format", "json"])).unwrap();
    let mut out = Vec::new();
    for d in report["files"][0]["diagnostics"].as_array().unwrap() {
        let Some(fix) = d["fix"].as_object() else { continue };
        let mut edits: Vec<(usize, usize, &str)> = fix["edits"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                let offset = |p: &str| e["span"][p]["offset"].as_u64().unwrap() as usize;
                (offset("start"), offset("end"), e["replacement"].as_str().unwrap())
            })
            .collect();
        edits.sort_by_key(|&(s, t, _)| (s, t));
        let mut fixed = text.to_string();
        for &(s, t, new) in edits.iter().rev() {
            fixed.replace_range(s..t, new);
        }
        out.push((d["code"].as_str().unwrap().to_string(), fix["applicability"] == "safe", fixed));
    }
    out
}

#[test]
fn code_actions_apply_to_what_check_fix_prints_in_both_encodings() {
    // A comment, a repeated key, `vpc_id`, a number where a string belongs, an unsafe time zone fix, a trailing
    // comma; Chinese text and an emoji before the edits on the same lines, so that columns differ by encoding.
    let text = "{\n  // 生产 cluster 😀\n  \"cluster_type\": \"ManagedKubernetes\", \"name\": \"生产集群😀\", \"region_id\": \"cn-hangzhou\",\n  \"vpc_id\": \"vpc-bp1k3x9q2m7n4w8e5r6t1\", \"vswitch_ids\": [\"vsw-bp1m7d4x9k2q5w8e1r3t6\"],\n  \"container_cidr\": \"172.20.0.0/16\", \"service_cidr\": \"172.21.0.0/20\", \"node_cidr_mask\": 26,\n  \"timezone\": \"Asia/Beijing\", \"name\": \"生产集群😀\",\n}\n";
    code_actions_match_check_fix(text);
    // Windows line ends: the same fixes, positions counted on lines that end at `\r\n`.
    code_actions_match_check_fix(&text.replace('\n', "\r\n"));
}

fn code_actions_match_check_fix(text: &str) {
    let dir = std::env::temp_dir().join(format!("acklint-lsp-actions-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let uri = file_uri(&dir.join("cluster.json"));
    let safe_fixed = check_stdout(&dir, text, &["--fix"]);
    let all_fixed = check_stdout(&dir, text, &["--fix", "--unsafe-fixes"]);
    assert!(!safe_fixed.contains("//") && safe_fixed.contains("\"vpcid\"") && safe_fixed.contains("\"26\""));
    assert!(safe_fixed.contains("Asia/Beijing") && all_fixed.contains("Asia/Shanghai"), "{safe_fixed}{all_fixed}");
    let mut expected = check_fixes(&dir, text);
    let expected_codes: Vec<&str> = expected.iter().map(|(c, _, _)| c.as_str()).collect();
    for code in ["JSON002", "JSON003", "SCH001", "SCH002", "NAM002", "JSON005"] {
        assert!(expected_codes.contains(&code), "{code} has a fix: {expected_codes:?}");
    }
    assert!(expected.iter().any(|(_, safe, _)| !safe), "some fix is unsafe");
    expected.sort();

    for utf8 in [false, true] {
        let encodings = if utf8 { json!(["utf-8", "utf-16"]) } else { json!(["utf-16"]) };
        let mut client = Client::start(json!({ "general": { "positionEncodings": encodings } }), json!({}));
        client.open(&uri, "json", text);
        let published = client.diagnostics(&uri, 1);
        let whole = json!({ "start": { "line": 0, "character": 0 }, "end": { "line": 99, "character": 0 } });
        let ask = |only: Option<Value>| {
            let mut context = json!({ "diagnostics": published });
            if let Some(only) = only {
                context["only"] = only;
            }
            json!({ "textDocument": { "uri": uri }, "range": whole, "context": context })
        };
        let actions = client.request("textDocument/codeAction", ask(None));
        let actions = actions.as_array().unwrap();

        // Each quick fix does what the fix of `acklint check --format json` does, and says whether it is safe.
        let mut quick: Vec<(String, bool, String)> = actions
            .iter()
            .filter(|a| a["kind"] == "quickfix")
            .map(|a| {
                let code = a["diagnostics"][0]["code"].as_str().unwrap().to_string();
                let safe = a["isPreferred"] == true;
                let title = a["title"].as_str().unwrap();
                assert_eq!(title.contains("unsafe"), !safe, "{a}");
                assert!(published.contains(&a["diagnostics"][0]), "the action names a published finding: {a}");
                (code, safe, apply_workspace_edit(text, &a["edit"], &uri, utf8))
            })
            .collect();
        quick.sort();
        assert_eq!(quick, expected, "utf8: {utf8}");

        // Fix-all: exactly what `acklint check --fix -` prints, so no unsafe fix is in it.
        let fix_all: Vec<&Value> = actions.iter().filter(|a| a["kind"] == "source.fixAll.acklint").collect();
        assert_eq!(fix_all.len(), 1, "{actions:?}");
        assert_eq!(apply_workspace_edit(text, &fix_all[0]["edit"], &uri, utf8), safe_fixed, "utf8: {utf8}");

        // Asked only for `source.fixAll` (what editors run on save): the fix-all action alone.
        let on_save = client.request("textDocument/codeAction", ask(Some(json!(["source.fixAll"]))));
        assert_eq!(on_save.as_array().unwrap(), &[fix_all[0].clone()]);
        let quick_only = client.request("textDocument/codeAction", ask(Some(json!(["quickfix"]))));
        assert_eq!(quick_only.as_array().unwrap().len(), quick.len());

        // With the cursor on `26`: its quick fix, and fix-all.
        let line = text.split('\n').position(|l| l.contains("\"node_cidr_mask\": 26")).unwrap();
        let byte = text.split('\n').nth(line).unwrap().find(" 26").unwrap() + 2;
        let cursor = json!({ "line": line, "character": byte });
        let at = json!({ "textDocument": { "uri": uri }, "range": { "start": cursor, "end": cursor },
                         "context": { "diagnostics": [] } });
        let here = client.request("textDocument/codeAction", at);
        let kinds: Vec<(&str, &str)> = here
            .as_array()
            .unwrap()
            .iter()
            .map(|a| (a["kind"].as_str().unwrap(), a["diagnostics"][0]["code"].as_str().unwrap_or("")))
            .collect();
        assert_eq!(kinds, [("quickfix", "SCH001"), ("source.fixAll.acklint", "")]);

        // The fixed text, typed into the editor, has nothing left to fix safely.
        client.replace(&uri, 2, &safe_fixed);
        client.diagnostics(&uri, 2);
        let again = client.request("textDocument/codeAction", ask(None));
        let again = again.as_array().unwrap();
        assert!(again.iter().all(|a| a["kind"] == "quickfix" && a["isPreferred"] == false), "{again:?}");
        assert!(!again.is_empty(), "the unsafe fixes are still offered");

        // Typed back: the fixes are those of the new version, not those worked out for an earlier one.
        client.replace(&uri, 3, text);
        let republished = client.diagnostics(&uri, 3);
        assert_eq!(republished, published);
        let back = client.request("textDocument/codeAction", ask(Some(json!(["quickfix"]))));
        let mut back: Vec<(String, bool, String)> = back
            .as_array()
            .unwrap()
            .iter()
            .map(|a| {
                let code = a["diagnostics"][0]["code"].as_str().unwrap().to_string();
                (code, a["isPreferred"] == true, apply_workspace_edit(text, &a["edit"], &uri, utf8))
            })
            .collect();
        back.sort();
        assert_eq!(back, expected, "utf8: {utf8}");
        client.finish();
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

//! The language server's latency: from a one-character change of the typical broken body
//! (`examples/broken/typical-mistakes.json`, 11 findings) to its diagnostics being ready to send, in-process:
//! the change applied, the configuration looked up, the body linted, the findings converted to LSP and the
//! `publishDiagnostics` notification built (writing it to the pipe is left out).
//!
//! Run with `cargo bench --bench lsp`.

use acklint::__internal::lsp::Server;
use divan::Bencher;
use lsp_server::{Message, Notification};
use serde_json::json;

fn main() {
    divan::main();
}

fn open(utf8: bool) -> (Server, String, String) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/broken/typical-mistakes.json");
    let text = std::fs::read_to_string(&path).unwrap();
    let uri = format!("file://{}", path.display());
    let encodings = if utf8 { json!(["utf-8"]) } else { json!(["utf-16"]) };
    let params = serde_json::from_value(json!({
        "processId": null, "rootUri": null, "capabilities": { "general": { "positionEncodings": encodings } }
    }))
    .unwrap();
    let mut server = Server::new(&params);
    let open = json!({ "textDocument": { "uri": uri, "languageId": "json", "version": 0, "text": text } });
    server.handle(Message::Notification(Notification::new("textDocument/didOpen".into(), open)));
    server.flush();
    assert!(!server.take_outgoing().is_empty(), "the body has findings");
    (server, uri, text)
}

/// One character of the cluster name replaced, alternately `g` → `h` and back: every run is a new version.
fn change(uri: &str, version: i32, text: &str) -> Message {
    let at = text.find("payments-staging").unwrap() + "payments-stagin".len();
    let line = text[..at].matches('\n').count();
    let character = at - text[..at].rfind('\n').map_or(0, |i| i + 1);
    let range = json!({ "start": { "line": line, "character": character },
                        "end": { "line": line, "character": character + 1 } });
    let replacement = if version % 2 == 0 { "g" } else { "h" };
    let params = json!({ "textDocument": { "uri": uri, "version": version },
                         "contentChanges": [{ "range": range, "text": replacement }] });
    Message::Notification(Notification::new("textDocument/didChange".into(), params))
}

#[divan::bench(args = ["utf-16", "utf-8"])]
fn change_to_diagnostics(bencher: Bencher, encoding: &str) {
    let (mut server, uri, text) = open(encoding == "utf-8");
    let mut version = 0;
    bencher
        .with_inputs(|| {
            version += 1;
            change(&uri, version, &text)
        })
        .bench_local_values(|message| {
            server.handle(message);
            server.flush();
            let out = server.take_outgoing();
            assert_eq!(out.len(), 1);
            out
        });
}

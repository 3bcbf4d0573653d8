//! `acklint lsp`: a language server over standard input and output (LSP 3.17, on `lsp-server` and
//! `lsp-types`, synchronous).
//!
//! It publishes every check's and rule's findings for the open request bodies as they are typed, shows the
//! spec's documentation on hover, completes keys and closed sets of values, and offers each finding's fix as
//! a quick fix and the safe ones together as `source.fixAll.acklint`.
//!
//! - Which documents: see [`settings`] (configured patterns, or JSON that looks like a CreateCluster body).
//! - Which settings: see [`store`] (the nearest `acklint.toml`, re-read when it changes).
//! - Positions: see [`positions`] (UTF-8 when the client offers it, else UTF-16).
//! - When findings are made and published: see [`server`].
//! - Secrets: findings, hovers, completions and code actions never hold a secret value; error replies never
//!   quote the request.

pub mod actions;
pub mod completion;
pub mod diagnostics;
pub mod hover;
pub mod locate;
pub mod positions;
pub mod server;
pub mod settings;
pub mod store;
mod uri;

pub use server::Server;

use lsp_server::{Connection, ErrorCode, Message, Response};
use lsp_types::InitializeParams;

/// How a session ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ended {
    /// `exit` after `shutdown`, as the protocol asks.
    Clean,
    /// `exit` without `shutdown`, or the client went away.
    Abrupt,
}

/// Serves one client over standard input and output until it exits, with findings in `lang` whatever the
/// client's locale (`acklint --lang zh lsp`; `None`: the client's).
pub fn run_stdio_in(lang: Option<crate::i18n::Lang>) -> Result<Ended, String> {
    let (connection, io_threads) = Connection::stdio();
    let ended = serve_in(&connection, lang)?;
    drop(connection);
    io_threads.join().map_err(|e| format!("the connection broke: {e}"))?;
    Ok(ended)
}

/// Serves one client over `connection` until it exits (or goes away).
pub fn serve(connection: &Connection) -> Result<Ended, String> {
    serve_in(connection, None)
}

/// [`serve`], with findings and documentation in `lang` when given, whatever the client's locale.
pub fn serve_in(connection: &Connection, lang: Option<crate::i18n::Lang>) -> Result<Ended, String> {
    let Some(mut server) = initialize(connection, lang)? else { return Ok(Ended::Abrupt) };
    let send = |m: Message| connection.sender.send(m).map_err(|_| "the client went away".to_string());
    while let Ok(first) = connection.receiver.recv() {
        // Everything already waiting is handled before linting: a burst of changes is linted once.
        let mut batch = vec![first];
        batch.extend(connection.receiver.try_iter());
        for message in batch {
            if matches!(&message, Message::Notification(n) if n.method == "exit") {
                for m in server.take_outgoing() {
                    send(m)?;
                }
                return Ok(if server.is_shut_down() { Ended::Clean } else { Ended::Abrupt });
            }
            // A reply follows the findings of every change before it.
            if matches!(message, Message::Request(_)) {
                server.flush();
            }
            server.handle(message);
        }
        server.flush();
        for m in server.take_outgoing() {
            send(m)?;
        }
    }
    Ok(Ended::Abrupt)
}

/// Waits for `initialize` (answering other requests with an error that does not quote them), replies, and
/// waits for `initialized`. `None` when the client exits first.
fn initialize(connection: &Connection, lang: Option<crate::i18n::Lang>) -> Result<Option<Server>, String> {
    let send = |m: Message| connection.sender.send(m).map_err(|_| "the client went away".to_string());
    loop {
        let Ok(message) = connection.receiver.recv() else { return Ok(None) };
        match message {
            Message::Request(req) if req.method == "initialize" => {
                let Ok(params) = serde_json::from_value::<InitializeParams>(req.params) else {
                    let error = "invalid parameters for initialize".to_string();
                    send(Response::new_err(req.id, ErrorCode::InvalidParams as i32, error).into())?;
                    continue;
                };
                let server = Server::new_in(&params, lang);
                let result = serde_json::to_value(server.initialize_result()).map_err(|e| e.to_string())?;
                send(Response::new_ok(req.id, result).into())?;
                // `initialized` is handled like any later notification (it registers the file watcher).
                return Ok(Some(server));
            }
            Message::Request(req) => {
                let error = "the server is not initialized yet".to_string();
                send(Response::new_err(req.id, ErrorCode::ServerNotInitialized as i32, error).into())?;
            }
            Message::Notification(n) if n.method == "exit" => return Ok(None),
            _ => {}
        }
    }
}

//! Output that must wait for the end of a run (JUnit's test cases wait for their count, which the document's
//! opening gives): kept in memory while it is small, then in a temporary file, so that memory stays bounded
//! however many files a run checks.

use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Bytes kept in memory before they move to a temporary file.
const IN_MEMORY: usize = 4 << 20;

/// Bytes written now and copied out later, in order.
#[derive(Debug, Default)]
pub(super) struct Held {
    memory: Vec<u8>,
    /// The temporary file, once memory was full (`None` also when no file could be made: then all stays in
    /// memory, which is what a run did before it had files to spill to).
    file: Option<Spill>,
}

/// A temporary file, deleted when dropped.
#[derive(Debug)]
struct Spill {
    file: File,
    path: PathBuf,
}

impl Drop for Spill {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.path);
    }
}

impl Held {
    /// Appends `bytes`.
    pub(super) fn write_all(&mut self, bytes: &[u8]) -> io::Result<()> {
        self.memory.extend_from_slice(bytes);
        if self.memory.len() >= IN_MEMORY {
            if self.file.is_none() {
                self.file = spill();
            }
            if let Some(spill) = &mut self.file {
                spill.file.write_all(&self.memory)?;
                self.memory.clear();
            }
        }
        Ok(())
    }

    /// Writes everything held to `out`, in the order it came.
    pub(super) fn copy_to(self, out: &mut impl Write) -> io::Result<()> {
        if let Some(mut spill) = self.file {
            spill.file.seek(SeekFrom::Start(0))?;
            let mut buffer = vec![0; 64 << 10];
            loop {
                let n = spill.file.read(&mut buffer)?;
                if n == 0 {
                    break;
                }
                out.write_all(&buffer[..n])?;
            }
        }
        out.write_all(&self.memory)
    }
}

/// A new temporary file, readable and writable, or `None` when none can be made.
fn spill() -> Option<Spill> {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let name = format!("acklint-{}-{}.held", std::process::id(), COUNTER.fetch_add(1, Ordering::Relaxed));
    let path = std::env::temp_dir().join(name);
    let file = File::options().read(true).write(true).create_new(true).open(&path).ok()?;
    Some(Spill { file, path })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_is_held_comes_back_in_order_past_the_memory_limit() {
        let mut held = Held::default();
        let chunk: Vec<u8> = (0..=255).cycle().take(300_001).collect();
        let mut expected = Vec::new();
        for i in 0..20u8 {
            let piece: Vec<u8> = chunk.iter().map(|b| b.wrapping_add(i)).collect();
            held.write_all(&piece).unwrap();
            expected.extend(piece);
        }
        assert!(held.file.is_some(), "spilled to a file");
        let path = held.file.as_ref().unwrap().path.clone();
        let mut out = Vec::new();
        held.copy_to(&mut out).unwrap();
        assert!(out == expected, "same bytes, same order");
        assert!(!path.exists(), "the temporary file is gone");
    }
}

//! Stable fingerprints for CI formats (SARIF `partialFingerprints`, GitLab `fingerprint`).
//!
//! FNV-1a 64 over length-prefixed parts: the same inputs give the same hex string on every platform, Rust
//! version and acklint build (std's `DefaultHasher` promises none of that).

use std::collections::HashSet;

const OFFSET_BASIS: u64 = 0xcbf2_9ce4_8422_2325;
const PRIME: u64 = 0x0000_0100_0000_01b3;

/// FNV-1a, 64 bits.
#[derive(Debug, Clone, Copy)]
struct Fnv1a64(u64);

impl Fnv1a64 {
    fn new() -> Fnv1a64 {
        Fnv1a64(OFFSET_BASIS)
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(PRIME);
        }
    }

    /// One part: a presence tag, then the length, then the bytes, so that no two different lists of parts
    /// feed the same bytes (`["ab", "c"]` ≠ `["a", "bc"]`, `None` ≠ `Some("")`).
    fn part(&mut self, part: Option<&str>) {
        match part {
            None => self.write(&[0]),
            Some(s) => {
                self.write(&[1]);
                self.write(&(s.len() as u64).to_le_bytes());
                self.write(s.as_bytes());
            }
        }
    }
}

/// The fingerprint of `parts`: 16 lowercase hex digits.
#[cfg(test)]
pub(crate) fn fingerprint(parts: &[Option<&str>]) -> String {
    Digits::of(hash(parts)).as_str().to_string()
}

fn hash(parts: &[Option<&str>]) -> u64 {
    let mut h = Fnv1a64::new();
    for &p in parts {
        h.part(p);
    }
    h.0
}

/// A fingerprint's 16 lowercase hex digits, without formatting machinery (every SARIF result has one).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Digits([u8; 16]);

impl Digits {
    fn of(hash: u64) -> Digits {
        const HEX: &[u8; 16] = b"0123456789abcdef";
        let mut digits = [0; 16];
        for (i, digit) in digits.iter_mut().enumerate() {
            *digit = HEX[((hash >> (60 - 4 * i)) & 0xf) as usize];
        }
        Digits(digits)
    }

    pub(crate) fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).expect("hex digits are ASCII")
    }
}

/// Hands out fingerprints that are unique within one output.
///
/// The first finding with given parts gets the fingerprint of them; a later finding with the same parts (two
/// comments in one object, say) gets its occurrence number hashed in too, so it stays stable as long as the
/// findings before it do.
#[derive(Debug, Default)]
pub struct Fingerprints {
    /// The hashes given so far (a hash and its digits go one to one).
    given: HashSet<u64>,
}

impl Fingerprints {
    /// A fingerprint of `parts` not given before.
    pub fn next(&mut self, parts: &[Option<&str>]) -> String {
        self.next_digits(parts).as_str().to_string()
    }

    /// [`Fingerprints::next`] as digits.
    pub(crate) fn next_digits(&mut self, parts: &[Option<&str>]) -> Digits {
        let mut candidate = hash(parts);
        let mut occurrence: u64 = 1;
        while !self.given.insert(candidate) {
            occurrence += 1;
            let n = occurrence.to_string();
            let mut with_n = parts.to_vec();
            with_n.push(Some(&n));
            candidate = hash(&with_n);
        }
        Digits::of(candidate)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv1a_64_reference_vectors() {
        let hash = |s: &str| {
            let mut h = Fnv1a64::new();
            h.write(s.as_bytes());
            h.0
        };
        assert_eq!(hash(""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(hash("a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(hash("foobar"), 0x8594_4171_f739_67e8);
    }

    #[test]
    fn parts_do_not_run_together() {
        assert_ne!(fingerprint(&[Some("ab"), Some("c")]), fingerprint(&[Some("a"), Some("bc")]));
        assert_ne!(fingerprint(&[Some("a"), None]), fingerprint(&[Some("a"), Some("")]));
    }

    #[test]
    fn fixed_value() {
        // A change here changes every fingerprint users have stored: bump the `acklint/vN` key instead.
        assert_eq!(fingerprint(&[Some("NET001"), Some("body.json"), Some("/service_cidr")]), "c3d7027f0cf4442b");
        for hash in [0, 1, 0xc3d7_027f_0cf4_442b, u64::MAX] {
            assert_eq!(Digits::of(hash).as_str(), format!("{hash:016x}"));
        }
    }

    #[test]
    fn repeats_get_new_fingerprints() {
        let mut f = Fingerprints::default();
        let parts = [Some("JSON002"), Some("a.json"), Some("")];
        let first = f.next(&parts);
        assert_eq!(first, fingerprint(&parts));
        let second = f.next(&parts);
        let third = f.next(&parts);
        assert_ne!(first, second);
        assert_ne!(second, third);
        assert_ne!(first, third);
    }
}

//! R21: every page of a store file authenticated on every core (issue 19 goal 5;
//! engineering §9).
//!
//! SQLCipher 4 (the defaults the store uses) derives the page key from the passphrase and
//! the 16-byte salt at the start of the file (PBKDF2-HMAC-SHA512, 256,000 rounds), and the
//! HMAC key from the page key (PBKDF2-HMAC-SHA512, 2 rounds, the salt with every byte
//! XOR 0x3a). Every page ends in 80 reserved bytes: a 16-byte IV and a 64-byte
//! HMAC-SHA512 over the encrypted bytes, the IV and the page number (4 bytes, little
//! endian); page 1 starts after the salt. `PRAGMA cipher_integrity_check` checks the same,
//! one page at a time on one core (≈ 380 MB/s here: BENCHMARKS.md, casus backup).
//!
//! A backup checks its byte copy here: the file split over the cores, one keyed HMAC state
//! cloned per page. Only a "yes, every page is authentic" is taken from this check; when it
//! says no (a damaged copy, or a file whose layout is not the default one), SQLCipher's own
//! check gives the verdict. So this can make a backup faster, never let a damaged page pass.

use hmac::{Hmac, Mac};
use sha2::Sha512;
use std::os::unix::fs::FileExt;
use std::path::Path;
use zeroize::Zeroizing;

/// SQLCipher 4's page size, reserve (IV + HMAC) and key derivation (its defaults).
pub(crate) const PAGE: usize = 4096;
const IV: usize = 16;
const RESERVE: usize = IV + 64;
const SALT: usize = 16;
const KDF_ROUNDS: u32 = 256_000;
const HMAC_KDF_ROUNDS: u32 = 2;
const HMAC_SALT_MASK: u8 = 0x3a;
/// SQLite's lock-byte page: the page holding byte 2^30 of the file is never written (a
/// store passes 1 GiB at about 8,000 meetings) and SQLCipher's check skips it too.
const LOCK_PAGE: u32 = (1 << 30) / PAGE as u32 + 1;
/// Pages read per call (256 KiB).
const PAGES_PER_READ: usize = 64;

/// The keys of one store file, derived from its passphrase and salt. Wiped when dropped.
pub(crate) struct PageKeys {
    page_key: Zeroizing<[u8; 32]>,
    hmac_key: Zeroizing<[u8; 32]>,
    salt: [u8; SALT],
}

impl PageKeys {
    /// The keys of the store file at `path` for `passphrase` (one key derivation, as
    /// SQLCipher's open costs). `None` when the file is shorter than its salt.
    pub(crate) fn derive(path: &Path, passphrase: &str) -> std::io::Result<Option<Self>> {
        let mut salt = [0u8; SALT];
        let file = std::fs::File::open(path)?;
        if file.metadata()?.len() < SALT as u64 {
            return Ok(None);
        }
        file.read_exact_at(&mut salt, 0)?;
        let mut page_key = Zeroizing::new([0u8; 32]);
        pbkdf2_sha512(passphrase.as_bytes(), &salt, KDF_ROUNDS, &mut page_key)?;
        let hmac_salt = salt.map(|b| b ^ HMAC_SALT_MASK);
        let mut hmac_key = Zeroizing::new([0u8; 32]);
        pbkdf2_sha512(&*page_key, &hmac_salt, HMAC_KDF_ROUNDS, &mut hmac_key)?;
        Ok(Some(Self {
            page_key,
            hmac_key,
            salt,
        }))
    }

    /// SQLCipher's raw key form with the salt (`x'<key><salt>'`): opens the same file
    /// without deriving the key again.
    pub(crate) fn raw_key(&self) -> Zeroizing<String> {
        let mut s = Zeroizing::new(String::with_capacity(3 + 2 * (32 + SALT)));
        s.push_str("x'");
        for b in self.page_key.iter().chain(self.salt.iter()) {
            push_hex(&mut s, *b);
        }
        s.push('\'');
        s
    }

    /// Whether every page of the file at `path` is authentic under these keys: a whole
    /// number of pages, each HMAC right. Read on `threads` threads, each a run of pages.
    pub(crate) fn all_pages_authentic(&self, path: &Path, threads: usize) -> std::io::Result<bool> {
        let file = std::fs::File::open(path)?;
        let len = file.metadata()?.len();
        if len == 0 || len % PAGE as u64 != 0 {
            return Ok(false);
        }
        let pages = len / PAGE as u64;
        let keyed = <Hmac<Sha512> as Mac>::new_from_slice(&*self.hmac_key)
            .map_err(|_| std::io::Error::other("hmac key"))?;
        let threads = threads.clamp(1, 16) as u64;
        let per_thread = pages.div_ceil(threads);
        std::thread::scope(|scope| {
            let runs: Vec<_> = (0..threads)
                .map(|t| {
                    let (file, keyed) = (&file, &keyed);
                    let first = t * per_thread;
                    let end = (first + per_thread).min(pages);
                    scope.spawn(move || pages_authentic(file, keyed, first, end))
                })
                .collect();
            let mut all = true;
            for run in runs {
                all &= run
                    .join()
                    .unwrap_or_else(|_| Err(std::io::Error::other("page check")))?;
            }
            Ok(all)
        })
    }
}

/// Pages `first..end` (0-based) of `file`, each checked against its HMAC.
fn pages_authentic(
    file: &std::fs::File,
    keyed: &Hmac<Sha512>,
    first: u64,
    end: u64,
) -> std::io::Result<bool> {
    let mut buf = vec![0u8; PAGE * PAGES_PER_READ];
    let mut index = first;
    while index < end {
        let count = usize::try_from((end - index).min(PAGES_PER_READ as u64)).unwrap_or(1);
        let chunk = &mut buf[..count * PAGE];
        file.read_exact_at(chunk, index * PAGE as u64)?;
        for page in chunk.chunks_exact(PAGE) {
            index += 1;
            let Ok(pgno) = u32::try_from(index) else {
                return Ok(false);
            };
            if pgno == LOCK_PAGE {
                continue;
            }
            if !page_authentic(keyed, pgno, page) {
                return Ok(false);
            }
        }
    }
    Ok(true)
}

/// One page's HMAC (see the module docs for the layout), compared in constant time.
fn page_authentic(keyed: &Hmac<Sha512>, pgno: u32, page: &[u8]) -> bool {
    let start = if pgno == 1 { SALT } else { 0 };
    let (covered, mac) = page.split_at(PAGE - RESERVE + IV);
    let mut h = keyed.clone();
    h.update(&covered[start..]);
    h.update(&pgno.to_le_bytes());
    h.verify_slice(mac).is_ok()
}

// The key derivation SQLCipher itself calls, from the libcrypto it is linked with (the
// `bundled-sqlcipher` build links it): the same code gives the same key, and it runs at full
// speed in debug builds too (a generic Rust PBKDF2 is compiled into this crate unoptimised
// there: seconds per backup in the tests).
extern "C" {
    fn PKCS5_PBKDF2_HMAC(
        pass: *const std::ffi::c_char,
        passlen: std::ffi::c_int,
        salt: *const std::ffi::c_uchar,
        saltlen: std::ffi::c_int,
        iter: std::ffi::c_int,
        digest: *const std::ffi::c_void,
        keylen: std::ffi::c_int,
        out: *mut std::ffi::c_uchar,
    ) -> std::ffi::c_int;
    fn EVP_sha512() -> *const std::ffi::c_void;
}

/// PBKDF2-HMAC-SHA512 of `secret` and `salt` into `out` (libcrypto's).
#[allow(unsafe_code)]
fn pbkdf2_sha512(
    secret: &[u8],
    salt: &[u8],
    rounds: u32,
    out: &mut [u8; 32],
) -> std::io::Result<()> {
    let failed = || std::io::Error::other("key derivation");
    let len = std::ffi::c_int::try_from(secret.len()).map_err(|_| failed())?;
    let salt_len = std::ffi::c_int::try_from(salt.len()).map_err(|_| failed())?;
    let rounds = std::ffi::c_int::try_from(rounds).map_err(|_| failed())?;
    // SAFETY: the pointers and lengths describe live slices (`secret`, `salt`, `out` of
    // 32 bytes); `EVP_sha512` returns a static digest description; libcrypto writes at most
    // `keylen` bytes into `out` and keeps no pointer after the call.
    let ok = unsafe {
        PKCS5_PBKDF2_HMAC(
            secret.as_ptr().cast(),
            len,
            salt.as_ptr(),
            salt_len,
            rounds,
            EVP_sha512(),
            32,
            out.as_mut_ptr(),
        )
    };
    if ok == 1 {
        Ok(())
    } else {
        Err(failed())
    }
}

fn push_hex(s: &mut String, b: u8) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    s.push(char::from(HEX[usize::from(b >> 4)]));
    s.push(char::from(HEX[usize::from(b & 0x0f)]));
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use crate::Store;

    fn store_file() -> (tempfile::TempDir, std::path::PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::create(dir.path(), "een lang genoeg wachtwoord").unwrap();
        store.close().unwrap();
        let path = crate::store_path(dir.path());
        (dir, path)
    }

    fn sqlcipher_finds_damage(path: &Path, passphrase: &str) -> bool {
        let conn = crate::open_keyed(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY, passphrase)
            .unwrap();
        let problems = conn
            .prepare("PRAGMA cipher_integrity_check")
            .unwrap()
            .query_map([], |_| Ok(()))
            .unwrap()
            .count();
        problems > 0
    }

    #[test]
    fn r21_page_check_skips_the_lock_byte_page_as_sqlite_does() {
        // Byte 1,073,741,824 (SQLite's pending byte) lies in page 262,145 of 4 KiB pages.
        assert_eq!(u64::from(LOCK_PAGE - 1) * PAGE as u64, 1 << 30);
    }

    #[test]
    fn r21_page_check_agrees_with_sqlcipher_on_a_store_and_on_a_changed_byte() {
        let (_dir, path) = store_file();
        let pass = "een lang genoeg wachtwoord";
        let keys = PageKeys::derive(&path, pass).unwrap().unwrap();
        assert!(!sqlcipher_finds_damage(&path, pass));
        for threads in [1, 2, 3] {
            assert!(
                keys.all_pages_authentic(&path, threads).unwrap(),
                "{threads}"
            );
        }
        // The raw key opens the same file (no second key derivation).
        let raw = keys.raw_key();
        assert!(!sqlcipher_finds_damage(&path, &raw));
        // One changed byte in each page in turn, page 1 included (its salt excepted):
        // both checks find it.
        let bytes = std::fs::read(&path).unwrap();
        let pages = bytes.len() / PAGE;
        assert!(pages >= 3);
        for (pgno, at) in [(1, 100), (2, 5), (pages, PAGE - 1)] {
            let mut changed = bytes.clone();
            changed[(pgno - 1) * PAGE + at] ^= 0x01;
            std::fs::write(&path, &changed).unwrap();
            assert!(!keys.all_pages_authentic(&path, 2).unwrap(), "page {pgno}");
            assert!(sqlcipher_finds_damage(&path, pass), "page {pgno}");
        }
        // A cut-off file and a wrong passphrase are not authentic either.
        std::fs::write(&path, &bytes[..bytes.len() - 10]).unwrap();
        assert!(!keys.all_pages_authentic(&path, 2).unwrap());
        std::fs::write(&path, &bytes).unwrap();
        let wrong = PageKeys::derive(&path, "een ander wachtwoord!")
            .unwrap()
            .unwrap();
        assert!(!wrong.all_pages_authentic(&path, 2).unwrap());
        assert!(keys.all_pages_authentic(&path, 2).unwrap());
    }
}

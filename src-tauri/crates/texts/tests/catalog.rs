//! The catalog's own checks (see the crate docs): every key is used by some other crate,
//! no key is declared twice, and no text is written twice. A key used but missing does not
//! compile, so it needs no test here.
//!
//! A key is a `pub const` or `pub fn` at the top of a module of `src/`. A use is
//! `module::key` (also through `use texts::module as t` / `{self as t}`: `t::key`) or the
//! key inside `use texts::module::{..}`, in a Rust file of the workspace outside this crate
//! and outside tests. A text is a string literal of a key; the same literal in two keys is
//! one thing written twice (the same literal in two arms of one `match` is two things that
//! share a name, e.g. two fields both called "de inbreng").

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

const CRATE_DIR: &str = env!("CARGO_MANIFEST_DIR");

#[derive(Debug)]
struct Key {
    module: String,
    name: String,
    texts: Vec<String>,
}

/// A file without its `#[cfg(test)]` modules (braces matched; test code has balanced
/// braces in its strings too).
fn without_tests(source: &str) -> String {
    let mut out = String::new();
    let mut rest = source;
    while let Some(at) = rest.find("#[cfg(test)]") {
        out.push_str(&rest[..at]);
        let after = &rest[at..];
        let Some(open) = after.find('{') else {
            return out;
        };
        let mut depth = 0usize;
        let mut end = after.len();
        for (i, c) in after[open..].char_indices() {
            match c {
                '{' => depth += 1,
                '}' => {
                    depth -= 1;
                    if depth == 0 {
                        end = open + i + 1;
                        break;
                    }
                }
                _ => {}
            }
        }
        rest = &after[end..];
    }
    out.push_str(rest);
    out
}

fn is_ident(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

fn ident(s: &str) -> String {
    s.chars().take_while(|c| is_ident(*c)).collect()
}

/// The string literals of one line of Rust (plain `"..."` literals; `\` + newline
/// continuations are joined by the caller).
fn literals(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = line.chars().peekable();
    let mut prev = ' ';
    while let Some(c) = chars.next() {
        // Skip char literals such as '"' and line comments.
        if c == '/' && chars.peek() == Some(&'/') {
            break;
        }
        if c == '\'' {
            let rest: String = chars.clone().take(3).collect();
            if rest.starts_with("\\") || rest.chars().nth(1) == Some('\'') {
                while let Some(d) = chars.next() {
                    if d == '\\' {
                        chars.next();
                    } else if d == '\'' {
                        break;
                    }
                }
            }
            prev = c;
            continue;
        }
        if c == '"' && !is_ident(prev) {
            let mut text = String::new();
            while let Some(d) = chars.next() {
                match d {
                    '\\' => {
                        if let Some(e) = chars.next() {
                            text.push('\\');
                            text.push(e);
                        }
                    }
                    '"' => break,
                    _ => text.push(d),
                }
            }
            out.push(text);
        }
        prev = c;
    }
    out
}

/// Every key of the catalog with the texts written in it.
fn keys() -> Vec<Key> {
    let mut out = Vec::new();
    let src = Path::new(CRATE_DIR).join("src");
    let mut files: Vec<PathBuf> = fs::read_dir(&src)
        .expect("src/ of the texts crate")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .collect();
    files.sort();
    for file in files {
        let module = file.file_stem().unwrap().to_string_lossy().into_owned();
        if module == "lib" {
            continue;
        }
        let source = fs::read_to_string(&file).unwrap();
        // Join `\`-continued string lines, as the compiler does.
        let mut joined = String::new();
        let code = without_tests(&source);
        let mut lines = code.lines();
        while let Some(line) = lines.next() {
            let mut line = line.to_owned();
            while line.ends_with('\\') {
                line.pop();
                match lines.next() {
                    Some(next) => line.push_str(next.trim_start()),
                    None => break,
                }
            }
            joined.push_str(&line);
            joined.push('\n');
        }
        // Literals of a private helper belong to no key; they are checked like a key's.
        let mut current: Option<usize> = None;
        for line in joined.lines() {
            let decl = ["pub const ", "pub fn "]
                .iter()
                .find_map(|p| line.strip_prefix(p));
            if let Some(rest) = decl {
                out.push(Key {
                    module: module.clone(),
                    name: ident(rest),
                    texts: Vec::new(),
                });
                current = Some(out.len() - 1);
            } else if ["fn ", "const ", "pub(crate) fn ", "pub(crate) const "]
                .iter()
                .any(|p| line.starts_with(p))
            {
                let rest = line.split_once(' ').map(|(_, r)| r).unwrap_or("");
                let rest = rest.strip_prefix("fn ").unwrap_or(rest);
                let rest = rest.strip_prefix("const ").unwrap_or(rest);
                out.push(Key {
                    module: module.clone(),
                    name: format!("(private) {}", ident(rest)),
                    texts: Vec::new(),
                });
                current = Some(out.len() - 1);
            }
            // In a `match` arm only the value is text: the pattern holds codes and wire
            // names ("consent" => ...).
            let value = line.rsplit_once("=>").map_or(line, |(_, v)| v);
            if let Some(i) = current {
                out[i].texts.extend(literals(value));
            }
        }
    }
    out
}

/// The Rust sources of the workspace outside this crate, tests and build output.
fn workspace_sources() -> Vec<(PathBuf, String)> {
    let root = Path::new(CRATE_DIR).join("../.."); // src-tauri
    let mut out = Vec::new();
    let mut todo = vec![root];
    while let Some(dir) = todo.pop() {
        for entry in fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if path.is_dir() {
                let skip = ["target", "tests", "benches", "node_modules", "gen", "texts"];
                if !skip.contains(&name.as_str()) && !name.starts_with('.') {
                    todo.push(path);
                }
            } else if name.ends_with(".rs") {
                let source = fs::read_to_string(&path).unwrap();
                out.push((path, without_tests(&source)));
            }
        }
    }
    assert!(out.len() > 20, "the workspace scan found too few files");
    out
}

/// Whether `source` contains `prefix::name` as whole words.
fn mentions(source: &str, prefix: &str, name: &str) -> bool {
    let needle = format!("{prefix}::{name}");
    source.match_indices(&needle).any(|(at, _)| {
        let before = source[..at].chars().next_back();
        let after = source[at + needle.len()..].chars().next();
        !before.is_some_and(is_ident) && !after.is_some_and(is_ident)
    })
}

/// The names a file imports from `texts::module::{..}`, and the aliases it gives the module.
fn imports(source: &str, module: &str) -> (BTreeSet<String>, BTreeSet<String>) {
    let mut names = BTreeSet::new();
    let mut aliases = BTreeSet::from([module.to_owned()]);
    let group = format!("texts::{module}::{{");
    for (at, _) in source.match_indices(&group) {
        let rest = &source[at + group.len()..];
        let body = &rest[..rest.find('}').unwrap_or(rest.len())];
        for part in body.split(',') {
            let part = part.trim();
            if let Some(alias) = part.strip_prefix("self as ") {
                aliases.insert(alias.trim().to_owned());
            } else if !part.is_empty() {
                names.insert(ident(part));
            }
        }
    }
    let renamed = format!("texts::{module} as ");
    for (at, _) in source.match_indices(&renamed) {
        aliases.insert(ident(&source[at + renamed.len()..]));
    }
    (names, aliases)
}

fn is_used(key: &Key, sources: &[(PathBuf, String)]) -> bool {
    sources.iter().any(|(_, source)| {
        if !source.contains("texts") {
            return false;
        }
        let (names, aliases) = imports(source, &key.module);
        names.contains(&key.name) || aliases.iter().any(|a| mentions(source, a, &key.name))
    })
}

#[test]
fn every_key_is_used_outside_the_catalog() {
    let sources = workspace_sources();
    let unused: Vec<String> = keys()
        .iter()
        .filter(|k| !k.name.starts_with("(private)"))
        .filter(|k| !is_used(k, &sources))
        .map(|k| format!("texts::{}::{}", k.module, k.name))
        .collect();
    assert!(
        unused.is_empty(),
        "keys no crate uses (remove them, or make a helper private): {unused:#?}"
    );
}

#[test]
fn no_key_is_declared_twice() {
    let mut seen = BTreeMap::new();
    for k in keys() {
        *seen.entry((k.module.clone(), k.name.clone())).or_insert(0) += 1;
    }
    let twice: Vec<_> = seen.into_iter().filter(|(_, n)| *n > 1).collect();
    assert!(twice.is_empty(), "keys declared twice: {twice:#?}");
}

#[test]
fn no_text_is_written_in_two_keys() {
    let mut owners: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for k in keys() {
        for text in &k.texts {
            // Punctuation and placeholders only ("{} ({})") are no text.
            if text.chars().filter(|c| c.is_alphabetic()).count() < 2 {
                continue;
            }
            owners
                .entry(text.clone())
                .or_default()
                .insert(format!("{}::{}", k.module, k.name));
        }
    }
    let twice: Vec<_> = owners.into_iter().filter(|(_, o)| o.len() > 1).collect();
    assert!(
        twice.is_empty(),
        "texts written in two keys (keep one key and use it twice): {twice:#?}"
    );
}

#[test]
fn the_scan_sees_keys_and_uses() {
    let keys = keys();
    assert!(
        keys.len() > 100,
        "the catalog scan found {} keys",
        keys.len()
    );
    let locked = keys
        .iter()
        .find(|k| k.module == "errors" && k.name == "LOCKED")
        .expect("errors::LOCKED is a key");
    assert_eq!(
        locked.texts,
        ["Casusoverleg is vergrendeld. Ontgrendel eerst met uw wachtwoord."]
    );
    assert!(literals(r#"x("a \"b\" c", 'x', '"')"#) == [r#"a \"b\" c"#]);
    assert!(mentions("t::role(r)", "t", "role"));
    assert!(!mentions("t::roles(r)", "t", "role"));
}

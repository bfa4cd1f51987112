//! Every rule id cited in the code (R7, R14c, …) resolves in `docs/rules.md`: the base rule
//! has its own heading there, and a lettered sub-rule is named in its text.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

fn repo_root() -> PathBuf {
    // crates/domain → crates → src-tauri → repository root
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .nth(3)
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

fn source_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let name = entry.file_name().to_string_lossy().into_owned();
        if path.is_dir() {
            if !matches!(
                name.as_str(),
                "node_modules" | "target" | "dist" | "bindings" | "artifacts" | "gen"
            ) && !name.starts_with('.')
            {
                source_files(&path, out);
            }
        } else if [".rs", ".ts", ".svelte", ".mjs", ".sql", ".json", ".toml"]
            .iter()
            .any(|ext| name.ends_with(ext))
            && name != "package-lock.json"
        {
            out.push(path);
        }
    }
}

/// Rule ids in a text: `R` + 1..=2 digits + optional lowercase letter, standing alone.
fn rule_ids(text: &str) -> BTreeSet<String> {
    let bytes = text.as_bytes();
    let mut found = BTreeSet::new();
    for (i, &b) in bytes.iter().enumerate() {
        if b != b'R' || (i > 0 && (bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_')) {
            continue;
        }
        let digits: usize = bytes[i + 1..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count();
        if digits == 0 || digits > 2 {
            continue;
        }
        let mut end = i + 1 + digits;
        if bytes.get(end).is_some_and(|c| (b'a'..=b'e').contains(c))
            && !bytes
                .get(end + 1)
                .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_')
        {
            end += 1;
        } else if bytes
            .get(end)
            .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_')
        {
            continue;
        }
        found.insert(text[i..end].to_string());
    }
    found
}

#[test]
fn every_rule_id_in_the_code_resolves_in_docs_rules_md() {
    let root = repo_root();
    let reference = fs::read_to_string(root.join("docs/rules.md")).unwrap_or_default();
    assert!(
        reference.contains("# Rules reference"),
        "docs/rules.md is missing"
    );

    let mut files = Vec::new();
    for dir in ["src-tauri", "ui/src", "tests/e2e"] {
        source_files(&root.join(dir), &mut files);
    }
    assert!(files.len() > 50, "the walk found too few source files");

    let mut missing = BTreeSet::new();
    for file in &files {
        let Ok(text) = fs::read_to_string(file) else {
            continue;
        };
        for id in rule_ids(&text) {
            let base: String = id.chars().take_while(|c| !c.is_ascii_lowercase()).collect();
            let heading = format!("### {base} ");
            let resolves =
                reference.contains(&heading) && (id == base || rule_ids(&reference).contains(&id));
            if !resolves {
                missing.insert(format!(
                    "{id} ({})",
                    file.strip_prefix(&root).unwrap_or(file).display()
                ));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "rule ids without an entry in docs/rules.md: {missing:?}"
    );
}

#[test]
fn rule_ids_are_found_only_as_whole_tokens() {
    let ids = rule_ids("R7c and R14 (R8), not R100, R2D2, CR7 or R7x; R21.");
    let expected: BTreeSet<String> = ["R7c", "R14", "R8", "R21"]
        .iter()
        .map(|s| s.to_string())
        .collect();
    assert_eq!(ids, expected);
}

//! Compiled dependencies kept across clones: after a green `cargo xtask test`, a copy of `target/` goes into the
//! tool cache (`target-<key>`, without the incremental caches), keyed by `Cargo.lock`, the manifests' profiles,
//! `.cargo/config.toml` and `rustc -vV`; a fresh clone (no `target/wasm32-unknown-unknown` yet) starts from it, so
//! it does not compile every registry crate again.
//!
//! Why this is safe: the seed holds registry crates only. Cargo names a registry crate's artifacts by a hash of its
//! version, features, profile, target and compiler, and judges them by that alone, so the seed's copy is used only
//! when it is exactly what this build would make. The workspace's own crates are judged by their sources' times
//! instead, and a seed made after a clone's sources were written would pass for fresh there: so their artifacts
//! are never kept (the crates named in `cargo metadata`), and a restored clone always compiles them. The copy
//! never overwrites a file already in `target/` (the xtask build that is running). `AI_GAMBIT_NO_SEED=1` turns
//! both ways off.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

/// The seed for this lockfile, profile and compiler: `<tool cache>/target-<key>`.
fn seed_dir(root: &Path) -> Option<PathBuf> {
    if std::env::var_os("AI_GAMBIT_NO_SEED").is_some_and(|v| !v.is_empty()) {
        return None;
    }
    let mut hasher = DefaultHasher::new();
    for file in ["Cargo.lock", "Cargo.toml", ".cargo/config.toml"] {
        std::fs::read(root.join(file)).ok()?.hash(&mut hasher);
    }
    let rustc = Command::new(std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into()))
        .arg("-vV")
        .output()
        .ok()?;
    rustc.stdout.hash(&mut hasher);
    let cache = crate::tools::cache_dir().ok()?;
    Some(cache.join(format!("target-{:016x}", hasher.finish())))
}

/// In a clone that has not built the app yet, copies the seed into `target/`, never over a file already there.
/// Returns a note for the summary ("" when nothing was copied).
pub fn restore(root: &Path) -> String {
    let target = root.join("target");
    if target.join("wasm32-unknown-unknown").exists() {
        return String::new();
    }
    let Some(seed) = seed_dir(root).filter(|s| s.is_dir()) else {
        return String::new();
    };
    let started = Instant::now();
    let _ = std::fs::create_dir_all(&target);
    // cp's exit status is no guide here (it skips files already there); the seed's wasm folder tells.
    let _ = Command::new("cp")
        .args(["-a", "--no-clobber", "--reflink=auto"])
        .arg(seed.join("."))
        .arg(&target)
        .status();
    if target.join("wasm32-unknown-unknown").exists() {
        let note = format!(
            " (compiled dependencies copied from {} in {:.0} s)",
            seed.display(),
            started.elapsed().as_secs_f64()
        );
        println!("xtask:{note}");
        note
    } else {
        String::new()
    }
}

/// After a green run, keeps `target/` as the seed for this key, if there is none yet (the other keys' seeds go);
/// says whether it did.
pub fn save(root: &Path) -> bool {
    let Some(seed) = seed_dir(root) else { return false };
    if seed.is_dir() {
        return false;
    }
    let started = Instant::now();
    let partial = PathBuf::from(format!("{}.partial-{}", seed.display(), std::process::id()));
    let copied = Command::new("cp")
        .args(["-a", "--reflink=auto"])
        .arg(root.join("target"))
        .arg(&partial)
        .status()
        .is_ok_and(|s| s.success());
    if !copied {
        let _ = std::fs::remove_dir_all(&partial);
        return false;
    }
    if let Err(e) = drop_workspace_artifacts(root, &partial) {
        println!("xtask: no seed kept: {e}");
        let _ = std::fs::remove_dir_all(&partial);
        return false;
    }
    if std::fs::rename(&partial, &seed).is_err() {
        // Another run saved it first.
        let _ = std::fs::remove_dir_all(&partial);
        return false;
    }
    if let Some(cache) = seed.parent() {
        for entry in std::fs::read_dir(cache).into_iter().flatten().flatten() {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            if path != seed && name.starts_with("target-") && !name.contains(".partial") {
                let _ = std::fs::remove_dir_all(&path);
            }
        }
    }
    println!(
        "xtask: kept target/ as the seed of fresh clones in {} ({:.0} s)",
        seed.display(),
        started.elapsed().as_secs_f64()
    );
    true
}

/// Removes from a copy of `target/` everything of the workspace's own crates: their artifacts, fingerprints and
/// build-script outputs (named `<crate>-<hash>`), the incremental caches and the files cargo copies up beside them.
fn drop_workspace_artifacts(root: &Path, target: &Path) -> Result<(), String> {
    let out = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
        .args(["metadata", "--no-deps", "--format-version", "1", "--offline"])
        .current_dir(root)
        .output()
        .map_err(|e| format!("cannot start cargo metadata: {e}"))?;
    let metadata: serde_json::Value =
        serde_json::from_slice(&out.stdout).map_err(|e| format!("cargo metadata: {e}"))?;
    let mut stems: Vec<String> = Vec::new();
    for package in metadata["packages"].as_array().into_iter().flatten() {
        let names = std::iter::once(&package["name"])
            .chain(package["targets"].as_array().into_iter().flatten().map(|t| &t["name"]));
        for name in names.filter_map(|n| n.as_str()) {
            stems.push(format!("{name}-"));
            stems.push(format!("{}-", name.replace('-', "_")));
        }
    }
    if stems.is_empty() {
        return Err("cargo metadata names no crate".into());
    }
    let ours = |name: &str| {
        let name = name
            .strip_prefix("lib")
            .filter(|n| stems.iter().any(|s| n.starts_with(s.as_str())))
            .unwrap_or(name);
        stems.iter().any(|s| name.starts_with(s.as_str()))
    };
    // Every profile folder: `target/<profile>` and `target/<triple>/<profile>`.
    let mut profiles = Vec::new();
    for entry in std::fs::read_dir(target).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.join("deps").is_dir() {
            profiles.push(path);
        } else if path.is_dir() {
            profiles.extend(
                std::fs::read_dir(&path)
                    .into_iter()
                    .flatten()
                    .flatten()
                    .map(|e| e.path())
                    .filter(|p| p.join("deps").is_dir()),
            );
        }
    }
    for profile in profiles {
        let _ = std::fs::remove_dir_all(profile.join("incremental"));
        for entry in std::fs::read_dir(&profile).into_iter().flatten().flatten() {
            if entry.path().is_file() {
                let _ = std::fs::remove_file(entry.path());
            }
        }
        for folder in ["deps", ".fingerprint", "build", "examples"] {
            for entry in std::fs::read_dir(profile.join(folder)).into_iter().flatten().flatten() {
                if ours(&entry.file_name().to_string_lossy()) {
                    let path = entry.path();
                    let _ = if path.is_dir() {
                        std::fs::remove_dir_all(&path)
                    } else {
                        std::fs::remove_file(&path)
                    };
                }
            }
        }
    }
    let _ = std::fs::remove_dir_all(target.join("doc"));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::drop_workspace_artifacts;

    #[test]
    fn a_seed_keeps_registry_crates_and_drops_the_workspaces_own() {
        let dir = std::env::temp_dir().join(format!("ai-gambit-seed-{}", std::process::id()));
        let debug = dir.join("wasm32-unknown-unknown/debug");
        for file in [
            "deps/libleptos-0123.rlib",
            "deps/libgambit_core-4567.rlib",
            "deps/browser-89ab.wasm",
            "deps/libqrcode-cdef.rlib",
            ".fingerprint/gambit-core-4567/lib-gambit_core",
            ".fingerprint/leptos-0123/lib-leptos",
            "build/ai-gambit-1111/output",
            "incremental/ai_gambit-2222/x",
            "ai_gambit.wasm",
        ] {
            let path = debug.join(file);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, "").unwrap();
        }
        drop_workspace_artifacts(&crate::root(), &dir).unwrap();
        let kept = |f: &str| debug.join(f).exists();
        assert!(
            kept("deps/libleptos-0123.rlib")
                && kept("deps/libqrcode-cdef.rlib")
                && kept(".fingerprint/leptos-0123/lib-leptos")
        );
        for gone in [
            "deps/libgambit_core-4567.rlib",
            "deps/browser-89ab.wasm",
            ".fingerprint/gambit-core-4567",
            "build/ai-gambit-1111",
            "incremental",
            "ai_gambit.wasm",
        ] {
            assert!(!kept(gone), "{gone} was kept");
        }
        let _ = std::fs::remove_dir_all(&dir);
    }
}

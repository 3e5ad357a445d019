//! Compiled dependencies kept across clones: after a green `cargo xtask test`, a copy of `target/` goes into the
//! tool cache (`target-<key>`, without the incremental caches), keyed by `Cargo.lock`, the manifests' profiles,
//! `.cargo/config.toml` and `rustc -vV`; a fresh clone (no `target/wasm32-unknown-unknown` yet) starts from it, so
//! it does not compile every registry crate again.
//!
//! Why this is safe: the seed holds registry crates only. Cargo names a registry crate's artifacts by a hash of its
//! version, features, profile, target and compiler, and judges them by that alone, so the seed's copy is used only
//! when it is exactly what this build would make. The workspace's own crates are judged by their sources' times
//! instead, and a seed made after a clone's sources were written would pass for fresh there: so their artifacts
//! are never kept (the packages named in `cargo metadata`, and every file carrying one of their units' hashes: a
//! test named `url` must not take the registry crate url with it), and a restored clone always compiles them. The
//! copy never overwrites a file already in `target/` (the xtask build that is running). A seed is kept again when
//! a green run built registry crates it lacks (a stage added since, such as clippy's checks, or other features),
//! so it follows what the suite builds. `AI_GAMBIT_NO_SEED=1` turns both ways off.

use std::collections::hash_map::DefaultHasher;
use std::collections::BTreeSet;
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

/// After a green run, keeps `target/` as the seed for this key if there is none yet, or again if the run compiled
/// registry crates the seed lacks (a stage added or changed since the seed was kept, such as clippy's checks, which
/// a seed made before them never held); the other keys' seeds go. Says whether it kept one.
pub fn save(root: &Path) -> bool {
    let Some(seed) = seed_dir(root) else { return false };
    let target = root.join("target");
    let refresh = seed.is_dir();
    if refresh {
        let missing = match Workspace::read(root) {
            Ok(ours) => {
                let kept = ours.registry_units(&seed);
                let built = ours.registry_units(&target);
                built.difference(&kept).count()
            }
            Err(e) => {
                println!("xtask: the seed is not checked: {e}");
                0
            }
        };
        if missing == 0 {
            return false;
        }
        println!("xtask: the seed lacks {missing} compiled dependencies this run built: it is kept again");
    }
    let started = Instant::now();
    let partial = PathBuf::from(format!("{}.partial-{}", seed.display(), std::process::id()));
    let copied = Command::new("cp")
        .args(["-a", "--reflink=auto"])
        .arg(&target)
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
    // The old seed is moved aside first (a `.partial` name, which no clone copies), so the new one takes its name.
    let old = PathBuf::from(format!("{}.partial-old-{}", seed.display(), std::process::id()));
    if refresh && std::fs::rename(&seed, &old).is_err() {
        let _ = std::fs::remove_dir_all(&partial);
        return false;
    }
    if std::fs::rename(&partial, &seed).is_err() {
        // Another run saved it first.
        let _ = std::fs::remove_dir_all(&partial);
        if refresh && !seed.exists() {
            let _ = std::fs::rename(&old, &seed);
        }
    }
    let _ = std::fs::remove_dir_all(&old);
    if !seed.is_dir() {
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

/// The workspace's own crates, to tell their artifacts from the registry's in a `target/`.
struct Workspace {
    /// Each package's name, with `-` and with `_` (`gambit-core`, `gambit_core`): no registry crate is named so.
    packages: Vec<String>,
}

impl Workspace {
    fn read(root: &Path) -> Result<Self, String> {
        let out = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()))
            .args(["metadata", "--no-deps", "--format-version", "1", "--offline"])
            .current_dir(root)
            .output()
            .map_err(|e| format!("cannot start cargo metadata: {e}"))?;
        let metadata: serde_json::Value =
            serde_json::from_slice(&out.stdout).map_err(|e| format!("cargo metadata: {e}"))?;
        let mut packages = Vec::new();
        for name in metadata["packages"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|p| p["name"].as_str())
        {
            packages.push(name.to_string());
            packages.push(name.replace('-', "_"));
        }
        if packages.is_empty() {
            return Err("cargo metadata names no crate".into());
        }
        Ok(Workspace { packages })
    }

    /// Whether `name` (`<crate>-<hash>` with a suffix, or `lib<crate>-<hash>...`) is a package's own.
    fn names_a_package(&self, name: &str) -> bool {
        let name = name.strip_prefix("lib").filter(|n| self.stem_of(n)).unwrap_or(name);
        self.stem_of(name)
    }

    fn stem_of(&self, name: &str) -> bool {
        self.packages
            .iter()
            .any(|p| name.strip_prefix(p.as_str()).is_some_and(|rest| rest.starts_with('-')))
    }

    /// The hashes of the workspace's units in one profile folder: cargo names a unit's fingerprint folder
    /// `<package>-<hash>`, and every file the unit makes carries the same hash, whatever the target's name (a
    /// test called `url` makes `deps/url-<hash>`, beside the registry crate url's `deps/liburl-<other hash>.rlib`).
    fn hashes(&self, profile: &Path) -> BTreeSet<String> {
        std::fs::read_dir(profile.join(".fingerprint"))
            .into_iter()
            .flatten()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| self.stem_of(n))
            .filter_map(|n| n.rsplit_once('-').map(|(_, hash)| hash.to_string()))
            .collect()
    }

    /// Whether an entry of a profile's `deps`, `build`, `examples` or `.fingerprint` folder is the workspace's.
    fn owns(&self, name: &str, hashes: &BTreeSet<String>) -> bool {
        let stem = name.split('.').next().unwrap_or(name);
        self.names_a_package(name) || stem.rsplit_once('-').is_some_and(|(_, hash)| hashes.contains(hash))
    }

    /// The registry's units in a `target/`, by profile folder and fingerprint folder name.
    fn registry_units(&self, target: &Path) -> BTreeSet<String> {
        let mut units = BTreeSet::new();
        for profile in profiles(target) {
            let hashes = self.hashes(&profile);
            let at = profile.strip_prefix(target).unwrap_or(&profile).display().to_string();
            for entry in std::fs::read_dir(profile.join(".fingerprint"))
                .into_iter()
                .flatten()
                .flatten()
            {
                let name = entry.file_name().to_string_lossy().into_owned();
                if !self.owns(&name, &hashes) {
                    units.insert(format!("{at}/{name}"));
                }
            }
        }
        units
    }
}

/// Every profile folder of a `target/`: `target/<profile>` and `target/<triple>/<profile>`.
fn profiles(target: &Path) -> Vec<PathBuf> {
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
    profiles
}

/// Removes from a copy of `target/` everything of the workspace's own crates: their artifacts, fingerprints and
/// build-script outputs (named by package, or by a target's name with the unit's hash), the incremental caches and
/// the files cargo copies up beside them. Registry crates stay, even one named like a target (the crate url and the
/// core's test `tests/url.rs`).
fn drop_workspace_artifacts(root: &Path, target: &Path) -> Result<(), String> {
    let ours = Workspace::read(root)?;
    for profile in profiles(target) {
        let hashes = ours.hashes(&profile);
        let _ = std::fs::remove_dir_all(profile.join("incremental"));
        for entry in std::fs::read_dir(&profile).into_iter().flatten().flatten() {
            if entry.path().is_file() {
                let _ = std::fs::remove_file(entry.path());
            }
        }
        for folder in ["deps", ".fingerprint", "build", "examples"] {
            for entry in std::fs::read_dir(profile.join(folder)).into_iter().flatten().flatten() {
                if ours.owns(&entry.file_name().to_string_lossy(), &hashes) {
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
    use super::{drop_workspace_artifacts, Workspace};

    #[test]
    fn a_seed_keeps_registry_crates_and_drops_the_workspaces_own() {
        let dir = std::env::temp_dir().join(format!("ai-gambit-seed-{}", std::process::id()));
        let debug = dir.join("wasm32-unknown-unknown/debug");
        for file in [
            "deps/libleptos-0123.rlib",
            "deps/libgambit_core-4567.rlib",
            "deps/browser-89ab.wasm",
            "deps/libqrcode-cdef.rlib",
            // The registry crate url, and the core's test of the same name (its unit's hash is the core's).
            "deps/liburl-aaaa.rlib",
            "deps/url-aaaa.d",
            ".fingerprint/url-aaaa/lib-url",
            "deps/url-bbbb",
            "deps/url-bbbb.d",
            ".fingerprint/gambit-core-bbbb/test-integration-test-url",
            ".fingerprint/gambit-core-4567/lib-gambit_core",
            ".fingerprint/ai-gambit-89ab/test-integration-test-browser",
            ".fingerprint/leptos-0123/lib-leptos",
            "build/ai-gambit-1111/output",
            "incremental/ai_gambit-2222/x",
            "ai_gambit.wasm",
        ] {
            let path = debug.join(file);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, "").unwrap();
        }
        let ours = Workspace::read(&crate::root()).unwrap();
        let before = ours.registry_units(&dir);
        let registry: Vec<String> = ["leptos-0123", "url-aaaa"]
            .iter()
            .map(|u| format!("wasm32-unknown-unknown/debug/{u}"))
            .collect();
        assert_eq!(before.iter().cloned().collect::<Vec<_>>(), registry);
        drop_workspace_artifacts(&crate::root(), &dir).unwrap();
        let kept = |f: &str| debug.join(f).exists();
        for file in [
            "deps/libleptos-0123.rlib",
            "deps/libqrcode-cdef.rlib",
            ".fingerprint/leptos-0123/lib-leptos",
            "deps/liburl-aaaa.rlib",
            "deps/url-aaaa.d",
            ".fingerprint/url-aaaa/lib-url",
        ] {
            assert!(kept(file), "{file} was dropped");
        }
        for gone in [
            "deps/libgambit_core-4567.rlib",
            "deps/browser-89ab.wasm",
            "deps/url-bbbb",
            "deps/url-bbbb.d",
            ".fingerprint/gambit-core-4567",
            ".fingerprint/gambit-core-bbbb",
            "build/ai-gambit-1111",
            "incremental",
            "ai_gambit.wasm",
        ] {
            assert!(!kept(gone), "{gone} was kept");
        }
        // What the copy keeps is what a seed is checked for.
        assert_eq!(ours.registry_units(&dir), before);
        let _ = std::fs::remove_dir_all(&dir);
    }
}

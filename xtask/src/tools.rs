//! The tools the build and the tests need, each installed once into a per-user cache outside the checkout:
//! `$AI_GAMBIT_TOOLS`, else `$XDG_CACHE_HOME/ai-gambit/tools`, else `~/.cache/ai-gambit/tools`, one folder per
//! tool and version (`trunk-0.21.14`). A fresh clone, as CI makes, finds them there instead of rebuilding.
//! Nothing is downloaded from outside the package registries (crates.io, npm, Debian).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

const TRUNK_VERSION: &str = "0.21.14";
/// geckodriver, from crates.io: it drives Debian's Firefox ESR.
const GECKODRIVER_VERSION: &str = "0.37.1";
/// wasm-opt 132 from npm; Debian's binaryen 108 breaks the app's externref tables.
const BINARYEN_VERSION: &str = "132.0.0";
/// Lighthouse from npm, for the benchmark only (12.2.3 runs on Node 20).
const LIGHTHOUSE_VERSION: &str = "12.2.3";
const WASM_TARGET: &str = "wasm32-unknown-unknown";

/// The installed tools' folders, and commands that find them first.
pub struct Toolbox {
    bin_dirs: Vec<PathBuf>,
}

/// One tool in the cache: where it goes, the file that proves it is installed, and how to install it there.
struct Tool {
    name: &'static str,
    version: String,
    /// Relative to the tool's folder.
    binary: &'static str,
    /// About how long the install takes on two shared cores, to tell the reader (measured on 2026-11-29:
    /// docs/measurements.md).
    takes: &'static str,
}

impl Toolbox {
    /// Makes sure the wasm target, trunk, wasm-bindgen-cli (at the lockfile's wasm-bindgen version) and wasm-opt
    /// are installed, installing what is missing.
    pub fn ensure_build_tools() -> Result<Self, String> {
        ensure_wasm_target()?;
        let lock = std::fs::read_to_string(crate::root().join("Cargo.lock"))
            .map_err(|e| format!("cannot read Cargo.lock: {e}"))?;
        let bindgen = lock_version(&lock, "wasm-bindgen").ok_or("Cargo.lock has no wasm-bindgen")?;
        let cache = cache_dir()?;
        let tools = [
            Tool {
                name: "trunk",
                version: TRUNK_VERSION.into(),
                binary: "bin/trunk",
                takes: "about 10 minutes",
            },
            Tool {
                name: "wasm-bindgen-cli",
                version: bindgen,
                binary: "bin/wasm-bindgen",
                takes: "about 2 minutes",
            },
            Tool {
                name: "binaryen",
                version: BINARYEN_VERSION.into(),
                binary: "node_modules/.bin/wasm-opt",
                takes: "seconds",
            },
        ];
        let mut bin_dirs = Vec::new();
        for tool in &tools {
            let binary = tool.ensure(&cache)?;
            bin_dirs.push(binary.parent().expect("a bin folder").to_path_buf());
        }
        Ok(Toolbox { bin_dirs })
    }

    /// Makes sure the three browser engines and their WebDriver servers are installed: Debian's Chromium and
    /// ChromeDriver, Firefox ESR, WebKitGTK's WebKitWebDriver with Xvfb (apt-get, as root), and geckodriver (cargo).
    pub fn ensure_browsers(&mut self) -> Result<(), String> {
        let needed = [
            ("/usr/bin/chromium", "chromium"),
            ("/usr/bin/chromedriver", "chromium-driver"),
            ("/usr/bin/firefox-esr", "firefox-esr"),
            ("/usr/bin/WebKitWebDriver", "webkit2gtk-driver"),
            ("/usr/bin/xvfb-run", "xvfb"),
        ];
        let missing: Vec<&str> = needed
            .iter()
            .filter(|(path, _)| !Path::new(path).exists())
            .map(|(_, p)| *p)
            .collect();
        if !missing.is_empty() {
            apt_install(&missing)?;
        }
        let gecko = Tool {
            name: "geckodriver",
            version: GECKODRIVER_VERSION.into(),
            binary: "bin/geckodriver",
            takes: "about a minute and a half",
        };
        let binary = gecko.ensure(&cache_dir()?)?;
        self.bin_dirs.push(binary.parent().expect("a bin folder").to_path_buf());
        Ok(())
    }

    /// Installs what the end-to-end suite's judges need: Debian's Java runtime, which runs the Nu HTML Checker, if
    /// there is no `java`; and the suite's npm packages (axe-core, vnu-jar, html-validate,
    /// accessibility-checker-engine) from its lockfile, if any of them is missing. Install scripts are not run: none
    /// of these packages needs one, and vnu-jar's would download a Java runtime from outside the package registries.
    pub fn ensure_e2e_packages(&self, e2e: &Path) -> Result<(), String> {
        if which("java").is_none() {
            apt_install(&["default-jre-headless"])?;
        }
        // Installed when every package `e2e/package.json` names is there (a new one in the file installs again).
        let manifest = std::fs::read_to_string(e2e.join("package.json"))
            .map_err(|e| format!("cannot read e2e/package.json: {e}"))?;
        let manifest: serde_json::Value =
            serde_json::from_str(&manifest).map_err(|e| format!("e2e/package.json: {e}"))?;
        let names: Vec<&String> = ["dependencies", "devDependencies"]
            .iter()
            .filter_map(|k| manifest.get(k).and_then(|d| d.as_object()))
            .flat_map(|d| d.keys())
            .collect();
        if names
            .iter()
            .all(|n| e2e.join("node_modules").join(n).join("package.json").exists())
        {
            return Ok(());
        }
        if which("npm").is_none() {
            apt_install(&["nodejs", "npm"])?;
        }
        run(Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund", "--ignore-scripts"])
            .current_dir(e2e))
    }

    /// Makes sure Lighthouse is installed, for the benchmark; returns its command's path.
    pub fn ensure_lighthouse(&self) -> Result<PathBuf, String> {
        let tool = Tool {
            name: "lighthouse",
            version: LIGHTHOUSE_VERSION.into(),
            binary: "node_modules/.bin/lighthouse",
            takes: "a minute",
        };
        tool.ensure(&cache_dir()?)
    }

    /// A command for `program`, found first among the installed tools, with the environment the build needs.
    pub fn command(&self, program: &str) -> Command {
        let found = self.bin_dirs.iter().map(|d| d.join(program)).find(|p| p.exists());
        let mut command = Command::new(found.as_deref().unwrap_or(Path::new(program)));
        let mut path: Vec<PathBuf> = self.bin_dirs.clone();
        path.extend(std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()));
        command
            .env("PATH", std::env::join_paths(path).expect("PATH entries"))
            .env("TRUNK_SKIP_VERSION_CHECK", "true")
            .env("CHROMEDRIVER", "/usr/bin/chromedriver")
            .env(
                "GECKODRIVER",
                self.bin_dirs
                    .iter()
                    .map(|d| d.join("geckodriver"))
                    .find(|p| p.exists())
                    .unwrap_or_else(|| "geckodriver".into()),
            )
            .env("WASM_BINDGEN_TEST_TIMEOUT", "120");
        command
    }
}

impl Tool {
    /// The tool's binary in the cache, installed first if it is not there.
    fn ensure(&self, cache: &Path) -> Result<PathBuf, String> {
        let dir = cache.join(format!("{}-{}", self.name, self.version));
        if !dir.join(self.binary).exists() {
            install(self, &dir)?;
        }
        Ok(dir.join(self.binary))
    }
}

pub fn cache_dir() -> Result<PathBuf, String> {
    let env = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty()).map(PathBuf::from);
    let dir = env("AI_GAMBIT_TOOLS")
        .or_else(|| env("XDG_CACHE_HOME").map(|d| d.join("ai-gambit/tools")))
        .or_else(|| env("HOME").map(|d| d.join(".cache/ai-gambit/tools")))
        .ok_or("set HOME or AI_GAMBIT_TOOLS: there is nowhere to install tools")?;
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    Ok(dir)
}

/// The version of package `name` recorded in a Cargo.lock.
pub fn lock_version(lock: &str, name: &str) -> Option<String> {
    let wanted = format!("name = \"{name}\"");
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == wanted {
            let version = lines.next()?.trim().strip_prefix("version = \"")?.strip_suffix('"')?;
            return Some(version.to_string());
        }
    }
    None
}

/// Installs `tool` into `<dir>.partial`, then renames it to `dir`, so an interrupted install is never taken for
/// a finished one.
fn install(tool: &Tool, dir: &Path) -> Result<(), String> {
    let partial = PathBuf::from(format!("{}.partial", dir.display()));
    let _ = std::fs::remove_dir_all(&partial);
    println!(
        "xtask: installing {} {} into {} ({})",
        tool.name,
        tool.version,
        dir.display(),
        tool.takes
    );
    let started = Instant::now();
    let mut command = match tool.name {
        "binaryen" | "lighthouse" => {
            if which("npm").is_none() {
                apt_install(&["nodejs", "npm"])?;
            }
            let mut npm = Command::new("npm");
            npm.args(["install", "--no-audit", "--no-fund", "--prefix"])
                .arg(&partial);
            npm.arg(format!("{}@{}", tool.name, tool.version));
            npm
        }
        crate_name => {
            let mut cargo = Command::new("cargo");
            cargo
                .args(["install", crate_name, "--version", &tool.version, "--root"])
                .arg(&partial);
            // trunk's and geckodriver's own lockfiles work here; wasm-bindgen-cli's names a crate version the
            // registry lacks.
            if crate_name != "wasm-bindgen-cli" {
                cargo.arg("--locked");
            }
            cargo
        }
    };
    run(&mut command)?;
    std::fs::rename(&partial, dir).map_err(|e| format!("cannot move {} into place: {e}", partial.display()))?;
    println!(
        "xtask: installed {} {} in {:.0} s",
        tool.name,
        tool.version,
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// The lint gates' tools: rustup's `rustfmt` and `clippy` components (most toolchains have them already).
pub fn ensure_lint_components() -> Result<(), String> {
    let installed = Command::new("rustup")
        .args(["component", "list", "--installed"])
        .output();
    let listed = installed
        .map(|out| String::from_utf8_lossy(&out.stdout).into_owned())
        .unwrap_or_default();
    let missing: Vec<&str> = ["rustfmt", "clippy"]
        .into_iter()
        .filter(|c| !listed.lines().any(|l| l.starts_with(&format!("{c}-"))))
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    run(Command::new("rustup").args(["component", "add"]).args(&missing))
}

fn ensure_wasm_target() -> Result<(), String> {
    let installed = Command::new("rustup").args(["target", "list", "--installed"]).output();
    match installed {
        Ok(out)
            if String::from_utf8_lossy(&out.stdout)
                .lines()
                .any(|l| l.trim() == WASM_TARGET) =>
        {
            Ok(())
        }
        _ => run(Command::new("rustup").args(["target", "add", WASM_TARGET])),
    }
}

/// The font files the preview images are drawn with, installing their Debian packages if any is missing.
pub fn ensure_fonts() -> Result<Vec<PathBuf>, String> {
    let fonts = crate::preview::FONTS;
    let mut missing: Vec<&str> = fonts
        .iter()
        .filter(|(path, _)| !Path::new(path).is_file())
        .map(|(_, package)| *package)
        .collect();
    missing.dedup();
    if !missing.is_empty() {
        apt_install(&missing)?;
    }
    Ok(fonts.iter().map(|(path, _)| PathBuf::from(path)).collect())
}

fn apt_install(packages: &[&str]) -> Result<(), String> {
    let uid = Command::new("id")
        .arg("-u")
        .output()
        .ok()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string());
    if uid.as_deref() != Some("0") {
        return Err(format!(
            "{} missing: run as root, or `sudo apt-get install {}`",
            packages.join(", "),
            packages.join(" ")
        ));
    }
    println!("xtask: installing Debian packages {}", packages.join(" "));
    run(Command::new("apt-get").arg("update"))?;
    run(Command::new("apt-get")
        .args(["install", "-y"])
        .args(packages)
        .env("DEBIAN_FRONTEND", "noninteractive"))
}

fn which(program: &str) -> Option<PathBuf> {
    std::env::split_paths(&std::env::var_os("PATH")?)
        .map(|d| d.join(program))
        .find(|p| p.is_file())
}

fn run(command: &mut Command) -> Result<(), String> {
    let status = command.status().map_err(|e| format!("cannot start {command:?}: {e}"))?;
    status
        .success()
        .then_some(())
        .ok_or_else(|| format!("{command:?} failed: {status}"))
}

#[cfg(test)]
mod tests {
    use super::lock_version;

    #[test]
    fn the_lockfile_version_of_a_package_is_read() {
        let lock = "[[package]]\nname = \"wasm-bindgen\"\nversion = \"0.2.130\"\n\n[[package]]\nname = \"wasm-bindgen-test\"\nversion = \"0.3.55\"\n";
        assert_eq!(lock_version(lock, "wasm-bindgen").as_deref(), Some("0.2.130"));
        assert_eq!(lock_version(lock, "wasm-bindgen-test").as_deref(), Some("0.3.55"));
        assert_eq!(lock_version(lock, "trunk"), None);
    }
}

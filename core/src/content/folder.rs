//! The content folder as text: every JSON file under `content/`, by its path there. Loading (`files.rs`) and the
//! terminology check (`terms.rs`) both read it.

use std::collections::BTreeMap;
use std::io;
use std::path::Path;

/// The content files by path relative to the content folder (`data/steps.json`), with their text.
#[derive(Clone, Debug, Default)]
pub struct ContentFiles {
    files: BTreeMap<String, String>,
}

impl ContentFiles {
    /// Reads every `.json` file under `root`.
    pub fn read_dir(root: &Path) -> io::Result<Self> {
        let mut files = ContentFiles::default();
        let mut pending = vec![root.to_path_buf()];
        while let Some(dir) = pending.pop() {
            for entry in std::fs::read_dir(&dir)? {
                let path = entry?.path();
                if path.is_dir() {
                    pending.push(path);
                } else if path.extension().is_some_and(|e| e == "json") {
                    let relative = path.strip_prefix(root).expect("under root");
                    let key = relative.to_string_lossy().replace('\\', "/");
                    files.insert(&key, std::fs::read_to_string(&path)?);
                }
            }
        }
        Ok(files)
    }

    pub fn insert(&mut self, path: &str, text: impl Into<String>) {
        self.files.insert(path.to_string(), text.into());
    }

    pub fn get(&self, path: &str) -> Option<&str> {
        self.files.get(path).map(String::as_str)
    }

    pub fn paths(&self) -> impl Iterator<Item = &str> {
        self.files.keys().map(String::as_str)
    }
}

//! The app's entry point in the browser (feature `csr`, built to wasm by `cargo xtask dist`): mounts the app.

fn main() {
    ai_gambit::mount();
}

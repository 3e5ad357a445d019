//! Prints the app's first render of each address given (see `ai_gambit::prerender`), each followed by a NUL, in
//! the language this build bundles (`AI_GAMBIT_LANG`). Run by `cargo xtask dist`.

fn main() {
    for address in std::env::args().skip(1) {
        print!("{}\0", ai_gambit::prerender::page(&address));
    }
}

//! Prints the app's first render of each address given (see `ai_gambit::prerender`), each followed by a NUL: in the
//! language named by the last `--lang` before it, served from the last `--site` (an address ending in `/`) if any
//! (`--site ""` for none). One build renders every language. Run by `cargo xtask dist`:
//! `prerender --lang en --site https://example.org/g/ "" steps/intro/ --lang zh-Hans --site "" ""`.

use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let (mut lang, mut site) = (String::from("en"), None::<String>);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--lang" => lang = args.next().unwrap_or_default(),
            "--site" => site = args.next().filter(|s| !s.is_empty()),
            address => match ai_gambit::prerender::page(&lang, address, site.as_deref()) {
                Ok(page) => print!("{page}\0"),
                Err(e) => {
                    eprintln!("prerender: {e}");
                    return ExitCode::FAILURE;
                }
            },
        }
    }
    ExitCode::SUCCESS
}

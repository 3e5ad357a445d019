//! Ids become folders, file names and a link's keys: validation rejects an id outside `a-z0-9-` (a record's, an
//! option's or a step's former id), and an assumption or slider whose id is a key the link uses for itself
//! (`url::LINK_KEYS`, the list `url` reads links by) or another's.

use std::path::Path;

use gambit_core::content::ContentFiles;
use gambit_core::url::LINK_KEYS;
use gambit_core::Case;
use serde_json::Value;

fn shipped() -> ContentFiles {
    ContentFiles::read_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../content")).expect("content folder")
}

/// The errors of loading the shipped case once `path` holds a copy of its first record under the id `id`, with
/// the first record's English words copied to it too.
fn errors_with_copy(path: &str, id: &str) -> Vec<String> {
    let mut files = shipped();
    let mut records: Vec<Value> = serde_json::from_str(files.get(path).expect("file exists")).expect("a JSON list");
    let mut copy = records[0].clone();
    let first = copy["id"].as_str().expect("an id").to_string();
    copy["id"] = Value::from(id);
    records.push(copy);
    files.insert(path, serde_json::to_string(&records).unwrap());
    let text_path = format!("text/en/{}", path.rsplit('/').next().unwrap());
    let mut words: serde_json::Map<String, Value> =
        serde_json::from_str(files.get(&text_path).expect("its words")).expect("a JSON object");
    let first_words = words[&first].clone();
    words.insert(id.to_string(), first_words);
    files.insert(&text_path, serde_json::to_string(&words).unwrap());
    match Case::load(&files, "en") {
        Ok(_) => Vec::new(),
        Err(errors) => errors.0.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn an_id_outside_the_plain_characters_names_file_and_id() {
    for (path, id) in [
        ("data/steps.json", "Chip_Chokehold"),
        ("data/steps.json", "../escape"),
        ("model/assumptions.json", "b.chips"),
        ("model/presets.json", "two words"),
    ] {
        let errors = errors_with_copy(path, id);
        let wanted = format!("content/{path}: `{id}`: an id may hold only a-z, 0-9 and -");
        assert!(errors.contains(&wanted), "{path} with {id:?}: {errors:#?}");
    }
}

#[test]
fn an_assumption_or_slider_named_like_a_links_own_key_is_rejected() {
    for key in LINK_KEYS {
        for path in ["model/assumptions.json", "model/sliders.json"] {
            let errors = errors_with_copy(path, key);
            assert!(
                errors
                    .iter()
                    .any(|e| e.starts_with(&format!("content/{path}: `{key}`: this id is a link's key"))),
                "{path} with {key:?}: {errors:#?}"
            );
        }
    }
}

/// The errors of loading the shipped case once `edit` has changed the record list at `path`.
fn errors_after(path: &str, edit: impl FnOnce(&mut Vec<Value>)) -> Vec<String> {
    let mut files = shipped();
    let mut records: Vec<Value> = serde_json::from_str(files.get(path).expect("file exists")).expect("a JSON list");
    edit(&mut records);
    files.insert(path, serde_json::to_string(&records).unwrap());
    match Case::load(&files, "en") {
        Ok(_) => Vec::new(),
        Err(errors) => errors.0.iter().map(ToString::to_string).collect(),
    }
}

#[test]
fn a_steps_former_id_outside_the_plain_characters_names_the_step_and_the_alias() {
    for alias in ["Old_Name", "../up", "two words"] {
        let mut step = String::new();
        let errors = errors_after("data/steps.json", |steps| {
            step = steps[1]["id"].as_str().expect("an id").to_string();
            steps[1]["aliases"] = Value::from(vec![alias]);
        });
        let wanted = format!("content/data/steps.json: `{step}`: alias `{alias}`: an id may hold only a-z, 0-9 and -");
        assert!(errors.contains(&wanted), "alias {alias:?}: {errors:#?}");
    }
}

#[test]
fn an_option_id_outside_the_plain_characters_names_file_and_id() {
    let errors = errors_after("model/assumptions.json", |assumptions| {
        assumptions[0]["options"]
            .as_array_mut()
            .expect("options")
            .push(Value::from("Not Plain"));
    });
    let wanted = "content/model/assumptions.json: `Not Plain`: an id may hold only a-z, 0-9 and -".to_string();
    assert!(errors.contains(&wanted), "{errors:#?}");
}

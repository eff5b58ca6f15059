//! The planner's settings kept between sessions: the language last chosen in its top bar.
//! A small RON file in the user's config folder (`~/.config/parksim/settings.ron` on
//! Linux, through `directories`; `PARKSIM_CONFIG_DIR` puts it elsewhere), written
//! atomically. A missing or unreadable file is the defaults.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    /// The language chosen in the planner (a code such as `tg`).
    #[serde(default)]
    pub language: Option<String>,
}

/// Where the settings are kept.
pub fn file() -> Option<PathBuf> {
    let folder = match std::env::var_os("PARKSIM_CONFIG_DIR") {
        Some(dir) => PathBuf::from(dir),
        None => directories::ProjectDirs::from("", "", "parksim")?
            .config_dir()
            .to_owned(),
    };
    Some(folder.join("settings.ron"))
}

/// The settings saved, or the defaults.
pub fn load() -> Settings {
    file()
        .and_then(|f| std::fs::read_to_string(f).ok())
        .and_then(|text| ron::from_str(&text).ok())
        .unwrap_or_default()
}

/// Saves the settings (the folder is made if missing).
pub fn save(settings: &Settings) -> Result<(), String> {
    let path = file().ok_or("no config folder for this user")?;
    if let Some(folder) = path.parent() {
        std::fs::create_dir_all(folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    }
    let text = ron::ser::to_string_pretty(settings, ron::ser::PrettyConfig::default())
        .map_err(|e| e.to_string())?;
    crate::atomic_file::write_atomically(&path, text.as_bytes())
        .map_err(|e| format!("{}: {e}", path.display()))
}

//! Saving without losing work, in one place: every file parksim writes (scenes, run
//! outputs, exports, screenshots) goes to a temporary file beside its target, is flushed
//! to disk and renamed over the target (`tempfile`'s `persist`), and then the folder is
//! flushed too. A crash, a full disk or a failing write leaves the old file as it was and
//! no temporary file behind; a temporary file that a killed process left is removed by the
//! next write of the same file. A run's files are replaced together ([`OutputSet`]).

use std::fs::{self, File};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

/// Random characters in a temporary file's or folder's name.
const RANDOM_CHARS: usize = 6;
/// Ending of temporary files: `.NAME.XXXXXX.tmp` beside `NAME`.
const TEMP_SUFFIX: &str = ".tmp";
/// Start of a run's staging folder inside its output folder.
const STAGING_PREFIX: &str = ".parksim-run-";
/// In a staging folder: locked by the run writing it while that run lives.
const LOCK_FILE: &str = ".lock";
/// In a staging folder: written once every file of the set is there; lists the set.
const COMPLETE_FILE: &str = ".complete";

/// Writes `bytes` to `path` so that a crash never leaves a half-written file there.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_atomically_with(path, |w| w.write_all(bytes))
}

/// Writes `path` with what `write` puts into the writer it is given, atomically: when
/// `write` fails (or the disk does) the old file stays as it was, and no temporary file
/// is left.
pub fn write_atomically_with(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
) -> io::Result<()> {
    let (folder, name) = folder_and_name(path)?;
    remove_stale_temporaries(folder, &name);
    let prefix = format!(".{name}.");
    let mut builder = tempfile::Builder::new();
    builder
        .prefix(&prefix)
        .suffix(TEMP_SUFFIX)
        .rand_bytes(RANDOM_CHARS);
    #[cfg(unix)]
    builder.permissions(new_file_permissions(path));
    let mut tmp = builder.tempfile_in(folder)?;
    // Held until the file is renamed: it marks the file as being written, not left over.
    let _ = tmp.as_file().try_lock();
    {
        let mut writer = BufWriter::new(tmp.as_file_mut());
        write(&mut writer)?;
        writer.flush()?;
    }
    tmp.as_file().sync_all()?;
    // On failure the temporary file is dropped, which deletes it.
    tmp.persist(path).map_err(|e| e.error)?;
    sync_folder(folder)
}

/// Checks, before any long work, that `path` can be written: its folder exists and takes
/// new files, and the path is not a folder. Nothing is left behind.
pub fn check_can_write(path: &Path) -> io::Result<()> {
    let (folder, _) = folder_and_name(path)?;
    if path.is_dir() {
        return Err(io::Error::new(
            io::ErrorKind::AlreadyExists,
            format!("{} is a folder, not a file", path.display()),
        ));
    }
    tempfile::Builder::new()
        .prefix(".parksim-check-")
        .tempfile_in(folder)
        .map(drop)
}

/// The permissions a file written here gets: those of the file it replaces, or those of a
/// new file (read and write for all, less the umask: 0644 with the usual umask), not the
/// owner-only 0600 of a temporary file.
#[cfg(unix)]
fn new_file_permissions(path: &Path) -> fs::Permissions {
    use std::os::unix::fs::PermissionsExt;
    fs::metadata(path)
        .map(|meta| meta.permissions())
        .unwrap_or_else(|_| fs::Permissions::from_mode(0o666))
}

/// The folder a path is in (`.` for a bare name) and the file's name.
fn folder_and_name(path: &Path) -> io::Result<(&Path, String)> {
    let folder = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "the path names no file"))?;
    Ok((folder, name.to_string_lossy().into_owned()))
}

/// Flushes a folder's entries (a rename is durable only once its folder is).
fn sync_folder(folder: &Path) -> io::Result<()> {
    #[cfg(unix)]
    File::open(folder)?.sync_all()?;
    #[cfg(not(unix))]
    let _ = folder;
    Ok(())
}

/// Whether `entry` is a temporary file of target `name`: `.NAME.XXXXXX.tmp` (this
/// module's), or `.NAME.tmp-PID` and `.NAME.tmp-PID.png` (earlier versions').
fn is_temporary_of(entry: &str, name: &str) -> bool {
    let Some(rest) = entry
        .strip_prefix('.')
        .and_then(|e| e.strip_prefix(name))
        .and_then(|e| e.strip_prefix('.'))
    else {
        return false;
    };
    if let Some(random) = rest.strip_suffix(TEMP_SUFFIX) {
        return random.len() == RANDOM_CHARS && random.chars().all(|c| c.is_ascii_alphanumeric());
    }
    let Some(pid) = rest.strip_prefix("tmp-") else {
        return false;
    };
    let pid = pid.strip_suffix(".png").unwrap_or(pid);
    !pid.is_empty() && pid.chars().all(|c| c.is_ascii_digit())
}

/// Removes the temporary files of target `name` in `folder` that no live process is
/// writing (they are locked while written). Best effort: what cannot be removed stays.
fn remove_stale_temporaries(folder: &Path, name: &str) {
    let Ok(entries) = fs::read_dir(folder) else {
        return;
    };
    for entry in entries.flatten() {
        let entry_name = entry.file_name();
        if !is_temporary_of(&entry_name.to_string_lossy(), name) {
            continue;
        }
        let path = entry.path();
        if !entry.file_type().is_ok_and(|t| t.is_file()) {
            continue;
        }
        if File::open(&path).is_ok_and(|f| f.try_lock().is_ok()) {
            let _ = fs::remove_file(&path);
        }
    }
}

/// A run's output files, replaced as a set: they are written into a fresh hidden folder
/// inside the output folder and moved into place only once all of them are on disk, so a
/// run killed while writing leaves the previous run's files together and untouched. A set
/// that was complete when its run was killed (during the few renames) is finished by the
/// next run; an incomplete one is removed. Other files in the output folder are left alone.
pub struct OutputSet {
    folder: PathBuf,
    staging: tempfile::TempDir,
    /// Locked while this run lives, so another run does not take the staging folder for
    /// a leftover.
    _lock: File,
    /// Every name a run may write; one this run does not write is removed at
    /// [`OutputSet::commit`], so no file of an earlier run stays beside the new ones.
    names: Vec<String>,
    written: Vec<String>,
}

impl OutputSet {
    /// Opens `folder` (created if missing) for a set of files with these names: clears
    /// what a killed run left there and makes sure new files can be made in it, so a run
    /// can check its output folder before any work.
    pub fn begin(folder: &Path, names: &[&str]) -> io::Result<Self> {
        fs::create_dir_all(folder)?;
        for name in names {
            let target = folder.join(name);
            if target.is_dir() {
                return Err(io::Error::new(
                    io::ErrorKind::AlreadyExists,
                    format!("{} is a folder, not a file", target.display()),
                ));
            }
            remove_stale_temporaries(folder, name);
        }
        finish_or_remove_interrupted_sets(folder);
        let staging = tempfile::Builder::new()
            .prefix(STAGING_PREFIX)
            .rand_bytes(RANDOM_CHARS)
            .tempdir_in(folder)?;
        let lock = File::create(staging.path().join(LOCK_FILE))?;
        let _ = lock.try_lock();
        Ok(Self {
            folder: folder.to_owned(),
            staging,
            _lock: lock,
            names: names.iter().map(|n| (*n).to_owned()).collect(),
            written: Vec::new(),
        })
    }

    /// The output folder.
    pub fn folder(&self) -> &Path {
        &self.folder
    }

    /// Writes one file of the set, out of sight: nothing in the output folder changes
    /// until [`OutputSet::commit`].
    pub fn write(&mut self, name: &str, bytes: &[u8]) -> io::Result<()> {
        let mut file = File::create(self.staging.path().join(name))?;
        file.write_all(bytes)?;
        file.sync_all()?;
        self.written.push(name.to_owned());
        Ok(())
    }

    /// Writes one file of the set piece by piece (out of sight, like [`OutputSet::write`]):
    /// `write` gets the file, buffered, and the file is flushed and synced after it.
    pub fn write_with(
        &mut self,
        name: &str,
        write: impl FnOnce(&mut dyn Write) -> io::Result<()>,
    ) -> io::Result<()> {
        let mut file = io::BufWriter::new(File::create(self.staging.path().join(name))?);
        write(&mut file)?;
        file.into_inner().map_err(|e| e.into_error())?.sync_all()?;
        self.written.push(name.to_owned());
        Ok(())
    }

    /// The folder the set's files are written in before they are put in place (for a
    /// run's scratch files, removed with it).
    pub fn staging(&self) -> &Path {
        self.staging.path()
    }

    /// Puts the written files in place (and removes the set's other names, left by an
    /// earlier run), then removes the staging folder.
    pub fn commit(self) -> io::Result<()> {
        let plan = Plan {
            moved: self.written.clone(),
            removed: self
                .names
                .iter()
                .filter(|n| !self.written.contains(n))
                .cloned()
                .collect(),
        };
        write_atomically(
            &self.staging.path().join(COMPLETE_FILE),
            plan.to_text().as_bytes(),
        )?;
        plan.carry_out(self.staging.path(), &self.folder)?;
        sync_folder(&self.folder)?;
        self.staging.close()
    }
}

/// What committing a set does: the files moved into place and the names removed.
struct Plan {
    moved: Vec<String>,
    removed: Vec<String>,
}

impl Plan {
    fn to_text(&self) -> String {
        let moved = self.moved.iter().map(|n| format!("+{n}\n"));
        let removed = self.removed.iter().map(|n| format!("-{n}\n"));
        moved.chain(removed).collect()
    }

    fn from_text(text: &str) -> Self {
        let names = |sign: char| {
            text.lines()
                .filter_map(|l| l.strip_prefix(sign))
                .filter(|n| !n.is_empty() && !n.contains(['/', '\\']))
                .map(str::to_owned)
                .collect()
        };
        Self {
            moved: names('+'),
            removed: names('-'),
        }
    }

    /// Moves the staged files into `folder` (a file already moved is skipped) and removes
    /// the names the set does not write.
    fn carry_out(&self, staging: &Path, folder: &Path) -> io::Result<()> {
        for name in &self.moved {
            let staged = staging.join(name);
            if staged.exists() {
                fs::rename(&staged, folder.join(name))?;
            }
        }
        for name in &self.removed {
            match fs::remove_file(folder.join(name)) {
                Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(e),
                _ => {}
            }
        }
        Ok(())
    }
}

/// Staging folders that killed runs left in `folder`: a complete set is moved into place,
/// an incomplete one removed; one whose run still lives (its lock is held) is left alone.
fn finish_or_remove_interrupted_sets(folder: &Path) {
    let Ok(entries) = fs::read_dir(folder) else {
        return;
    };
    for entry in entries.flatten() {
        if !entry
            .file_name()
            .to_string_lossy()
            .starts_with(STAGING_PREFIX)
            || !entry.file_type().is_ok_and(|t| t.is_dir())
        {
            continue;
        }
        let staging = entry.path();
        let lock = File::open(staging.join(LOCK_FILE));
        if lock.as_ref().is_ok_and(|l| l.try_lock().is_err()) {
            continue;
        }
        if let Ok(text) = fs::read_to_string(staging.join(COMPLETE_FILE)) {
            let _ = Plan::from_text(&text).carry_out(&staging, folder);
        }
        drop(lock);
        let _ = fs::remove_dir_all(&staging);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder(name: &str) -> tempfile::TempDir {
        tempfile::Builder::new()
            .prefix(&format!("parksim-atomic-{name}-"))
            .tempdir()
            .unwrap()
    }

    fn entries(folder: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(folder)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn a_write_replaces_the_file_and_leaves_nothing_else() {
        let dir = folder("replace");
        let path = dir.path().join("scene.ron");
        fs::write(&path, "old").unwrap();
        write_atomically(&path, b"new").unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "new");
        assert_eq!(entries(dir.path()), ["scene.ron"]);
    }

    #[test]
    fn a_write_that_fails_midway_keeps_the_old_file_and_no_temporary() {
        let dir = folder("midway");
        let path = dir.path().join("timeseries.csv");
        fs::write(&path, "old contents").unwrap();
        let error = write_atomically_with(&path, |w| {
            w.write_all(&[b'x'; 100_000])?;
            Err(io::Error::other("disk full (injected)"))
        })
        .unwrap_err();
        assert!(error.to_string().contains("injected"), "{error}");
        assert_eq!(fs::read_to_string(&path).unwrap(), "old contents");
        assert_eq!(entries(dir.path()), ["timeseries.csv"]);
    }

    #[test]
    fn a_target_that_is_a_folder_or_under_a_file_gives_an_error_and_changes_nothing() {
        let dir = folder("targets");
        // A target that is a folder with files in it.
        let target = dir.path().join("out.csv");
        fs::create_dir(&target).unwrap();
        fs::write(target.join("keep.txt"), "kept").unwrap();
        assert!(write_atomically(&target, b"new").is_err());
        assert_eq!(fs::read_to_string(target.join("keep.txt")).unwrap(), "kept");
        // A parent that is a regular file.
        let file = dir.path().join("a-file");
        fs::write(&file, "x").unwrap();
        assert!(write_atomically(&file.join("out.csv"), b"new").is_err());
        assert_eq!(fs::read_to_string(&file).unwrap(), "x");
        assert_eq!(entries(dir.path()), ["a-file", "out.csv"]);
        // The same cases are found before any work.
        assert!(check_can_write(&target).is_err());
        assert!(check_can_write(&file.join("out.csv")).is_err());
        check_can_write(&dir.path().join("new.csv")).unwrap();
        assert_eq!(entries(dir.path()), ["a-file", "out.csv"]);
    }

    #[cfg(unix)]
    #[test]
    fn an_unwritable_folder_gives_an_error_and_keeps_the_old_file() {
        use std::os::unix::fs::PermissionsExt;
        let dir = folder("readonly");
        let path = dir.path().join("summary.json");
        fs::write(&path, "old").unwrap();
        fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o555)).unwrap();
        // Root (as in CI) writes anyway: then there is nothing to test here; the other
        // failure tests hold for root too.
        let root = File::create(dir.path().join("probe")).is_ok();
        if !root {
            assert!(write_atomically(&path, b"new").is_err());
            assert_eq!(fs::read_to_string(&path).unwrap(), "old");
        }
        fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o755)).unwrap();
        if !root {
            assert_eq!(entries(dir.path()), ["summary.json"]);
        }
    }

    #[cfg(unix)]
    #[test]
    fn a_new_file_is_readable_by_others_and_a_replaced_one_keeps_its_permissions() {
        use std::os::unix::fs::PermissionsExt;
        let dir = folder("modes");
        let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        // New: as any new file here (read and write for all less the umask), not the
        // temporary file's owner-only 0600.
        let plain = dir.path().join("plain.txt");
        fs::write(&plain, "x").unwrap();
        let new = dir.path().join("scene.ron");
        write_atomically(&new, b"new").unwrap();
        assert_eq!(mode(&new), mode(&plain));
        // Replaced: the mode the user gave the file stays.
        fs::set_permissions(&new, fs::Permissions::from_mode(0o640)).unwrap();
        write_atomically(&new, b"newer").unwrap();
        assert_eq!(mode(&new), 0o640);
    }

    #[test]
    fn temporaries_left_by_killed_writers_are_removed_and_live_ones_kept() {
        let dir = folder("stale");
        let path = dir.path().join("networks.csv");
        let stale = [".networks.csv.tmp-4242", ".networks.csv.Ab12cD.tmp"];
        for name in stale {
            fs::write(dir.path().join(name), "half").unwrap();
        }
        // One being written now (locked) and files that only look alike stay.
        let live = dir.path().join(".networks.csv.Zz99zz.tmp");
        let live_file = File::create(&live).unwrap();
        live_file.lock().unwrap();
        let others = [
            ".networks.csv.tmp-12a",
            "networks.csv.tmp-1",
            ".other.csv.tmp-1",
        ];
        for name in others {
            fs::write(dir.path().join(name), "mine").unwrap();
        }
        write_atomically(&path, b"new").unwrap();
        let mut expected: Vec<&str> = vec!["networks.csv", ".networks.csv.Zz99zz.tmp"];
        expected.extend(others);
        expected.sort();
        assert_eq!(entries(dir.path()), expected);
    }

    #[test]
    fn a_set_changes_nothing_until_committed_and_then_replaces_every_file() {
        let dir = folder("set");
        fs::write(dir.path().join("a.csv"), "old a").unwrap();
        fs::write(dir.path().join("b.json"), "old b").unwrap();
        fs::write(
            dir.path().join("c.csv"),
            "old c, not written by the new run",
        )
        .unwrap();
        fs::write(dir.path().join("notes.txt"), "the user's").unwrap();
        let names = ["a.csv", "b.json", "c.csv"];

        // A run that fails after one file: the old set stays whole, no staging folder.
        let mut set = OutputSet::begin(dir.path(), &names).unwrap();
        set.write("a.csv", b"new a").unwrap();
        assert!(set.write("no/such/b.json", b"new b").is_err());
        drop(set);
        assert_eq!(
            fs::read_to_string(dir.path().join("a.csv")).unwrap(),
            "old a"
        );
        assert_eq!(
            entries(dir.path()),
            ["a.csv", "b.json", "c.csv", "notes.txt"]
        );

        let mut set = OutputSet::begin(dir.path(), &names).unwrap();
        set.write("a.csv", b"new a").unwrap();
        set.write("b.json", b"new b").unwrap();
        assert_eq!(
            fs::read_to_string(dir.path().join("b.json")).unwrap(),
            "old b"
        );
        set.commit().unwrap();
        assert_eq!(
            fs::read_to_string(dir.path().join("a.csv")).unwrap(),
            "new a"
        );
        assert_eq!(
            fs::read_to_string(dir.path().join("b.json")).unwrap(),
            "new b"
        );
        assert_eq!(entries(dir.path()), ["a.csv", "b.json", "notes.txt"]);
    }

    #[test]
    fn sets_left_by_killed_runs_are_finished_when_complete_and_removed_when_not() {
        let dir = folder("killed");
        fs::write(dir.path().join("a.csv"), "old a").unwrap();
        fs::write(dir.path().join("b.json"), "old b").unwrap();
        // Killed while writing: the set is incomplete.
        let partial = dir.path().join(".parksim-run-aaaaaa");
        fs::create_dir(&partial).unwrap();
        fs::write(partial.join(LOCK_FILE), "").unwrap();
        fs::write(partial.join("a.csv"), "half").unwrap();
        let set = OutputSet::begin(dir.path(), &["a.csv", "b.json"]).unwrap();
        drop(set);
        assert_eq!(entries(dir.path()), ["a.csv", "b.json"]);
        assert_eq!(
            fs::read_to_string(dir.path().join("a.csv")).unwrap(),
            "old a"
        );

        // Killed between two renames: a.csv is in place, b.json still staged.
        fs::write(dir.path().join("a.csv"), "new a").unwrap();
        let complete = dir.path().join(".parksim-run-bbbbbb");
        fs::create_dir(&complete).unwrap();
        fs::write(complete.join("b.json"), "new b").unwrap();
        fs::write(complete.join(COMPLETE_FILE), "+a.csv\n+b.json\n").unwrap();
        let set = OutputSet::begin(dir.path(), &["a.csv", "b.json"]).unwrap();
        drop(set);
        assert_eq!(entries(dir.path()), ["a.csv", "b.json"]);
        assert_eq!(
            fs::read_to_string(dir.path().join("b.json")).unwrap(),
            "new b"
        );

        // A run still writing (its lock held) is left alone.
        let live = OutputSet::begin(dir.path(), &["a.csv"]).unwrap();
        let other = OutputSet::begin(dir.path(), &["a.csv"]).unwrap();
        assert!(live.staging.path().exists());
        drop((live, other));
    }
}

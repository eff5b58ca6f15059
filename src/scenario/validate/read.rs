//! Reads a scene file's text, refusing unread what is not a scene file: a folder, a pipe
//! or a device (which could block or never end), or a file larger than the limit.

use std::io::Read;
use std::path::Path;

use super::super::{ScenarioError, ScenarioErrors};
use super::ranges::shown_bound;
use crate::tr;

/// The text of the scene file at `path`, of at most `max_bytes`.
pub(crate) fn read(path: &Path, max_bytes: u64) -> Result<String, ScenarioErrors> {
    let fail = |message: String| {
        ScenarioErrors(vec![ScenarioError {
            file: path.to_path_buf(),
            location: None,
            message,
        }])
    };
    let unreadable = |e: std::io::Error| {
        fail(match e.kind() {
            std::io::ErrorKind::NotFound => tr!("scene-no-such-file"),
            std::io::ErrorKind::PermissionDenied => tr!("scene-permission-denied"),
            std::io::ErrorKind::IsADirectory => tr!("scene-is-folder"),
            _ => tr!("scene-cannot-read", reason = e.to_string()),
        })
    };
    let too_large = |size: u64| {
        fail(tr!(
            "scene-too-large",
            size = shown_size(size),
            limit = shown_size(max_bytes)
        ))
    };
    // Asked of the path, not of an open file: opening a pipe waits for a writer.
    let metadata = std::fs::metadata(path).map_err(unreadable)?;
    if metadata.is_dir() {
        return Err(fail(tr!("scene-is-folder")));
    }
    if !metadata.is_file() {
        return Err(fail(tr!("scene-not-regular-file")));
    }
    if metadata.len() > max_bytes {
        return Err(too_large(metadata.len()));
    }
    let mut bytes = Vec::new();
    std::fs::File::open(path)
        .and_then(|file| file.take(max_bytes + 1).read_to_end(&mut bytes))
        .map_err(unreadable)?;
    // The file may have grown since it was measured.
    if bytes.len() as u64 > max_bytes {
        return Err(too_large(bytes.len() as u64));
    }
    String::from_utf8(bytes).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        fail(tr!("scene-not-utf8", offset = at))
    })
}

/// A file size as people read it: "8,095 bytes", "268,435,456 bytes (256 MiB)".
fn shown_size(bytes: u64) -> String {
    const MIB: u64 = 1024 * 1024;
    let exact = format!("{} bytes", shown_bound(bytes as f64));
    if bytes < MIB {
        return exact;
    }
    let mib = bytes as f64 / MIB as f64;
    if bytes.is_multiple_of(MIB) {
        format!("{exact} ({mib} MiB)")
    } else {
        format!("{exact} ({mib:.1} MiB)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_are_shown_with_their_unit() {
        assert_eq!(shown_size(8095), "8,095 bytes");
        assert_eq!(shown_size(256 * 1024 * 1024), "268,435,456 bytes (256 MiB)");
        assert_eq!(shown_size(23_400_000), "23,400,000 bytes (22.3 MiB)");
    }
}

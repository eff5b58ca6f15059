//! The handout in a real browser: `parksim report` writes Sumgayit alone and the two
//! regimes compared, each in English and in Russian, from a folder outside the project;
//! Debian's `chromium`, headless, opens each with its network log on, takes a screenshot
//! and prints it to PDF. No request may leave the page, no message may reach the console, and
//! the PDF must have a sensible number of A4 pages. A page that breaks both rules is
//! caught by the same checks. Needs `chromium` (`.ci/run` installs it).

use std::path::{Path, PathBuf};
use std::process::Command;

/// Headless, with Chromium's own background traffic off where it can be, and its log
/// (console messages among it) on standard error.
const QUIET: [&str; 8] = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-default-apps",
    "--enable-logging=stderr",
];

/// What chromium made of a page: the URLs it asked for (not files), its console
/// messages, and the number of pages of its PDF.
pub(crate) struct Rendered {
    pub(crate) requests: Vec<String>,
    pub(crate) console: Vec<String>,
    pub(crate) pdf_pages: usize,
    pub(crate) screenshot: PathBuf,
}

pub(crate) fn chromium(page: &Path, dir: &Path) -> Rendered {
    let stem = page.file_stem().unwrap().to_string_lossy().into_owned();
    let net_log = dir.join(format!("{stem}.net.json"));
    let screenshot = dir.join(format!("{stem}.png"));
    let pdf = dir.join(format!("{stem}.pdf"));
    let url = format!("file://{}", page.display());
    let run = |extra: &[String]| {
        let output = Command::new("timeout")
            .arg("120")
            .arg("chromium")
            .args(QUIET)
            .arg(format!("--log-net-log={}", net_log.display()))
            .args(extra)
            .arg(&url)
            .output()
            .expect("chromium is installed (apt-get install chromium; see .ci/run)");
        assert!(
            output.status.success(),
            "chromium failed on {url}: {output:?}"
        );
        String::from_utf8_lossy(&output.stderr).into_owned()
    };
    let log = run(&[
        "--window-size=1000,1400".into(),
        format!("--screenshot={}", screenshot.display()),
    ]);
    let net: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&net_log).unwrap()).unwrap();
    // The page's requests: those made for the file's own origin (Chromium's own, such
    // as its update checks, have other isolation keys).
    let mut requests: Vec<String> = net["events"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| &e["params"])
        .filter(|p| {
            p["network_isolation_key"]
                .as_str()
                .is_some_and(|k| k.contains("file://"))
        })
        .filter_map(|p| p["url"].as_str())
        .filter(|u| !u.starts_with("file:") && !u.starts_with("data:"))
        .map(str::to_owned)
        .collect();
    requests.dedup();
    let console = log
        .lines()
        .filter(|l| l.contains(":CONSOLE"))
        .map(str::to_owned)
        .collect();
    run(&[
        "--no-pdf-header-footer".into(),
        format!("--print-to-pdf={}", pdf.display()),
    ]);
    let bytes = std::fs::read(&pdf).unwrap();
    let pdf_pages = regex::bytes::Regex::new(r"/Type\s*/Page[^s]")
        .unwrap()
        .find_iter(&bytes)
        .count();
    Rendered {
        requests,
        console,
        pdf_pages,
        screenshot,
    }
}

#[test]
fn handouts_render_in_chromium_with_no_request_and_print_to_a4() {
    let dir = std::env::temp_dir().join(format!("parksim-handout-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    let outside = regex::Regex::new(r#"(?i)(src|href)\s*=|url\(|@import"#).unwrap();
    let alone = ["scenes/sumgayit.ron"];
    let regimes = [
        "scenes/sumgayit.ron:az_industrial_park_10y",
        "--compare",
        ":tajikistan_fez",
    ];
    for (name, option, language) in [
        ("sumgayit-en", &alone[..], "en"),
        ("sumgayit-ru", &alone[..], "ru"),
        ("regimes-en", &regimes[..], "en"),
        ("regimes-ru", &regimes[..], "ru"),
    ] {
        let args = [option, &["--lang", language]].concat();
        let page = dir.join(format!("{name}.html"));
        let output = Command::new(env!("CARGO_BIN_EXE_parksim"))
            .arg("report")
            .args(args)
            .args(["--seeds", "1..10", "--out"])
            .arg(&page)
            .current_dir(&dir)
            .output()
            .unwrap();
        assert!(output.status.success(), "{name}: {output:?}");
        let html = std::fs::read_to_string(&page).unwrap();
        // Nothing in the file points outside it.
        assert!(!outside.is_match(&html), "{name} refers outside itself");
        let rendered = chromium(&page, &dir);
        assert!(
            rendered.requests.is_empty(),
            "{name}: {:?}",
            rendered.requests
        );
        assert!(
            rendered.console.is_empty(),
            "{name}: {:?}",
            rendered.console
        );
        assert!(
            (5..=40).contains(&rendered.pdf_pages),
            "{name}: {} A4 pages",
            rendered.pdf_pages
        );
        assert!(std::fs::metadata(&rendered.screenshot).unwrap().len() > 20_000);
        if name == "regimes-ru" {
            assert!(
                html.contains("<html lang=\"ru\">"),
                "the Russian handout says so"
            );
        }
    }
    // The checks can fail: a page that asks the network and writes to the console.
    let bad = dir.join("bad.html");
    std::fs::write(
        &bad,
        "<!DOCTYPE html><html><body><img src=\"http://example.invalid/x.png\">\
         <script>console.error(\"broken\")</script></body></html>",
    )
    .unwrap();
    let rendered = chromium(&bad, &dir);
    assert_eq!(rendered.requests, ["http://example.invalid/x.png"]);
    assert_eq!(rendered.console.len(), 1, "{:?}", rendered.console);
    let _ = std::fs::remove_dir_all(&dir);
}

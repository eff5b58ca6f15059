//! The Sumgayit scene's early years against SCIP's history (calibration.md): over 20
//! seeds, the median number of registered residents at the end of 2017 and of operating
//! residents at the end of 2021.

mod common;

fn median(mut v: Vec<u32>) -> f64 {
    v.sort_unstable();
    let n = v.len();
    if n % 2 == 1 {
        v[n / 2] as f64
    } else {
        (v[n / 2 - 1] + v[n / 2]) as f64 / 2.0
    }
}

#[test]
fn sumgayit_fills_up_like_scip() {
    let scenario = common::sumgayit();
    let mut registered_2017 = Vec::new();
    let mut operating_2021 = Vec::new();
    for seed in 0..20 {
        let sim = common::run(&scenario, seed, 121);
        let at = |date: &str| {
            sim.records()
                .iter()
                .find(|r| r.date.to_string() == date)
                .cloned()
                .expect("month simulated")
        };
        registered_2017.push(at("2017-12").registered_firms);
        operating_2021.push(at("2021-12").operating_firms);
    }
    let (r, o) = (
        median(registered_2017.clone()),
        median(operating_2021.clone()),
    );
    // SCIP: 12 registered in Nov 2017; 17 operating in Nov 2021.
    assert!(
        (6.0..=18.0).contains(&r),
        "median registered end-2017: {r} ({registered_2017:?})"
    );
    assert!(
        (10.0..=25.0).contains(&o),
        "median operating end-2021: {o} ({operating_2021:?})"
    );
}

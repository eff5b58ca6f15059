//! Touches to the RON text that parksim writes: a number that came out as negative zero
//! (`-0.0`, say a point moved back onto an axis) is written as the zero it is, `0.0`.

/// `text` with every number `-0.0` outside string literals written `0.0`.
pub(crate) fn without_negative_zeros(text: &str) -> String {
    const NEGATIVE_ZERO: &str = "-0.0";
    let mut out = String::with_capacity(text.len());
    let mut in_string = false;
    let mut escaped = false;
    let mut previous = ' ';
    for (i, c) in text.char_indices() {
        if in_string {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
        } else if c == '"' {
            in_string = true;
        } else if c == '-'
            && !(previous.is_alphanumeric() || previous == '_' || previous == '.')
            && text[i..].starts_with(NEGATIVE_ZERO)
            && !text[i + NEGATIVE_ZERO.len()..]
                .starts_with(|n: char| n.is_ascii_digit() || n == 'e' || n == 'E')
        {
            previous = c;
            continue;
        }
        out.push(c);
        previous = c;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::without_negative_zeros;
    use crate::scenario::raw::Num;
    use crate::scenario::{synthetic, to_ron};

    #[test]
    fn a_saved_scene_writes_zero_never_negative_zero() {
        let mut raw = synthetic::park(3, 1);
        // A point moved back onto the axes, and a share that came out as -0.
        raw.park.boundary_m[0] = (-0.0, -0.0);
        raw.regimes[0].rent_discount_share = Num::plain(-0.0);
        let text = to_ron(&raw).unwrap();
        assert!(!text.contains("-0.0"), "{text}");
        assert!(text.contains("rent_discount_share: 0.0"), "{text}");
        crate::scenario::parse(&text, std::path::Path::new("saved.ron")).unwrap();
        // A number with its source, written by itself.
        let sourced = ron::to_string(&Num::sourced(-0.0, "estimate")).unwrap();
        assert_eq!(sourced, "(value:0.0,source:\"estimate\")");
        assert_eq!(ron::to_string(&Num::plain(-0.0)).unwrap(), "0.0");
    }

    #[test]
    fn negative_zeros_become_zeros_and_nothing_else_changes() {
        assert_eq!(
            without_negative_zeros("[(-0.0, 5.0), (1.0,-0.0)]"),
            "[(0.0, 5.0), (1.0,0.0)]"
        );
        for unchanged in [
            "-0.05",
            "-0.0e5",
            "-10.0",
            "x-0.0",
            "(name: \"Phase -0.0\", v: 1.0)",
            "(name: \"say \\\"-0.0\\\"\", v: 2.0)",
            "1e-0.0",
        ] {
            assert_eq!(without_negative_zeros(unchanged), unchanged);
        }
        assert_eq!(
            without_negative_zeros("(a: \"\\\\\", b: -0.0)"),
            "(a: \"\\\\\", b: 0.0)",
            "an escaped backslash ends before the closing quote"
        );
    }
}

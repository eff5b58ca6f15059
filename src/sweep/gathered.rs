//! What a sweep keeps of its runs while they come in, a chunk of seeds at a time: each
//! seed's end-of-run figures (a few numbers a seed), and — for the bands — every series
//! month-major in a scratch file beside the output, so that one month of all the seeds can
//! be read back at once. A sweep of any number of seeds holds one chunk of runs and one
//! month of every seed in memory, never every series of every seed.

use std::fs::File;
use std::io::{Cursor, Read, Seek, SeekFrom, Write};
use std::path::Path;

use super::Sweep;
use super::files::end_figures;

/// Scratch storage: a file (removed when dropped) or, for small sweeps and tests, memory.
trait Scratch: Read + Write + Seek + Send {}
impl<T: Read + Write + Seek + Send> Scratch for T {}

/// One chunk of runs in the scratch storage: where it starts and how many runs it holds.
#[derive(Clone, Copy, Debug)]
struct Chunk {
    offset: u64,
    runs: usize,
}

/// The runs of a sweep gathered chunk by chunk, in seed order.
pub struct Gathered {
    /// The numeric columns of the series (see [`Sweep::columns`]).
    pub columns: Vec<String>,
    /// The month of each row, `YYYY-MM`.
    pub dates: Vec<String>,
    /// Every seed, ascending.
    pub seeds: Vec<u64>,
    /// The end-of-run figures (see [`end_figures`]): name, and a value per seed.
    pub figures: Vec<(String, Vec<f64>)>,
    /// The series, month-major within each chunk; none when only the figures are kept.
    series: Option<Box<dyn Scratch>>,
    chunks: Vec<Chunk>,
}

/// Bytes of one value in the scratch storage (an f64, little-endian: bit for bit).
const VALUE_BYTES: usize = 8;

impl Gathered {
    /// Gathers the end-of-run figures and every series, spilled to a scratch file in
    /// `folder` (removed when this is dropped, even if the program is killed: the file has
    /// no name).
    pub fn spilled_in(folder: &Path) -> std::io::Result<Self> {
        let file: File = tempfile::tempfile_in(folder)?;
        Ok(Self::with(Some(Box::new(file))))
    }

    /// Gathers the end-of-run figures and every series, in memory.
    pub fn in_memory() -> Self {
        Self::with(Some(Box::new(Cursor::new(Vec::new()))))
    }

    /// Gathers only the end-of-run figures (one side of a comparison, whose bands are of
    /// the difference).
    pub fn figures_only() -> Self {
        Self::with(None)
    }

    fn with(series: Option<Box<dyn Scratch>>) -> Self {
        Self {
            columns: Vec::new(),
            dates: Vec::new(),
            seeds: Vec::new(),
            figures: Vec::new(),
            series,
            chunks: Vec::new(),
        }
    }

    /// All of a sweep held in memory, gathered (one chunk).
    pub fn of(sweep: &Sweep) -> Result<Self, String> {
        let mut gathered = Self::in_memory();
        gathered.add(sweep)?;
        Ok(gathered)
    }

    /// Adds a chunk of runs, whose seeds all come after those already gathered. Refused
    /// for a seed gathered already, or runs of other columns or months.
    pub fn add(&mut self, chunk: &Sweep) -> Result<(), String> {
        if chunk.runs.is_empty() {
            return Ok(());
        }
        if self.seeds.is_empty() {
            self.columns = chunk.columns.clone();
            self.dates = chunk.dates.clone();
        } else if chunk.columns != self.columns || chunk.dates != self.dates {
            return Err(crate::tr!("cli-merge-different-sweeps"));
        }
        let mut last = self.seeds.last().copied();
        for run in &chunk.runs {
            if last.is_some_and(|l| run.seed <= l) {
                return Err(crate::tr!(
                    "cli-merge-seed-twice",
                    seed = run.seed.to_string()
                ));
            }
            last = Some(run.seed);
        }
        let figures = end_figures(chunk);
        if self.figures.is_empty() {
            self.figures = figures;
        } else {
            for ((_, all), (_, more)) in self.figures.iter_mut().zip(figures) {
                all.extend(more);
            }
        }
        self.seeds.extend(chunk.runs.iter().map(|r| r.seed));
        if let Some(series) = &mut self.series {
            let offset = series.seek(SeekFrom::End(0)).map_err(scratch_error)?;
            let n = self.columns.len();
            let mut bytes = Vec::with_capacity(chunk.runs.len() * n * VALUE_BYTES);
            for m in 0..self.dates.len() {
                for run in &chunk.runs {
                    for v in &run.values[m * n..(m + 1) * n] {
                        bytes.extend_from_slice(&v.to_le_bytes());
                    }
                }
            }
            series.write_all(&bytes).map_err(scratch_error)?;
            self.chunks.push(Chunk {
                offset,
                runs: chunk.runs.len(),
            });
        }
        Ok(())
    }

    /// Month `m` (from 0) of every seed, in seed order: `values[run * columns + column]`.
    pub fn month(&mut self, m: usize) -> Result<Vec<f64>, String> {
        let n = self.columns.len();
        let series = self
            .series
            .as_mut()
            .ok_or("only the end-of-run figures of these runs were kept")?;
        let mut values = Vec::with_capacity(self.seeds.len() * n);
        let mut bytes = Vec::new();
        for chunk in &self.chunks {
            let block = chunk.runs * n * VALUE_BYTES;
            bytes.resize(block, 0);
            series
                .seek(SeekFrom::Start(chunk.offset + (m * block) as u64))
                .map_err(scratch_error)?;
            series.read_exact(&mut bytes).map_err(scratch_error)?;
            values.extend(bytes.chunks_exact(VALUE_BYTES).map(|b| {
                let mut value = [0; VALUE_BYTES];
                value.copy_from_slice(b);
                f64::from_le_bytes(value)
            }));
        }
        Ok(values)
    }
}

fn scratch_error(e: std::io::Error) -> String {
    format!("cannot use the sweep's scratch file: {e}")
}

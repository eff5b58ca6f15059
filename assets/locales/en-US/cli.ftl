# parksim's command line — English (en-US): what the commands print on the terminal.

## parksim compare: the table of the two options
cli-compare-seeds = { $seeds ->
    [one] { $seeds } seed
   *[other] { $seeds } seeds
}, the same for both
cli-compare-figure = figure
cli-compare-base-median = BASE median
cli-compare-other-median = OTHER median
cli-compare-difference = OTHER − BASE: median (p10 … p90)
cli-compare-other-better = OTHER better

## parksim n1: the N-1 table of every utility
cli-n1-heading = N-1 in { $month }: what each asset's failure alone leaves unserved, with this month's demand
# $demand and $short arrive formatted; $unit is the utility's unit (MW, m³/h, t/h).
cli-n1-utility = { $utility } ({ $unit }): demand { $demand } { $unit }, not served with everything in service { $short } { $unit }
cli-n1-pooled = (no network in the scene: its sources pool their capacity park-wide)
cli-n1-asset = asset
cli-n1-kind = kind
cli-n1-capacity = capacity
cli-n1-flow = flow now
cli-n1-unserved = unserved if out
cli-n1-pct-demand = % demand
cli-n1-source = source
cli-n1-link = link

## Every command: failures and what was written
# $error is the operating system's reason, in its own words.
cli-error = error: { $message }
cli-no-language = parksim: --lang { $code }: there are no texts in that language; there are: { $languages }
cli-no-planner = parksim: this build has no planner (built without the `gui` feature); running { $scene } headless.
cli-cannot-create-folder = cannot create the output folder { $folder }: { $error }
cli-cannot-write-in-folder = cannot write in the output folder { $folder }: { $error }
cli-cannot-write = cannot write { $file }: { $error }
cli-cannot-read = cannot read { $file }: { $error }
cli-cannot-put-files = cannot put the files in { $folder }: { $error }
cli-cannot-format = cannot format the output: { $error }
cli-cannot-scratch = cannot make a scratch file in the output folder: { $error }
cli-wrote = Wrote { $file }
cli-wrote-run = Wrote { $files }
cli-wrote-export = Wrote { $file } (the park in { $month })
cli-wrote-synth = Wrote { $file } ({ $plots ->
    [one] { $plots } plot
   *[other] { $plots } plots
})
cli-progress-months = Simulating to { $month }
cli-progress-months-unit = months
cli-progress-seeds = Running seeds

## The month asked for with --month
cli-month-range = choose a month from { $start } to { $last } (the scene's run of { $months } months)
cli-month-before-run = { $month } is before the run starts; { $range }
cli-month-after-run = { $month } is after the run ends; { $range }
cli-not-a-month = "{ $text }" is not a month; write it as YYYY-MM

## parksim validate
cli-sources-heading = { $file }: { $count ->
    [one] { $count } value or record marked as an estimate
   *[other] { $count } values and records marked as estimates
}, by section (a value with a published source is not listed)
cli-sources-section = { $section } ({ $count })
cli-valid-tour = { $file }: valid — tour "{ $tour }", { $steps ->
    [one] { $steps } step
   *[other] { $steps } steps
} on { $park }
cli-valid = { $file }: valid — { $park }, { $plots ->
    [one] { $plots } plot
   *[other] { $plots } plots
} ({ $area_ha } ha), { $utilities ->
    [one] { $utilities } utility
   *[other] { $utilities } utilities
}, { $archetypes ->
    [one] { $archetypes } archetype
   *[other] { $archetypes } archetypes
}, { $anchors ->
    [one] { $anchors } named resident
   *[other] { $anchors } named residents
}

## parksim run: the summary of the run
cli-summary-none = no months simulated
cli-summary-park = Park
cli-summary-period = Period
cli-summary-period-value = { $first } – { $last } ({ $months } months)
cli-summary-residents = Residents
cli-summary-residents-value = { $registered } registered, { $operating } operating, { $building } under construction
cli-summary-land = Land
cli-summary-land-value = { $let_ha } ha of { $area_ha } ha let ({ $pct } %)
cli-summary-jobs = Jobs
cli-summary-jobs-value = { $jobs } permanent
cli-summary-investment = Investment
cli-summary-power = Power
cli-summary-power-value = { $demand } MW demand of { $capacity } MW capacity
cli-summary-taxes = Taxes paid
cli-summary-tax-expenditure = Tax expenditure
cli-summary-rent = Rent collected
cli-million-usd = { $amount } million USD

## parksim ledger: the fiscal ledger per resident
cli-ledger-heading = Fiscal ledger of { $park } in { $month } (seed { $seed }), per resident since it registered
cli-ledger-firm = firm
cli-ledger-resident = resident
cli-ledger-anyway = anyway
cli-ledger-jobs = jobs (promised)
cli-ledger-invest = invest. M USD
cli-ledger-rent = rent
cli-ledger-taxes = taxes
cli-ledger-te = TE
cli-ledger-net = net PV M USD
cli-ledger-te-per-job = TE/job
cli-ledger-yes = yes
cli-ledger-no = no
cli-ledger-totals = { $residents ->
    [one] { $residents } resident
   *[other] { $residents } residents
}: { $jobs } jobs of { $promised } promised; rent { $rent } M USD, taxes paid { $taxes } M USD, tax expenditure { $te } M USD ({ $te_per_job } USD per job now); net fiscal effect of the residents, discounted: { $net } M USD (money in million USD; "anyway": would have come without incentives; TE: tax expenditure)

## parksim sweep, compare, merge
cli-seeds-expected = "{ $text }": expected seeds as A..B, e.g. 1..100
cli-seeds-reversed = "{ $text }": the first seed is after the last; expected A..B with A ≤ B
cli-seeds-too-many = "{ $text }": { $seeds } seeds; a sweep takes at most { $most } (cut it into shards)
cli-shard-expected = "{ $text }": expected a shard as K/N with 0 ≤ K < N, e.g. 0/4
cli-merge-nothing = no partial results to merge
cli-merge-different-scenes = the partial results are of different scenes: { $scenes }
cli-merge-different-sweeps = the partial results are of different sweeps (their columns or months differ)
cli-merge-seed-twice = seed { $seed } is in two partial results, or out of order: were the shards of one sweep?
cli-merge-cut-short = { $file }: seed { $seed } has { $values } values, expected { $expected }: the file is cut short
cli-merge-not-a-number = { $file }: line { $line }: "{ $cell }" is not a number
cli-compare-base = BASE
cli-compare-other = OTHER

## parksim export
cli-no-origin = the scene does not place its park on the earth: add `origin_lat_lon: (LATITUDE, LONGITUDE)` (WGS 84 degrees of the point x 0 m, y 0 m) to `park`
cli-no-utility = there is no utility "{ $id }"
cli-no-network = utility "{ $id }" has no network in the scene
cli-no-water-utility = the scene has no water utility to export
cli-no-water-network = no network is given for the water utilities of the scene ({ $utilities }); EPANET needs pipes
cli-not-water = utility "{ $id }" is not water; EPANET models water networks
cli-not-finite = { $what } is not a finite number ({ $value }); the EPANET file is not written
cli-what-plot-water = the water demand of plot { $id }
cli-what-link-diameter = the pipe diameter of link { $id } (from its capacity)
cli-what-link-length = the length of link { $id }
cli-node-not-finite = the location of node { $id } is not a finite number; the EPANET file is not written
cli-no-wgs84 = the point x { $x } m, y { $y } m of the park has no WGS 84 position (from origin_lat_lon { $origin })

## --help: what each command and flag does
cli-help-usage = Usage
cli-help-commands = Commands
cli-help-arguments = Arguments
cli-help-options = Options
cli-help-help = Print help
cli-help-version = Print version
cli-help-help-command = Print this message or the help of the given command
cli-help-help-which = The command whose help to print
cli-help-about = parksim — industrial-park site and infrastructure simulator. Without a command it opens the planner on a scene.
cli-help-lang = Language of the messages and the planner: en, ru (Русский), tg (Тоҷикӣ) or az (Azərbaycanca). Default: the planner's last choice, else LC_ALL, LC_MESSAGES or LANG.
cli-help-open-scene = The scene file to open (default: scenes/sumgayit.ron).
cli-help-screenshot = Run --months months at full speed, save a picture of the window to this PNG file and exit.
cli-help-screenshot-months = Months to simulate before the screenshot.
cli-help-frame-times = For benchmarks: pan and zoom the map by script for this many frames paused and as many playing, print the planner's frame CPU time and exit.
cli-help-present = Open in presentation mode: full screen, large text, the map, one chart and the headline figures (F5 or Esc leaves it).
cli-help-select = With --screenshot: select this plot (by id) before the picture.
cli-help-each-tab = With --screenshot: one picture per tab of the charts panel (FILE-firms.png, …).
cli-help-baseline = Open with this scene pinned as the baseline: a scene file, optionally with :PRESET to put a regime on it (e.g. scenes/sumgayit.ron:tajikistan_fez).
cli-help-split-map = With --baseline: open with the map split, the baseline's park on the left.
cli-help-band-seeds = Seeds of the bands behind the charts (default 100; 10 to 1,000).
cli-help-layer = The map layer to open on: zones, phase, status (the default), sector, utility-loading, headroom or rent.
cli-help-sources = Open with the Sources and assumptions window shown (every value the scene marks as an estimate).
cli-help-scene-file = The scene file (.ron).
cli-help-run = Simulate a scene month by month and write timeseries.csv and summary.json.
cli-help-run-months = Months to simulate (default: the scene's simulation.months).
cli-help-seed = Seed of the random draws (default: the scene's simulation.seed).
cli-help-out-folder = Folder for the outputs; created if missing.
cli-help-all-links = List every plot's service line in networks.csv even in a park of more than 1,000 plots (where only sources and links between them and junctions are listed).
cli-help-regime = Run the layout under this incentive regime from the start instead of the scene's (a preset of scenes/regimes, e.g. tajikistan_fez).
cli-help-n1 = The N-1 table: for every utility source and network link, what is left unserved if it alone fails, with the park's demand of a month.
cli-help-n1-month = The month whose demand is used, YYYY-MM (default: the last month of the run).
cli-help-ledger = The fiscal ledger per resident: jobs and investment promised and delivered, rent, taxes paid, tax expenditure by instrument and the net fiscal effect, at a month.
cli-help-ledger-month = The month to run to, YYYY-MM (default: the last month of the run).
cli-help-ledger-out = Also write the ledger as CSV to this file.
cli-help-export = Export the layout for GIS (GeoJSON) or a water network for hydraulic models (EPANET .inp), with the state of a simulated month.
cli-help-export-format = geojson (layout, zones, plots with attributes, networks) or epanet (a water network, with the plots' demand as base demands).
cli-help-export-out = The file to write.
cli-help-export-month = The simulated month whose state is exported, YYYY-MM (default: the run's last).
cli-help-export-utility = For epanet: the water utility (default: the first with a network).
cli-help-validate = Check scene files; prints every problem with its line and column.
cli-help-validate-scenes = One or more scene files.
cli-help-validate-sources = With --sources: instead of the summary, list every value and record the scene marks as an estimate, by section, with its source.
cli-help-synth = Write a synthetic park of N plots (same format) for scale tests and benchmarks.
cli-help-synth-plots = Number of plots.
cli-help-synth-out = The scene file to write.
cli-help-synth-seed = Seed of the layout and of the scene's runs.
cli-help-synth-networks = Give every utility a network (a backbone along the rows, a service line to each plot) instead of pooling its sources park-wide.
cli-help-sweep = Run a scene for many seeds in parallel and write, per month, the p10, median, p90 and mean of every column (bands.csv), each seed's end-of-run figures (runs.csv) and their medians with p10–p90 (summary.json).
cli-help-compare = Run two options on the same seeds and write the bands of their paired difference (difference_bands.csv) and a table of the end-of-run figures (comparison.csv). Each option is a scene file, optionally with :PRESET to put a regime on it, e.g. scenes/sumgayit.ron:tajikistan_fez.
cli-help-compare-base = The option compared against.
cli-help-compare-other = The option compared with it.
cli-help-merge = Put the partial results of a sharded sweep (or comparison) together: exactly the files one unsharded sweep (or comparison) writes.
cli-help-merge-parts = The shards' output folders.
cli-help-merge-out = Folder for the merged outputs; created if missing.
cli-help-report = Writes the handout for a delegation: one HTML file with no outside requests (maps, charts with bands over the seeds, the ledger, the model in one page, sources and assumptions), for email, offline reading and printing to A4.
cli-help-report-scene = The scene (scenes/NAME.ron), with :PRESET to put a regime preset on it.
cli-help-report-compare = A second option on the same seeds: another scene (with :PRESET) or :PRESET for the same scene under another regime; both show on each chart, with a table of paired differences.
cli-help-report-map-months = The months the maps show, comma-separated (YYYY-MM,…); by default a third of the way, two thirds and the last month.
cli-help-report-out = The HTML file to write (replaced whole: written to a temporary file, then renamed).
cli-help-report-png = Also writes each chart as a PNG file in this folder, for slides.
cli-help-tour = Plays a guided tour (tours/*.ron) in the planner, in presentation mode: Page Down or → next step, Page Up or ← back, Esc leaves the tour.
cli-help-tour-file = The tour file (tours/sumgayit_2011_2025.ron and tours/two_regimes.ron come with the program).
cli-help-tour-check = Plays every step forward and back, checks that each comes back exactly as first shown, and exits (for tests).
cli-help-tour-screenshot = With the check: a picture of each step beside this file (FILE-01-ID.png, …).
cli-help-seeds = The seeds, first and last included (a comparison runs both options on each).
cli-help-runs-months = Months to simulate (default: the scene's simulation.months; BASE's for compare).
cli-help-jobs = Threads (default: one per core). The files are the same for any number.
cli-help-shard = Run only the K-th of N slices of the seeds (K from 0, as a Slurm array task numbers them) and write its partial result, for parksim merge.
cli-months-without-screenshot = --months without a command goes with --screenshot; to run a scene headless use `parksim run SCENE --months N`
cli-wrote-handout = Wrote the handout { $file } ({ $kb } kB)
cli-wrote-png = Wrote { $count } charts as PNG in { $folder }
cli-report-bad-month = "{ $text }" is not a month of the run: write YYYY-MM, from { $start } to { $end }
cli-report-failed = The handout could not be drawn: { $reason }
cli-report-different-runs = { $base } and { $other } do not run the same months (their start and length differ): they cannot be compared month by month
cli-tour-no-planner = The tour "{ $tour }" ({ $steps } steps) is valid, but this build has no planner (built without the `gui` feature) to play it.
cli-no-planner-flags = this build has no planner (it was built without the `gui` feature), so it cannot take screenshots, time frames or present

## parksim calibrate
cli-help-calibrate = Fit scene parameters to the scene's observed points up to a month (Nelder–Mead, the same seeds for every candidate), and score every point after it: the backtest.
cli-help-calibrate-fit = The parameters to fit, comma-separated: park_appeal (every sector's, moved together), park_appeal:SECTOR, rent_sensitivity, prospects_per_year:SECTOR, dormant_share.
cli-help-calibrate-until = Fit on the observed points up to this month, YYYY-MM (default: all of them); the later points are the backtest.
cli-help-calibrate-on = Fit on these kinds of observed point only, comma-separated: registered, operating, investment, portfolio, jobs, land_let, land_free, output (default: every kind); the others are scored with the points after --until.
cli-help-calibrate-seeds = Seeds each candidate runs, 1 to N (default 20); the loss is the mean relative error of the medians over them.
cli-help-calibrate-iterations = Most Nelder–Mead iterations (default 60).
cli-help-calibrate-out = Write the fitted scene to this file.
cli-calibrate-heading = Fitted on { $points } observed points up to { $until }, over seeds 1 to { $seeds } ({ $candidates } candidates run):
cli-calibrate-value = { $parameter }: { $from } → { $to }
cli-calibrate-point = { $month }  { $column }: observed { $observed }, median { $median }, error { $error } %
cli-calibrate-in-sample = In sample (the points fitted): mean error { $error } %
cli-calibrate-out-of-sample = Not fitted (after that month, or of a kind not fitted): mean error { $error } %
cli-calibrate-none-after = Out of sample: no observed point after that month.
cli-calibrate-no-points = the scene has no observed point up to that month to fit on
cli-calibrate-no-sector = there is no sector "{ $sector }" with arrivals; the sectors are: { $sectors }
cli-calibrate-bad-parameter = "{ $text }" is not a parameter to fit; choose from park_appeal, park_appeal:SECTOR, rent_sensitivity, prospects_per_year:SECTOR, dormant_share
cli-calibrate-bad-kind = "{ $text }" is not a kind of observed point; choose from { $kinds }
cli-calibrate-source = fitted by parksim calibrate on the observed points up to { $until } over { $seeds } seeds

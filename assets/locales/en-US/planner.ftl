# parksim planner — English (en-US), the fallback for every other language.
# Ids are grouped by where they appear. Numbers arrive already formatted (e.g. "12.5"),
# so a translation only moves words around them. Keep units (ha, MW, m³/h, AZN, USD).
# Months ($month, $from, $start, $end) arrive as the language names them ("November 2021",
# "ноябрь 2021 г.", CLDR's month standing alone): place them where that form reads right.

## Top bar: time controls
time-before = Before { $month }
time-month = Month: { $month }
time-play = ▶ Play
time-pause = ⏸ Pause
time-step = Step one month
time-speed = Speed:
time-jump-to = Jump to (YYYY-MM):
time-go = Go
time-run-ends = Run ends { $month }
time-scrub-hint = Drag to any month of the run, backwards or forwards: going back runs the park again from its start, with the same seed, so every month is as it was.
speed-fastest = as fast as possible
speed-months-per-second = { $months ->
    [one] { $months } month per second
   *[other] { $months } months per second
}
msg-before-start = { $month } is before the run starts ({ $start }).
msg-after-end = { $month } is after the run ends ({ $end }).
msg-month-format = Write the month as YYYY-MM, e.g. 2018-06.
status-idle = Press F1 for the keyboard shortcuts.

## Left panel: layers, legend, park summary
panel-map-layer = Map layer
panel-legend = Legend
panel-fit = Fit park to window
panel-map-hint = Drag to pan, wheel to zoom, click a plot or a utility source to inspect it.
panel-park-now = Park now
now-firms = { $registered ->
    [one] { $registered } resident
   *[other] { $registered } residents
} registered, { $operating } operating
now-let = { $let_ha } of { $total_ha } ha let ({ $pct } %)
now-jobs = { $jobs } permanent jobs
now-power = { $demand } MW of { $capacity } MW power

layer-zone = Zones
layer-phase = Phase (when the land opens)
layer-status = Plot status
layer-sector = Sector of the resident
layer-utility-loading = Utility loading
layer-rent = Rent per hectare

legend-no-resident = No resident
legend-phase-start = Open from the start
legend-phase = { $phase }: opens { $month }
legend-phase-not-open = Paler: not open yet
legend-not-yet-open = Not open yet (its phase opens later)
legend-loading-0 = 0 % of capacity used
legend-loading-50 = 50 %
legend-loading-100 = 100 % or more (shortage)
legend-rent = { $rent } { $currency } per ha a year

status-free = Free
status-reserved = Reserved for a named resident
status-under-construction = Under construction
status-dormant = Registered, not building
status-operating = Operating

zone-industrial = Industrial
zone-social = Social
zone-logistics = Logistics
zone-utility = Utility
zone-green-buffer = Green buffer

utility-power = Power
utility-gas = Natural gas
utility-water = Water
utility-wastewater = Wastewater
utility-steam = Steam

## Inspector
panel-inspector = Inspector
panel-inspector-hint = Click a plot or a utility source on the map.
fact-plot = Plot
fact-area = Area
fact-zone = Zone
fact-phase = Phase
phase-of-zone = Its zone's phase
fact-zone-kind = Kind
fact-zone-plots = Plots in it
value-zone-plots = { $plots ->
    [one] 1 plot
   *[other] { $plots } plots
}, { $ha } ha
zone-kind-heading = Kind of zone
zone-redraw = Redraw its outline on the map
zone-redraw-hint = Click the corners of the new outline on the map; click the first corner again, or press Enter, to finish. Its plots must stay inside it.
zone-delete = Delete this zone
zone-delete-hint = A zone can be deleted once no plot is in it.
fact-serviced = Serviced
fact-rent = Rent
fact-status = Status
fact-reserved-for = Reserved for
fact-resident = Resident
fact-kind = Kind
fact-registered = Registered
fact-first-output = First output
fact-full-output = Full output
fact-stage = Stage
fact-jobs = Jobs
fact-investment = Investment
fact-output-month = Output this month
fact-utilities-delivered = Utilities delivered
fact-rent-paid = Rent paid so far
fact-taxes-paid = Taxes paid so far
fact-incentives-received = Incentives received so far
fact-of-which = { "  " }of which { $line }
yes = yes
no = no
value-ha = { $ha } ha
value-million-usd = { $amount } million USD
value-rent-per-year = { $rent } { $currency } a year ({ $usd } USD)
value-reserved-for = { $name } (registers { $month })
value-ramping-up = Ramping up ({ $pct } % of capacity)
value-not-building = none: registered, not building
value-jobs-of = { $now } of { $promised } permanent
value-x-of-y = { $x } of { $y }
value-pct-of-needs = { $pct } % of its needs
value-pct-of-needs-short = { $pct } % of its needs: short of { $utility }
value-utility-need = needs { $need } { $unit } at full output; network { $demand } of { $capacity } { $unit }

ledger-profit-tax = profit tax
ledger-property-tax = property tax
ledger-land-tax = land tax
ledger-import-vat = VAT on imported equipment
ledger-import-duty = customs duty on imported equipment
ledger-utility-refund = utility bill refund

plot-tooltip-title = Plot { $id }
plot-tooltip-area = { $ha } ha, { $zone }

## Charts
chart-firms = Residents
chart-occupancy = Occupancy
chart-jobs = Jobs
chart-investment = Investment
chart-utilities = Utilities
chart-fiscal = Fiscal ledger
unit-firms = firms
unit-pct-plot-area = % of plot area
unit-permanent-jobs = permanent jobs
unit-million-usd = million USD
unit-million-usd-cum = million USD, cumulative
unit-pct-capacity = % of capacity
unit-mw = MW
unit-m3-per-hour = m³/h
unit-t-per-hour = t/h
series-registered = Registered
series-operating = Operating
series-occupancy = Occupancy
series-jobs = Jobs
series-investment-cum = Investment, cumulative
series-investment-portfolio = Investment committed by registered residents
series-utility-demand = { $utility }: peak hour, % of capacity ({ $unit })
series-taxes-paid = Taxes paid
series-tax-expenditure = Tax expenditure
series-rent = Rent
series-infrastructure = Public infrastructure (utility expansions, site preparation)

## Scene: files, undo, seed, boundary
scene-heading = Scene
scene-undo = Undo
scene-redo = Redo
scene-unsaved = unsaved changes
scene-save-as = Save as:
scene-save = Save
scene-open-label = Open:
scene-open = Open
scene-save-first = Save (or undo) the changes first
scene-new-park = New park
scene-new-park-hint = An empty park from { $template }, to lay out and save
scene-site = Site:
scene-set-boundary = Set boundary
scene-set-boundary-hint = A rectangular site from (0, 0); plots must stay inside it
scene-seed = Seed:
scene-restart-seed = Restart with this seed
suffix-m = { " " }m
suffix-m-wide = { " " }m wide
suffix-m-deep = { " " }m deep
msg-opened = Opened { $path }
msg-opened-built-in = Opened { $path }, built into parksim
msg-saved = Saved { $path }

save-note-new-name = Save writes { $new }: saving over { $file } would lose { $lost }.
save-note-built-in = { $file } is built into parksim (there is no such file here): Save writes your park to { $new } in this folder.
save-no-path = Type the file to save to (e.g. scenes/my-park.ron).
save-loss-comments = { $comments ->
    [one] { $comments } comment line
   *[other] { $comments } comment lines
}
save-loss-layout = its own layout (line breaks, spacing, how values are spelled, values stated at their defaults)
save-loss-two = { $first } and { $second }
save-loss-not-a-scene = all of it ({ $lines } lines): it is not a scene file
overwrite-title = Overwrite { $file }?
overwrite-loses = Saving over { $file } loses { $lost }: the planner writes the scene's values, not a file's comments (sources, notes) or its own layout.
overwrite-other-file = { $file } is not the file this scene was opened from: saving replaces what is in it.
overwrite-lose = Overwrite and lose them
overwrite-replace = Replace it
overwrite-save-instead = Save as { $new } instead
overwrite-cancel = Cancel

quit-title = Unsaved changes
quit-question = The scene has changes that are not saved.
quit-save = Save and quit
quit-discard = Quit without saving
quit-cancel = Cancel

## Parameters
params-incentives = Incentives and demand
params-regime = { $name } (from { $from })
suffix-exemption-years = { " " }years of exemptions
params-rent = Rent "{ $schedule }", { $currency } a year
prefix-first-ha = first ha{ " " }
prefix-further-ha = further ha{ " " }
params-arrivals = { $sector } prospects/year
params-sources = Utility sources
params-phases = Phases of the land
params-phase-opens = Opens (year, month):
params-add-source = Add a source of { $utility }
params-new-source-name = New source of { $utility } { $n }

## Adding and editing plots
add-plot-heading = Add a plot
prefix-west-edge = west edge x{ " " }
prefix-south-edge = south edge y{ " " }
prefix-width = width{ " " }
prefix-depth = depth{ " " }
add-plot-button = Add plot
edit-heading = Edit this plot
edit-move-10m = Move 10 m:
edit-west = west
edit-east = east
edit-north = north
edit-south = south
edit-resize = Resize
edit-split-side = Split side by side
edit-split-across = Split across
edit-delete = Delete
edit-place-firm = Place a named firm here:
edit-firm-name = name
edit-archetype = { $name } ({ $ha } ha)
edit-registers = registers
edit-place = Place

## Why an edit is refused, and saving
edit-not-possible = Not possible: { $reasons }
edit-no-plot = there is no plot "{ $id }"
edit-no-zone = there is no zone "{ $id }"
edit-zone-has-plots = zone "{ $id }" still has { $plots ->
    [one] a plot
   *[other] { $plots } plots
} in it: move or delete them first
edit-no-source = there is no utility source "{ $id }"
edit-no-utility = there is no utility "{ $id }"
edit-no-sector = no prospects arrive for sector "{ $id }"
edit-no-regime = there is no regime number { $n }
edit-no-rent = there is no rent schedule "{ $id }"
edit-no-phase = there is no phase "{ $id }"
edit-polygon-plot = plot "{ $id }" is a polygon; only rectangular plots can be resized or split here
edit-holds-resident = plot "{ $id }" holds the named resident { $name }; remove it first
edit-cannot-split = plot "{ $id }" holds a named resident; it cannot be split
edit-cannot-write = cannot write the scene: { $reason }
edit-cannot-save = cannot save { $path }: { $reason }

## Keyboard and mouse (F1)
help-title = Keyboard and mouse
key-space = Space
key-right = Right arrow
key-up = Up arrow
key-plus-minus = + / -
key-f = F
key-drag = Mouse drag
key-wheel = Mouse wheel
key-ctrl-z = Ctrl+Z
key-ctrl-shift-z = Ctrl+Shift+Z
key-ctrl-s = Ctrl+S
key-f1 = F1
key-ctrl-plus-minus = Ctrl+= / Ctrl+-
key-ctrl-0 = Ctrl+0
help-play-pause = play or pause
help-step-month = step one month
help-step-year = step one year
help-speed = faster / slower
help-fit = fit the park to the window
help-pan = pan the map
help-zoom = zoom about the cursor
help-undo = undo the last edit
help-redo = redo
help-save = save the scene
help-help = show or hide this help
help-text-size = larger / smaller text
help-text-size-normal = text back to its normal size

## Pictures for reports (printed on the terminal)
msg-screenshot-saved = Saved the planner's window to { $path }
msg-screenshot-failed = error: cannot save the screenshot to { $path }: { $reason }
msg-screenshot-no-plot = warning: the scene has no plot { $id } to select; the picture is taken without a selection.

## Mouse tools
panel-tool = Mouse tool
tool-inspect = Inspect
tool-move = Move
tool-draw-plot = Draw plot
tool-draw-zone = Draw zone
tool-draw-boundary = Draw boundary
tool-inspect-hint = Click a plot or a utility source to inspect it; drag to pan.
tool-move-hint = Drag a utility source, a plot, or a zone with its plots to move it; drag outside the zones to pan.
tool-draw-plot-hint = Drag out a rectangle to add a plot in the zone chosen under “Add a plot”.
tool-draw-zone-hint = Drag out a rectangle to add a zone; click it to give it a kind, redraw its outline or delete it.
zone-new-name = Zone { $id }
tool-redrawing-zone = Drawing a new outline for zone { $zone }
tool-draw-boundary-hint = Click the corners of the site in turn; click the first corner again (or press Enter) to close it.
tool-corners = { $n ->
    [one] { $n } corner placed
   *[other] { $n } corners placed
}
tool-finish = Close the boundary
tool-cancel = Cancel
key-click = Click
key-i = I
key-m = M
key-p = P
key-z = Z
key-b = B
key-enter = Enter
key-backspace = Backspace
key-esc = Esc
help-inspect = select a plot or a utility source
help-tool-inspect = tool: inspect (click selects, drag pans)
help-tool-move = tool: move plots and sources by dragging
help-tool-draw-plot = tool: draw a plot by dragging a rectangle
help-tool-draw-zone = tool: draw a zone by dragging a rectangle
help-tool-draw-boundary = tool: draw the site boundary corner by corner
help-finish-boundary = close the boundary being drawn
help-undo-corner = remove the last corner placed
help-cancel = stop drawing, back to inspecting

## Utility sources on the map and in the inspector
panel-sources = Utility sources
fact-source = Source
fact-utility = Utility
fact-capacity = Capacity
fact-in-service = In service
fact-built-by = Built and owned by
fact-serves = Serves
fact-plots-served = Plots reached
fact-location = Location
fact-network-now = Network now
fact-shortage = Shortage
source-serves-all = every plot
source-serves-listed = listed plots
source-from-start = from the start of the run
source-since = since { $month }
source-from = enters service { $month }
source-built-by = { $resident }, at its own cost: { $amount } million USD (its investment, not public spending)
source-plots-served = { $plots ->
    [one] { $plots } plot, { $ha } ha
   *[other] { $plots } plots, { $ha } ha
}
source-at = x { $x } m, y { $y } m
source-placed = not given in the scene; drawn beside the park's west edge
source-network = { $demand } of { $capacity } { $unit } in use ({ $pct } %)
source-shortage = { $pct } % of demand not delivered
source-edit-heading = Edit this source
source-capacity-prefix = capacity{ " " }
source-move-hint = To move it, choose the Move tool and drag its marker.

## Regime rates
params-regime-rates = Exemptions and rent discount
params-exempt-share = { $instrument } forgone
params-rent-discount = rent waived

## Headroom and networks
layer-headroom = Headroom for new load
legend-headroom-ample = ample: half the bottleneck's capacity or more spare
legend-headroom-some = some: a quarter spare
legend-headroom-none = none: the bottleneck is full
chart-n1 = N-1
network-not-reached = not reached by any source in service
network-fed = fed from { $source } over { $links }; { $spare } { $unit } spare (bottleneck { $bottleneck } { $unit }); { $pct } % delivered
network-links = { $n ->
    [one] { $n } link
   *[other] { $n } links
}
n1-heading = N-1 in { $month }: what each asset's failure alone leaves unserved (worst first)
n1-compute = Compute for { $month }
n1-too-large = The networks have { $links } links, too many to take out one by one here; run `parksim n1 SCENE --month { $month }`.
n1-asset = Asset
n1-utility = Utility
n1-capacity = Capacity
n1-flow = Carries now
n1-unserved = Unserved if it fails
n1-share = Share of demand
n1-source = source
n1-link = link
n1-junction = junction { $id }
n1-plot = plot { $id }
n1-id = Id in the scene file: { $id }
fact-curtailed = Curtailed
value-curtailed = { $pct } % of its needs delivered
value-curtailed-short = { $pct } % of its needs delivered: short of { $utility }
panel-networks = How the networks feed this plot
edit-expansion-nothing = an expansion must add some capacity
expansion-default-name = Expansion of { $source }
panel-operations = This month
legend-curtailed = short of a utility (curtailed)
legend-stopped = stopped by an outage or its supplier
legend-out-of-service = source or line out of service
panel-network-shown = Networks shown
network-all = All utilities
expansion-heading = Plan an expansion
expansion-planned = decided { $month }
expansion-on-loading = decided after { $months } months above { $pct } % loading
expansion-line = { $name }: +{ $add } { $unit }, { $musd } million USD, { $lead } months to build, { $when }
expansion-add = Capacity added
expansion-capex = Cost
expansion-lead = Months to build
expansion-decided = Decided in (YYYY-MM)
expansion-add-button = Add this expansion
expansion-hint = The cost is public spending, spread over the months of work; the capacity is in service when the work ends. The run restarts with it.
suffix-million-usd = { " " }million USD
suffix-months = { " " }months
fact-running = Running this month
value-running = { $pct } % of the month
value-stopped = Stopped { $pct } % of the month (outage or supplier's stop)
source-out-hours = Out of service { $hours } hours this month
edit-no-preset = there is no regime preset "{ $id }"
regime-changed-name = { $name } (changed)
params-regime-own = This scene's own rules
chart-incentives = Incentives
chart-pipeline = Pipeline
series-observed-registered = Registered, observed
series-observed-operating = Operating, observed
series-observed-investment = Invested, observed
series-observed-portfolio = Committed, observed
series-observed-jobs = Jobs, observed
pipeline-prospects = Prospects arrived
pipeline-chose-park = Chose this park
pipeline-named = Named residents (from the scene)
pipeline-registered = Registered residents now
pipeline-building = Under construction
pipeline-operating = Operating
pipeline-note = Prospects and choices since the start of the run. Registered residents now are those who chose the park and the named ones, less any who left: that bar can be wider than the ones above it.
incentives-none-yet = Nothing simulated yet.
incentives-net = Net fiscal effect so far, discounted at { $rate } % a year: { $net } million USD if { $r } % of residents would have come anyway ({ $low } to { $high } million USD for { $r_high } % to { $r_low } %).
incentives-per-job = Tax expenditure per job filled: { $gross } USD gross; real revenue loss per additional job: { $real } USD.
incentives-promised = Jobs: { $jobs } filled of { $jobs_promised } promised. Investment: { $invested } of { $promised } million USD promised.
incentives-totals = So far, million USD: tax expenditure { $te }, taxes paid { $paid }, induced taxes (with suppliers') { $induced }, rent { $rent }, public infrastructure (utility expansions, site preparation) { $capex }.
incentives-by-instrument = Tax expenditure by instrument, million USD: { $lines }
ledger-resident = Resident
ledger-anyway = Would have come anyway
ledger-jobs = Jobs (filled / promised)
ledger-investment = Investment, M USD (spent / promised)
ledger-taxes-paid = Taxes paid, M USD
ledger-te = Tax expenditure, M USD
ledger-te-per-job = per job, USD
ledger-net = Net effect (PV), M USD
status-negotiating = Negotiating (the plot is held for it)
status-exited = Left the park in { $month }
edit-no-asset = there is no source or network link "{ $id }" in that utility
expansion-link-name = line { $id }
expansion-bottlenecks = Expand a bottleneck
expansion-of-bottleneck = { $utility }: its bottleneck for this plot is { $asset }

## Display: colours and text size
panel-display = Display
palette-standard = Standard colours
palette-colour-blind = Colour-blind safe colours
display-text-size = Text size

## Presentation mode
headline-residents = Residents
headline-jobs = Permanent jobs
headline-investment = Invested so far
headline-net-fiscal = Net fiscal effect so far
present-button = Present (F5)
present-button-hint = Full screen for a room: the map, one chart and the headline figures, in large text.
sources-button = Sources
sources-button-hint = Where the scene's numbers come from: every value it marks as an estimate, by section
sources-title = Sources and assumptions
tag-estimate = estimate
tag-source = source
sources-intro = { $count ->
    [one] { $count } value or record of this scene is marked as an estimate
   *[other] { $count } values and records of this scene are marked as estimates
} (no public figure behind it, or one the author assumed). Every other number cites its published source in the scene file.
present-keys = F5 or Esc: leave · Page Down / Page Up: next / previous chart · B: blank screen · Space: play or pause
present-blank = The screen is blank: press B to show it again.
key-f5 = F5
key-page-up-down = Page Up / Page Down
help-present = presentation mode on or off (Esc also leaves it)
help-present-chart = in presentation mode: next / previous chart
help-present-blank = in presentation mode: blank the screen, or show it again

## Many runs: the band of seeds behind every chart, and the pinned baseline.
band-seeds = Seeds:
band-progress = { $done } of { $seeds } runs
legend-band = Band
legend-band-filling = p10–p90 band and median: { $done } of { $seeds } seeds so far
legend-band-seeds = p10–p90 band and median of { $seeds } seeds
legend-baseline = Baseline
legend-baseline-band = Baseline band
legend-baseline-named = Baseline (grey, dashed): { $name }
baseline-pin = Pin as baseline
baseline-pin-hover = Keep this scene and regime as they are now: every chart, the incentives and a split map then compare what you change with it, on the same seeds.
baseline-unpin = Unpin
baseline-split-map = Split map
incentives-compared = Compared with the baseline: { $name }
incentives-compared-waiting = Waiting for the first seeds of both bands…
incentives-compared-seeds = At the month shown, over { $seeds } seeds run for both (the same seeds, so the difference is the change's doing, not luck's); money in million USD, cumulative:
compared-figure = Figure
compared-baseline = Baseline, median
compared-current = Now, median
compared-difference = Now − baseline, median (p10 … p90)
compared-better = Seeds in which now is better
split-baseline = Baseline, { $month }
split-occupied = { $taken } of { $plots } plots taken
split-current = Now (as edited)

## Language
language-label = Language:
msg-language-not-saved = The language is changed, but it could not be kept for the next session: { $reason }

## Tours
tours-menu = Tours
tour-step-of = Step { $at } of { $steps }
tour-back = ◀ Back
tour-next = Next ▶
tour-leave = Leave the tour (Esc)
tour-keys = { $tour } · Page Down or → next, Page Up or ← back, Esc leaves the tour for the planner
tour-left = Left the tour: the planner is yours, at the view shown.
tour-check-failed = Step "{ $step }" did not come back as it was first shown: its view or the model's state differs.
tour-checked = Every step of the tour was shown, forward and back, and came back exactly ({ $steps } steps).
tour-record-new = Record a new tour…
tour-record-title = Recording a tour
tour-record-hint = Set the month, the map, the layer, a selection and a tab, then add the view as a step.
tour-record-step-title = Title of the step:
tour-record-add = Add this view as a step
tour-record-file = Save as:
tour-record-save = Save tour
tour-recorded-name = A tour of { $park }
tour-recorded-step = Step { $n }
tour-saved = Saved the tour to { $path } ({ $steps ->
    [one] one step
   *[other] { $steps } steps
}).
tour-not-saved = The tour was not saved: { $reason }

## The handout (parksim report)
report-title = { $park }: a handout
report-subtitle = { $runs } runs (seeds { $first } to { $last }) of { $months } months, { $start } to { $end }.
report-option = Option: { $option }
report-section-park = The park
report-park-facts = { $area } ha in all, { $plots } plots in { $zones } zones, { $utilities } utilities.
report-map-caption = Plots by status, { $month } (the scene's own run, seed { $seed }).
report-band-note = Lines: the median over the seeds; shaded: p10 to p90 (eight runs in ten fall inside). Diamonds: published figures.
report-band-note-compare = Grey and dashed: { $base }. In colour: { $other }. Lines: the median over the seeds; shaded: p10 to p90. Diamonds: published figures.
report-section-growth = Residents, jobs and investment
report-section-utilities = Utilities: peak loading
report-section-fiscal = The fiscal ledger
report-ledger-heading = The ledger by instrument at { $month }: million USD since the start, the median over the seeds
report-col-line = Line
report-line-forgone = Forgone: { $line }
report-line-supplier-taxes = Taxes paid by local suppliers (induced)
report-section-compare = The two options, seed by seed
report-compare-note = At { $month }, over { $runs } seeds run for both (the same seeds, so a difference is the options' doing, not luck's): the median of { $base } and of { $other }, their paired difference (other less base) with its p10 to p90, and the shares of seeds in which { $other } does better and worse (the rest: the same).
report-col-figure = Figure
report-col-base = Base
report-col-other = Other
report-col-difference = Difference (p10 … p90)
report-col-better = Other better
report-col-worse = Other worse
report-fig-registered = Residents registered
report-fig-operating = Residents operating
report-fig-jobs = Permanent jobs
report-fig-investment = Invested, million USD
report-fig-land = Land let, ha
report-fig-tax-expenditure = Tax expenditure, million USD
report-fig-taxes-paid = Taxes paid, million USD
report-fig-net-fiscal = Net fiscal effect (discounted), million USD
report-section-model = The model in one page
report-model-siting = Firms. Prospective investors arrive month by month, each of a kind (an archetype: its sector, plot size, investment, jobs, utility needs). Each weighs the free plots it could use by rent, serviced land, utility headroom and the incentives on offer, and either takes one or goes elsewhere (a multinomial logit choice). Named residents (the anchors) arrive on their published dates.
report-model-building = Building and operating. A resident registers, builds for its construction time while spending its investment, then ramps up to full output and its promised jobs. Some registered residents never build (dormant subjects). Plots and land are released in phases.
report-model-utilities = Utilities. Power, gas, water, wastewater and steam flow over networks from sources to plots. Each month the model loads every source and link at the peak hour, curtails residents when capacity falls short, takes assets out of service for planned and random outages, and stops residents whose supplier stops.
report-model-fiscal = The fiscal ledger. Each month every resident's taxes are worked out under the regime in force: what it pays, and what the exemptions forgo (tax expenditure). The net fiscal effect, discounted, counts the taxes of residents that came because of the incentives, less the tax expenditure on those that would have come anyway, less public spending on infrastructure.
report-model-seeds = Many runs. Chance decides when investors arrive, which plots they pick and when outages strike; each seed is one possible history, replayed exactly. The charts show the median over the seeds and the band in which eight runs in ten fall. Two options run on the same seeds, so their difference is the options' doing, not luck's.
report-model-limits = Limits. The model is calibrated to the figures published for Sumgayit; values the scene marks as estimates are listed in the last section. A band is not a forecast: it shows what the model's assumptions allow.
report-section-sources = Sources and assumptions
report-sources-note = { $scene }: every value the scene marks as an estimate ({ $count }), with the scene's words for where it comes from.
report-col-section = Section
report-col-where = Where
report-col-source = Source
report-footer = Made by parksim { $version } from { $scene }.

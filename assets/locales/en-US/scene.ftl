# parksim scene files — English (en-US): the messages of the scene-file check.
# Each message is shown after the file, line and column it is about, e.g.
# "park.ron:12:5: plot "P01" overlaps plot "P02"; plots must not share land".
# Left as written in the file, never translated: field names (`{ $key }`, `{ $field }`,
# section names such as park or demand), ids and names (between quotes), months
# (YYYY-MM) and zone kinds (Industrial, GreenBuffer, ...). Numbers arrive formatted.

## Reading the file
scene-no-such-file = no such file
scene-permission-denied = cannot read the file: permission denied
scene-is-folder = this is a folder, not a scene file
scene-cannot-read = cannot read the file: { $reason }
scene-not-utf8 = not a scene file: it is not UTF-8 text (a binary byte at offset { $offset }); expected a RON text file
scene-not-regular-file = not a scene file: this is a pipe, a device or another special file, which could be read forever; expected a RON text file saved on disk
# $size and $limit arrive formatted with their unit, e.g. "300 MiB", "256 MiB".
scene-too-large = the file is { $size }, more than the { $limit } a scene file may have (a park of 100,000 plots takes about 23 MB); expected a scene file

## Syntax: the file is not a scene written in RON
scene-file-empty = the file is empty; expected a scene: (park: (...), plots: [...], ...)
scene-truncated = the file ends too early (truncated?); expected more of the scene
# $place is scene-field-in or nothing; $hint is scene-did-you-mean-field or nothing;
# $expected lists the field names, e.g. "id, zone, shape".
scene-unknown-field = unknown field `{ $field }`{ $place }{ $hint } (expected one of: { $expected })
scene-missing-field = missing field `{ $field }`{ $place }
# Where a field is missing or unknown: the record, e.g. " in plot" (note the leading space).
scene-field-in = {" "}in { $record }
scene-did-you-mean-field = ; did you mean `{ $field }`?
scene-expected-comma = expected a comma `,` between two items (is one missing at the end of the previous line?)
scene-expected-whole-number = expected a whole number here
scene-expected-number = expected a number here
scene-expected-text = expected text in double quotes here, e.g. "P01"
scene-expected-boolean = expected `true` or `false` here
scene-expected-list = expected a list in square brackets `[ ... ]` here
scene-expected-list-end = expected `]` closing the list, or a comma before the next item
scene-expected-record = expected a record in parentheses `( ... )` here
scene-expected-record-end = expected `)` closing the record, or a comma before the next field
scene-inconsistent = the scene is inconsistent

## Kinds of things with ids ($kind in the messages below)
scene-kind-zone = zone
scene-kind-phase = phase
scene-kind-rent-schedule = rent schedule
scene-kind-plot = plot
scene-kind-utility = utility
scene-kind-source = utility source
scene-kind-sector = sector
scene-kind-archetype = archetype
scene-kind-anchor = anchor

## The thing a message is about ($owner in the messages below)
scene-owner-road = road "{ $id }"
scene-owner-rail = rail line "{ $id }"
scene-owner-zone = zone "{ $id }"
scene-owner-phase = phase "{ $id }"
scene-owner-rent-schedule = rent schedule "{ $id }"
scene-owner-plot = plot "{ $id }"
scene-owner-utility = utility "{ $id }"
scene-owner-source = source "{ $id }"
scene-owner-archetype = archetype "{ $id }"
scene-owner-anchor = anchor "{ $id }"
scene-owner-arrivals = arrivals of sector "{ $id }"
scene-owner-regime = regime "{ $name }"

## Ids and references
scene-empty-id = a { $kind } has an empty id
scene-duplicate-id = duplicate { $kind } id "{ $id }"; each { $kind } needs its own id
# $hint is scene-did-you-mean-id or nothing.
scene-not-defined = { $owner } refers to { $kind } "{ $id }", which is not defined{ $hint }
scene-did-you-mean-id = ; did you mean "{ $id }"?
scene-serves-not-defined = { $owner } serves { $kind } "{ $id }", which is not defined

## Lists the scene needs ($key is the list's field name)
scene-empty-zones = `{ $key }` is empty; the scene needs at least one zone
scene-empty-rent-schedules = `{ $key }` is empty; the scene needs at least one rent schedule
scene-empty-plots = `{ $key }` is empty; the scene needs at least one plot
scene-empty-sectors = `{ $key }` is empty; the scene needs at least one sector
scene-empty-archetypes = `{ $key }` is empty; the scene needs at least one firm archetype
scene-empty-regimes = `{ $key }` is empty; the scene needs at least one incentive regime (it may exempt nothing)

## Numbers and months
scene-number-nan = { $owner }: `{ $key }` is not a number (NaN)
scene-number-infinite = { $owner }: `{ $key }` is infinite
scene-number-negative = { $owner }: `{ $key }` is { $value }; it cannot be negative
scene-number-out-of-range = { $owner }: `{ $key }` is { $value }; expected a value from { $min } to { $max }
scene-bad-month = { $owner }: `{ $key }` is "{ $text }"; expected a month written "YYYY-MM", e.g. "2013-10"
scene-zero-months = { $owner }: `{ $key }` is 0; expected at least 1 month
scene-months-out-of-range = { $owner }: `{ $key }` is { $value } months; expected { $min } to { $max } months (1,000 years, as the command line's --months allows)

## Shapes: park boundary, zones, plots, lines
scene-too-few-points = { $owner }: `{ $key }` has { $count } points; expected at least { $min }
scene-coordinate-not-finite = { $owner }: `{ $key }` has a coordinate that is not a finite number of metres
scene-coordinate-too-far = { $owner }: `{ $key }` has a coordinate more than { $max } m from the park's origin (0, 0); expected metres in the park's own frame
scene-no-area = { $owner }: `{ $key }` encloses no area
scene-crosses-itself = { $owner }: `{ $key }` crosses itself; expected a simple outline
scene-gross-area = { $owner }: `{ $key }` says { $stated } ha but the boundary encloses { $drawn } ha; they should agree within 5 %
scene-zone-outside = { $owner } reaches outside the park boundary
scene-phase-order = { $owner } opens { $opens }, before the phase listed above it ({ $previous }); list phases in the order they open
scene-phase-area-beyond = { $owner }: `park_area_ha` says { $stated } ha but the boundary and the extensions so far enclose { $drawn } ha; a phase that adds land gives it as `extension_m`
scene-plot-phase-before-zone = { $owner } is in phase "{ $phase }", which opens before its zone's phase "{ $zone_phase }"; a plot cannot be let before its zone is released
scene-anchor-before-phase = { $owner } registers { $registered } on plot "{ $plot }", whose phase "{ $phase }" opens only { $opens }; the plot cannot be let before its phase opens
scene-bad-rect = { $owner }: a Rect needs finite x_m and y_m and a positive width_m and height_m (metres)
scene-plot-outside = { $owner } lies (partly) outside the park boundary
scene-plot-outside-zone = { $owner } is not inside its zone "{ $zone }"
scene-overlap = plot "{ $plot }" overlaps plot "{ $other }"; plots must not share land
# After the first overlaps, listed one by one: how many more pairs there are, and in all.
scene-overlap-more = … and { $count } more overlaps of plots ({ $total } pairs in all); plots must not share land

## Utilities
scene-no-sources = { $owner } has no sources; expected at least one

## Archetypes
scene-construction-range = { $owner }: `{ $key }` has min { $min } above max { $max }
scene-no-zone-kinds = { $owner }: `{ $key }` is empty; expected the zone kinds where it may locate, e.g. [Industrial]

## Anchors
scene-dates-out-of-order = { $owner }: operating { $operating } is before registration { $registered }; dates are out of order
scene-registered-before-start = { $owner }: registered { $registered } is before the simulation starts ({ $start })
scene-plot-claimed-twice = { $owner } and anchor "{ $other }" both claim plot "{ $plot }"; a plot holds one firm
scene-plot-too-small = { $owner } needs { $need } ha but plot "{ $plot }" has { $have } ha
scene-wrong-zone-kind = { $owner }: archetype "{ $archetype }" may not locate in a { $kind } zone (plot "{ $plot }")

## Demand
scene-arrivals-twice = sector "{ $sector }" has more than one arrivals entry
scene-arrivals-no-archetype = { $owner }: prospects arrive but the sector has no archetype with a share above 0

## Incentive regimes
scene-regime-order = { $owner } starts { $from }, not after the previous regime ({ $previous }); regimes must be in date order
scene-first-regime-late = the first regime starts { $from } but the simulation starts { $start }; a regime must be in force from the start (it may exempt nothing)

## Utility networks
scene-kind-link = link
scene-kind-network-end = source, junction or plot
scene-owner-link = link "{ $id }"
scene-owner-junction = junction "{ $id }"
scene-network-twice = utility "{ $utility }" has a second network; give each utility one network
scene-junction-id-taken = junction "{ $id }" has the id of a source or a plot; give it an id of its own
scene-link-loop = link "{ $id }" runs from a point to itself; expected two different ends
scene-network-unreached = the network of utility "{ $utility }" does not reach { $count ->
    [one] plot { $plots }, which its sources serve; link it to a junction or a source
   *[other] { $count } plots its sources serve (among them { $plots }); link them to a junction or a source
}
scene-origin-out-of-range = park: `origin_lat_lon` is ({ $lat }, { $lon }); expected (latitude from -90 to 90, longitude from -180 to 180) in degrees
scene-voltage-not-power = { $owner }: `voltage_kv` applies only to power; remove it here
scene-voltage-missing = { $owner } is in a power network but gives no `voltage_kv`; expected its nominal voltage, e.g. voltage_kv: 35
scene-link-voltage-mismatch = link "{ $id }" joins { $from } kV and { $to } kV; a link between two voltage levels must be marked transformer: true
scene-transformer-one-level = link "{ $id }" is marked as a transformer but does not join two different voltage levels
scene-transformer-not-power = link "{ $id }" is marked as a transformer, which only a power network has
scene-failures-pair = { $owner }: give both `mtbf_years` and `repair_hours` for random failures, or neither

## Operating rules: curtailment, outages, couplings, expansions
scene-priority-zero = { $owner }: a priority of 0; priorities start at 1 (served first)
scene-asset-not-defined = { $owner }: no source or network link "{ $id }" in that utility{ $hint }
scene-kind-outside-supplier = outside supplier
scene-bad-day = { $owner }: "{ $text }" is not a day; expected "YYYY-MM-DD", e.g. "2025-07-12"
scene-supplier-not-defined = coupling: supplier "{ $id }" is neither a named resident (anchors) nor an outside supplier (outside_suppliers)
scene-coupling-self = coupling: "{ $id }" cannot supply itself
scene-coupling-cycle = couplings form a loop through "{ $id }"; feedstock and steam links must not lead back to their supplier
scene-kind-expansion = expansion
scene-owner-expansion = expansion "{ $id }"
scene-trigger-bad = { $owner }: the loading trigger needs above_pct above 0 and at most 10,000 %, and months from 1 to 12,000
scene-unknown-preset = there is no regime preset "{ $id }"; the presets are { $known }
scene-preset-and-exemptions = { $owner } names a preset and lists exemptions; give one or the other
scene-regime-no-name = the regime from { $from } has neither a name nor a preset
scene-range-order = { $owner }: `{ $key }` goes from a higher value to a lower one; give (low, high)
scene-exit-before-downsize = { $owner }: `exit_after_months` is shorter than `downsize_after_months`; a resident downsizes before it leaves

## Tour files (tours/*.ron): each step is checked against the tour's scene.
tour-kind-step = step
tour-owner-step = step "{ $id }"
tour-no-steps = the tour has no steps
tour-scene-invalid = the tour's scene "{ $scene }" cannot be opened ({ $errors } { $errors ->
    [one] problem
   *[other] problems
}; the first: { $first })
tour-month-outside = { $owner } shows { $month }, outside the scene's run ({ $start } to { $end })
tour-bad-month = { $owner }: "{ $text }" is not a month; write it YYYY-MM
tour-select-plot-or-source = { $owner } selects something with no inspector; select a Plot("…") or a Source("…")
tour-bad-layer = { $owner }: "{ $layer }" is not a map layer; the layers are { $layers }
tour-bad-tab = { $owner }: "{ $tab }" is not a tab; the tabs are { $tabs }
tour-bad-area = { $owner }: an Area is written (west, south, east, north) in metres, each side beyond the one before it
tour-bad-networks = { $owner }: "{ $networks }" is not a utility of the scene (write "all" for every network){ $hint }
tour-no-english = { $owner } has no English caption ("en"), which every step needs
tour-unknown-language = { $owner } has a caption in "{ $language }", not a language of the planner ({ $languages })
tour-bad-advance = { $owner } advances after { $seconds } seconds; it must be 1 to { $most }
tour-not-defined = { $owner } names { $kind } "{ $id }", which the scene does not have{ $hint }
tour-bad-preset = { $owner }: there is no regime preset "{ $preset }"; the presets are { $presets }
tour-baseline-invalid = { $owner }: the baseline scene "{ $scene }" cannot be opened ({ $first })

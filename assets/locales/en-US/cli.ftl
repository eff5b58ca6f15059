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
cli-n1-heading = N-1 at { $month }: what each asset's failure alone leaves unserved, with this month's demand
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

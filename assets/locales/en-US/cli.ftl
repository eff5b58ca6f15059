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

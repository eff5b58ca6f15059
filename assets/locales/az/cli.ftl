# parksim əmr sətri — Azərbaycanca (az): əmrlərin terminalda çap etdikləri.

## parksim compare: iki variantın cədvəli
cli-compare-seeds = { $seeds ->
    [one] { $seeds } toxum
   *[other] { $seeds } toxum
}, hər ikisi üçün eyni
cli-compare-figure = göstərici
cli-compare-base-median = BASE medianı
cli-compare-other-median = OTHER medianı
cli-compare-difference = OTHER − BASE: median (p10 … p90)
cli-compare-other-better = OTHER daha yaxşıdır

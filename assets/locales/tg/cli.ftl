# Сатри фармони parksim — тоҷикӣ (tg): он чи фармонҳо дар терминал чоп мекунанд.

## parksim compare: ҷадвали ду вариант
cli-compare-seeds = { $seeds ->
    [one] { $seeds } калиди тасодуфӣ
   *[other] { $seeds } калиди тасодуфӣ
}, барои ҳарду якхела
cli-compare-figure = нишондиҳанда
cli-compare-base-median = медианаи BASE
cli-compare-other-median = медианаи OTHER
cli-compare-difference = OTHER − BASE: медиана (p10 … p90)
cli-compare-other-better = OTHER беҳтар аст

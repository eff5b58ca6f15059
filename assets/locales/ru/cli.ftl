# Командная строка parksim — русский (ru): что команды выводят в терминал.

## parksim compare: таблица двух вариантов
cli-compare-seeds = { $seeds ->
    [one] { $seeds } зерно
    [few] { $seeds } зерна
    [many] { $seeds } зёрен
   *[other] { $seeds } зерна
}, одни и те же для обоих
cli-compare-figure = показатель
cli-compare-base-median = медиана BASE
cli-compare-other-median = медиана OTHER
cli-compare-difference = OTHER − BASE: медиана (p10 … p90)
cli-compare-other-better = OTHER лучше

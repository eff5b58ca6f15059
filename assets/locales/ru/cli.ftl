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

## parksim n1: таблица N-1 по каждому ресурсу
cli-n1-heading = N-1 на { $month }: что остаётся без снабжения при отказе каждого элемента в отдельности, при спросе этого месяца
# $demand и $short приходят уже отформатированными; $unit — единица измерения ресурса (МВт, м³/ч, т/ч).
cli-n1-utility = { $utility } ({ $unit }): спрос { $demand } { $unit }, недопоставка при всех элементах в работе { $short } { $unit }
cli-n1-pooled = (в сценарии нет сети: источники ресурса объединяют мощность в масштабах всего парка)
cli-n1-asset = элемент
cli-n1-kind = тип
cli-n1-capacity = мощность
cli-n1-flow = текущий поток
cli-n1-unserved = недопоставка при отказе
cli-n1-pct-demand = % спроса
cli-n1-source = источник
cli-n1-link = ветвь

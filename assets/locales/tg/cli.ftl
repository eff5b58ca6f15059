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

## parksim n1: ҷадвали меъёри N-1 барои ҳар намуди таъминот
cli-n1-heading = Меъёри N-1 дар { $month }: аз кор баромадани ҳар як объект ба танҳоӣ чӣ қадар талаботро таъминнашуда мегузорад, бо талаботи ҳамин моҳ
# $demand ва $short аллакай формат шуда меоянд; $unit воҳиди намуди таъминот аст (МВт, м³/соат, т/соат).
cli-n1-utility = { $utility } ({ $unit }): талабот { $demand } { $unit }, ҳангоми дар истифода будани ҳама объектҳо таъминнашуда { $short } { $unit }
cli-n1-pooled = (дар сенария шабака нест: манбаъҳои таъминот иқтидори худро дар тамоми парк якҷоя мекунанд)
cli-n1-asset = объект
cli-n1-kind = намуд
cli-n1-capacity = иқтидор
cli-n1-flow = ҳоло интиқол медиҳад
cli-n1-unserved = таъминнашуда ҳангоми аз кор баромадан
cli-n1-pct-demand = %-и талабот
cli-n1-source = манбаъ
cli-n1-link = хат

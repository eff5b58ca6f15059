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

## parksim n1: hər kommunal xidmətin N-1 cədvəli
cli-n1-heading = N-1 meyarı, { $month }: bu ayın tələbatı ilə hər obyektin tək sıradan çıxması nəyi təchizatsız qoyur
# $demand və $short artıq formatlanmış gəlir; $unit kommunal xidmətin ölçü vahididir (MVt, m³/saat, t/saat).
cli-n1-utility = { $utility } ({ $unit }): tələbat { $demand } { $unit }, hamısı istismarda olanda təmin edilməyən { $short } { $unit }
cli-n1-pooled = (ssenaridə şəbəkə yoxdur: təchizat mənbələri güclərini bütün park üzrə birləşdirir)
cli-n1-asset = obyekt
cli-n1-kind = növü
cli-n1-capacity = gücü
cli-n1-flow = hazırda ötürür
cli-n1-unserved = sıradan çıxsa, təmin edilməyən
cli-n1-pct-demand = tələbatın %-i
cli-n1-source = mənbə
cli-n1-link = xətt

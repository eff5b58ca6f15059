# parksim planner — тоҷикӣ (tg). Забони эҳтиётӣ en-US аст.
# Идентификаторҳо аз рӯи ҷои намоиш гурӯҳбандӣ шудаанд. Ададҳо аллакай формат шуда меоянд
# (масалан "12.5"); тарҷума танҳо калимаҳоро дар атрофи онҳо ҷой медиҳад.
# Воҳидҳо: га, МВт, м³/соат, млн доллари ИМА; рамзҳои асъор (AZN, USD, TJS) бетағйир.

## Сатри боло: идоракунии вақт
time-before = Пеш аз { $month }
time-month = Моҳ: { $month }
time-play = ▶ Оғоз
time-pause = ⏸ Таваққуф
time-step = Як моҳ пеш
time-speed = Суръат:
time-jump-to = Гузариш ба (YYYY-MM):
time-go = Гузаштан
time-run-ends = Моделсозӣ дар { $month } ба охир мерасад
time-scrub-hint = Барои гузаштан ба ҳар моҳи моделсозӣ, ба пеш ё ба қафо, кашед: ҳангоми ба қафо гузаштан парк аз аввал бо ҳамон калиди тасодуфӣ аз нав ҳисоб карда мешавад, бинобар ин ҳар моҳ айнан ҳамон тавре мешавад, ки буд.
speed-fastest = ҳадди имкон тез
speed-months-per-second = { $months ->
    [one] { $months } моҳ дар як сония
   *[other] { $months } моҳ дар як сония
}
msg-before-start = { $month } пеш аз оғози моделсозӣ ({ $start }) аст.
msg-after-end = { $month } пас аз анҷоми моделсозӣ ({ $end }) аст.
msg-month-format = Моҳро дар шакли YYYY-MM нависед, масалан 2018-06.
status-idle = Барои дидани тугмаҳои миёнбур F1-ро пахш кунед.

## Лавҳаи чап: қабатҳо, шарҳи аломатҳо, ҳолати парк
panel-map-layer = Қабати харита
panel-legend = Шарҳи аломатҳо
panel-fit = Паркро ба равзана ҷой додан
panel-map-hint = Барои ҷойивазкунии харита кашед, барои калон ё хурд кардан чархаки мушро гардонед, барои дидани маълумот қитъа ё манбаи таъминотро пахш кунед.
panel-park-now = Парк ҳоло
now-firms = { $registered ->
    [one] { $registered } резиденти ба қайд гирифташуда
   *[other] { $registered } резиденти ба қайд гирифташуда
}, { $operating } фаъол
now-let = { $let_ha } аз { $total_ha } га ба иҷора дода шудааст ({ $pct } %)
now-jobs = { $jobs } ҷойи кории доимӣ
now-power = { $demand } МВт аз { $capacity } МВт нерӯи барқ

layer-zone = Минтақаҳо
layer-phase = Навбат (кай замин кушода мешавад)
layer-status = Ҳолати қитъа
layer-sector = Соҳаи резидент
layer-utility-loading = Сарбории шабакаҳо
layer-rent = Иҷора барои як гектар

legend-no-resident = Резидент нест
legend-phase-start = Аз аввал кушода
legend-phase = { $phase }: аз { $month } кушода мешавад
legend-phase-not-open = Равшантар: ҳанӯз кушода нашудааст
legend-not-yet-open = Ҳанӯз кушода нашудааст (навбаташ баъдтар кушода мешавад)
legend-loading-0 = 0 %-и иқтидор истифода мешавад
legend-loading-50 = 50 %
legend-loading-100 = 100 % ва зиёда (норасоӣ)
legend-rent = { $rent } { $currency } барои як га дар як сол

status-free = Озод
status-reserved = Барои резиденти номбаршуда ҷудо шудааст
status-under-construction = Дар ҳоли сохтмон
status-dormant = Ба қайд гирифта шуда, сохтмон намекунад
status-operating = Фаъол

zone-industrial = Саноатӣ
zone-social = Иҷтимоӣ
zone-logistics = Логистикӣ
zone-utility = Муҳандисӣ
zone-green-buffer = Сабзи муҳофизатӣ

utility-power = Нерӯи барқ
utility-gas = Гази табиӣ
utility-water = Об
utility-wastewater = Обҳои партов
utility-steam = Буғ

## Лавҳаи маълумот
panel-inspector = Маълумот
panel-inspector-hint = Дар харита қитъа ё манбаи таъминотро пахш кунед.
fact-plot = Қитъа
fact-area = Масоҳат
fact-zone = Минтақа
fact-phase = Навбат
phase-of-zone = Навбати минтақаи он
fact-zone-kind = Намуд
fact-zone-plots = Қитъаҳои он
value-zone-plots = { $plots ->
    [one] { $plots } қитъа
   *[other] { $plots } қитъа
}, { $ha } га
zone-kind-heading = Намуди минтақа
zone-redraw = Ҳудуди онро дар харита аз нав кашидан
zone-redraw-hint = Кунҷҳои ҳудуди навро дар харита пахш кунед; барои анҷом кунҷи аввалро бори дигар пахш кунед ё Enter-ро пахш кунед. Қитъаҳои минтақа бояд дар дохили он монанд.
zone-delete = Нест кардани ин минтақа
zone-delete-hint = Минтақаро танҳо вақте нест кардан мумкин аст, ки дар он ягон қитъа намонда бошад.
fact-serviced = Бо шабакаҳо таъмин
fact-rent = Иҷора
fact-status = Ҳолат
fact-reserved-for = Ҷудо шудааст барои
fact-resident = Резидент
fact-kind = Намуд
fact-registered = Бақайдгирӣ
fact-first-output = Оғози истеҳсолот
fact-full-output = Истеҳсоли пурра
fact-stage = Марҳила
fact-jobs = Ҷойҳои корӣ
fact-investment = Сармоягузорӣ
fact-output-month = Истеҳсолот дар ин моҳ
fact-utilities-delivered = Таъминоти расонидашуда
fact-rent-paid = Иҷораи то имрӯз пардохтшуда
fact-taxes-paid = Андозҳои то имрӯз пардохтшуда
fact-incentives-received = Имтиёзҳои то имрӯз гирифташуда
fact-of-which = { "  " }аз ҷумла { $line }
yes = ҳа
no = не
value-ha = { $ha } га
value-million-usd = { $amount } млн доллари ИМА
value-rent-per-year = { $rent } { $currency } дар як сол ({ $usd } USD)
value-reserved-for = { $name } (бақайдгирӣ: { $month })
value-ramping-up = Ба иқтидори лоиҳавӣ мебарояд ({ $pct } %-и иқтидор)
value-not-building = нест: ба қайд гирифта шуда, сохтмон намекунад
value-jobs-of = { $now } аз { $promised } доимӣ
value-x-of-y = { $x } аз { $y }
value-pct-of-needs = { $pct } %-и талаботи он
value-pct-of-needs-short = { $pct } %-и талаботи он: { $utility } намерасад
value-utility-need = ҳангоми истеҳсоли пурра { $need } { $unit } лозим аст; шабака: { $demand } аз { $capacity } { $unit }

ledger-profit-tax = андоз аз фоида
ledger-property-tax = андоз аз амвол
ledger-land-tax = андози замин
ledger-import-vat = андоз аз арзиши иловашуда ҳангоми воридоти таҷҳизот
ledger-import-duty = боҷи гумрукӣ ҳангоми воридоти таҷҳизот
ledger-utility-refund = баргардонидани пардохт барои таъминоти муҳандисӣ

plot-tooltip-title = Қитъаи { $id }
plot-tooltip-area = { $ha } га, { $zone }

## Диаграммаҳо
chart-firms = Резидентҳо
chart-occupancy = Сатҳи ишғол
chart-jobs = Ҷойҳои корӣ
chart-investment = Сармоягузорӣ
chart-utilities = Таъминоти муҳандисӣ
chart-fiscal = Тавозуни фискалӣ
unit-firms = корхона
unit-pct-plot-area = %-и масоҳати қитъаҳо
unit-permanent-jobs = ҷойи кории доимӣ
unit-million-usd = млн доллари ИМА
unit-million-usd-cum = млн доллари ИМА, ҷамъшуда
unit-pct-capacity = %-и иқтидор
unit-mw = МВт
unit-m3-per-hour = м³/соат
unit-t-per-hour = т/соат
series-registered = Ба қайд гирифташуда
series-operating = Фаъол
series-occupancy = Сатҳи ишғол
series-jobs = Ҷойҳои корӣ
series-investment-cum = Сармоягузорӣ, ҷамъшуда
series-investment-portfolio = Сармоягузории ӯҳдадоркардаи резидентҳои ба қайд гирифташуда
series-utility-demand = { $utility }: соати авҷ, %-и иқтидор ({ $unit })
series-taxes-paid = Андозҳои пардохтшуда
series-tax-expenditure = Хароҷоти андозӣ
series-rent = Иҷора
series-infrastructure = Инфрасохтори давлатӣ (васеъкунии шабакаҳо, омодасозии қитъаҳо)

## Сенария: файлҳо, бозгашт, калиди тасодуфӣ, ҳудуд
scene-heading = Сенария
scene-undo = Бозгашт
scene-redo = Такрор
scene-unsaved = тағйироти нигоҳ доштанашуда
scene-save-as = Нигоҳ доштан ҳамчун:
scene-save = Нигоҳ доштан
scene-open-label = Кушодан:
scene-open = Кушодан
scene-save-first = Аввал тағйиротро нигоҳ доред (ё бекор кунед)
scene-new-park = Парки нав
scene-new-park-hint = Парки холӣ дар асоси { $template } барои тарҳрезӣ ва нигоҳ доштан
scene-site = Майдон:
scene-set-boundary = Муқаррар кардани ҳудуд
scene-set-boundary-hint = Майдони росткунҷа аз нуқтаи (0, 0); қитъаҳо бояд дар дохили он бошанд
scene-seed = Калиди тасодуфӣ:
scene-restart-seed = Бо ин калид аз нав оғоз кардан
suffix-m = { " " }м
suffix-m-wide = { " " }м бар
suffix-m-deep = { " " }м дарозӣ
msg-opened = { $path } кушода шуд
msg-opened-built-in = { $path } кушода шуд (дар худи parksim сохта шудааст)
msg-saved = { $path } нигоҳ дошта шуд

save-note-new-name = «Нигоҳ доштан» ба { $new } менависад: агар болои { $file } нигоҳ доред, { $lost } гум мешавад.
save-note-built-in = { $file } дар худи parksim сохта шудааст (дар ин ҷо чунин файл нест): «Нигоҳ доштан» паркро дар ҳамин папка ба { $new } менависад.
save-no-path = Номи файлро барои нигоҳ доштан нависед (масалан scenes/my-park.ron).
save-loss-comments = { $comments ->
    [one] { $comments } сатри шарҳ
   *[other] { $comments } сатри шарҳ
}
save-loss-layout = тартиби худи файл (ҷудокунии сатрҳо, фосилаҳо, тарзи навишти қиматҳо, қиматҳое, ки бо пешфарз навишта шудаанд)
save-loss-two = { $first } ва { $second }
save-loss-not-a-scene = тамоми он ({ $lines } сатр): ин файли сенария нест
overwrite-title = { $file } иваз карда шавад?
overwrite-loses = Агар болои { $file } нигоҳ доред, { $lost } гум мешавад: барнома қиматҳои сенарияро менависад, на шарҳҳои файл (манбаъҳо, қайдҳо) ва на тартиби худи онро.
overwrite-other-file = { $file } файле нест, ки ин сенария аз он кушода шуда буд: нигоҳ доштан мундариҷаи онро иваз мекунад.
overwrite-lose = Иваз кардан ва онҳоро гум кардан
overwrite-replace = Иваз кардан
overwrite-save-instead = Ба ҷои он ҳамчун { $new } нигоҳ доштан
overwrite-cancel = Бекор кардан

quit-title = Тағйироти нигоҳ доштанашуда
quit-question = Дар сенария тағйироте ҳаст, ки нигоҳ дошта нашудаанд.
quit-save = Нигоҳ доштан ва баромадан
quit-discard = Бе нигоҳ доштан баромадан
quit-cancel = Бекор кардан

## Параметрҳо
params-incentives = Имтиёзҳо ва талабот
params-regime = { $name } (аз { $from })
suffix-exemption-years = { " " }сол озодкунӣ аз андоз
params-rent = Иҷора "{ $schedule }", { $currency } дар як сол
prefix-first-ha = гектарҳои аввал{ " " }
prefix-further-ha = гектарҳои минбаъда{ " " }
params-arrivals = { $sector }: сармоягузорони эҳтимолӣ дар як сол
params-sources = Манбаъҳои таъминот
params-phases = Навбатҳои азхудкунии замин
params-phase-opens = Кушодашавӣ (сол, моҳ):
params-add-source = Илова кардани манбаъ: { $utility }
params-new-source-name = Манбаи нав: { $utility } { $n }

## Илова ва таҳрири қитъаҳо
add-plot-heading = Илова кардани қитъа
prefix-west-edge = канори ғарбӣ x{ " " }
prefix-south-edge = канори ҷанубӣ y{ " " }
prefix-width = бар{ " " }
prefix-depth = дарозӣ{ " " }
add-plot-button = Қитъа илова кардан
edit-heading = Таҳрири ин қитъа
edit-move-10m = Ба 10 м кӯчонидан:
edit-west = ба ғарб
edit-east = ба шарқ
edit-north = ба шимол
edit-south = ба ҷануб
edit-resize = Тағйири андоза
edit-split-side = Тақсим: паҳлӯ ба паҳлӯ
edit-split-across = Тақсим: кӯндаланг
edit-delete = Нест кардан
edit-place-firm = Дар ин ҷо корхонаи номбаршударо ҷойгир кардан:
edit-firm-name = ном
edit-archetype = { $name } ({ $ha } га)
edit-registers = бақайдгирӣ
edit-place = Ҷойгир кардан

## Чаро тағйир рад карда мешавад, ва нигоҳ доштан
edit-not-possible = Имконнопазир: { $reasons }
edit-no-plot = қитъаи "{ $id }" вуҷуд надорад
edit-no-zone = минтақаи "{ $id }" вуҷуд надорад
edit-zone-has-plots = дар минтақаи "{ $id }" ҳанӯз { $plots ->
    [one] { $plots } қитъа
   *[other] { $plots } қитъа
} ҳаст: аввал онҳоро кӯчонед ё нест кунед
edit-no-source = манбаи таъминоти "{ $id }" вуҷуд надорад
edit-no-utility = намуди таъминоти "{ $id }" вуҷуд надорад
edit-no-sector = барои соҳаи "{ $id }" сармоягузорони эҳтимолӣ намеоянд
edit-no-regime = низоми рақами { $n } вуҷуд надорад
edit-no-rent = ҷадвали иҷораи "{ $id }" вуҷуд надорад
edit-no-phase = навбати "{ $id }" вуҷуд надорад
edit-polygon-plot = қитъаи "{ $id }" бисёркунҷа аст; дар ин ҷо танҳо андозаи қитъаҳои росткунҷаро тағйир додан ё онҳоро тақсим кардан мумкин аст
edit-holds-resident = дар қитъаи "{ $id }" резиденти номбаршуда { $name } ҷойгир аст; аввал онро хориҷ кунед
edit-cannot-split = дар қитъаи "{ $id }" резиденти номбаршуда ҷойгир аст; онро тақсим кардан мумкин нест
edit-cannot-write = сенарияро навиштан ғайриимкон аст: { $reason }
edit-cannot-save = { $path }-ро нигоҳ доштан ғайриимкон аст: { $reason }

## Клавиатура ва муш (F1)
help-title = Клавиатура ва муш
key-space = Space
key-right = Тирчаи рост
key-up = Тирчаи боло
key-plus-minus = + / -
key-f = F
key-drag = Кашидан бо муш
key-wheel = Чархаки муш
key-ctrl-z = Ctrl+Z
key-ctrl-shift-z = Ctrl+Shift+Z
key-ctrl-s = Ctrl+S
key-f1 = F1
key-ctrl-plus-minus = Ctrl+= / Ctrl+-
key-ctrl-0 = Ctrl+0
help-play-pause = оғоз ё таваққуф
help-step-month = як моҳ пеш
help-step-year = як сол пеш
help-speed = тезтар / сусттар
help-fit = паркро ба равзана ҷой додан
help-pan = ҷойивазкунии харита
help-zoom = калон ё хурд кардан дар атрофи курсор
help-undo = бекор кардани тағйири охирин
help-redo = баргардонидани тағйири бекоршуда
help-save = нигоҳ доштани сенария
help-help = нишон додан ё пинҳон кардани ин маълумотнома
help-text-size = матни калонтар / хурдтар
help-text-size-normal = баргардонидани андозаи муқаррарии матн

## Тасвирҳо барои ҳисобот (дар терминал чоп мешаванд)
msg-screenshot-saved = Равзанаи барнома ба { $path } нигоҳ дошта шуд
msg-screenshot-failed = хато: акси экранро ба { $path } нигоҳ доштан ғайриимкон аст: { $reason }
msg-screenshot-no-plot = огоҳӣ: дар сенария қитъаи { $id } барои интихоб нест; акс бе интихоб гирифта мешавад.

## Асбобҳои муш
panel-tool = Асбоби муш
tool-inspect = Маълумот
tool-move = Кӯчонидан
tool-draw-plot = Кашидани қитъа
tool-draw-zone = Кашидани минтақа
tool-draw-boundary = Кашидани ҳудуд
tool-inspect-hint = Барои дидани маълумот қитъа ё манбаи таъминотро пахш кунед; барои ҷойивазкунии харита кашед.
tool-move-hint = Барои кӯчонидан манбаи таъминот, қитъа ё минтақаро бо қитъаҳояш кашед; барои ҷойивазкунии харита берун аз минтақаҳо кашед.
tool-draw-plot-hint = Росткунҷа кашед, то дар минтақае, ки дар қисми «Илова кардани қитъа» интихоб шудааст, қитъа илова шавад.
tool-draw-zone-hint = Росткунҷа кашед, то минтақа илова шавад; минтақаро пахш кунед, то намудашро муайян кунед, ҳудудашро аз нав кашед ё онро нест кунед.
zone-new-name = Минтақаи { $id }
tool-redrawing-zone = Ҳудуди нави минтақаи { $zone } кашида мешавад
tool-draw-boundary-hint = Кунҷҳои майдонро бо навбат пахш кунед; барои бастан кунҷи аввалро бори дигар пахш кунед (ё Enter-ро пахш кунед).
tool-corners = { $n ->
    [one] { $n } кунҷ гузошта шуд
   *[other] { $n } кунҷ гузошта шуд
}
tool-finish = Бастани ҳудуд
tool-cancel = Бекор кардан
key-click = Клик
key-i = I
key-m = M
key-p = P
key-z = Z
key-b = B
key-enter = Enter
key-backspace = Backspace
key-esc = Esc
help-inspect = интихоби қитъа ё манбаи таъминот
help-tool-inspect = асбоб: маълумот (клик интихоб мекунад, кашидан харитаро ҷойиваз мекунад)
help-tool-move = асбоб: кӯчонидани қитъаҳо ва манбаъҳо бо кашидан
help-tool-draw-plot = асбоб: кашидани қитъа бо росткунҷа
help-tool-draw-zone = асбоб: кашидани минтақа бо росткунҷа
help-tool-draw-boundary = асбоб: кашидани ҳудуди майдон кунҷ ба кунҷ
help-finish-boundary = бастани ҳудуде, ки кашида мешавад
help-undo-corner = нест кардани кунҷи охирини гузошташуда
help-cancel = қатъи кашидан, бозгашт ба дидани маълумот

## Манбаъҳои таъминот дар харита ва дар лавҳаи маълумот
panel-sources = Манбаъҳои таъминот
fact-source = Манбаъ
fact-utility = Намуди таъминот
fact-capacity = Иқтидор
fact-in-service = Дар истифода
fact-built-by = Бунёдкунанда ва соҳибмулк
fact-serves = Таъмин мекунад
fact-plots-served = Қитъаҳои пайвастшуда
fact-location = Ҷойгиршавӣ
fact-network-now = Шабака ҳоло
fact-shortage = Норасоӣ
source-serves-all = ҳамаи қитъаҳо
source-serves-listed = қитъаҳои номбаршуда
source-from-start = аз оғози моделсозӣ
source-since = аз { $month }
source-from = аз { $month } ба истифода дода мешавад
source-built-by = { $resident }, аз ҳисоби худ: { $amount } млн доллари ИМА (сармоягузории он, на хароҷоти давлатӣ)
source-plots-served = { $plots ->
    [one] { $plots } қитъа, { $ha } га
   *[other] { $plots } қитъа, { $ha } га
}
source-at = x { $x } м, y { $y } м
source-placed = дар сенария нишон дода нашудааст; дар паҳлӯи канори ғарбии парк тасвир шудааст
source-network = { $demand } аз { $capacity } { $unit } истифода мешавад ({ $pct } %)
source-shortage = { $pct } %-и талабот расонида нашуд
source-edit-heading = Таҳрири ин манбаъ
source-capacity-prefix = иқтидор{ " " }
source-move-hint = Барои кӯчонидан асбоби «Кӯчонидан»-ро интихоб карда, аломати онро кашед.

## Меъёрҳои низом
params-regime-rates = Имтиёзҳои андозӣ ва тахфифи иҷора
params-exempt-share = { $instrument }: ҳиссаи озодкунӣ
params-rent-discount = ҳиссаи бахшидашудаи иҷора

## Захираи иқтидор ва шабакаҳо
layer-headroom = Захираи иқтидор барои сарбории нав
legend-headroom-ample = кофӣ: нисфи иқтидори қисми камиқтидортарин ё зиёдтар озод аст
legend-headroom-some = каме: чоряк озод аст
legend-headroom-none = нест: қисми камиқтидортарин пурра банд аст
chart-n1 = Меъёри N-1
network-not-reached = ягон манбаи амалкунанда ба он намерасад
network-fed = аз { $source } тавассути { $links } таъмин мешавад; { $spare } { $unit } захира (қисми камиқтидортарин { $bottleneck } { $unit }); { $pct } % расонида мешавад
network-links = { $n ->
    [one] { $n } хат
   *[other] { $n } хат
}
n1-heading = Меъёри N-1 дар { $month }: аз кор баромадани ҳар як объект ба танҳоӣ чӣ қадар талаботро таъминнашуда мегузорад (аз бадтарин сар карда)
n1-compute = Ҳисоб кардан барои { $month }
n1-too-large = Шабакаҳо { $links } хат доранд, ки барои як-як хомӯш кардан дар ин ҷо хеле зиёд аст; фармони `parksim n1 SCENE --month { $month }`-ро иҷро кунед.
n1-asset = Объект
n1-utility = Намуди таъминот
n1-capacity = Иқтидор
n1-flow = Ҳоло интиқол медиҳад
n1-unserved = Таъминнашуда ҳангоми аз кор баромадан
n1-share = Ҳисса аз талабот
n1-source = манбаъ
n1-link = хат
n1-junction = гиреҳи { $id }
n1-plot = қитъаи { $id }
n1-id = Идентификатор дар файли сенария: { $id }
fact-curtailed = Маҳдудкунии таъминот
value-curtailed = { $pct } %-и талаботи он расонида шуд
value-curtailed-short = { $pct } %-и талаботи он расонида шуд: { $utility } намерасад
panel-networks = Шабакаҳо ин қитъаро чӣ тавр таъмин мекунанд
edit-expansion-nothing = васеъкунӣ бояд иқтидор илова кунад
expansion-default-name = Васеъкунии { $source }
panel-operations = Ин моҳ
legend-curtailed = норасоии таъминот (маҳдудкунии таъминот)
legend-stopped = бо сабаби қатъи таъминот ё қатъи таъминкунанда боздошта шудааст
legend-out-of-service = манбаъ ё хат берун аз истифода
panel-network-shown = Шабакаҳои нишондодашуда
network-all = Ҳамаи намудҳои таъминот
expansion-heading = Ба нақша гирифтани васеъкунӣ
expansion-planned = қарор дар { $month }
expansion-on-loading = қарор пас аз { $months } моҳи сарбории зиёда аз { $pct } % қабул мешавад
expansion-line = { $name }: +{ $add } { $unit }, { $musd } млн доллари ИМА, сохтмон { $lead } моҳ, { $when }
expansion-add = Иқтидори иловашаванда
expansion-capex = Арзиш
expansion-lead = Муддати сохтмон, моҳ
expansion-decided = Моҳи қабули қарор (YYYY-MM)
expansion-add-button = Илова кардани ин васеъкунӣ
expansion-hint = Арзиш хароҷоти давлатӣ буда, ба моҳҳои корҳо тақсим мешавад; иқтидор пас аз анҷоми корҳо ба истифода дода мешавад. Моделсозӣ бо он аз нав оғоз мешавад.
suffix-million-usd = { " " }млн доллари ИМА
suffix-months = { " " }моҳ
fact-running = Кор дар ин моҳ
value-running = { $pct } %-и моҳ
value-stopped = { $pct } %-и моҳ боздошта шуд (қатъи таъминот ё қатъи таъминкунанда)
source-out-hours = Дар ин моҳ { $hours } соат берун аз истифода
edit-no-preset = намунаи низоми "{ $id }" вуҷуд надорад
regime-changed-name = { $name } (тағйирёфта)
params-regime-own = Қоидаҳои худи ин сенария
chart-incentives = Имтиёзҳо
chart-pipeline = Ҷалби резидентҳо
series-observed-registered = Ба қайд гирифташуда, воқеӣ
series-observed-operating = Фаъол, воқеӣ
series-observed-investment = Сармоягузорӣ, воқеӣ
series-observed-portfolio = Ӯҳдадоршуда, воқеӣ
series-observed-jobs = Ҷойҳои корӣ, воқеӣ
pipeline-prospects = Сармоягузорони эҳтимолии омада
pipeline-chose-park = Ин паркро интихоб карданд
pipeline-named = Резидентҳои номбаршуда (аз сенария)
pipeline-registered = Резидентҳои ҳозираи бақайдгирифта
pipeline-building = Дар ҳоли сохтмон
pipeline-operating = Фаъол
pipeline-note = Сармоягузорони эҳтимолӣ ва интихоби онҳо аз оғози моделсозӣ. Резидентҳои ҳозираи бақайдгирифта онҳое мебошанд, ки паркро интихоб кардаанд, ва резидентҳои номбаршуда, ба истиснои онҳое, ки рафтаанд: ин сутун метавонад аз сутунҳои болоӣ дарозтар бошад.
incentives-none-yet = Ҳоло чизе моделсозӣ нашудааст.
incentives-net = Натиҷаи софи фискалӣ то имрӯз, бо меъёри дисконти { $rate } % дар як сол: { $net } млн доллари ИМА, агар { $r } %-и резидентҳо бе имтиёз ҳам меомаданд (аз { $low } то { $high } млн доллари ИМА барои аз { $r_high } % то { $r_low } %).
incentives-per-job = Хароҷоти андозӣ ба як ҷойи кории ишғолшуда: { $gross } USD (умумӣ); талафоти воқеии даромад ба як ҷойи кории иловагӣ: { $real } USD.
incentives-promised = Ҷойҳои корӣ: { $jobs } аз { $jobs_promised } ваъдашуда ишғол шудааст. Сармоягузорӣ: { $invested } аз { $promised } млн доллари ИМА-и ваъдашуда.
incentives-totals = То имрӯз, млн доллари ИМА: хароҷоти андозӣ { $te }, андозҳои пардохтшуда { $paid }, андозҳои бавосита ба вуҷуд омада (бо андозҳои таъминкунандагон) { $induced }, иҷора { $rent }, инфрасохтори давлатӣ (васеъкунии шабакаҳо, омодасозии қитъаҳо) { $capex }.
incentives-by-instrument = Хароҷоти андозӣ аз рӯи намуди имтиёз, млн доллари ИМА: { $lines }
ledger-resident = Резидент
ledger-anyway = Бе имтиёз ҳам меомад
ledger-jobs = Ҷойҳои корӣ (ишғолшуда / ваъдашуда)
ledger-investment = Сармоягузорӣ, млн доллари ИМА (сарфшуда / ваъдашуда)
ledger-taxes-paid = Андозҳои пардохтшуда, млн доллари ИМА
ledger-te = Хароҷоти андозӣ, млн доллари ИМА
ledger-te-per-job = ба як ҷойи корӣ, USD
ledger-net = Натиҷаи софи фискалӣ (арзиши ҷорӣ), млн доллари ИМА
status-negotiating = Гуфтушунид (қитъа барои он нигоҳ дошта мешавад)
status-exited = Дар { $month } паркро тарк кард
edit-no-asset = дар ин намуди таъминот манбаъ ё хати шабакаи "{ $id }" вуҷуд надорад
expansion-link-name = хати { $id }
expansion-bottlenecks = Васеъ кардани қисми камиқтидортарин
expansion-of-bottleneck = { $utility }: қисми камиқтидортарини он барои ин қитъа { $asset } аст

## Тасвир: рангҳо ва андозаи матн
panel-display = Тасвир
palette-standard = Рангҳои муқаррарӣ
palette-colour-blind = Рангҳо барои норасоии дарки ранг
display-text-size = Андозаи матн

## Реҷаи намоиш
headline-residents = Резидентҳо
headline-jobs = Ҷойҳои кории доимӣ
headline-investment = Сармоягузорӣ то имрӯз
headline-net-fiscal = Натиҷаи софи фискалӣ то имрӯз
present-button = Намоиш (F5)
present-button-hint = Экрани пурра барои толор: харита, як диаграмма ва нишондиҳандаҳои асосӣ бо матни калон.
sources-button = Манбаъҳо
sources-button-hint = Рақамҳои сенария аз куҷо гирифта шудаанд: ҳамаи арзишҳои ҳамчун арзёбӣ қайдшуда, аз рӯи бахшҳо
sources-title = Манбаъҳо ва фарзияҳо
tag-estimate = арзёбӣ
tag-source = манбаъ
sources-intro = { $count ->
    [one] { $count } арзиш ё сабти ин сенария ҳамчун арзёбӣ қайд шудааст
   *[other] { $count } арзиш ва сабти ин сенария ҳамчун арзёбӣ қайд шудаанд
} (дар пасашон рақами нашршуда нест, ё муаллиф онҳоро фарз кардааст). Ҳамаи рақамҳои дигар дар файли сенария ба манбаи нашршуда истинод мекунанд.
present-keys = F5 ё Esc: баромадан · Page Down / Page Up: диаграммаи навбатӣ / қаблӣ · B: экрани холӣ · Space: оғоз ё таваққуф
present-blank = Экран холӣ аст: барои боз нишон додани он B-ро пахш кунед.
key-f5 = F5
key-page-up-down = Page Up / Page Down
help-present = фаъол ё ғайрифаъол кардани реҷаи намоиш (Esc низ аз он мебарорад)
help-present-chart = дар реҷаи намоиш: диаграммаи навбатӣ / қаблӣ
help-present-blank = дар реҷаи намоиш: холӣ кардани экран ё боз нишон додани он

## Ҳисобҳои сершумор: фосилаи калидҳои тасодуфӣ дар ҳар диаграмма ва варианти асосии собитшуда.
band-seeds = Калидҳои тасодуфӣ:
band-progress = { $done } аз { $seeds } ҳисоб
legend-band = Фосила
legend-band-filling = Фосилаи p10–p90 ва медиана: то ҳол { $done } аз { $seeds } калиди тасодуфӣ
legend-band-seeds = Фосилаи p10–p90 ва медианаи { $seeds } калиди тасодуфӣ
legend-baseline = Варианти асосӣ
legend-baseline-band = Фосилаи варианти асосӣ
legend-baseline-named = Варианти асосӣ (хокистарӣ, хати канда): { $name }
baseline-pin = Ҳамчун варианти асосӣ собит кардан
baseline-pin-hover = Ин сенария ва низомро дар ҳолати ҳозира нигоҳ медорад: баъд ҳар диаграмма, имтиёзҳо ва харитаи дуқисма тағйироти шуморо бо он дар ҳамон калидҳои тасодуфӣ муқоиса мекунанд.
baseline-unpin = Бекор кардани варианти асосӣ
baseline-split-map = Харитаи дуқисма
incentives-compared = Муқоиса бо варианти асосӣ: { $name }
incentives-compared-waiting = Интизори аввалин калидҳои тасодуфии ҳарду фосила…
incentives-compared-seeds = Дар моҳи нишондодашуда, аз рӯи { $seeds } калиди тасодуфӣ, ки барои ҳарду ҳисоб карда шудаанд (калидҳо якхелаанд, бинобар ин фарқият натиҷаи тағйирот аст, на тасодуф); маблағҳо бо млн доллари ИМА, ҷамъшуда:
compared-figure = Нишондиҳанда
compared-baseline = Варианти асосӣ, медиана
compared-current = Ҳозира, медиана
compared-difference = Ҳозира − варианти асосӣ, медиана (p10 … p90)
compared-better = Калидҳое, ки дар онҳо ҳозира беҳтар аст
split-baseline = Варианти асосӣ, { $month }
split-occupied = { $taken } аз { $plots } қитъа ишғол шудааст
split-current = Ҳозира (бо тағйирот)

## Забон
language-label = Забон:
msg-language-not-saved = Забон иваз карда шуд, аммо барои ҷаласаи навбатӣ нигоҳ дошта нашуд: { $reason }

## Намоишҳои роҳнамо
tours-menu = Намоишҳои роҳнамо
tour-step-of = Қадами { $at } аз { $steps }
tour-back = ◀ Қаблӣ
tour-next = Навбатӣ ▶
tour-leave = Баромадан аз намоиши роҳнамо (Esc)
tour-keys = { $tour } · Page Down ё →: қадами навбатӣ, Page Up ё ←: қадами қаблӣ, Esc: баромадан аз намоиши роҳнамо ва бозгашт ба барнома
tour-left = Шумо аз намоиши роҳнамо баромадед: барнома дар ихтиёри шумост ва экран ҳамон тавре мемонад, ки нишон дода шуда буд.
tour-check-failed = Қадами "{ $step }" ҳангоми бозгашт ба он бо нишондиҳии аввал мувофиқат намекунад: ҳолати экран ё ҳолати модел фарқ мекунад.
tour-checked = Ҳар қадами намоиши роҳнамо ба пеш ва ба қафо нишон дода шуд ва ҳангоми бозгашт айнан ҳамон буд ({ $steps } қадам).
tour-record-new = Сабти намоиши роҳнамои нав…
tour-record-title = Сабти намоиши роҳнамо
tour-record-hint = Моҳ, ҳолати харита, қабат, интихоб ва варақаро муқаррар кунед, баъд ҳолати экранро ҳамчун қадам илова кунед.
tour-record-step-title = Номи қадам:
tour-record-add = Илова кардани ин ҳолати экран ҳамчун қадам
tour-record-file = Нигоҳ доштан ҳамчун:
tour-record-save = Нигоҳ доштани намоиши роҳнамо
tour-recorded-name = Намоиши роҳнамо: { $park }
tour-recorded-step = Қадами { $n }
tour-saved = Намоиши роҳнамо ба { $path } нигоҳ дошта шуд ({ $steps ->
    [one] { $steps } қадам
   *[other] { $steps } қадам
}).
tour-not-saved = Намоиши роҳнамо нигоҳ дошта нашуд: { $reason }

## Маводи тақсимотӣ (parksim report)
report-title = { $park }: маводи тақсимотӣ
report-subtitle = { $runs } ҳисоб (калидҳои тасодуфии аз { $first } то { $last }), ҳар кадом { $months } моҳ, аз { $start } то { $end }.
report-option = Вариант: { $option }
report-section-park = Парк
report-park-facts = Ҳамагӣ { $area } га: { $plots } қитъа дар { $zones } минтақа, { $utilities } намуди таъминот.
report-map-caption = Қитъаҳо аз рӯи ҳолат, { $month } (моделсозии худи сенария, калиди тасодуфӣ { $seed }).
report-band-note = Хатҳо: медиана аз рӯи калидҳои тасодуфӣ; фосилаи ранга: аз p10 то p90 (ҳашт ҳисоб аз даҳ ба он дохил мешаванд). Ромбҳо: рақамҳои нашршуда.
report-band-note-compare = Хокистарӣ, хати канда: { $base }. Ранга: { $other }. Хатҳо: медиана аз рӯи калидҳои тасодуфӣ; фосилаи ранга: аз p10 то p90. Ромбҳо: рақамҳои нашршуда.
report-section-growth = Резидентҳо, ҷойҳои корӣ ва сармоягузорӣ
report-section-utilities = Таъминоти муҳандисӣ: сарборӣ дар соати авҷ
report-section-fiscal = Тавозуни фискалӣ
report-ledger-heading = Тавозуни фискалӣ аз рӯи намуди имтиёз дар { $month }: млн доллари ИМА аз оғози моделсозӣ, медиана аз рӯи калидҳои тасодуфӣ
report-col-line = Модда
report-line-forgone = Талафоти даромад: { $line }
report-line-supplier-taxes = Андозҳое, ки таъминкунандагони маҳаллӣ пардохт кардаанд (бавосита ба вуҷуд омада)
report-section-compare = Ду вариант: муқоиса аз рӯи ҳар калиди тасодуфӣ
report-compare-note = Дар { $month }, аз рӯи { $runs } калиди тасодуфӣ, ки барои ҳарду ҳисоб карда шудаанд (калидҳо якхелаанд, бинобар ин фарқият натиҷаи худи вариантҳост, на тасодуф): медианаи { $base } ва медианаи { $other }, фарқи ҷуфтии онҳо (дигар − асосӣ) бо фосилаи аз p10 то p90, ва ҳиссаи калидҳое, ки дар онҳо { $other } беҳтар ва бадтар аст (дар боқимонда — баробар).
report-col-figure = Нишондиҳанда
report-col-base = Асосӣ
report-col-other = Дигар
report-col-difference = Фарқият (p10 … p90)
report-col-better = Дигар беҳтар аст
report-col-worse = Дигар бадтар аст
report-fig-registered = Резидентҳои ба қайд гирифташуда
report-fig-operating = Резидентҳои фаъол
report-fig-jobs = Ҷойҳои кории доимӣ
report-fig-investment = Сармоягузорӣ, млн доллари ИМА
report-fig-land = Замини ба иҷора додашуда, га
report-fig-tax-expenditure = Хароҷоти андозӣ, млн доллари ИМА
report-fig-taxes-paid = Андозҳои пардохтшуда, млн доллари ИМА
report-fig-net-fiscal = Натиҷаи софи фискалӣ (бо дисконт), млн доллари ИМА
report-section-model = Модел дар як саҳифа
report-model-siting = Корхонаҳо. Сармоягузорони эҳтимолӣ моҳ ба моҳ меоянд; ҳар яке ба як намуд тааллуқ дорад (намунаи корхона: соҳа, андозаи қитъа, сармоягузорӣ, ҷойҳои корӣ, талабот ба таъминоти муҳандисӣ). Ҳар кадоме қитъаҳои озодеро, ки барояш мувофиқанд, аз рӯи иҷора, бо шабакаҳо таъмин будани замин, захираи иқтидори шабакаҳо ва имтиёзҳои пешниҳодшуда муқоиса мекунад ва ё яке аз онҳоро мегирад, ё ба ҷои дигар меравад (интихоб бо модели логити мултиномиалӣ). Резидентҳои номбаршуда (резидентҳои лангарӣ) дар санаҳои нашршудаи худ меоянд.
report-model-building = Сохтмон ва фаъолият. Резидент ба қайд гирифта мешавад, дар давоми муҳлати сохтмон сармояи худро сарф карда, сохтмон мекунад, баъд ба иқтидори лоиҳавӣ ва шумораи ваъдашудаи ҷойҳои корӣ мебарояд. Баъзе резидентҳои ба қайд гирифташуда ҳеҷ гоҳ сохтмон намекунанд (субъектҳои ғайрифаъол). Қитъаҳо ва замин бо навбатҳо кушода мешаванд.
report-model-utilities = Таъминоти муҳандисӣ. Нерӯи барқ, газ, об, обҳои партов ва буғ тавассути шабакаҳо аз манбаъҳо ба қитъаҳо мерасанд. Ҳар моҳ модел сарбории ҳар манбаъ ва ҳар хатро дар соати авҷ ҳисоб мекунад, ҳангоми нарасидани иқтидор таъминоти резидентҳоро маҳдуд мекунад, объектҳоро барои қатъи банақшагирифта ва тасодуфии таъминот аз истифода мебарорад ва резидентҳоеро, ки таъминкунандаашон боздошта шудааст, бозмедорад.
report-model-fiscal = Тавозуни фискалӣ. Ҳар моҳ андозҳои ҳар резидент тибқи низоми амалкунанда ҳисоб карда мешаванд: он чӣ пардохт мекунад ва он чӣ буҷет аз сабаби озодкунӣ аз андоз аз даст медиҳад (хароҷоти андозӣ). Натиҷаи софи фискалӣ, бо дисконт, андозҳои резидентҳоеро, ки ба шарофати имтиёзҳо омадаанд, ба ҳисоб мегирад, бо тарҳи хароҷоти андозӣ барои онҳое, ки бе имтиёз ҳам меомаданд, ва бо тарҳи хароҷоти давлатӣ барои инфрасохтор.
report-model-seeds = Ҳисобҳои сершумор. Тасодуф муайян мекунад, ки сармоягузорон кай меоянд, кадом қитъаҳоро интихоб мекунанд ва қатъи таъминот кай рух медиҳад; ҳар калиди тасодуфӣ як таърихи имконпазир аст, ки айнан такрор мешавад. Диаграммаҳо медиана аз рӯи калидҳои тасодуфӣ ва фосилаеро нишон медиҳанд, ки ҳашт ҳисоб аз даҳ ба он дохил мешаванд. Ду вариант бо ҳамон калидҳои тасодуфӣ ҳисоб карда мешаванд, бинобар ин фарқи байни онҳо натиҷаи худи вариантҳост, на тасодуф.
report-model-limits = Маҳдудиятҳо. Модел ба рақамҳое, ки барои Сумгайит нашр шудаанд, мутобиқ карда шудааст; арзишҳое, ки сенария ҳамчун арзёбӣ қайд кардааст, дар бахши охирин номбар шудаанд. Фосила пешгӯӣ нест: он нишон медиҳад, ки фарзияҳои модел чиро имконпазир мешуморанд.
report-section-sources = Манбаъҳо ва фарзияҳо
report-sources-note = { $scene }: ҳамаи арзишҳое, ки сенария ҳамчун арзёбӣ қайд кардааст ({ $count }), бо шарҳи худи сенария дар бораи он ки аз куҷо гирифта шудаанд.
report-col-section = Бахш
report-col-where = Ҷойгиршавӣ
report-col-source = Манбаъ
report-footer = Бо parksim { $version } аз рӯи { $scene } тайёр карда шудааст.

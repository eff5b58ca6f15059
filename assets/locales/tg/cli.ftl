# Сатри фармони parksim — тоҷикӣ (tg): он чи фармонҳо дар терминал чоп мекунанд.

## parksim compare: ҷадвали ду вариант
cli-compare-seeds = { $seeds ->
    [one] { $seeds } калиди тасодуфӣ
   *[other] { $seeds } калиди тасодуфӣ
}, барои ҳарду якхела
cli-compare-figure = нишондиҳанда
cli-compare-base-median = медианаи АСОСӢ
cli-compare-other-median = медианаи ДИГАР
cli-compare-difference = ДИГАР − АСОСӢ: медиана (p10 … p90)
cli-compare-other-better = ДИГАР беҳтар аст

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

## Ҳар фармон: хатоҳо ва он чи навишта шуд
# $error сабаби системаи амалиётӣ аст, бо забони худи он.
cli-error = хато: { $message }
cli-no-language = parksim: --lang { $code }: бо ин забон матн нест; забонҳои мавҷуда: { $languages }
cli-no-planner = parksim: дар ин версия интерфейси графикӣ нест (бе хусусияти `gui` сохта шудааст); { $scene } бе интерфейси графикӣ моделсозӣ мешавад.
cli-cannot-create-folder = папкаи натиҷаҳо { $folder } сохта нашуд: { $error }
cli-cannot-write-in-folder = дар папкаи натиҷаҳо { $folder } навиштан ғайриимкон аст: { $error }
cli-cannot-write = { $file } навишта нашуд: { $error }
cli-cannot-read = { $file } хонда нашуд: { $error }
cli-cannot-put-files = файлҳоро дар { $folder } ҷойгир кардан ғайриимкон аст: { $error }
cli-cannot-format = натиҷаҳоро формат кардан ғайриимкон аст: { $error }
cli-cannot-scratch = дар папкаи натиҷаҳо файли муваққатӣ сохта нашуд: { $error }
cli-wrote = Навишта шуд: { $file }
cli-wrote-run = Навишта шуд: { $files }
cli-wrote-export = Навишта шуд: { $file } (парк дар { $month })
cli-wrote-synth = Навишта шуд: { $file } ({ $plots ->
    [one] { $plots } қитъа
   *[other] { $plots } қитъа
})
cli-progress-months = Моделсозӣ то { $month }
cli-progress-months-unit = моҳ
cli-progress-seeds = Ҳисоб бо калидҳои тасодуфӣ

## Моҳе, ки бо --month дода мешавад
cli-month-range = моҳеро аз { $start } то { $last } интихоб кунед (моделсозии сенария { $months } моҳро дар бар мегирад)
cli-month-before-run = { $month } пеш аз оғози моделсозӣ аст; { $range }
cli-month-after-run = { $month } пас аз анҷоми моделсозӣ аст; { $range }
cli-not-a-month = "{ $text }" моҳ нест; онро дар шакли YYYY-MM нависед

## parksim validate
cli-sources-heading = { $file }: { $count ->
    [one] { $count } арзиш ё сабт ҳамчун арзёбӣ қайд шудааст
   *[other] { $count } арзиш ва сабт ҳамчун арзёбӣ қайд шудаанд
}, аз рӯи бахшҳо (арзиши дорои манбаи нашршуда номбар намешавад)
cli-sources-section = { $section } ({ $count })
cli-valid-tour = { $file }: дуруст — намоиши роҳнамои "{ $tour }" ({ $park }): { $steps ->
    [one] { $steps } қадам
   *[other] { $steps } қадам
}
cli-valid = { $file }: дуруст — { $park }, { $plots ->
    [one] { $plots } қитъа
   *[other] { $plots } қитъа
} ({ $area_ha } га), { $utilities ->
    [one] { $utilities } намуди таъминот
   *[other] { $utilities } намуди таъминот
}, { $archetypes ->
    [one] { $archetypes } намунаи корхона
   *[other] { $archetypes } намунаи корхона
}, { $anchors ->
    [one] { $anchors } резиденти номбаршуда
   *[other] { $anchors } резиденти номбаршуда
}

## parksim run: хулосаи моделсозӣ
cli-summary-none = ягон моҳ моделсозӣ нашуд
cli-summary-park = Парк
cli-summary-period = Давра
cli-summary-period-value = { $first } – { $last } ({ $months } моҳ)
cli-summary-residents = Резидентҳо
cli-summary-residents-value = { $registered } ба қайд гирифташуда, { $operating } фаъол, { $building } дар ҳоли сохтмон
cli-summary-land = Замин
cli-summary-land-value = { $let_ha } аз { $area_ha } га ба иҷора дода шудааст ({ $pct } %)
cli-summary-jobs = Ҷойҳои корӣ
cli-summary-jobs-value = { $jobs } доимӣ
cli-summary-investment = Сармоягузорӣ
cli-summary-power = Нерӯи барқ
cli-summary-power-value = талабот { $demand } МВт аз иқтидори { $capacity } МВт
cli-summary-taxes = Андозҳои пардохтшуда
cli-summary-tax-expenditure = Хароҷоти андозӣ
cli-summary-rent = Иҷораи ситонидашуда
cli-million-usd = { $amount } млн доллари ИМА

## parksim ledger: тавозуни фискалӣ барои ҳар резидент
cli-ledger-heading = Тавозуни фискалии { $park } дар { $month } (калиди тасодуфӣ { $seed }), барои ҳар резидент аз лаҳзаи ба қайд гирифтани он
cli-ledger-firm = корхона
cli-ledger-resident = резидент
cli-ledger-anyway = б/имт
cli-ledger-jobs = ҷой (ваъда)
cli-ledger-invest = сарм. млн USD
cli-ledger-rent = иҷора
cli-ledger-taxes = андозҳо
cli-ledger-te = ХА
cli-ledger-net = соф млн USD
cli-ledger-te-per-job = ХА/ҷой
cli-ledger-yes = ҳа
cli-ledger-no = не
cli-ledger-totals = { $residents ->
    [one] { $residents } резидент
   *[other] { $residents } резидент
}: { $jobs } ҷойи корӣ аз { $promised } ваъдашуда; иҷора { $rent } млн доллари ИМА, андозҳои пардохтшуда { $taxes } млн доллари ИМА, хароҷоти андозӣ { $te } млн доллари ИМА (ҳоло { $te_per_job } USD ба як ҷойи корӣ); натиҷаи софи фискалии резидентҳо, бо дисконт: { $net } млн доллари ИМА (маблағҳо бо млн доллари ИМА; "б/имт": бе имтиёз ҳам меомад; ХА: хароҷоти андозӣ; ҷой: ҷойи корӣ; сарм.: сармоягузорӣ; соф: натиҷаи софи фискалӣ, бо дисконт)

## parksim sweep, compare, merge
cli-seeds-expected = "{ $text }": калидҳои тасодуфӣ дар шакли A..B интизор мешуданд, масалан 1..100
cli-seeds-reversed = "{ $text }": калиди тасодуфии аввал аз охирин калонтар аст; шакли A..B бо A ≤ B интизор мешуд
cli-seeds-too-many = "{ $text }": { $seeds } калиди тасодуфӣ; як ҳисоби сершумор на зиёда аз { $most } калидро мегирад (онро ба қисмҳо тақсим кунед)
cli-shard-expected = "{ $text }": қисм дар шакли K/N бо 0 ≤ K < N интизор мешуд, масалан 0/4
cli-merge-nothing = натиҷаҳои қисмӣ барои якҷоя кардан нестанд
cli-merge-different-scenes = натиҷаҳои қисмӣ ба сенарияҳои гуногун тааллуқ доранд: { $scenes }
cli-merge-different-sweeps = натиҷаҳои қисмӣ ба ҳисобҳои сершумори гуногун тааллуқ доранд (сутунҳо ё моҳҳои онҳо фарқ мекунанд)
cli-merge-seed-twice = калиди тасодуфии { $seed } дар ду натиҷаи қисмӣ ҳаст ё тартиби онҳо вайрон аст: оё қисмҳо аз як ҳисоби сершумор буданд?
cli-merge-cut-short = { $file }: калиди тасодуфии { $seed } { $values } қимат дорад, { $expected } интизор мешуд: файл нопурра аст
cli-merge-not-a-number = { $file }: сатри { $line }: "{ $cell }" адад нест
cli-compare-base = АСОСӢ
cli-compare-other = ДИГАР

## parksim export
cli-no-origin = сенария паркро дар рӯи замин ҷойгир намекунад: ба `park` сатри `origin_lat_lon: (LATITUDE, LONGITUDE)` илова кунед (арзи ҷуғрофӣ ва тӯли ҷуғрофии нуқтаи x 0 м, y 0 м бо дараҷаҳои WGS 84)
cli-no-utility = намуди таъминоти "{ $id }" вуҷуд надорад
cli-no-network = намуди таъминоти "{ $id }" дар сенария шабака надорад
cli-no-water-utility = дар сенария намуди таъминоти об барои экспорт нест
cli-no-water-network = барои намудҳои таъминоти оби сенария ({ $utilities }) шабака дода нашудааст; EPANET лӯлаҳоро талаб мекунад
cli-not-water = намуди таъминоти "{ $id }" об нест; EPANET шабакаҳои обро модел мекунад
cli-not-finite = { $what } адади охирнок нест ({ $value }); файли EPANET навишта намешавад
cli-what-plot-water = талаботи оби қитъаи { $id }
cli-what-link-diameter = диаметри лӯлаи хати { $id } (аз рӯи иқтидори он)
cli-what-link-length = дарозии хати { $id }
cli-node-not-finite = ҷойгиршавии гиреҳи { $id } адади охирнок нест; файли EPANET навишта намешавад
cli-no-wgs84 = барои нуқтаи x { $x } м, y { $y } м-и парк мавқеъ дар WGS 84 муайян намешавад (аз origin_lat_lon { $origin })

## --help: ҳар фармон ва ҳар параметр чӣ кор мекунад
cli-help-usage = Тарзи истифода
cli-help-commands = Фармонҳо
cli-help-arguments = Аргументҳо
cli-help-options = Параметрҳо
cli-help-help = Нишон додани маълумотнома
cli-help-version = Нишон додани версия
cli-help-help-command = Нишон додани ҳамин паём ё маълумотномаи фармони додашуда
cli-help-help-which = Фармоне, ки маълумотномаи он нишон дода мешавад
cli-help-about = parksim — барномаи моделсозии майдон ва инфрасохтори парки саноатӣ. Бе фармон сенарияро дар интерфейси графикӣ мекушояд.
cli-help-lang = Забони паёмҳо ва интерфейси графикӣ: en, ru (Русский), tg (Тоҷикӣ) ё az (Azərbaycanca). Пешфарз: интихоби охирин дар интерфейси графикӣ, вагарна LC_ALL, LC_MESSAGES ё LANG.
cli-help-open-scene = Файли сенарияе, ки кушода мешавад (пешфарз: scenes/sumgayit.ron).
cli-help-screenshot = Моделсозии --months моҳ бо суръати ҳадди аксар, нигоҳ доштани акси равзана дар ҳамин файли PNG ва баромадан.
cli-help-screenshot-months = Шумораи моҳҳое, ки пеш аз гирифтани акс моделсозӣ мешаванд.
cli-help-frame-times = Барои санҷиши суръат: ҷойивазкунӣ ва калону хурд кардани харита бо скрипт дар давоми ҳамин шумораи кадрҳо ҳангоми таваққуф ва ҳамин қадар ҳангоми оғоз, чопи вақти CPU барои кадрҳои интерфейси графикӣ ва баромадан.
cli-help-present = Кушодан дар реҷаи намоиш: экрани пурра, матни калон, харита, як диаграмма ва нишондиҳандаҳои асосӣ (F5 ё Esc аз он мебарорад).
cli-help-select = Бо --screenshot: интихоби ин қитъа (аз рӯи идентификатор) пеш аз гирифтани акс.
cli-help-each-tab = Бо --screenshot: барои ҳар варақаи лавҳаи диаграммаҳо як акс (FILE-firms.png, …).
cli-help-baseline = Кушодан бо ин сенария ҳамчун варианти асосии собитшуда: файли сенария, ба таври ихтиёрӣ бо :PRESET барои татбиқи низоми имтиёзҳо (масалан scenes/sumgayit.ron:tajikistan_fez).
cli-help-split-map = Бо --baseline: кушодан бо харитаи дуқисма, парки варианти асосӣ дар тарафи чап.
cli-help-band-seeds = Шумораи калидҳои тасодуфӣ барои фосилаҳои диаграммаҳо (пешфарз 100; аз 10 то 1 000).
cli-help-layer = Қабати харита ҳангоми кушодан: zones, phase, status (пешфарз), sector, utility-loading, headroom ё rent.
cli-help-sources = Бо равзанаи «Манбаъҳо ва фарзияҳо» кушодан (ҳамаи арзишҳое, ки сенария ҳамчун арзёбӣ қайд кардааст).
cli-help-scene-file = Файли сенария (.ron).
cli-help-run = Моделсозии сенария моҳ ба моҳ ва навиштани timeseries.csv ва summary.json.
cli-help-run-months = Шумораи моҳҳои моделсозӣ (пешфарз: simulation.months дар сенария).
cli-help-seed = Калиди тасодуфӣ барои интихобҳои тасодуфӣ (пешфарз: simulation.seed дар сенария).
cli-help-out-folder = Папка барои натиҷаҳо; агар набошад, сохта мешавад.
cli-help-all-links = Дар networks.csv номбар кардани хати пайвастшавии ҳар қитъа, ҳатто дар парки зиёда аз 1 000 қитъа (ки дар он танҳо манбаъҳо ва хатҳои байни онҳо ва гиреҳҳо номбар мешаванд).
cli-help-regime = Моделсозии нақшаи парк аз оғоз бо ин низоми имтиёзҳо ба ҷои низоми худи сенария (намунаи низом аз scenes/regimes, масалан tajikistan_fez).
cli-help-n1 = Ҷадвали меъёри N-1: барои ҳар манбаи таъминот ва хати шабака, агар танҳо ҳамон аз кор барояд, бо талаботи парк дар як моҳ чӣ қадар талабот таъминнашуда мемонад.
cli-help-n1-month = Моҳе, ки талаботи он истифода мешавад, YYYY-MM (пешфарз: моҳи охирини моделсозӣ).
cli-help-ledger = Тавозуни фискалӣ барои ҳар резидент дар моҳи муайян: ҷойҳои корӣ ва сармоягузории ваъдашуда ва воқеӣ, иҷора, андозҳои пардохтшуда, хароҷоти андозӣ аз рӯи намуди имтиёз ва натиҷаи софи фискалӣ.
cli-help-ledger-month = Моҳе, ки моделсозӣ то он идома меёбад, YYYY-MM (пешфарз: моҳи охирини моделсозӣ).
cli-help-ledger-out = Ҳамчунин навиштани тавозун дар шакли CSV ба ҳамин файл.
cli-help-export = Экспорти нақшаи парк барои ГИС (GeoJSON) ё шабакаи об барои моделҳои гидравликӣ (EPANET .inp), бо ҳолати моҳи моделсозишуда.
cli-help-export-format = geojson (нақшаи парк, минтақаҳо, қитъаҳо бо хосиятҳояшон, шабакаҳо) ё epanet (шабакаи об, бо талаботи қитъаҳо ҳамчун талаботи асосӣ).
cli-help-export-out = Файле, ки навишта мешавад.
cli-help-export-month = Моҳи моделсозишуда, ки ҳолати он экспорт мешавад, YYYY-MM (пешфарз: моҳи охирини моделсозӣ).
cli-help-export-utility = Барои epanet: намуди таъминоти об (пешфарз: аввалин намуде, ки шабака дорад).
cli-help-validate = Санҷиши файлҳои сенария; ҳар хаторо бо сатр ва сутуни он нишон медиҳад.
cli-help-validate-scenes = Як ё якчанд файли сенария.
cli-help-validate-sources = Бо --sources: ба ҷойи хулоса ҳамаи арзишҳо ва сабтҳоеро, ки сенария ҳамчун арзёбӣ қайд кардааст, аз рӯи бахшҳо бо манбаашон номбар кунед.
cli-help-synth = Навиштани парки сунъӣ аз N қитъа (бо ҳамон формат) барои санҷишҳои миқёс ва суръат.
cli-help-synth-plots = Шумораи қитъаҳо.
cli-help-synth-out = Файли сенарияе, ки навишта мешавад.
cli-help-synth-seed = Калиди тасодуфӣ барои нақшаи парк ва моделсозиҳои сенария.
cli-help-synth-networks = Додани шабака ба ҳар намуди таъминот (хати асосӣ қад-қади қаторҳо, хати пайвастшавӣ ба ҳар қитъа) ба ҷои якҷоя кардани манбаъҳои он дар тамоми парк.
cli-help-sweep = Моделсозии сенария бо калидҳои тасодуфии зиёд ба таври мувозӣ ва навиштани p10, медиана, p90 ва қимати миёнаи ҳар сутун барои ҳар моҳ (bands.csv), нишондиҳандаҳои охири моделсозӣ барои ҳар калид (runs.csv) ва медианаҳои онҳо бо p10–p90 (summary.json).
cli-help-compare = Моделсозии ду вариант бо ҳамон калидҳои тасодуфӣ ва навиштани фосилаҳои фарқи ҷуфтии онҳо (difference_bands.csv) ва ҷадвали нишондиҳандаҳои охири моделсозӣ (comparison.csv). Ҳар вариант файли сенария аст, ба таври ихтиёрӣ бо :PRESET барои татбиқи низоми имтиёзҳо, масалан scenes/sumgayit.ron:tajikistan_fez.
cli-help-compare-base = Варианте, ки бо он муқоиса карда мешавад.
cli-help-compare-other = Варианте, ки бо варианти аввал муқоиса карда мешавад.
cli-help-merge = Якҷоя кардани натиҷаҳои қисмии ҳисоби сершумори ба қисмҳо тақсимшуда (ё муқоиса): айнан ҳамон файлҳое, ки як ҳисоби тақсимнашуда (ё муқоиса) менависад.
cli-help-merge-parts = Папкаҳои натиҷаҳои қисмҳо.
cli-help-merge-out = Папка барои натиҷаҳои якҷояшуда; агар набошад, сохта мешавад.
cli-help-tour = Нишон додани намоиши роҳнамо (tours/*.ron) дар интерфейси графикӣ, дар реҷаи намоиш: Page Down ё → қадами навбатӣ, Page Up ё ← қадами қаблӣ, Esc аз намоиши роҳнамо мебарорад.
cli-help-tour-file = Файли намоиши роҳнамо (tours/sumgayit_2011_2025.ron ва tours/two_regimes.ron бо барнома дода мешаванд).
cli-help-tour-check = Нишон додани ҳар қадам ба пеш ва ба қафо, санҷидани он, ки ҳар қадам ҳангоми бозгашт айнан ба нишондиҳии аввал мувофиқат мекунад, ва баромадан (барои санҷишҳо).
cli-help-tour-screenshot = Бо санҷиш: акси ҳар қадам дар паҳлӯи ҳамин файл (FILE-01-ID.png, …).
cli-help-seeds = Калидҳои тасодуфӣ, аввалин ва охирин дохил мешаванд (муқоиса ҳарду вариантро бо ҳар яке аз онҳо ҳисоб мекунад).
cli-help-runs-months = Шумораи моҳҳои моделсозӣ (пешфарз: simulation.months дар сенария; барои compare — аз BASE).
cli-help-jobs = Шумораи риштаҳо (пешфарз: яке барои ҳар ядро). Файлҳо бо ҳар шумора якхела мебошанд.
cli-help-shard = Ҳисоб танҳо барои қисми K-ум аз N қисми калидҳои тасодуфӣ (K аз 0, чунон ки Slurm вазифаҳои массивро рақамгузорӣ мекунад) ва навиштани натиҷаи қисмии он барои parksim merge.
cli-months-without-screenshot = --months бе фармон танҳо бо --screenshot истифода мешавад; барои моделсозии сенария бе интерфейси графикӣ `parksim run SCENE --months N`-ро истифода баред
cli-tour-no-planner = Намоиши роҳнамои "{ $tour }" ({ $steps } қадам) дуруст аст, аммо дар ин версия барои нишон додани он интерфейси графикӣ нест (бе хусусияти `gui` сохта шудааст).
cli-no-planner-flags = дар ин версия интерфейси графикӣ нест (бе хусусияти `gui` сохта шудааст), бинобар ин гирифтани акси экран, ченкунии вақти кадрҳо ва реҷаи намоиш дастнорас аст

## parksim calibrate: мутобиқ кардани параметрҳои сенария ва санҷиши ретроспективӣ
cli-help-calibrate = Мутобиқ кардани параметрҳои сенария ба нуқтаҳои мушоҳидашудаи он то моҳи додашуда, бо ҳамин моҳ (усули Nelder–Mead, барои ҳар варианти параметрҳо ҳамон калидҳои тасодуфӣ) ва арзёбии ҳар нуқтаи баъд аз он: санҷиши ретроспективӣ.
cli-help-calibrate-fit = Параметрҳое, ки мутобиқ карда мешаванд, бо вергул ҷудо карда: park_appeal (қиматҳои ҳамаи соҳаҳо якҷоя тағйир меёбанд), park_appeal:SECTOR, rent_sensitivity, prospects_per_year:SECTOR, dormant_share.
cli-help-calibrate-until = Мутобиқ кардан ба нуқтаҳои мушоҳидашуда то ҳамин моҳ, бо ҳамин моҳ, YYYY-MM (пешфарз: ба ҳамаи онҳо); нуқтаҳои баъдина барои санҷиши ретроспективӣ истифода мешаванд.
cli-help-calibrate-on = Танҳо аз рӯи ин намудҳои нуқтаҳои мушоҳидашуда мутобиқ кардан, бо вергул: registered, operating, investment, portfolio, jobs, land_let, land_free, output (бо пешфарз: ҳама намудҳо); дигарҳо якҷоя бо нуқтаҳои баъд аз --until арзёбӣ мешаванд.
cli-help-calibrate-seeds = Калидҳои тасодуфӣ, ки ҳар варианти параметрҳо бо онҳо ҳисоб карда мешавад, аз 1 то N (пешфарз 20); меъёри мутобиқат хатои нисбии миёнаи медианаҳои аз рӯи ин калидҳо ҳисобшуда мебошад.
cli-help-calibrate-iterations = Ҳадди аксари шумораи итератсияҳои усули Nelder–Mead (пешфарз 60).
cli-help-calibrate-out = Навиштани сенария бо параметрҳои мутобиқшуда ба ҳамин файл.
cli-calibrate-heading = Параметрҳо ба { $points } нуқтаи мушоҳидашуда то { $until } мутобиқ карда шуданд, бо калидҳои тасодуфии аз 1 то { $seeds } ({ $candidates } варианти параметрҳо ҳисоб карда шуд):
cli-calibrate-value = { $parameter }: { $from } → { $to }
cli-calibrate-point = { $month }  { $column }: қимати мушоҳидашуда { $observed }, медиана { $median }, хато { $error } %
cli-calibrate-in-sample = Дар нуқтаҳои мутобиқкунӣ (нуқтаҳое, ки параметрҳо ба онҳо мутобиқ карда шуданд): хатои миёна { $error } %
cli-calibrate-out-of-sample = Дар мутобиқсозӣ истифода нашуданд (баъд аз он моҳ ё аз намуди дигар): хатои миёна { $error } %
cli-calibrate-none-after = Берун аз интихоб: баъд аз ин моҳ нуқтаи мушоҳидашуда нест.
cli-calibrate-no-points = дар сенария то ин моҳ ягон нуқтаи мушоҳидашуда барои мутобиқ кардан нест
cli-calibrate-no-sector = соҳаи "{ $sector }", ки сармоягузорони эҳтимолӣ ба он меоянд, вуҷуд надорад; чунин соҳаҳо: { $sectors }
cli-calibrate-bad-parameter = "{ $text }" параметри мутобиқшаванда нест; аз инҳо интихоб кунед: park_appeal, park_appeal:SECTOR, rent_sensitivity, prospects_per_year:SECTOR, dormant_share
cli-calibrate-bad-kind = «{ $text }» намуди нуқтаи мушоҳидашуда нест; аз инҳо интихоб кунед: { $kinds }
cli-calibrate-source = бо parksim calibrate ба нуқтаҳои мушоҳидашуда то { $until } бо { $seeds } калиди тасодуфӣ мутобиқ карда шудааст

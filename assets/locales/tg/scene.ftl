# parksim, файлҳои сенария — тоҷикӣ (tg): паёмҳои санҷиши файли сенария.
# Ҳар паём пас аз файл, сатр ва сутуне, ки ба он дахл дорад, нишон дода мешавад, масалан
# "park.ron:12:5: қитъаи "P01" бо қитъаи "P02" рӯи ҳам меафтад; ...".
# Бе тарҷума, чунон ки дар файл навишта шудаанд: номҳои майдонҳо (`{ $key }`, `{ $field }`,
# номҳои қисмҳо, масалан park ё demand), идентификаторҳо ва номҳо (дар нохунак), моҳҳо
# (YYYY-MM) ва намудҳои минтақа (Industrial, GreenBuffer, ...). Ададҳо формат шуда меоянд.

## Хондани файл
scene-no-such-file = чунин файл вуҷуд надорад
scene-permission-denied = файлро хондан ғайриимкон аст: иҷозат нест
scene-is-folder = ин папка аст, на файли сенария
scene-cannot-read = файлро хондан ғайриимкон аст: { $reason }
scene-not-utf8 = файли сенария нест: ин матни UTF-8 нест (байти дуӣ дар мавқеи { $offset }); файли матнии RON интизор мерафт
scene-not-regular-file = файли сенария нест: ин канал (pipe), дастгоҳ ё дигар файли махсус аст, ки хондани он метавонад беохир давом кунад; файли матнии RON, ки дар диск нигоҳ дошта шудааст, интизор мерафт
# $size ва $limit бо воҳидашон формат шуда меоянд, масалан "300 MiB", "256 MiB".
scene-too-large = ҳаҷми файл { $size } аст, ки аз ҳадди { $limit } барои файли сенария зиёд аст (парки 100 000 қитъа тақрибан 23 МБ мегирад); файли сенария интизор мерафт

## Синтаксис: файл сенарияи бо RON навишташуда нест
scene-file-empty = файл холӣ аст; сенария интизор мерафт: (park: (...), plots: [...], ...)
scene-truncated = файл барвақт ба охир мерасад (нопурра?); давоми сенария интизор мерафт
# $place — scene-field-in ё холӣ; $hint — scene-did-you-mean-field ё холӣ;
# $expected номҳои майдонҳоро номбар мекунад, масалан "id, zone, shape".
scene-unknown-field = майдони номаълум `{ $field }`{ $place }{ $hint } (яке аз инҳо интизор мерафт: { $expected })
scene-missing-field = майдони `{ $field }`{ $place } вуҷуд надорад
# Ҷое, ки майдон вуҷуд надорад ё номаълум аст: сабт, масалан " дар plot" (фосилаи аввал дар назар аст).
scene-field-in = {" "}дар { $record }
scene-did-you-mean-field = ; шояд `{ $field }` дар назар буд?
scene-expected-comma = дар байни ду унсур вергул `,` интизор мерафт (шояд дар охири сатри қаблӣ вергул намерасад?)
scene-expected-whole-number = дар ин ҷо адади бутун интизор мерафт
scene-expected-number = дар ин ҷо адад интизор мерафт
scene-expected-text = дар ин ҷо матн дар нохунакҳои дутагӣ интизор мерафт, масалан "P01"
scene-expected-boolean = дар ин ҷо `true` ё `false` интизор мерафт
scene-expected-list = дар ин ҷо рӯйхат дар қавсҳои квадратӣ `[ ... ]` интизор мерафт
scene-expected-list-end = `]`, ки рӯйхатро мебандад, ё вергул пеш аз унсури навбатӣ интизор мерафт
scene-expected-record = дар ин ҷо сабт дар қавсҳои хурд `( ... )` интизор мерафт
scene-expected-record-end = `)`, ки сабтро мебандад, ё вергул пеш аз майдони навбатӣ интизор мерафт
scene-inconsistent = сенария зиддиятнок аст

## Намудҳои объектҳои дорои идентификатор ($kind дар паёмҳои поён)
scene-kind-zone = минтақа
scene-kind-phase = навбат
scene-kind-rent-schedule = ҷадвали иҷора
scene-kind-plot = қитъа
scene-kind-utility = намуди таъминот
scene-kind-source = манбаи таъминот
scene-kind-sector = соҳа
scene-kind-archetype = намунаи корхона
scene-kind-anchor = резиденти номбаршуда

## Объекте, ки паём ба он дахл дорад ($owner дар паёмҳои поён)
scene-owner-road = роҳи "{ $id }"
scene-owner-rail = хати роҳи оҳани "{ $id }"
scene-owner-zone = минтақаи "{ $id }"
scene-owner-phase = навбати "{ $id }"
scene-owner-rent-schedule = ҷадвали иҷораи "{ $id }"
scene-owner-plot = қитъаи "{ $id }"
scene-owner-utility = намуди таъминоти "{ $id }"
scene-owner-source = манбаи "{ $id }"
scene-owner-archetype = намунаи корхонаи "{ $id }"
scene-owner-anchor = резиденти номбаршудаи "{ $id }"
scene-owner-arrivals = омадани сармоягузорони эҳтимолии соҳаи "{ $id }"
scene-owner-regime = низоми "{ $name }"

## Идентификаторҳо ва истинодҳо
scene-empty-id = идентификатори як { $kind } холӣ аст
scene-duplicate-id = идентификатори такрории { $kind } "{ $id }"; ҳар як { $kind } бояд идентификатори худро дошта бошад
# $hint — scene-did-you-mean-id ё холӣ.
scene-not-defined = { $owner } ба { $kind } "{ $id }" ишора мекунад, ки муайян нашудааст{ $hint }
scene-did-you-mean-id = ; шояд "{ $id }" дар назар буд?
scene-serves-not-defined = { $owner } { $kind } "{ $id }"-ро таъмин мекунад, ки муайян нашудааст

## Рӯйхатҳое, ки сенария бояд дошта бошад ($key — номи майдони рӯйхат)
scene-empty-zones = `{ $key }` холӣ аст; дар сенария ақаллан як минтақа бояд бошад
scene-empty-rent-schedules = `{ $key }` холӣ аст; дар сенария ақаллан як ҷадвали иҷора бояд бошад
scene-empty-plots = `{ $key }` холӣ аст; дар сенария ақаллан як қитъа бояд бошад
scene-empty-sectors = `{ $key }` холӣ аст; дар сенария ақаллан як соҳа бояд бошад
scene-empty-archetypes = `{ $key }` холӣ аст; дар сенария ақаллан як намунаи корхона бояд бошад
scene-empty-regimes = `{ $key }` холӣ аст; дар сенария ақаллан як низоми имтиёзҳо бояд бошад (он метавонад аз ҳеҷ чиз озод накунад)

## Ададҳо ва моҳҳо
scene-number-nan = { $owner }: `{ $key }` адад нест (NaN)
scene-number-infinite = { $owner }: `{ $key }` беохир аст
scene-number-negative = { $owner }: `{ $key }` ба { $value } баробар аст; он манфӣ буда наметавонад
scene-number-out-of-range = { $owner }: `{ $key }` ба { $value } баробар аст; қимат аз { $min } то { $max } интизор мерафт
scene-bad-month = { $owner }: `{ $key }` "{ $text }" аст; моҳ дар шакли "YYYY-MM" интизор мерафт, масалан "2013-10"
scene-zero-months = { $owner }: `{ $key }` ба 0 баробар аст; ақаллан 1 моҳ интизор мерафт
scene-months-out-of-range = { $owner }: `{ $key }` { $value } моҳ аст; аз { $min } то { $max } моҳ интизор мерафт (1 000 сол, чунон ки --months дар сатри фармон иҷозат медиҳад)

## Шаклҳо: ҳудуди парк, минтақаҳо, қитъаҳо, хатҳо
scene-too-few-points = { $owner }: `{ $key }` { $count } нуқта дорад; ақаллан { $min } интизор мерафт
scene-coordinate-not-finite = { $owner }: `{ $key }` координатае дорад, ки адади охирноки метр нест
scene-coordinate-too-far = { $owner }: `{ $key }` координатае дорад, ки зиёда аз { $max } м аз ибтидои координатаҳои парк (0, 0) дур аст; метрҳо дар системаи координатаҳои худи парк интизор мерафт
scene-no-area = { $owner }: `{ $key }` ягон масоҳатро иҳота намекунад
scene-crosses-itself = { $owner }: `{ $key }` худашро мебурад; ҳудуди оддӣ (бе буриш) интизор мерафт
scene-gross-area = { $owner }: `{ $key }` { $stated } га нишон медиҳад, вале ҳудуд { $drawn } га-ро иҳота мекунад; онҳо бояд бо фарқи на зиёда аз 5 % мувофиқат кунанд
scene-zone-outside = { $owner } аз ҳудуди парк берун мебарояд
scene-phase-order = { $owner } аз { $opens } кушода мешавад, пеш аз навбати дар боло зикршуда ({ $previous }); навбатҳоро бо тартиби кушодашавӣ нависед
scene-phase-area-beyond = { $owner }: `park_area_ha` { $stated } га нишон медиҳад, вале ҳудуд бо васеъкуниҳои то ҳол иловашуда { $drawn } га-ро иҳота мекунад; навбате, ки замин илова мекунад, онро дар `extension_m` медиҳад
scene-plot-phase-before-zone = { $owner } ба навбати "{ $phase }" тааллуқ дорад, ки пеш аз навбати минтақаи он ("{ $zone_phase }") кушода мешавад; қитъаро пеш аз озод шудани минтақааш ба иҷора додан мумкин нест
scene-anchor-before-phase = { $owner }: бақайдгирӣ ({ $registered }) дар қитъаи "{ $plot }", ки навбати он ("{ $phase }") танҳо аз { $opens } кушода мешавад; қитъаро пеш аз кушода шудани навбаташ ба иҷора додан мумкин нест
scene-bad-rect = { $owner }: Rect бояд x_m ва y_m-и охирнок ва width_m ва height_m-и мусбат (бо метр) дошта бошад
scene-plot-outside = { $owner } (қисман) берун аз ҳудуди парк ҷойгир аст
scene-plot-outside-zone = { $owner } дар дохили минтақаи худ "{ $zone }" нест
scene-overlap = қитъаи "{ $plot }" бо қитъаи "{ $other }" рӯи ҳам меафтад; қитъаҳо набояд замини умумӣ дошта бошанд
# Пас аз якчанд ҳолати аввал, ки як-як номбар шудаанд: боз чанд ҷуфт ҳаст ва дар маҷмӯъ чанд.
scene-overlap-more = … ва боз { $count } ҳолати рӯи ҳам афтодани қитъаҳо (дар маҷмӯъ { $total } ҷуфт); қитъаҳо набояд замини умумӣ дошта бошанд

## Таъминоти муҳандисӣ
scene-no-sources = { $owner } манбаъ надорад; ақаллан як манбаъ интизор мерафт

## Намунаҳои корхона
scene-construction-range = { $owner }: дар `{ $key }` ҳадди ақал ({ $min }) аз ҳадди аксар ({ $max }) зиёд аст
scene-no-zone-kinds = { $owner }: `{ $key }` холӣ аст; намудҳои минтақа, ки корхона дар онҳо ҷойгир шуда метавонад, интизор мерафт, масалан [Industrial]

## Резидентҳои номбаршуда
scene-dates-out-of-order = { $owner }: оғози фаъолият ({ $operating }) пеш аз бақайдгирӣ ({ $registered }) аст; тартиби санаҳо нодуруст аст
scene-registered-before-start = { $owner }: бақайдгирӣ ({ $registered }) пеш аз оғози моделсозӣ ({ $start }) аст
scene-plot-claimed-twice = { $owner } ва резиденти номбаршудаи "{ $other }" ҳарду қитъаи "{ $plot }"-ро талаб мекунанд; дар як қитъа танҳо як корхона ҷойгир мешавад
scene-plot-too-small = { $owner } { $need } га лозим дорад, вале масоҳати қитъаи "{ $plot }" { $have } га аст
scene-wrong-zone-kind = { $owner }: намунаи корхонаи "{ $archetype }" дар минтақаи намуди { $kind } ҷойгир шуда наметавонад (қитъаи "{ $plot }")

## Талабот
scene-arrivals-twice = соҳаи "{ $sector }" зиёда аз як сабти омадани сармоягузорон дорад
scene-arrivals-no-archetype = { $owner }: сармоягузорони эҳтимолӣ меоянд, вале соҳа ягон намунаи корхона бо ҳиссаи аз 0 зиёд надорад

## Низомҳои имтиёзҳо
scene-regime-order = { $owner } аз { $from } оғоз мешавад, на баъд аз низоми қаблӣ ({ $previous }); низомҳо бояд бо тартиби сана бошанд
scene-first-regime-late = низоми аввал аз { $from } оғоз мешавад, вале моделсозӣ аз { $start } оғоз мешавад; низом бояд аз оғоз амал кунад (он метавонад аз ҳеҷ чиз озод накунад)

## Шабакаҳои таъминот
scene-kind-link = хат
scene-kind-network-end = манбаъ, гиреҳ ё қитъа
scene-owner-link = хати "{ $id }"
scene-owner-junction = гиреҳи "{ $id }"
scene-network-twice = намуди таъминоти "{ $utility }" шабакаи дуюм дорад; ба ҳар намуди таъминот як шабака диҳед
scene-junction-id-taken = гиреҳи "{ $id }" идентификатори манбаъ ё қитъаро дорад; ба он идентификатори алоҳида диҳед
scene-link-loop = хати "{ $id }" аз нуқта ба худи ҳамон нуқта меравад; ду нуқтаи охири гуногун интизор мерафт
scene-network-unreached = шабакаи намуди таъминоти "{ $utility }" { $count ->
    [one] ба қитъаи { $plots }, ки манбаъҳояш онро таъмин мекунанд, намерасад; онро ба гиреҳ ё манбаъ пайваст кунед
   *[other] ба { $count } қитъае, ки манбаъҳояш онҳоро таъмин мекунанд (аз ҷумла { $plots }), намерасад; онҳоро ба гиреҳ ё манбаъ пайваст кунед
}
scene-origin-out-of-range = park: `origin_lat_lon` ({ $lat }, { $lon }) аст; (арзи ҷуғрофӣ аз -90 то 90, тӯли ҷуғрофӣ аз -180 то 180) бо дараҷа интизор мерафт
scene-voltage-not-power = { $owner }: `voltage_kv` танҳо ба нерӯи барқ дахл дорад; онро дар ин ҷо хориҷ кунед
scene-voltage-missing = { $owner } дар шабакаи барқ аст, вале `voltage_kv` надорад; шиддати номиналии он интизор мерафт, масалан voltage_kv: 35
scene-link-voltage-mismatch = хати "{ $id }" { $from } кВ ва { $to } кВ-ро мепайвандад; хате, ки ду сатҳи шиддатро мепайвандад, бояд бо transformer: true қайд карда шавад
scene-transformer-one-level = хати "{ $id }" ҳамчун трансформатор қайд шудааст, вале ду сатҳи гуногуни шиддатро намепайвандад
scene-transformer-not-power = хати "{ $id }" ҳамчун трансформатор қайд шудааст, вале трансформатор танҳо дар шабакаи барқ мавҷуд аст
scene-failures-pair = { $owner }: барои корношоямиҳои тасодуфӣ ё ҳам `mtbf_years` ва ҳам `repair_hours`-ро диҳед, ё ҳеҷ кадомашро

## Қоидаҳои фаъолият: маҳдудкунии таъминот, қатъи таъминот, вобастагиҳо, васеъкунӣ
scene-priority-zero = { $owner }: афзалияти 0; афзалиятҳо аз 1 (аввал таъмин мешавад) оғоз мешаванд
scene-asset-not-defined = { $owner }: дар ин намуди таъминот манбаъ ё хати шабакаи "{ $id }" вуҷуд надорад{ $hint }
scene-kind-outside-supplier = таъминкунандаи берунӣ
scene-bad-day = { $owner }: "{ $text }" рӯз нест; "YYYY-MM-DD" интизор мерафт, масалан "2025-07-12"
scene-supplier-not-defined = вобастагӣ: таъминкунандаи "{ $id }" на резиденти номбаршуда (anchors) ва на таъминкунандаи берунӣ (outside_suppliers) аст
scene-coupling-self = вобастагӣ: "{ $id }" худашро таъмин карда наметавонад
scene-coupling-cycle = вобастагиҳо тавассути "{ $id }" ҳалқа ташкил медиҳанд; робитаҳои ашёи хом ва буғ набояд ба таъминкунандаи худ баргарданд
scene-kind-expansion = васеъкунӣ
scene-owner-expansion = васеъкунии "{ $id }"
scene-trigger-bad = { $owner }: шарти сарборӣ бояд above_pct-и аз 0 зиёд ва на зиёда аз 10 000 %, ва months аз 1 то 12 000 дошта бошад
scene-unknown-preset = намунаи низоми "{ $id }" вуҷуд надорад; намунаҳо инҳоянд: { $known }
scene-preset-and-exemptions = { $owner } ҳам намунаи низомро номбар мекунад ва ҳам озодкуниҳоро; танҳо яке аз онҳоро диҳед
scene-regime-no-name = низоми аз { $from } на ном дорад ва на намунаи низом
scene-range-order = { $owner }: `{ $key }` аз қимати калонтар ба қимати хурдтар меравад; (хурдтар, калонтар) диҳед
scene-exit-before-downsize = { $owner }: `exit_after_months` аз `downsize_after_months` кӯтоҳтар аст; резидент пеш аз рафтан фаъолияташро коҳиш медиҳад

## Файлҳои намоиши роҳнамо (tours/*.ron): ҳар қадам бо сенарияи ҳамон намоиши роҳнамо санҷида мешавад.
tour-kind-step = қадам
tour-owner-step = қадами "{ $id }"
tour-no-steps = намоиши роҳнамо ягон қадам надорад
tour-scene-invalid = сенарияи намоиши роҳнамо ("{ $scene }") кушода намешавад ({ $errors } { $errors ->
    [one] хато
   *[other] хато
}; хатои аввал: { $first })
tour-month-outside = { $owner } { $month }-ро нишон медиҳад, ки берун аз моделсозии сенария (аз { $start } то { $end }) аст
tour-bad-month = { $owner }: "{ $text }" моҳ нест; онро дар шакли YYYY-MM нависед
tour-select-plot-or-source = { $owner } чизеро интихоб мекунад, ки лавҳаи маълумот надорад; Plot("…") ё Source("…")-ро интихоб кунед
tour-bad-layer = { $owner }: "{ $layer }" қабати харита нест; қабатҳо инҳоянд: { $layers }
tour-bad-tab = { $owner }: "{ $tab }" варақа нест; варақаҳо инҳоянд: { $tabs }
tour-bad-area = { $owner }: минтақаи Area ҳамчун (ғарб, ҷануб, шарқ, шимол) бо метр навишта мешавад, шарқ аз ғарб ва шимол аз ҷануб калонтар
tour-bad-networks = { $owner }: "{ $networks }" хизмати муҳандисии сенария нест (барои ҳамаи шабакаҳо "all" нависед){ $hint }
tour-no-english = { $owner } шарҳ ба забони англисӣ ("en") надорад, ки ҳар қадам бояд дошта бошад
tour-unknown-language = { $owner } шарҳ бо забони "{ $language }" дорад, ки забони интерфейси графикӣ нест ({ $languages })
tour-bad-advance = { $owner } пас аз { $seconds } { $seconds ->
    [one] сония
   *[other] сония
} ба қадами навбатӣ мегузарад; ин бояд аз 1 то { $most } сония бошад
tour-not-defined = { $owner } { $kind } "{ $id }"-ро номбар мекунад, ки дар сенария нест{ $hint }
tour-bad-preset = { $owner }: намунаи низоми "{ $preset }" вуҷуд надорад; намунаҳо инҳоянд: { $presets }
tour-baseline-invalid = { $owner }: сенарияи варианти асосӣ ("{ $scene }") кушода намешавад ({ $first })

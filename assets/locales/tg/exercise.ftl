# Машқҳои таълимӣ: санҷишҳои файли машқ, фишангҳо, холҳо, нақшаҳои супоридашуда
# ва ҷамъбасти машқ барои роҳбари машқ.

## Санҷишҳои файли машқ
exercise-bad-id = идентификатори машқ "{ $id }" бояд танҳо аз ҳарфҳои хурди лотинӣ, рақамҳо ва аломати "-" иборат бошад (нақшаҳои супоридашуда машқро бо ҳамин идентификатор нишон медиҳанд)
exercise-text-missing = { $key } ба ҳамаи забонҳо навишта нашудааст; забонҳои норасо: { $languages }
exercise-text-unknown-language = { $key } матнҳо ба забонҳои { $languages } дорад, ки забонҳои parksim нестанд ({ $known })
exercise-too-many-seeds = машқ ба нақшаҳо ҳадди аксар аз рӯи { $most } калиди тасодуфӣ хол мегузорад
exercise-month-outside = { $month } берун аз давраи моделсозии сенария аст (аз { $start } то { $end })
exercise-bad-month = "{ $text }" моҳ нест; онро дар шакли YYYY-MM нависед
exercise-no-objectives = дар машқ ягон ҳадаф нест: холи нақша ҷамъи холҳои ҳадафҳост
exercise-bad-points = ҳадаф бояд холе дошта бошад, ки ба 0 баробар нест, ва "per" бояд аз 0 зиёд бошад
exercise-threshold-empty = шарт бояд at_least, at_most ё ҳардуи онҳоро ҳамчун адад дошта бошад
exercise-bad-budget = буҷет бояд маблағе бо USD бошад, 0 ё зиёдтар
exercise-no-levers = дар машқ ягон фишанг нест: гурӯҳ ҳеҷ чизро тағйир дода наметавонист
exercise-kind-event = ҳодиса
exercise-event-not-possible = ҳодисаи "{ $id }"-ро дар сенарияи ибтидоӣ эълон кардан мумкин нест: { $why }
exercise-reference-not-possible = нақшаи намунавӣ нақшае нест, ки гурӯҳ тартиб дода тавонад: { $why }
exercise-no-event = дар ин машқ ҳодисаи "{ $id }" нест
exercise-bad-bounds = { $key } бояд дар шакли (камтарин, бештарин) бошад, аз 0 то { $most }, аввал камтарин
exercise-no-regime = дар сенария низоми { $n } нест (шумораи низомҳо: { $regimes }; рақамгузорӣ аз 0 сар мешавад)
exercise-no-preset = намунаи низоми "{ $id }" вуҷуд надорад{ $hint }
exercise-regime-lever-empty = фишанги Regime бояд presets, exemption_years, exemption_share ё rent_discount-ро кушояд
exercise-no-schedule = ҷадвали иҷораи "{ $id }" вуҷуд надорад{ $hint }
exercise-no-zones = дар фишанги NewPlots бояд минтақаҳое номбар шаванд, ки қитъаҳои нав дар онҳо ҷойгир шуда метавонанд
exercise-bad-price = usd_per_unit бояд аз 0 USD зиёд бошад
exercise-expansions-need-budget = фишанги Expansions маблағи давлатиро сарф мекунад: барои машқ budget_usd муқаррар кунед

## Фишангҳо бо калимаҳо
exercise-regime = Низоми { $n } ({ $name })
exercise-part-presets = намунаҳои низом: { $presets }
exercise-part-years = муддати озодкунӣ аз андоз { $min }–{ $max } сол
exercise-part-share = ҳиссаи озодкунии ҳар андоз { $min }–{ $max }
exercise-part-rent-discount = тахфифи иҷора { $min }–{ $max }
exercise-lever-rent = иҷора аз рӯи ҷадвали "{ $schedule }": { $min }–{ $max } { $currency } барои як гектар дар як сол
exercise-lever-plots = қитъаҳои нав дар минтақаҳо: { $zones }
exercise-lever-phase = моҳи кушодашавии навбати "{ $phase }": аз { $earliest } то { $latest }
exercise-any-asset = ҳар манбаъ ё хат
exercise-lever-expansions = васеъкунӣ — { $utility } ({ $assets }): { $price } USD барои ҳар { $unit }, аз қабули қарор то ба истифода додан { $lead } моҳ, қарор аз { $earliest } то { $latest }

## Радкуниҳо
exercise-refused-years = { $regime }: озодкунӣ аз андоз ба муддати { $years } сол берун аз ҳудуди ин машқ аст ({ $min }–{ $max } сол)
exercise-refused-share = { $regime }: озодкунӣ аз { $share }-и { $tax } берун аз ҳудуди ин машқ аст ({ $min }–{ $max })
exercise-refused-rent-discount = { $regime }: тахфифи иҷора ба андозаи { $share } берун аз ҳудуди ин машқ аст ({ $min }–{ $max })
exercise-refused-regime-part = { $regime }: дар ин машқ танҳо инро тағйир додан мумкин аст: { $lever }
exercise-refused-rent = иҷораи { $value } { $currency } барои як гектар дар як сол берун аз ҳудуди ин машқ аст ({ $min }–{ $max })
exercise-refused-zone = қитъаи { $plot } берун аз минтақаҳое ҷойгир аст, ки ин машқ мекушояд: { $lever }
exercise-refused-phase = кушодашавии навбати "{ $phase }" дар { $month } берун аз моҳҳои ин машқ аст (аз { $earliest } то { $latest })
exercise-refused-expansion-asset = дар ин машқ барои васеъ кардани { $asset } фишанг нест. Танҳо инҳоро тағйир додан мумкин аст: { $levers }
exercise-refused-expansion-price = дар ин машқ нархи васеъкунӣ { $price } USD барои ҳар { $unit } аст ва аз қабули қарор то ба истифода додан { $lead } моҳ мегузарад: ин васеъкунӣ бояд на камтар аз { $capex } USD арзиш дошта бошад
exercise-refused-expansion-month = васеъкунӣ бо қароре, ки дар { $month } қабул шудааст, берун аз моҳҳои ин машқ аст (аз { $earliest } то { $latest })
exercise-refused-budget = васеъкуниҳои нақша { $spent } USD арзиш доранд, ки аз буҷети { $budget } USD зиёд аст
exercise-refused-other = дар ин машқ танҳо инҳоро тағйир додан мумкин аст: { $levers }

## Интихоби гурӯҳҳо дар ҷамъбаст, паҳлӯ ба паҳлӯ
exercise-choice-regime = низом
exercise-choice-years = солҳои озодкунӣ аз андоз
exercise-choice-shares = озодкунӣ аз андозҳо
exercise-choice-rent-discount = тахфифи иҷора
exercise-choice-rent = Иҷора "{ $schedule }" (гектарҳои аввал / минбаъда, дар як сол)
exercise-choice-plots = Қитъаҳои нав
exercise-plots-value = { $plots } ({ $ha } га)
exercise-choice-phase = Кушодашавии навбати "{ $phase }"
exercise-choice-expansions = Васеъкуниҳо
exercise-expansion-value = { $asset } +{ $add } { $unit }, қарор: { $decided } ({ $capex } млн доллари ИМА)

## Нишондиҳандаҳо ва шартҳо
figure-producing-residents = Резидентҳои фаъол
figure-residents = Резидентҳои ба қайд гирифташуда
figure-jobs = Ҷойҳои кории доимӣ
figure-investment = Сармоягузории сарфшуда
figure-net-fiscal = Натиҷаи софи фискалӣ (бо дисконт)
figure-tax-expenditure = Хароҷоти андозӣ
figure-taxes-paid = Андозҳои пардохтшуда
figure-te-per-job = Хароҷоти андозӣ ба як ҷойи корӣ
figure-unserved-energy = Нерӯи барқи нарасонидашуда
figure-unserved-gas = Гази нарасонидашуда
figure-unserved-steam = Буғи нарасонидашуда
figure-public-capex = Хароҷоти асосии давлатӣ барои таъминоти муҳандисӣ
figure-occupied = Замини ба иҷора додашуда
exercise-million-usd = { $value } млн доллари ИМА
exercise-at-least = на камтар аз { $value }
exercise-at-most = на зиёда аз { $value }
exercise-between = аз { $low } то { $high }

## Нақшаҳои супоридашуда
submission-not-one = { $path } нақшаи супоридашуда нест (бо "Submission(" сар намешавад)
submission-other-exercise = нақшаи гурӯҳи «{ $team }» ба машқи "{ $theirs }" тааллуқ дорад, на ба "{ $ours }"
submission-other-version = нақшаи гурӯҳи «{ $team }» дар версияи дигари машқи "{ $exercise }" ё сенарияи он тартиб дода шудааст: ба он бо ҳамон файли машқе хол гузоред, ки дар дасти гурӯҳ буд
submission-other-parksim = нақшаи гурӯҳи «{ $team }» дар parksim { $theirs } тартиб дода шудааст; ин parksim { $ours } аст, ки модели он метавонад ба нақша холи дигар гузорад: ба он дар parksim { $theirs } хол гузоред
submission-bad-diff = нақшаи гурӯҳи «{ $team }»-ро хондан ғайриимкон аст: { $why }
submission-outside-levers = нақшаи гурӯҳи «{ $team }» аз доираи фишангҳои машқ берун мебарояд: { $why }
submission-team-twice = нақшаи дуюми супоридаи гурӯҳи «{ $team }»: танҳо ба нақшаи аввал хол гузошта мешавад

## Сатри фармони роҳбари машқ
cli-exercise-checked = { $exercise }: файл дуруст аст ({ $levers } фишанг, { $objectives } ҳадаф, { $seeds } калиди тасодуфӣ)
cli-exercise-score-line = { $plan }: хол { $median } (p10 { $p10 }, p90 { $p90 }), шартҳои иҷрошуда: { $met } аз { $thresholds }
cli-exercise-reference-not-better = Нақшаи намунавӣ аз сенарияи ибтидоӣ зиёдтар хол намегирад.
cli-exercise-refused = { $file } рад карда шуд: { $why }
cli-exercise-nothing-to-score = Ба ягон нақшаи супоридашуда хол гузошта нашуд: ҷамъбаст навишта нашуд.
cli-exercise-debrief-written = Ҷамъбаст ба { $path } навишта шуд
cli-exercise-no-planner = Ин версияи parksim бе интерфейси графикӣ сохта шудааст: машқи "{ $exercise }"-ро барои гурӯҳ кушода наметавонад (файл дуруст аст).

## Ҷамъбаст
debrief-title = Ҷамъбасти машқ: { $exercise }
debrief-subtitle = { $teams ->
    [one] { $teams } гурӯҳ
   *[other] { $teams } гурӯҳ
  }, ҳар нақша бо { $runs } калиди тасодуфӣ ҳисоб карда шудааст (аз { $first } то { $last }): барои ҳамаи нақшаҳо ҳамон калидҳо
debrief-ranking = Ҷадвали натиҷаҳо
debrief-ranking-note = Аввал нақшаҳое меоянд, ки ҳамаи шартҳоро иҷро мекунанд, баъд — аз рӯи холи баландтар. Хол медиана аз рӯи калидҳои тасодуфӣ аст, пас аз он p10 … p90 оварда мешавад; шарт иҷрошуда ҳисоб мешавад, агар медианаи нишондиҳанда ба он ҷавобгӯ бошад, ва пас аз он ҳиссаи калидҳои тасодуфие, ки дар онҳо шарт иҷро мешавад, нишон дода мешавад.
debrief-team = Гурӯҳ
debrief-score = Хол
debrief-capex = Хароҷоти асосии давлатӣ (млн доллари ИМА)
debrief-capex-of = { $spent } аз { $budget }
debrief-share-of-seeds = ({ $share } %-и калидҳои тасодуфӣ)
debrief-start = Сенарияи ибтидоӣ
debrief-reference = Нақшаи намунавӣ
debrief-claimed-differs = Интерфейси графикии гурӯҳи «{ $team }» { $claimed } хол нишон дод; ҳангоми ҳисоб дар ин ҷо нақша { $scored } хол мегирад.
debrief-objectives = Ҳадафҳо (медиана, p10 … p90)
debrief-objective = { $figure } дар { $at }: { $points } хол барои ҳар { $per }
debrief-choices = Ҳар гурӯҳ чӣ интихоб кард
debrief-choices-note = Қимати ҳар фишанг дар сенарияи ибтидоӣ ва дар ҳар нақша; қиматҳое, ки гурӯҳ тағйир додааст, ҷудо карда нишон дода шудаанд.
debrief-events = Ҳодисаҳои эълоншуда
debrief-charts = Нақшаҳо ба чӣ оварданд
debrief-charts-note = Медианаи ҳар нақша аз рӯи калидҳои тасодуфӣ — хат, фосилаи p10–p90-и он — фосилаи ранга; { $start } — хокистарӣ, хати канда.
debrief-lesson = Хулоса
debrief-refused = Нақшаҳои супоридашудае, ки ба онҳо хол гузошта нашуд
debrief-footer = parksim { $version } · машқи { $exercise } (версияи { $digest })

## Маълумотномаи сатри фармон
cli-help-exercise = Машқи таълимӣ: кушодани он барои гурӯҳ (`parksim exercise FILE --team NAME`) ё, барои роҳбари машқ, холгузории нақшаҳои супоридаи гурӯҳҳо ва навиштани ҷамъбаст (`parksim exercise score FILE SUBMISSION… --out debrief.html`) ё санҷиши файли машқ (`parksim exercise check FILE`).
cli-help-exercise-file = Файли машқ (exercises/*.ron).
cli-help-exercise-team = Номи гурӯҳ, чунон ки дар ҷамъбаст нишон дода мешавад.
cli-help-exercise-out = Ҷое, ки нақшаи гурӯҳ ҳангоми супоридан навишта мешавад (пешфарз: submissions/TEAM.ron дар папкае, ки parksim аз он оғоз шудааст).
cli-help-exercise-event = Ҳодисаи машқ, ки ҳангоми кушодани интерфейси графикӣ аллакай эълон шудааст (аз рӯи идентификатораш; метавонад такрор шавад).
cli-help-exercise-screenshot = Кушодан, интизори ҳисоби хол шудан, акси равзанаро ба ин файли PNG нигоҳ доштан ва баромадан.
cli-help-exercise-score = Холгузории нақшаҳои супоридаи гурӯҳҳо бо калидҳои тасодуфии машқ ва навиштани ҷамъбаст: як файли HTML бо ҷадвали натиҷаҳо, интихоби ҳар гурӯҳ паҳлӯ ба паҳлӯ, фосилаҳои нақшаҳо дар муқоиса бо сенарияи ибтидоӣ, шартҳои иҷрошуда ва хулоса.
cli-help-exercise-submissions = Файлҳои нақшаҳои супоридаи гурӯҳҳо (submissions/*.ron).
cli-help-exercise-debrief = Файли HTML-и ҷамъбаст.
cli-help-exercise-check = Санҷиши файли машқ (ҳар хато бо сатр ва сутуни он) ва ҳисоби холи сенарияи ибтидоӣ ва нақшаи намунавии он.
cli-valid-exercise = { $file }: дуруст — машқи «{ $exercise }» (фишангҳо: { $levers }) ва сенарияи он

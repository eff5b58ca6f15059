# Təlim tapşırıqları: tapşırıq faylının yoxlamaları, rıçaqlar, ballar, təqdim edilmiş planlar
# və təlimçinin yekun təhlili.

## Tapşırıq faylının yoxlamaları
exercise-bad-id = tapşırığın "{ $id }" identifikatoru yalnız kiçik latın hərflərindən, rəqəmlərdən və "-" işarəsindən ibarət olmalıdır (təqdim edilmiş planlar tapşırığı bu identifikatorla göstərir)
exercise-text-missing = { $key } bütün dillərdə yazılmayıb; mətni olmayan dillər: { $languages }
exercise-text-unknown-language = { $key } üçün { $languages } dillərində mətnlər var, lakin bunlar parksim dilləri deyil ({ $known })
exercise-too-many-seeds = tapşırıq planları ən çoxu { $most } toxum üzrə qiymətləndirir
exercise-month-outside = { $month } ssenarinin hesablama dövründən kənardadır ({ $start } – { $end })
exercise-bad-month = "{ $text }" ay deyil; onu YYYY-MM şəklində yazın
exercise-no-objectives = tapşırıqda məqsəd yoxdur: planın balı məqsədlər üzrə balların cəmidir
exercise-bad-points = məqsəd üçün 0-dan fərqli bal və 0-dan böyük "per" lazımdır
exercise-threshold-empty = hədd şərti üçün at_least, at_most və ya hər ikisi ədəd kimi verilməlidir
exercise-bad-budget = büdcə USD ilə 0 və ya daha çox məbləğ olmalıdır
exercise-no-levers = tapşırıqda rıçaq yoxdur: komanda heç nəyi dəyişə bilməzdi
exercise-kind-event = hadisə
exercise-event-not-possible = "{ $id }" hadisəsini ilkin ssenaridə elan etmək mümkün deyil: { $why }
exercise-reference-not-possible = nümunəvi plan komandanın tərtib edə biləcəyi plan deyil: { $why }
exercise-no-event = bu tapşırıqda "{ $id }" hadisəsi yoxdur
exercise-bad-bounds = { $key } (ən kiçik, ən böyük) şəklində, 0 ilə { $most } arasında, əvvəlcə ən kiçik olmaqla yazılmalıdır
exercise-no-regime = ssenaridə { $n } nömrəli rejim yoxdur (rejimlərin sayı: { $regimes }; nömrələmə 0-dan başlayır)
exercise-no-preset = "{ $id }" rejim şablonu yoxdur{ $hint }
exercise-regime-lever-empty = Regime rıçağı presets, exemption_years, exemption_share və ya rent_discount parametrlərindən ən azı birini açmalıdır
exercise-no-schedule = "{ $id }" icarə haqqı cədvəli yoxdur{ $hint }
exercise-no-zones = NewPlots rıçağında yeni torpaq sahələrinin yerləşə biləcəyi zonalar göstərilməlidir
exercise-bad-price = usd_per_unit 0 USD-dən çox olmalıdır
exercise-expansions-need-budget = Expansions rıçağı dövlət vəsaitini xərcləyir: tapşırıq üçün budget_usd göstərin

## Rıçaqlar sözlə
exercise-regime = Rejim { $n } ({ $name })
exercise-part-presets = rejim şablonları: { $presets }
exercise-part-years = vergidən azadolma müddəti { $min }–{ $max } il
exercise-part-share = hər vergidən azad edilən hissə { $min }–{ $max }
exercise-part-rent-discount = icarə haqqı endirimi { $min }–{ $max }
exercise-lever-rent = "{ $schedule }" cədvəli üzrə icarə haqqı: hektara ildə { $min }–{ $max } { $currency }
exercise-lever-plots = yeni torpaq sahələri bu zonalarda: { $zones }
exercise-lever-phase = "{ $phase }" mərhələsinin açıldığı ay: { $earliest } – { $latest }
exercise-any-asset = istənilən mənbə və ya xətt
exercise-lever-expansions = genişləndirmə — { $utility } ({ $assets }): hər { $unit } üçün { $price } USD, qərardan istismara verilənədək { $lead } ay, qərar tarixi: { $earliest } – { $latest }

## İmtinalar
exercise-refused-years = { $regime }: { $years } illik vergidən azadolma bu tapşırığın hədlərindən kənardadır ({ $min }–{ $max } il)
exercise-refused-share = { $regime }: { $tax } üzrə { $share } azadolma bu tapşırığın hədlərindən kənardadır ({ $min }–{ $max })
exercise-refused-rent-discount = { $regime }: { $share } icarə haqqı endirimi bu tapşırığın hədlərindən kənardadır ({ $min }–{ $max })
exercise-refused-regime-part = { $regime }: bu tapşırıqda yalnız bunu dəyişmək olar: { $lever }
exercise-refused-rent = hektara ildə { $value } { $currency } icarə haqqı bu tapşırığın hədlərindən kənardadır ({ $min }–{ $max })
exercise-refused-zone = { $plot } torpaq sahəsi bu tapşırığın açdığı zonalardan kənardadır: { $lever }
exercise-refused-phase = "{ $phase }" mərhələsinin açılma ayı ({ $month }) bu tapşırığın aylarından kənardadır ({ $earliest } – { $latest })
exercise-refused-expansion-asset = bu tapşırıqda { $asset } obyektini genişləndirmək üçün rıçaq yoxdur. Yalnız bunları dəyişmək olar: { $levers }
exercise-refused-expansion-price = bu tapşırıqda genişləndirmənin qiyməti hər { $unit } üçün { $price } USD, qərardan istismara verilənədək müddət { $lead } aydır: bu genişləndirmə ən azı { $capex } USD olmalıdır
exercise-refused-expansion-month = genişləndirmə haqqında qərarın ayı ({ $month }) bu tapşırığın aylarından kənardadır ({ $earliest } – { $latest })
exercise-refused-budget = planın genişləndirmələri { $spent } USD tutur, bu isə { $budget } USD büdcədən çoxdur
exercise-refused-other = bu tapşırıqda yalnız bunları dəyişmək olar: { $levers }

## Yekun təhlildə yan-yana göstərilən seçimlər
exercise-choice-regime = rejim
exercise-choice-years = vergidən azadolma illəri
exercise-choice-shares = vergilərdən azadolma
exercise-choice-rent-discount = icarə haqqı endirimi
exercise-choice-rent = "{ $schedule }" icarə haqqı (ilk / sonrakı hektarlar, ildə)
exercise-choice-plots = Yeni torpaq sahələri
exercise-plots-value = { $plots } ({ $ha } ha)
exercise-choice-phase = "{ $phase }" mərhələsinin açılması
exercise-choice-expansions = Genişləndirmələr
exercise-expansion-value = { $asset } +{ $add } { $unit }, qərar tarixi: { $decided } ({ $capex } mln ABŞ dolları)

## Göstəricilər və hədd şərtləri
figure-producing-residents = Fəaliyyətdə olan rezidentlər
figure-residents = Qeydiyyatda olan rezidentlər
figure-jobs = Daimi iş yerləri
figure-investment = Yatırılmış investisiya
figure-net-fiscal = Xalis fiskal effekt (diskontlaşdırılmış)
figure-tax-expenditure = Vergi xərcləri
figure-taxes-paid = Ödənilmiş vergilər
figure-te-per-job = Hər iş yerinə düşən vergi xərcləri
figure-unserved-energy = Çatdırılmamış elektrik enerjisi
figure-unserved-gas = Çatdırılmamış qaz
figure-unserved-steam = Çatdırılmamış buxar
figure-public-capex = Kommunal infrastruktura dövlət əsaslı xərcləri
figure-occupied = İcarəyə verilmiş torpaq
exercise-million-usd = { $value } mln ABŞ dolları
exercise-at-least = ən azı { $value }
exercise-at-most = ən çoxu { $value }
exercise-between = { $low } – { $high }

## Təqdim edilmiş planlar
submission-not-one = { $path } təqdim edilmiş plan deyil ("Submission(" ilə başlamır)
submission-other-exercise = “{ $team }” komandasının planı "{ $ours }" tapşırığına deyil, "{ $theirs }" tapşırığına aiddir
submission-other-version = “{ $team }” komandasının planı "{ $exercise }" tapşırığının və ya onun ssenarisinin başqa versiyası üzrə hazırlanıb: onu komandada olan tapşırıq faylı ilə qiymətləndirin
submission-other-parksim = “{ $team }” komandasının planı parksim { $theirs } ilə hazırlanıb; bu isə parksim { $ours } versiyasıdır və onun modeli planı fərqli qiymətləndirə bilər: onu parksim { $theirs } ilə qiymətləndirin
submission-bad-diff = “{ $team }” komandasının planını oxumaq mümkün deyil: { $why }
submission-outside-levers = “{ $team }” komandasının planı tapşırığın rıçaqlarından kənara çıxır: { $why }
submission-team-twice = “{ $team }” komandasının ikinci təqdim edilmiş planı: yalnız birincisi qiymətləndirilir

## Təlimçinin əmr sətri
cli-exercise-checked = { $exercise }: fayl düzgündür ({ $levers } rıçaq, { $objectives } məqsəd, { $seeds } toxum)
cli-exercise-score-line = { $plan }: bal { $median } (p10 { $p10 }, p90 { $p90 }), ödənilmiş hədd şərtləri: { $met } / { $thresholds }
cli-exercise-reference-not-better = Nümunəvi plan ilkin ssenaridən daha yüksək bal toplamır.
cli-exercise-refused = { $file } rədd edildi: { $why }
cli-exercise-nothing-to-score = Heç bir təqdim edilmiş planı qiymətləndirmək mümkün olmadı: yekun təhlil yazılmadı.
cli-exercise-debrief-written = Yekun təhlil bu fayla yazıldı: { $path }
cli-exercise-no-planner = Proqramın bu versiyasında planlaşdırıcı yoxdur: "{ $exercise }" tapşırığını komanda üçün aça bilmir (fayl düzgündür).

## Yekun təhlil
debrief-title = Yekun təhlil: { $exercise }
debrief-subtitle = { $teams ->
    [one] Bir komanda
   *[other] { $teams } komanda
  }, hər plan { $runs } toxum üzrə hesablanıb ({ $first } – { $last }): bütün planlar üçün eyni toxumlar
debrief-ranking = Reytinq
debrief-ranking-note = Əvvəlcə bütün hədd şərtlərini ödəyən planlar, sonra daha yüksək bal toplayanlar gəlir. Bal toxumlar üzrə mediandır, ondan sonra p10 … p90 göstərilir; göstəricinin medianı şərti ödədikdə hədd şərti ödənilmiş sayılır, ondan sonra isə şərtin ödəndiyi toxumların payı göstərilir.
debrief-team = Komanda
debrief-score = Bal
debrief-capex = Dövlət əsaslı xərcləri (mln ABŞ dolları)
debrief-capex-of = { $spent } / { $budget }
debrief-share-of-seeds = (toxumların { $share } %-i)
debrief-start = İlkin ssenari
debrief-reference = Nümunəvi plan
debrief-claimed-differs = “{ $team }” komandasının planlaşdırıcısı { $claimed } bal göstərib; burada hesablandıqda plan { $scored } bal toplayır.
debrief-objectives = Məqsədlər (median, p10 … p90)
debrief-objective = { $figure }, { $at }: hər { $per } üçün { $points } bal
debrief-choices = Hər komanda nə seçdi
debrief-choices-note = Hər rıçağın ilkin ssenaridəki və hər plandakı qiyməti; komandanın dəyişdiyi qiymətlər seçilərək göstərilir.
debrief-events = Elan edilmiş hadisələr
debrief-charts = Planlar nəyə gətirib çıxardı
debrief-charts-note = Hər planın toxumlar üzrə medianı xətt, p10–p90 diapazonu isə kölgəli zolaq kimi göstərilir; { $start } boz, qırıq xətlə.
debrief-lesson = Nəticə
debrief-refused = Qiymətləndirilməmiş planlar
debrief-footer = parksim { $version } · tapşırıq { $exercise } (versiya { $digest })

## Əmr sətri üzrə kömək
cli-help-exercise = Təlim tapşırığı: onu komanda üçün aç (`parksim exercise FILE --team NAME`), yaxud təlimçi kimi komandaların təqdim etdiyi planları qiymətləndir və yekun təhlil hazırla (`parksim exercise score FILE SUBMISSION… --out debrief.html`) və ya tapşırıq faylını yoxla (`parksim exercise check FILE`).
cli-help-exercise-file = Tapşırıq faylı (exercises/*.ron).
cli-help-exercise-team = Komandanın adı (yekun təhlildə belə göstərilir).
cli-help-exercise-out = Komandanın planı təqdim edildikdə yazılacağı fayl (standart olaraq: parksim proqramının başladıldığı qovluqda submissions/TEAM.ron).
cli-help-exercise-event = Planlaşdırıcı açılarkən artıq elan edilmiş tapşırıq hadisəsi (identifikatoru ilə; bir neçə dəfə göstərilə bilər).
cli-help-exercise-screenshot = Aç, balın hesablanmasını gözlə, pəncərənin şəklini bu PNG faylına yaz və çıx.
cli-help-exercise-score = Komandaların təqdim etdiyi planları tapşırığın toxumları üzrə qiymətləndir və yekun təhlili yaz: reytinq, komandaların seçimlərinin yan-yana müqayisəsi, planların ilkin ssenari ilə müqayisədə diapazonları, ödənilmiş hədd şərtləri və nəticədən ibarət tək HTML faylı.
cli-help-exercise-submissions = Komandaların təqdim etdiyi plan faylları (submissions/*.ron).
cli-help-exercise-debrief = Yekun təhlilin HTML faylı.
cli-help-exercise-check = Tapşırıq faylını yoxla (hər problem sətri və sütunu ilə) və onun ilkin ssenarisinin və nümunəvi planının balını hesabla.
cli-valid-exercise = { $file }: düzgündür — “{ $exercise }” tapşırığı (rıçaqlar: { $levers }) və onun ssenarisi

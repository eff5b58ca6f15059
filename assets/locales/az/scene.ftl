# parksim ssenari faylları — Azərbaycan dili (az): ssenari faylının yoxlanması zamanı verilən məlumatlar.
# Hər məlumat aid olduğu fayl, sətir və sütundan sonra göstərilir, məsələn:
# "park.ron:12:5: "P01" torpaq sahəsi "P02" torpaq sahəsi ilə üst-üstə düşür; ...".
# Faylda yazıldığı kimi saxlanılır, tərcümə olunmur: parametr adları (`{ $key }`, `{ $field }`,
# park və ya demand kimi bölmə adları), identifikatorlar və adlar (dırnaq içində), aylar
# (YYYY-MM) və zona növləri (Industrial, GreenBuffer, ...). Ədədlər formatlanmış gəlir.

## Faylın oxunması
scene-no-such-file = belə fayl yoxdur
scene-permission-denied = faylı oxumaq mümkün deyil: giriş icazəsi yoxdur
scene-is-folder = bu, ssenari faylı deyil, qovluqdur
scene-cannot-read = faylı oxumaq mümkün deyil: { $reason }
scene-not-utf8 = ssenari faylı deyil: UTF-8 mətni deyil ({ $offset } mövqeyində ikili bayt); RON mətn faylı gözlənilir
scene-not-regular-file = ssenari faylı deyil: bu, kanal (pipe), qurğu və ya başqa xüsusi fayldır, onu sonsuz oxumaq olar; diskdə saxlanmış RON mətn faylı gözlənilir
# $size və $limit vahidi ilə formatlanmış gəlir, məs. "300 MiB", "256 MiB".
scene-too-large = faylın həcmi { $size }, ssenari faylı üçün icazə verilən { $limit } həddindən çoxdur (100 000 torpaq sahəsi olan park təxminən 23 MB tutur); ssenari faylı gözlənilir

## Sintaksis: fayl RON dilində yazılmış ssenari deyil
scene-file-empty = fayl boşdur; ssenari gözlənilir: (park: (...), plots: [...], ...)
scene-truncated = fayl vaxtından əvvəl bitir (kəsilib?); ssenarinin davamı gözlənilir
# $place ya scene-field-in, ya da boşdur; $hint ya scene-did-you-mean-field, ya da boşdur;
# $expected parametr adlarını sadalayır, məs. "id, zone, shape".
scene-unknown-field = naməlum parametr `{ $field }`{ $place }{ $hint } (gözlənilən parametrlərdən biri: { $expected })
scene-missing-field = `{ $field }` parametri yoxdur{ $place }
# Parametrin olmadığı və ya naməlum olduğu yer: blok, məs. " (plot blokunda)" (əvvəldəki boşluğa diqqət).
scene-field-in = {" "}({ $record } blokunda)
scene-did-you-mean-field = ; bəlkə `{ $field }` nəzərdə tutulub?
scene-expected-comma = iki element arasında vergül `,` gözlənilir (əvvəlki sətrin sonunda vergül unudulmayıb?)
scene-expected-whole-number = burada tam ədəd gözlənilir
scene-expected-number = burada ədəd gözlənilir
scene-expected-text = burada qoşa dırnaq içində mətn gözlənilir, məsələn, "P01"
scene-expected-boolean = burada `true` və ya `false` gözlənilir
scene-expected-list = burada kvadrat mötərizə içində siyahı `[ ... ]` gözlənilir
scene-expected-list-end = siyahını bağlayan `]` və ya növbəti elementdən əvvəl vergül gözlənilir
scene-expected-record = burada mötərizə içində blok `( ... )` gözlənilir
scene-expected-record-end = bloku bağlayan `)` və ya növbəti parametrdən əvvəl vergül gözlənilir
scene-inconsistent = ssenari ziddiyyətlidir

## İdentifikatoru olan obyektlərin növləri (aşağıdakı məlumatlarda $kind)
scene-kind-zone = zona
scene-kind-phase = mərhələ
scene-kind-rent-schedule = icarə haqqı cədvəli
scene-kind-plot = torpaq sahəsi
scene-kind-utility = kommunal xidmət
scene-kind-source = təchizat mənbəyi
scene-kind-sector = sektor
scene-kind-archetype = arxetip
scene-kind-anchor = adı bəlli rezident

## Məlumatın aid olduğu obyekt (aşağıdakı məlumatlarda $owner)
scene-owner-road = "{ $id }" yolu
scene-owner-rail = "{ $id }" dəmir yolu xətti
scene-owner-zone = "{ $id }" zonası
scene-owner-phase = "{ $id }" mərhələsi
scene-owner-rent-schedule = "{ $id }" icarə haqqı cədvəli
scene-owner-plot = "{ $id }" torpaq sahəsi
scene-owner-utility = "{ $id }" kommunal xidməti
scene-owner-source = "{ $id }" mənbəyi
scene-owner-archetype = "{ $id }" arxetipi
scene-owner-anchor = "{ $id }" (adı bəlli rezident)
scene-owner-arrivals = "{ $id }" sektoru üzrə potensial rezidentlərin daxilolması
scene-owner-regime = "{ $name }" rejimi

## İdentifikatorlar və istinadlar
scene-empty-id = identifikatoru boş olan { $kind } var
scene-duplicate-id = təkrarlanan { $kind } identifikatoru "{ $id }"; hər { $kind } öz identifikatoruna malik olmalıdır
# $hint ya scene-did-you-mean-id, ya da boşdur.
scene-not-defined = { $owner }: istinad edilən { $kind } "{ $id }" müəyyən edilməyib{ $hint }
scene-did-you-mean-id = ; bəlkə "{ $id }" nəzərdə tutulub?
scene-serves-not-defined = { $owner }: təchiz edilən { $kind } "{ $id }" müəyyən edilməyib

## Ssenaridə olmalı siyahılar ($key siyahının parametr adıdır)
scene-empty-zones = `{ $key }` boşdur; ssenaridə ən azı bir zona olmalıdır
scene-empty-rent-schedules = `{ $key }` boşdur; ssenaridə ən azı bir icarə haqqı cədvəli olmalıdır
scene-empty-plots = `{ $key }` boşdur; ssenaridə ən azı bir torpaq sahəsi olmalıdır
scene-empty-sectors = `{ $key }` boşdur; ssenaridə ən azı bir sektor olmalıdır
scene-empty-archetypes = `{ $key }` boşdur; ssenaridə ən azı bir şirkət arxetipi olmalıdır
scene-empty-regimes = `{ $key }` boşdur; ssenaridə ən azı bir təşviq rejimi olmalıdır (o, heç bir güzəşt nəzərdə tutmaya da bilər)

## Ədədlər və aylar
scene-number-nan = { $owner }: `{ $key }` ədəd deyil (NaN)
scene-number-infinite = { $owner }: `{ $key }` sonsuzdur
scene-number-negative = { $owner }: `{ $key }` = { $value }; mənfi ola bilməz
scene-number-out-of-range = { $owner }: `{ $key }` = { $value }; { $min } ilə { $max } arasında qiymət gözlənilir
scene-bad-month = { $owner }: `{ $key }` = "{ $text }"; "YYYY-MM" şəklində yazılmış ay gözlənilir, məsələn, "2013-10"
scene-zero-months = { $owner }: `{ $key }` = 0; ən azı 1 ay gözlənilir
scene-months-out-of-range = { $owner }: `{ $key }` = { $value } ay; { $min } ilə { $max } ay arasında qiymət gözlənilir (1000 il, komanda sətrinin --months parametri kimi)

## Fiqurlar: parkın sərhədi, zonalar, torpaq sahələri, xətlər
scene-too-few-points = { $owner }: `{ $key }` { $count } nöqtədən ibarətdir; ən azı { $min } nöqtə gözlənilir
scene-coordinate-not-finite = { $owner }: `{ $key }` metrlə sonlu ədəd olmayan koordinat ehtiva edir
scene-coordinate-too-far = { $owner }: `{ $key }` parkın başlanğıc nöqtəsindən (0, 0) { $max } m-dən uzaq koordinat ehtiva edir; parkın öz koordinat sistemində metrlər gözlənilir
scene-no-area = { $owner }: `{ $key }` heç bir ərazini əhatə etmir
scene-crosses-itself = { $owner }: `{ $key }` özünü kəsir; sadə kontur gözlənilir
scene-gross-area = { $owner }: `{ $key }` { $stated } ha göstərir, lakin sərhəd { $drawn } ha əhatə edir; fərq 5 %-dən çox olmamalıdır
scene-zone-outside = { $owner } parkın sərhədindən kənara çıxır
scene-phase-order = { $owner } { $opens } tarixində açılır, yuxarıda göstərilən mərhələdən ({ $previous }) əvvəl; mərhələləri açılma ardıcıllığı ilə yazın
scene-phase-area-beyond = { $owner }: `park_area_ha` { $stated } ha göstərir, lakin sərhəd indiyədək əlavə olunmuş genişlənmələrlə birlikdə { $drawn } ha əhatə edir; torpaq əlavə edən mərhələ onu `extension_m` ilə verir
scene-plot-phase-before-zone = { $owner } "{ $phase }" mərhələsinə aiddir, bu mərhələ isə zonasının mərhələsindən ("{ $zone_phase }") əvvəl açılır; zona açılmamış torpaq sahəsi icarəyə verilə bilməz
scene-anchor-before-phase = { $owner }: "{ $plot }" torpaq sahəsində qeydiyyat tarixi { $registered }, lakin onun "{ $phase }" mərhələsi yalnız { $opens } tarixində açılır; mərhələsi açılmamış torpaq sahəsi icarəyə verilə bilməz
scene-bad-rect = { $owner }: Rect üçün sonlu x_m və y_m, həmçinin müsbət width_m və height_m (metrlə) lazımdır
scene-plot-outside = { $owner } (qismən) parkın sərhədindən kənardadır
scene-plot-outside-zone = { $owner } öz "{ $zone }" zonasının daxilində deyil
scene-overlap = "{ $plot }" torpaq sahəsi "{ $other }" torpaq sahəsi ilə üst-üstə düşür; torpaq sahələrinin ortaq ərazisi olmamalıdır
# İlk üst-üstə düşmələr bir-bir sadalandıqdan sonra: daha neçə cüt qalıb və cəmi neçə cütdür.
scene-overlap-more = … və torpaq sahələrinin daha { $count } üst-üstə düşməsi (cəmi { $total } cüt); torpaq sahələrinin ortaq ərazisi olmamalıdır

## Kommunal xidmətlər
scene-no-sources = { $owner } üçün heç bir mənbə yoxdur; ən azı bir mənbə gözlənilir

## Arxetiplər
scene-construction-range = { $owner }: `{ $key }`: minimum ({ $min }) maksimumdan ({ $max }) böyükdür
scene-no-zone-kinds = { $owner }: `{ $key }` boşdur; yerləşə biləcəyi zona növləri gözlənilir, məsələn, [Industrial]

## Adı bəlli rezidentlər
scene-dates-out-of-order = { $owner }: fəaliyyətə başlama tarixi ({ $operating }) qeydiyyat tarixindən ({ $registered }) əvvəldir; tarixlərin ardıcıllığı pozulub
scene-registered-before-start = { $owner }: qeydiyyat tarixi ({ $registered }) modelləşdirmənin başlanğıcından ({ $start }) əvvəldir
scene-plot-claimed-twice = { $owner } və "{ $other }" (adı bəlli rezident) eyni "{ $plot }" torpaq sahəsini tələb edir; bir torpaq sahəsində bir şirkət yerləşir
scene-plot-too-small = { $owner } üçün { $need } ha lazımdır, lakin "{ $plot }" torpaq sahəsinin ölçüsü { $have } ha-dır
scene-wrong-zone-kind = { $owner }: "{ $archetype }" arxetipi { $kind } növlü zonada yerləşə bilməz ("{ $plot }" torpaq sahəsi)

## Tələb
scene-arrivals-twice = "{ $sector }" sektoru üçün potensial rezidentlərin daxilolması bir dəfədən çox göstərilib
scene-arrivals-no-archetype = { $owner }: potensial rezidentlər daxil olur, lakin sektorda payı 0-dan böyük olan arxetip yoxdur

## Təşviq rejimləri
scene-regime-order = { $owner } { $from } tarixində başlayır, əvvəlki rejimdən ({ $previous }) sonra deyil; rejimlər tarix ardıcıllığı ilə verilməlidir
scene-first-regime-late = birinci rejim { $from } tarixində başlayır, modelləşdirmə isə { $start } tarixində; rejim başlanğıcdan qüvvədə olmalıdır (o, heç bir güzəşt nəzərdə tutmaya da bilər)

## Kommunal şəbəkələr
scene-kind-link = xətt
scene-kind-network-end = mənbə, qovşaq və ya torpaq sahəsi
scene-owner-link = "{ $id }" xətti
scene-owner-junction = "{ $id }" qovşağı
scene-network-twice = "{ $utility }" kommunal xidmətinin ikinci şəbəkəsi var; hər kommunal xidmətə bir şəbəkə verin
scene-junction-id-taken = "{ $id }" qovşağının identifikatoru mənbənin və ya torpaq sahəsinin identifikatoru ilə eynidir; ona ayrıca identifikator verin
scene-link-loop = "{ $id }" xətti nöqtədən yenə həmin nöqtəyə gedir; iki fərqli uc gözlənilir
scene-network-unreached = "{ $utility }" kommunal xidmətinin şəbəkəsi { $count ->
    [one] mənbələrinin təchiz etdiyi { $plots } torpaq sahəsinə çatmır; onu qovşağa və ya mənbəyə birləşdirin
   *[other] mənbələrinin təchiz etdiyi { $count } torpaq sahəsinə (o cümlədən { $plots }) çatmır; onları qovşağa və ya mənbəyə birləşdirin
}
scene-origin-out-of-range = park: `origin_lat_lon` = ({ $lat }, { $lon }); dərəcə ilə (enlik -90 ilə 90 arasında, uzunluq -180 ilə 180 arasında) gözlənilir
scene-voltage-not-power = { $owner }: `voltage_kv` yalnız elektrik enerjisinə aiddir; onu buradan silin
scene-voltage-missing = { $owner } elektrik şəbəkəsindədir, lakin `voltage_kv` göstərilməyib; nominal gərginlik gözlənilir, məsələn, voltage_kv: 35
scene-link-voltage-mismatch = "{ $id }" xətti { $from } kV və { $to } kV gərginlik səviyyələrini birləşdirir; iki gərginlik səviyyəsi arasındakı xətt transformer: true kimi qeyd edilməlidir
scene-transformer-one-level = "{ $id }" xətti transformator kimi qeyd edilib, lakin iki fərqli gərginlik səviyyəsini birləşdirmir
scene-transformer-not-power = "{ $id }" xətti transformator kimi qeyd edilib, transformator isə yalnız elektrik şəbəkəsində olur
scene-failures-pair = { $owner }: təsadüfi nasazlıqlar üçün ya həm `mtbf_years`, həm də `repair_hours` göstərin, ya da heç birini

## İstismar qaydaları: təchizatın məhdudlaşdırılması, təchizatın kəsilməsi, texnoloji əlaqələr, genişləndirmələr
scene-priority-zero = { $owner }: prioritet 0-dır; prioritetlər 1-dən başlayır (birinci təmin edilən)
scene-asset-not-defined = { $owner }: həmin kommunal xidmətdə "{ $id }" mənbəyi və ya şəbəkə xətti yoxdur{ $hint }
scene-kind-outside-supplier = kənar təchizatçı
scene-bad-day = { $owner }: "{ $text }" gün deyil; "YYYY-MM-DD" gözlənilir, məsələn, "2025-07-12"
scene-supplier-not-defined = texnoloji əlaqə: "{ $id }" təchizatçısı nə adı bəlli rezident (anchors), nə də kənar təchizatçıdır (outside_suppliers)
scene-coupling-self = texnoloji əlaqə: "{ $id }" özü-özünü təchiz edə bilməz
scene-coupling-cycle = texnoloji əlaqələr "{ $id }" vasitəsilə qapalı dövrə yaradır; xammal və buxar əlaqələri öz təchizatçısına qayıtmamalıdır
scene-kind-expansion = genişləndirmə
scene-owner-expansion = "{ $id }" genişləndirməsi
scene-trigger-bad = { $owner }: yüklənmə şərti üçün above_pct 0-dan böyük və ən çoxu 10 000 %, months isə 1 ilə 12 000 arasında olmalıdır
scene-unknown-preset = "{ $id }" rejim şablonu yoxdur; mövcud şablonlar: { $known }
scene-preset-and-exemptions = { $owner } həm şablonu göstərir, həm də güzəştləri sadalayır; yalnız birini verin
scene-regime-no-name = { $from } tarixindən başlayan rejimin nə adı, nə də şablonu var
scene-range-order = { $owner }: `{ $key }` böyük qiymətdən kiçik qiymətə doğru verilib; (kiçik, böyük) şəklində verin
scene-exit-before-downsize = { $owner }: `exit_after_months` qiyməti `downsize_after_months` qiymətindən kiçikdir; rezident parkı tərk etməzdən əvvəl fəaliyyətini azaldır

## Tur faylları (tours/*.ron): hər addım turun ssenarisi ilə yoxlanılır.
tour-kind-step = addım
tour-owner-step = "{ $id }" addımı
tour-no-steps = turda heç bir addım yoxdur
tour-scene-invalid = turun "{ $scene }" ssenarisi açılmır ({ $errors } { $errors ->
    [one] problem
   *[other] problem
}; birincisi: { $first })
tour-month-outside = { $owner } { $month } ayını göstərir, lakin bu ay ssenarinin hesablama müddətindən ({ $start } – { $end }) kənardadır
tour-bad-month = { $owner }: "{ $text }" ay deyil; onu YYYY-MM şəklində yazın
tour-select-plot-or-source = { $owner } məlumat paneli olmayan obyekt seçir; Plot("…") və ya Source("…") seçin
tour-bad-layer = { $owner }: "{ $layer }" xəritə qatı deyil; mövcud qatlar: { $layers }
tour-bad-tab = { $owner }: "{ $tab }" vərəq deyil; mövcud vərəqlər: { $tabs }
tour-bad-area = { $owner }: Area sahəsi metrlə (qərb, cənub, şərq, şimal) kimi yazılır; şərq qərbdən, şimal cənubdan böyük olmalıdır
tour-bad-networks = { $owner }: "{ $networks }" ssenarinin kommunal xidməti deyil (bütün şəbəkələr üçün "all" yazın){ $hint }
tour-no-english = { $owner } üçün ingiliscə izah mətni ("en") yoxdur, halbuki hər addımda o olmalıdır
tour-unknown-language = { $owner } "{ $language }" dilində izah mətni ehtiva edir, bu isə planlaşdırıcının dili deyil ({ $languages })
tour-bad-advance = { $owner } { $seconds } { $seconds ->
    [one] saniyədən
   *[other] saniyədən
} sonra növbəti addıma keçir; bu müddət 1 ilə { $most } saniyə arasında olmalıdır
tour-not-defined = { $owner }: adı çəkilən { $kind } "{ $id }" ssenaridə yoxdur{ $hint }
tour-bad-preset = { $owner }: "{ $preset }" rejim şablonu yoxdur; mövcud şablonlar: { $presets }
tour-baseline-invalid = { $owner }: baza variantının "{ $scene }" ssenarisi açılmır ({ $first })

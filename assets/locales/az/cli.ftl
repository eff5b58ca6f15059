# parksim əmr sətri — Azərbaycanca (az): əmrlərin terminalda çap etdikləri.

## parksim compare: iki variantın cədvəli
cli-compare-seeds = { $seeds ->
    [one] { $seeds } toxum
   *[other] { $seeds } toxum
}, hər ikisi üçün eyni
cli-compare-figure = göstərici
cli-compare-base-median = BAZA medianı
cli-compare-other-median = DİGƏR medianı
cli-compare-difference = DİGƏR − BAZA: median (p10 … p90)
cli-compare-other-better = DİGƏR daha yaxşıdır

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

## Bütün əmrlər: xətalar və yazılan fayllar
# $error əməliyyat sisteminin öz sözləri ilə bildirdiyi səbəbdir.
cli-error = xəta: { $message }
cli-no-language = parksim: --lang { $code }: bu dildə mətnlər yoxdur; mövcud dillər: { $languages }
cli-no-planner = parksim: proqramın bu versiyasında planlaşdırıcı yoxdur (`gui` funksiyası olmadan kompilyasiya olunub); { $scene } qrafik interfeys olmadan hesablanır.
cli-cannot-create-folder = { $folder } nəticələr qovluğunu yaratmaq mümkün deyil: { $error }
cli-cannot-write-in-folder = { $folder } nəticələr qovluğuna yazmaq mümkün deyil: { $error }
cli-cannot-write = { $file } faylını yazmaq mümkün deyil: { $error }
cli-cannot-read = { $file } faylını oxumaq mümkün deyil: { $error }
cli-cannot-put-files = faylları { $folder } qovluğuna yerləşdirmək mümkün deyil: { $error }
cli-cannot-format = nəticələri formatlamaq mümkün deyil: { $error }
cli-cannot-scratch = nəticələr qovluğunda müvəqqəti fayl yaratmaq mümkün deyil: { $error }
cli-wrote = Yazıldı: { $file }
cli-wrote-run = Yazıldı: { $files }
cli-wrote-export = Yazıldı: { $file } (parkın vəziyyəti: { $month })
cli-wrote-synth = Yazıldı: { $file } ({ $plots ->
    [one] { $plots } torpaq sahəsi
   *[other] { $plots } torpaq sahəsi
})
cli-progress-months = Modelləşdirmə { $month } tarixinə qədər
cli-progress-months-unit = ay
cli-progress-seeds = Toxumlar hesablanır

## --month ilə istənilən ay
cli-month-range = { $start } ilə { $last } arasında bir ay seçin (ssenarinin hesablama müddəti: { $months } ay)
cli-month-before-run = { $month } hesablamanın başlanğıcından əvvəldir; { $range }
cli-month-after-run = { $month } hesablamanın sonundan sonradır; { $range }
cli-not-a-month = "{ $text }" ay deyil; onu YYYY-MM şəklində yazın

## parksim validate
cli-sources-heading = { $file }: { $count ->
    [one] təxmin kimi qeyd olunmuş { $count } dəyər və ya qeyd
   *[other] təxmin kimi qeyd olunmuş { $count } dəyər və qeyd
}, bölmələr üzrə (dərc olunmuş mənbəyi olan dəyər sadalanmır)
cli-sources-section = { $section } ({ $count })
cli-valid-tour = { $file }: düzgündür — "{ $tour }" turu ({ $park }): { $steps ->
    [one] { $steps } addım
   *[other] { $steps } addım
}
cli-valid = { $file }: düzgündür — { $park }, { $plots ->
    [one] { $plots } torpaq sahəsi
   *[other] { $plots } torpaq sahəsi
} ({ $area_ha } ha), { $utilities ->
    [one] { $utilities } kommunal xidmət
   *[other] { $utilities } kommunal xidmət
}, { $archetypes ->
    [one] { $archetypes } şirkət növü
   *[other] { $archetypes } şirkət növü
}, { $anchors ->
    [one] { $anchors } adı bəlli rezident
   *[other] { $anchors } adı bəlli rezident
}

## parksim run: hesablamanın xülasəsi
cli-summary-none = heç bir ay modelləşdirilməyib
cli-summary-park = Park
cli-summary-period = Dövr
cli-summary-period-value = { $first } – { $last } ({ $months } ay)
cli-summary-residents = Rezidentlər
cli-summary-residents-value = { $registered } qeydiyyatda, { $operating } fəaliyyətdə, { $building } tikintidə
cli-summary-land = Torpaq
cli-summary-land-value = { $area_ha } ha-dan { $let_ha } ha icarəyə verilib ({ $pct } %)
cli-summary-jobs = İş yerləri
cli-summary-jobs-value = { $jobs } daimi iş yeri
cli-summary-investment = İnvestisiya
cli-summary-power = Elektrik gücü
cli-summary-power-value = tələbat { $demand } MVt, güc { $capacity } MVt
cli-summary-taxes = Ödənilmiş vergilər
cli-summary-tax-expenditure = Vergi xərcləri
cli-summary-rent = Alınmış icarə haqqı
cli-million-usd = { $amount } mln ABŞ dolları

## parksim ledger: hər rezident üzrə fiskal hesabat
cli-ledger-heading = { $park } parkının fiskal hesabatı, { $month } tarixində (toxum { $seed }): hər rezident üzrə, qeydiyyata alındığı andan
cli-ledger-firm = şirkət
cli-ledger-resident = rezident
cli-ledger-anyway = onsuz
cli-ledger-jobs = iş y. (vəd)
cli-ledger-invest = inv. mln USD
cli-ledger-rent = icarə
cli-ledger-taxes = vergilər
cli-ledger-te = VX
cli-ledger-net = XCD mln USD
cli-ledger-te-per-job = VX/iş y.
cli-ledger-yes = bəli
cli-ledger-no = xeyr
cli-ledger-totals = { $residents ->
    [one] { $residents } rezident
   *[other] { $residents } rezident
}: vəd edilmiş { $promised } iş yerindən { $jobs } iş yeri yaradılıb; icarə haqqı { $rent } mln ABŞ dolları, ödənilmiş vergilər { $taxes } mln ABŞ dolları, vergi xərcləri { $te } mln ABŞ dolları (hazırda hər iş yerinə { $te_per_job } USD); rezidentlərin diskontlaşdırılmış xalis fiskal effekti: { $net } mln ABŞ dolları (pul məbləğləri mln ABŞ dolları ilə; "onsuz": güzəştsiz də gələrdi; VX: vergi xərcləri; XCD: xalis cari dəyər; iş y.: iş yerləri)

## parksim sweep, compare, merge
cli-seeds-expected = "{ $text }": toxumlar A..B şəklində gözlənilir, məsələn, 1..100
cli-seeds-reversed = "{ $text }": birinci toxum sonuncudan böyükdür; A ≤ B olmaqla A..B gözlənilir
cli-seeds-too-many = "{ $text }": { $seeds } toxum; sweep əmri ən çoxu { $most } toxum qəbul edir (onları hissələrə bölün)
cli-shard-expected = "{ $text }": hissə K/N şəklində gözlənilir (0 ≤ K < N), məsələn, 0/4
cli-merge-nothing = birləşdiriləcək qismən nəticə yoxdur
cli-merge-different-scenes = qismən nəticələr müxtəlif ssenarilərə aiddir: { $scenes }
cli-merge-different-sweeps = qismən nəticələr müxtəlif sweep hesablamalarına aiddir (sütunları və ya ayları fərqlidir)
cli-merge-seed-twice = toxum { $seed } iki qismən nəticədə var və ya sırası pozulub: bu hissələr eyni sweep hesablamasına aiddirmi?
cli-merge-cut-short = { $file }: toxum { $seed } üçün { $expected } əvəzinə { $values } qiymət var: fayl yarımçıq kəsilib
cli-merge-not-a-number = { $file }: sətir { $line }: "{ $cell }" ədəd deyil
cli-compare-base = BAZA
cli-compare-other = DİGƏR

## parksim export
cli-no-origin = ssenari parkı yer səthində yerləşdirmir: `park` blokuna `origin_lat_lon: (ENLİK, UZUNLUQ)` əlavə edin (x 0 m, y 0 m nöqtəsinin WGS 84 üzrə dərəcələri)
cli-no-utility = "{ $id }" kommunal xidməti yoxdur
cli-no-network = "{ $id }" kommunal xidmətinin ssenaridə şəbəkəsi yoxdur
cli-no-water-utility = ssenaridə ixrac ediləcək su kommunal xidməti yoxdur
cli-no-water-network = ssenarinin su kommunal xidmətləri ({ $utilities }) üçün şəbəkə verilməyib; EPANET üçün borular lazımdır
cli-not-water = "{ $id }" kommunal xidməti su deyil; EPANET su şəbəkələrini modelləşdirir
cli-not-finite = { $what } sonlu ədəd deyil ({ $value }); EPANET faylı yazılmır
cli-what-plot-water = torpaq sahəsi { $id }: su tələbatı
cli-what-link-diameter = xətt { $id }: borunun diametri (xəttin gücündən hesablanmış)
cli-what-link-length = xətt { $id }: uzunluq
cli-node-not-finite = qovşaq { $id }: yeri sonlu ədəd deyil; EPANET faylı yazılmır
cli-no-wgs84 = parkın x { $x } m, y { $y } m nöqtəsinin WGS 84 koordinatları yoxdur (origin_lat_lon { $origin } əsasında)

## --help: hər əmrin və seçimin funksiyası
cli-help-usage = İstifadə qaydası
cli-help-commands = Əmrlər
cli-help-arguments = Arqumentlər
cli-help-options = Seçimlər
cli-help-help = Arayışı göstər
cli-help-version = Versiyanı göstər
cli-help-help-command = Bu arayışı və ya verilmiş əmrin arayışını göstər
cli-help-help-which = Arayışı göstəriləcək əmr
cli-help-about = parksim — sənaye parkının ərazisi və infrastrukturu üzrə modelləşdirmə proqramı. Əmr verilmədikdə planlaşdırıcını ssenari ilə açır.
cli-help-lang = Mesajların və planlaşdırıcının dili: en, ru (Русский), tg (Тоҷикӣ) və ya az (Azərbaycanca). Standart olaraq: planlaşdırıcıda sonuncu seçilmiş dil, o olmadıqda LC_ALL, LC_MESSAGES və ya LANG.
cli-help-open-scene = Açılacaq ssenari faylı (standart olaraq: scenes/sumgayit.ron).
cli-help-screenshot = --months ilə verilmiş sayda ayı tam sürətlə modelləşdir, pəncərənin şəklini bu PNG faylında saxla və çıx.
cli-help-screenshot-months = Ekran şəklindən əvvəl modelləşdiriləcək ayların sayı.
cli-help-frame-times = Performans ölçmələri üçün: xəritəni skriptlə sürüşdür və miqyasını dəyiş — hesablama dayandırılmış halda bu qədər kadr, işləyən halda da bir o qədər kadr; planlaşdırıcının kadr başına CPU vaxtını çap et və çıx.
cli-help-present = Təqdimat rejimində aç: tam ekran, iri şrift, xəritə, bir qrafik və əsas göstəricilər (F5 və ya Esc bu rejimdən çıxarır).
cli-help-select = --screenshot ilə: şəkildən əvvəl bu torpaq sahəsini (identifikatoru ilə) seç.
cli-help-each-tab = --screenshot ilə: qrafiklər panelinin hər vərəqi üçün bir şəkil (FILE-firms.png, …).
cli-help-baseline = Bu ssenarini baza variantı kimi sabitləyərək aç: ssenari faylı, istəyə görə ona rejim tətbiq etmək üçün :PRESET ilə (məsələn, scenes/sumgayit.ron:tajikistan_fez).
cli-help-split-map = --baseline ilə: xəritəni bölünmüş halda aç, baza variantının parkı solda.
cli-help-band-seeds = Qrafiklərin arxasındakı diapazonların toxum sayı (standart olaraq 100; 10 ilə 1.000 arasında).
cli-help-layer = Açılışda xəritə qatı: zones, phase, status (susmaya görə), sector, utility-loading, headroom və ya rent.
cli-help-sources = «Mənbələr və fərziyyələr» pəncərəsi açıq halda açın (ssenarinin təxmin kimi qeyd etdiyi bütün dəyərlər).
cli-help-scene-file = Ssenari faylı (.ron).
cli-help-run = Ssenarini ay-ay modelləşdir və timeseries.csv ilə summary.json fayllarını yaz.
cli-help-run-months = Modelləşdiriləcək ayların sayı (standart olaraq: ssenarinin simulation.months parametri).
cli-help-seed = Təsadüfi seçimlərin toxumu (standart olaraq: ssenarinin simulation.seed parametri).
cli-help-out-folder = Nəticələr üçün qovluq; yoxdursa, yaradılır.
cli-help-all-links = 1.000-dən çox torpaq sahəsi olan parkda da networks.csv faylında hər sahənin qoşulma xəttini göstər (belə parkda yalnız mənbələr, habelə mənbələrlə qovşaqlar arasındakı xətlər göstərilir).
cli-help-regime = Tərtibatı ssenarinin öz rejimi əvəzinə əvvəldən bu təşviq rejimi ilə hesabla (scenes/regimes qovluğundakı rejim şablonu, məsələn, tajikistan_fez).
cli-help-n1 = N-1 cədvəli: parkın müəyyən aydakı tələbatı ilə hər təchizat mənbəyi və şəbəkə xətti tək sıradan çıxdıqda nəyin təmin edilmədiyi.
cli-help-n1-month = Tələbatı götürülən ay, YYYY-MM (standart olaraq: hesablamanın son ayı).
cli-help-ledger = Müəyyən ay üçün hər rezident üzrə fiskal hesabat: vəd edilmiş və faktiki iş yerləri və investisiya, icarə haqqı, ödənilmiş vergilər, güzəşt növləri üzrə vergi xərcləri və xalis fiskal effekt.
cli-help-ledger-month = Hesablamanın davam etdiriləcəyi ay, YYYY-MM (standart olaraq: hesablamanın son ayı).
cli-help-ledger-out = Hesabatı həm də CSV formatında bu fayla yaz.
cli-help-export = Tərtibatı GIS üçün (GeoJSON) və ya su şəbəkəsini hidravlik modellər üçün (EPANET .inp) modelləşdirilmiş ayın vəziyyəti ilə ixrac et.
cli-help-export-format = geojson (tərtibat, zonalar, atributları ilə torpaq sahələri, şəbəkələr) və ya epanet (su şəbəkəsi; torpaq sahələrinin tələbatı baza tələbatı kimi verilir).
cli-help-export-out = Yazılacaq fayl.
cli-help-export-month = Vəziyyəti ixrac olunan modelləşdirilmiş ay, YYYY-MM (standart olaraq: hesablamanın son ayı).
cli-help-export-utility = epanet üçün: su kommunal xidməti (standart olaraq: şəbəkəsi olan birincisi).
cli-help-validate = Ssenari fayllarını yoxla; hər problemi sətri və sütunu ilə çap edir.
cli-help-validate-scenes = Bir və ya bir neçə ssenari faylı.
cli-help-validate-sources = --sources ilə: xülasənin yerinə ssenarinin təxmin kimi qeyd etdiyi bütün dəyərləri və qeydləri bölmələr üzrə, mənbələri ilə sadalayın.
cli-help-synth = Miqyas testləri və performans ölçmələri üçün N torpaq sahəsindən ibarət sintetik park yaz (eyni formatda).
cli-help-synth-plots = Torpaq sahələrinin sayı.
cli-help-synth-out = Yazılacaq ssenari faylı.
cli-help-synth-seed = Tərtibatın və ssenari hesablamalarının toxumu.
cli-help-synth-networks = Hər kommunal xidmətə şəbəkə ver (sıralar boyunca magistral xətt, hər torpaq sahəsinə qoşulma xətti), mənbələrinin gücünü bütün park üzrə birləşdirmək əvəzinə.
cli-help-sweep = Ssenarini çoxlu toxumla paralel hesabla və hər ay üçün hər sütunun p10, median, p90 və orta qiymətini (bands.csv), hər toxumun hesablama sonundakı göstəricilərini (runs.csv) və onların medianlarını p10–p90 ilə (summary.json) yaz.
cli-help-compare = İki variantı eyni toxumlarla hesabla və hər toxum üzrə onların fərqinin diapazonlarını (difference_bands.csv), habelə hesablama sonundakı göstəricilərin cədvəlini (comparison.csv) yaz. Hər variant ssenari faylıdır, istəyə görə ona rejim tətbiq etmək üçün :PRESET ilə, məsələn, scenes/sumgayit.ron:tajikistan_fez.
cli-help-compare-base = Müqayisə üçün əsas götürülən variant.
cli-help-compare-other = Onunla müqayisə olunan variant.
cli-help-merge = Hissələrə bölünmüş sweep (və ya müqayisə) hesablamasının qismən nəticələrini birləşdir: nəticədə hissələrə bölünməmiş bir sweep (və ya müqayisə) hesablamasının yazdığı fayllar alınır.
cli-help-merge-parts = Hissələrin nəticə qovluqları.
cli-help-merge-out = Birləşdirilmiş nəticələr üçün qovluq; yoxdursa, yaradılır.
cli-help-report = Nümayəndə heyəti üçün paylama materialını yaz: kənar sorğular etməyən tək HTML faylı (xəritələr, toxumlar üzrə diapazonlu qrafiklər, fiskal hesabat, model bir səhifədə, mənbələr və fərziyyələr) — e-poçtla göndərmək, şəbəkəyə qoşulmadan oxumaq və A4 formatında çap etmək üçün.
cli-help-report-scene = Ssenari (scenes/NAME.ron), istəyə görə ona rejim şablonu tətbiq etmək üçün :PRESET ilə.
cli-help-report-compare = Eyni toxumlarla ikinci variant: başqa ssenari (istəyə görə :PRESET ilə) və ya eyni ssenarini başqa rejimlə hesablamaq üçün :PRESET; hər iki variant hər qrafikdə göstərilir, hər toxum üzrə fərqlərin cədvəli ilə birlikdə.
cli-help-report-map-months = Xəritələrin göstərdiyi aylar, vergüllə ayrılmış (YYYY-MM,…); standart olaraq: hesablamanın üçdə biri, üçdə ikisi və son ay.
cli-help-report-out = Yazılacaq HTML faylı (tamamilə əvəz olunur: əvvəlcə müvəqqəti fayla yazılır, sonra adı dəyişdirilir).
cli-help-report-png = Həmçinin hər qrafiki bu qovluğa ayrıca PNG faylı kimi yaz (slaydlar üçün).
cli-help-tour = Bələdçili turu (tours/*.ron) planlaşdırıcıda təqdimat rejimində göstər: Page Down və ya → növbəti addım, Page Up və ya ← geri, Esc turdan çıxır.
cli-help-tour-file = Tur faylı (tours/sumgayit_2011_2025.ron və tours/two_regimes.ron proqramla birlikdə verilir).
cli-help-tour-check = Hər addımı irəli və geri göstər, hər birinin ilk göstərildiyi kimi dəqiq qayıtdığını yoxla və çıx (testlər üçün).
cli-help-tour-screenshot = Yoxlama ilə birlikdə: hər addımın şəkli bu faylın yanında (FILE-01-ID.png, …).
cli-help-seeds = Toxumlar, birinci və sonuncu daxil olmaqla (müqayisədə hər iki variant hər toxumla hesablanır).
cli-help-runs-months = Modelləşdiriləcək ayların sayı (standart olaraq: ssenarinin simulation.months parametri; compare üçün BASE variantınınkı).
cli-help-jobs = Axınların sayı (standart olaraq: hər nüvəyə bir). Axınların sayından asılı olmayaraq fayllar eyni olur.
cli-help-shard = Toxumların N hissəsindən yalnız K nömrəli hissəni hesabla (K 0-dan başlayır, Slurm massiv tapşırıqlarının nömrələndiyi kimi) və onun qismən nəticəsini parksim merge üçün yaz.
cli-months-without-screenshot = əmrsiz --months yalnız --screenshot ilə birlikdə işlədilir; ssenarini qrafik interfeys olmadan hesablamaq üçün `parksim run SCENE --months N` yazın
cli-wrote-handout = Paylama materialı yazıldı: { $file } ({ $kb } KB)
cli-wrote-png = { $count } qrafik PNG formatında { $folder } qovluğuna yazıldı
cli-report-bad-month = "{ $text }" hesablamanın ayı deyil: ayı YYYY-MM şəklində, { $start } ilə { $end } arasında yazın
cli-report-failed = Paylama materialını hazırlamaq mümkün olmadı: { $reason }
cli-report-different-runs = { $base } və { $other } eyni aylar üçün hesablanmır (başlanğıcları və ya müddətləri fərqlidir): onları aybaay müqayisə etmək olmaz
cli-tour-no-planner = "{ $tour }" turu ({ $steps } addım) düzgündür, lakin proqramın bu versiyasında onu göstərmək üçün planlaşdırıcı yoxdur (`gui` funksiyası olmadan kompilyasiya olunub).
cli-no-planner-flags = proqramın bu versiyasında planlaşdırıcı yoxdur (`gui` funksiyası olmadan kompilyasiya olunub), ona görə ekran şəkilləri çəkə, kadr vaxtlarını ölçə və ya təqdimat rejimini aça bilmir

## parksim calibrate: ssenari parametrlərinin uyğunlaşdırılması və retrospektiv yoxlama
cli-help-calibrate = Ssenari parametrlərini ssenarinin verilmiş ay daxil olmaqla həmin aya qədərki müşahidə nöqtələrinə uyğunlaşdır (Nelder–Mead üsulu, hər parametr variantı üçün eyni toxumlar) və həmin aydan sonrakı hər nöqtəni qiymətləndir: retrospektiv yoxlama.
cli-help-calibrate-fit = Uyğunlaşdırılacaq parametrlər, vergüllə ayrılmış: park_appeal (bütün sektorların dəyərləri birlikdə dəyişdirilir), park_appeal:SECTOR, rent_sensitivity, prospects_per_year:SECTOR, dormant_share.
cli-help-calibrate-until = Bu ay daxil olmaqla həmin aya qədərki müşahidə nöqtələrinə uyğunlaşdır, YYYY-MM (standart olaraq: bütün nöqtələrə); sonrakı nöqtələr retrospektiv yoxlama üçün istifadə olunur.
cli-help-calibrate-on = Yalnız bu növ müşahidə nöqtələrinə görə uyğunlaşdırmaq, vergüllə: registered, operating, investment, portfolio, jobs, land_let, land_free, output (susmaya görə: bütün növlər); qalanları --until-dən sonrakı nöqtələrlə birlikdə qiymətləndirilir.
cli-help-calibrate-seeds = Hər parametr variantının hesablandığı toxumlar, 1-dən N-ə qədər (standart olaraq 20); uyğunlaşdırma meyarı bu toxumlar üzrə medianların orta nisbi xətasıdır.
cli-help-calibrate-iterations = Nelder–Mead iterasiyalarının maksimal sayı (standart olaraq 60).
cli-help-calibrate-out = Parametrləri uyğunlaşdırılmış ssenarini bu fayla yaz.
cli-calibrate-heading = Parametrlər { $until } tarixinə qədərki { $points } müşahidə nöqtəsinə uyğunlaşdırıldı, toxumlar: 1–{ $seeds } ({ $candidates } parametr variantı hesablandı):
cli-calibrate-value = { $parameter }: { $from } → { $to }
cli-calibrate-point = { $month }  { $column }: müşahidə olunan qiymət { $observed }, median { $median }, xəta { $error } %
cli-calibrate-in-sample = Uyğunlaşdırma nöqtələrində (parametrlərin uyğunlaşdırıldığı nöqtələr): orta xəta { $error } %
cli-calibrate-out-of-sample = Uyğunlaşdırmada istifadə olunmayıb (o aydan sonra və ya başqa növdən): orta xəta { $error } %
cli-calibrate-none-after = Seçmədən kənar: həmin aydan sonra müşahidə nöqtəsi yoxdur.
cli-calibrate-no-points = ssenaridə həmin aya qədər uyğunlaşdırma üçün müşahidə nöqtəsi yoxdur
cli-calibrate-no-sector = potensial rezidentləri daxil olan "{ $sector }" sektoru yoxdur; belə sektorlar: { $sectors }
cli-calibrate-bad-parameter = "{ $text }" uyğunlaşdırıla bilən parametr deyil; bunlardan seçin: park_appeal, park_appeal:SECTOR, rent_sensitivity, prospects_per_year:SECTOR, dormant_share
cli-calibrate-bad-kind = "{ $text }" müşahidə nöqtəsinin növü deyil; bunlardan seçin: { $kinds }
cli-calibrate-source = parksim calibrate ilə { $until } tarixinə qədərki müşahidə nöqtələrinə { $seeds } toxum üzrə uyğunlaşdırılıb

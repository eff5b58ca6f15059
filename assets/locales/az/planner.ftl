# parksim planlaşdırıcısı — Azərbaycan dili (az). Tərcümə olunmayan mətn en-US faylından götürülür.
# İdentifikatorlar göstərildikləri yerə görə qruplaşdırılıb. Ədədlər artıq formatlanmış gəlir (məs. "12.5"),
# tərcümədə yalnız onların ətrafındakı sözlər yerini dəyişir. Vahidlər: ha, MVt, m³/saat, AZN, USD.

## Yuxarı panel: vaxtın idarə edilməsi
time-before = { $month } tarixindən əvvəl
time-month = Ay: { $month }
time-play = ▶ Başlat
time-pause = ⏸ Fasilə
time-step = Bir ay irəli
time-speed = Sürət:
time-jump-to = Keçid (YYYY-MM):
time-go = Keç
time-run-ends = Hesablama { $month } tarixində bitir
time-scrub-hint = Hesablamanın istənilən ayına irəli və ya geri sürüşdürün: geri qayıtdıqda park eyni toxumla əvvəldən yenidən hesablanır, buna görə hər ay əvvəlki kimi olur.
speed-fastest = mümkün qədər sürətli
speed-months-per-second = { $months ->
    [one] saniyədə { $months } ay
   *[other] saniyədə { $months } ay
}
msg-before-start = { $month } hesablamanın başlanğıcından ({ $start }) əvvəldir.
msg-after-end = { $month } hesablamanın sonundan ({ $end }) sonradır.
msg-month-format = Ayı YYYY-MM şəklində yazın, məsələn, 2018-06.
status-idle = Klaviatura qısayolları üçün F1 düyməsini basın.

## Sol panel: qatlar, şərti işarələr, parkın xülasəsi
panel-map-layer = Xəritə qatı
panel-legend = Şərti işarələr
panel-fit = Parkı pəncərəyə sığdır
panel-map-hint = Xəritəni sürüşdürmək üçün dartın, miqyası dəyişmək üçün təkəri fırladın; məlumat üçün torpaq sahəsinə və ya təchizat mənbəyinə klikləyin.
panel-park-now = Park hazırda
now-firms = { $registered ->
    [one] { $registered } rezident
   *[other] { $registered } rezident
} qeydiyyatda, { $operating } fəaliyyətdə
now-let = { $total_ha } ha-dan { $let_ha } ha icarəyə verilib ({ $pct } %)
now-jobs = { $jobs } daimi iş yeri
now-power = Elektrik gücü: { $demand } MVt / { $capacity } MVt

layer-zone = Zonalar
layer-phase = Mərhələ (torpağın açıldığı vaxt)
layer-status = Sahələrin vəziyyəti
layer-sector = Rezidentin sektoru
layer-utility-loading = Şəbəkələrin yüklənməsi
layer-rent = Hektar üzrə icarə haqqı

legend-no-resident = Rezident yoxdur
legend-phase-start = Əvvəldən açıqdır
legend-phase = { $phase }: { $month } tarixində açılır
legend-phase-not-open = Solğun: hələ açılmayıb
legend-not-yet-open = Hələ açılmayıb (mərhələsi sonra açılır)
legend-loading-0 = Gücün 0 %-i istifadə olunur
legend-loading-50 = 50 %
legend-loading-100 = 100 % və ya çox (çatışmazlıq)
legend-rent = İldə hər ha üçün { $rent } { $currency }

status-free = Boş
status-reserved = Adı bəlli rezident üçün ayrılıb
status-under-construction = Tikintidədir
status-dormant = Qeydiyyatdadır, tikinti aparmır
status-operating = Fəaliyyətdədir

zone-industrial = Sənaye
zone-social = Sosial
zone-logistics = Logistika
zone-utility = Kommunal
zone-green-buffer = Yaşıl mühafizə zolağı

utility-power = Elektrik enerjisi
utility-gas = Təbii qaz
utility-water = Su
utility-wastewater = Tullantı suları
utility-steam = Buxar

## Məlumat paneli
panel-inspector = Məlumat
panel-inspector-hint = Xəritədə torpaq sahəsinə və ya təchizat mənbəyinə klikləyin.
fact-plot = Torpaq sahəsi
fact-area = Ölçüsü
fact-zone = Zona
fact-phase = Mərhələ
phase-of-zone = Zonasının mərhələsi
fact-zone-kind = Növü
fact-zone-plots = Zonadakı torpaq sahələri
value-zone-plots = { $plots ->
    [one] { $plots } torpaq sahəsi
   *[other] { $plots } torpaq sahəsi
}, { $ha } ha
zone-kind-heading = Zonanın növü
zone-redraw = Sərhədini xəritədə yenidən çək
zone-redraw-hint = Xəritədə yeni sərhədin künclərinə klikləyin; bitirmək üçün birinci küncə yenidən klikləyin və ya Enter düyməsini basın. Zonanın torpaq sahələri onun daxilində qalmalıdır.
zone-delete = Bu zonanı sil
zone-delete-hint = Zonanı yalnız daxilində torpaq sahəsi qalmadıqda silmək olar.
fact-serviced = İnfrastrukturla təmin olunub
fact-rent = İcarə haqqı
fact-status = Vəziyyəti
fact-reserved-for = Kimin üçün ayrılıb
fact-resident = Rezident
fact-kind = Növü
fact-registered = Qeydiyyata alınıb
fact-first-output = İlk məhsul
fact-full-output = Layihə gücünə çıxma
fact-stage = Mərhələ
fact-jobs = İş yerləri
fact-investment = İnvestisiya
fact-output-month = Bu ayın istehsalı
fact-utilities-delivered = Kommunal təchizat
fact-rent-paid = İndiyədək ödənilmiş icarə haqqı
fact-taxes-paid = İndiyədək ödənilmiş vergilər
fact-incentives-received = İndiyədək alınmış təşviqlər
fact-of-which = { "  " }o cümlədən { $line }
yes = bəli
no = xeyr
value-ha = { $ha } ha
value-million-usd = { $amount } mln ABŞ dolları
value-rent-per-year = ildə { $rent } { $currency } ({ $usd } USD)
value-reserved-for = { $name } (qeydiyyat: { $month })
value-ramping-up = Layihə gücünə çıxır (gücün { $pct } %-i)
value-not-building = yoxdur: qeydiyyatdadır, tikinti aparmır
value-jobs-of = { $now } (vəd edilmiş { $promised } daimi iş yerindən)
value-x-of-y = { $x } / { $y }
value-pct-of-needs = ehtiyacının { $pct } %-i
value-pct-of-needs-short = ehtiyacının { $pct } %-i: { $utility } çatışmır
value-utility-need = tam gücdə { $need } { $unit } tələb edir; şəbəkə: { $demand } / { $capacity } { $unit }

ledger-profit-tax = mənfəət vergisi
ledger-property-tax = əmlak vergisi
ledger-land-tax = torpaq vergisi
ledger-import-vat = idxal olunan avadanlığa görə ƏDV
ledger-import-duty = idxal olunan avadanlığa görə gömrük rüsumu
ledger-utility-refund = kommunal xərclərin geri qaytarılması

plot-tooltip-title = Torpaq sahəsi { $id }
plot-tooltip-area = { $ha } ha, { $zone }

## Qrafiklər
chart-firms = Rezidentlər
chart-occupancy = Doluluq
chart-jobs = İş yerləri
chart-investment = İnvestisiya
chart-utilities = Kommunal xidmətlər
chart-fiscal = Fiskal balans
unit-firms = şirkət
unit-pct-plot-area = torpaq sahələri ərazisinin %-i
unit-permanent-jobs = daimi iş yeri
unit-million-usd = mln ABŞ dolları
unit-million-usd-cum = mln ABŞ dolları, məcmu
unit-pct-capacity = gücün %-i
unit-mw = MVt
unit-m3-per-hour = m³/saat
unit-t-per-hour = t/saat
series-registered = Qeydiyyatda
series-operating = Fəaliyyətdə
series-occupancy = Doluluq
series-jobs = İş yerləri
series-investment-cum = İnvestisiya, məcmu
series-investment-portfolio = Qeydiyyatdan keçmiş rezidentlərin öhdəlik götürdüyü investisiya
series-utility-demand = { $utility }: pik saat, gücün %-i ({ $unit })
series-taxes-paid = Ödənilmiş vergilər
series-tax-expenditure = Vergi xərcləri
series-rent = İcarə haqqı
series-infrastructure = Dövlət infrastrukturu (şəbəkələrin genişləndirilməsi, sahələrin hazırlanması)

## Ssenari: fayllar, geri alma, toxum, sərhəd
scene-heading = Ssenari
scene-undo = Geri al
scene-redo = Təkrarla
scene-unsaved = saxlanmamış dəyişikliklər
scene-save-as = Adla saxla:
scene-save = Saxla
scene-open-label = Aç:
scene-open = Aç
scene-save-first = Əvvəlcə dəyişiklikləri saxlayın (və ya geri alın)
scene-new-park = Yeni park
scene-new-park-hint = { $template } əsasında boş park: planlaşdırıb saxlamaq üçün
scene-site = Ərazi:
scene-set-boundary = Sərhədi təyin et
scene-set-boundary-hint = (0, 0) nöqtəsindən başlayan düzbucaqlı ərazi; torpaq sahələri onun daxilində qalmalıdır
scene-seed = Toxum:
scene-restart-seed = Bu toxumla yenidən başlat
suffix-m = { " " }m
suffix-m-wide = { " " }m (en)
suffix-m-deep = { " " }m (uzunluq)
msg-opened = { $path } açıldı
msg-opened-built-in = { $path } açıldı (parksim proqramına daxil edilmiş fayl)
msg-saved = { $path } saxlanıldı

save-note-new-name = Saxla düyməsi { $new } faylını yazır: { $file } faylının üzərinə yazılsaydı, { $lost } itərdi.
save-note-built-in = { $file } parksim proqramına daxil edilib (burada belə fayl yoxdur): Saxla düyməsi parkınızı bu qovluqda { $new } faylına yazır.
save-no-path = Saxlanılacaq faylın adını yazın (məsələn, scenes/my-park.ron).
save-loss-comments = { $comments ->
    [one] { $comments } şərh sətri
   *[other] { $comments } şərh sətri
}
save-loss-layout = faylın öz tərtibatı (sətir keçidləri, boşluqlar, qiymətlərin yazılış forması, standart qiymətə bərabər olsa da açıq yazılmış qiymətlər)
save-loss-two = { $first } və { $second }
save-loss-not-a-scene = faylın hamısı ({ $lines } sətir): bu, ssenari faylı deyil
overwrite-title = { $file } faylının üzərinə yazılsın?
overwrite-loses = { $file } faylının üzərinə yazdıqda { $lost } itir: planlaşdırıcı ssenarinin qiymətlərini yazır, faylın şərhlərini (mənbələr, qeydlər) və öz tərtibatını saxlamır.
overwrite-other-file = { $file } bu ssenarinin açıldığı fayl deyil: saxladıqda onun məzmunu əvəz olunacaq.
overwrite-lose = Üzərinə yaz və onları itir
overwrite-replace = Əvəz et
overwrite-save-instead = Əvəzinə { $new } kimi saxla
overwrite-cancel = Ləğv et

quit-title = Saxlanmamış dəyişikliklər
quit-question = Ssenaridə saxlanmamış dəyişikliklər var.
quit-save = Saxla və çıx
quit-discard = Saxlamadan çıx
quit-cancel = Ləğv et

## Parametrlər
params-incentives = Təşviqlər və tələb
params-regime = { $name } ({ $from } tarixindən)
suffix-exemption-years = { " " }il vergi güzəşti
params-rent = "{ $schedule }" icarə haqqı cədvəli, ildə { $currency }
prefix-first-ha = ilk ha{ " " }
prefix-further-ha = sonrakı hər ha{ " " }
params-arrivals = { $sector }: potensial rezident/il
params-sources = Təchizat mənbələri
params-phases = Torpağın mərhələləri
params-phase-opens = Açılır (il, ay):
params-add-source = { $utility } mənbəyi əlavə et
params-new-source-name = Yeni { $utility } mənbəyi { $n }

## Torpaq sahələrinin əlavə edilməsi və redaktəsi
add-plot-heading = Torpaq sahəsi əlavə et
prefix-west-edge = qərb kənarı x{ " " }
prefix-south-edge = cənub kənarı y{ " " }
prefix-width = en{ " " }
prefix-depth = uzunluq{ " " }
add-plot-button = Sahə əlavə et
edit-heading = Bu torpaq sahəsini redaktə et
edit-move-10m = 10 m köçür:
edit-west = qərbə
edit-east = şərqə
edit-north = şimala
edit-south = cənuba
edit-resize = Ölçünü dəyiş
edit-split-side = Yan-yana böl
edit-split-across = Eninə böl
edit-delete = Sil
edit-place-firm = Bura adı bəlli şirkət yerləşdir:
edit-firm-name = ad
edit-archetype = { $name } ({ $ha } ha)
edit-registers = qeydiyyat tarixi
edit-place = Yerləşdir

## Düzəlişin rədd edilmə səbəbləri və saxlama
edit-not-possible = Mümkün deyil: { $reasons }
edit-no-plot = "{ $id }" torpaq sahəsi yoxdur
edit-no-zone = "{ $id }" zonası yoxdur
edit-zone-has-plots = "{ $id }" zonasında hələ { $plots ->
    [one] { $plots } torpaq sahəsi
   *[other] { $plots } torpaq sahəsi
} var: əvvəlcə onları köçürün və ya silin
edit-no-source = "{ $id }" təchizat mənbəyi yoxdur
edit-no-utility = "{ $id }" kommunal xidməti yoxdur
edit-no-sector = "{ $id }" sektoru üzrə potensial rezidentlər daxil olmur
edit-no-regime = { $n } nömrəli rejim yoxdur
edit-no-rent = "{ $id }" icarə haqqı cədvəli yoxdur
edit-no-phase = "{ $id }" mərhələsi yoxdur
edit-polygon-plot = "{ $id }" torpaq sahəsi çoxbucaqlıdır; burada yalnız düzbucaqlı sahələrin ölçüsünü dəyişmək və ya onları bölmək olar
edit-holds-resident = "{ $id }" torpaq sahəsində adı bəlli rezident { $name } yerləşir; əvvəlcə onu çıxarın
edit-cannot-split = "{ $id }" torpaq sahəsində adı bəlli rezident yerləşir; onu bölmək olmaz
edit-cannot-write = ssenarini yazmaq mümkün deyil: { $reason }
edit-cannot-save = { $path } saxlanıla bilmir: { $reason }

## Klaviatura və siçan (F1)
help-title = Klaviatura və siçan
key-space = Boşluq
key-right = Sağ ox
key-up = Yuxarı ox
key-plus-minus = + / -
key-f = F
key-drag = Siçanla dartma
key-wheel = Siçan təkəri
key-ctrl-z = Ctrl+Z
key-ctrl-shift-z = Ctrl+Shift+Z
key-ctrl-s = Ctrl+S
key-f1 = F1
key-ctrl-plus-minus = Ctrl+= / Ctrl+-
key-ctrl-0 = Ctrl+0
help-play-pause = başlat və ya dayandır
help-step-month = bir ay irəli
help-step-year = bir il irəli
help-speed = daha sürətli / daha yavaş
help-fit = parkı pəncərəyə sığdır
help-pan = xəritəni sürüşdür
help-zoom = kursor ətrafında miqyası dəyiş
help-undo = son düzəlişi geri al
help-redo = təkrarla
help-save = ssenarini saxla
help-help = bu arayışı göstər və ya gizlət
help-text-size = mətni böyüt / kiçilt
help-text-size-normal = mətni normal ölçüsünə qaytar

## Hesabatlar üçün şəkillər (terminalda çap olunur)
msg-screenshot-saved = Planlaşdırıcının pəncərəsi { $path } faylında saxlanıldı
msg-screenshot-failed = xəta: ekran şəklini { $path } faylında saxlamaq mümkün deyil: { $reason }
msg-screenshot-no-plot = xəbərdarlıq: ssenaridə seçiləcək { $id } torpaq sahəsi yoxdur; şəkil seçimsiz çəkilir.

## Siçan alətləri
panel-tool = Siçan aləti
tool-inspect = Bax
tool-move = Köçür
tool-draw-plot = Sahə çək
tool-draw-zone = Zona çək
tool-draw-boundary = Sərhəd çək
tool-inspect-hint = Məlumat üçün torpaq sahəsinə və ya təchizat mənbəyinə klikləyin; xəritəni sürüşdürmək üçün dartın.
tool-move-hint = Təchizat mənbəyini, torpaq sahəsini və ya zonanı (sahələri ilə birlikdə) köçürmək üçün onu dartın; zonalardan kənarda dartdıqda xəritə sürüşür.
tool-draw-plot-hint = “Torpaq sahəsi əlavə et” bölməsində seçilmiş zonaya sahə əlavə etmək üçün düzbucaqlı çəkin.
tool-draw-zone-hint = Zona əlavə etmək üçün düzbucaqlı çəkin; sonra ona klikləyib növünü təyin edə, sərhədini yenidən çəkə və ya onu silə bilərsiniz.
zone-new-name = Zona { $id }
tool-redrawing-zone = { $zone } zonası üçün yeni sərhəd çəkilir
tool-draw-boundary-hint = Ərazinin künclərinə ardıcıl klikləyin; sərhədi qapamaq üçün birinci küncə yenidən klikləyin (və ya Enter düyməsini basın).
tool-corners = { $n ->
    [one] { $n } künc qoyulub
   *[other] { $n } künc qoyulub
}
tool-finish = Sərhədi qapa
tool-cancel = Ləğv et
key-click = Klik
key-i = I
key-m = M
key-p = P
key-z = Z
key-b = B
key-enter = Enter
key-backspace = Backspace
key-esc = Esc
help-inspect = torpaq sahəsini və ya təchizat mənbəyini seç
help-tool-inspect = alət: baxış (klik seçir, dartma xəritəni sürüşdürür)
help-tool-move = alət: sahələri və mənbələri dartaraq köçür
help-tool-draw-plot = alət: düzbucaqlı çəkməklə torpaq sahəsi yarat
help-tool-draw-zone = alət: düzbucaqlı çəkməklə zona yarat
help-tool-draw-boundary = alət: ərazinin sərhədini künc-künc çək
help-finish-boundary = çəkilən sərhədi qapa
help-undo-corner = son qoyulan küncü sil
help-cancel = çəkməyi dayandır, baxışa qayıt

## Xəritədə və məlumat panelində təchizat mənbələri
panel-sources = Təchizat mənbələri
fact-source = Mənbə
fact-utility = Kommunal xidmət
fact-capacity = Gücü
fact-in-service = İstismara verilib
fact-built-by = Tikən və sahibi
fact-serves = Təchiz edir
fact-plots-served = Çatdığı sahələr
fact-location = Yeri
fact-network-now = Şəbəkə hazırda
fact-shortage = Çatışmazlıq
source-serves-all = bütün torpaq sahələri
source-serves-listed = siyahıdakı torpaq sahələri
source-from-start = hesablamanın əvvəlindən
source-since = { $month } tarixindən
source-from = { $month } tarixində istismara verilir
source-built-by = { $resident }, öz hesabına: { $amount } mln ABŞ dolları (onun investisiyası, dövlət xərci deyil)
source-plots-served = { $plots ->
    [one] { $plots } torpaq sahəsi, { $ha } ha
   *[other] { $plots } torpaq sahəsi, { $ha } ha
}
source-at = x { $x } m, y { $y } m
source-placed = ssenaridə verilməyib; parkın qərb kənarının yanında göstərilir
source-network = { $capacity } { $unit } gücdən { $demand } { $unit } istifadə olunur ({ $pct } %)
source-shortage = tələbatın { $pct } %-i təmin edilmir
source-edit-heading = Bu mənbəni redaktə et
source-capacity-prefix = güc{ " " }
source-move-hint = Köçürmək üçün Köçür alətini seçin və mənbənin işarəsini dartın.

## Güzəştlərin dərəcələri
params-regime-rates = Vergi güzəştləri və icarə haqqı endirimi
params-exempt-share = { $instrument }: azad edilən hissə
params-rent-discount = icarə haqqı: azad edilən hissə

## Güc ehtiyatı və şəbəkələr
layer-headroom = Yeni yük üçün güc ehtiyatı
legend-headroom-ample = kifayət qədər: darboğazın gücünün yarısı və ya daha çoxu boşdur
legend-headroom-some = az: gücün dörddə biri boşdur
legend-headroom-none = yoxdur: darboğaz tam yüklənib
chart-n1 = N-1 meyarı
network-not-reached = istismarda olan heç bir mənbəyə qoşulmayıb
network-fed = { $source } mənbəyindən { $links } vasitəsilə təchiz olunur; güc ehtiyatı { $spare } { $unit } (darboğaz { $bottleneck } { $unit }); tələbatın { $pct } %-i çatdırılır
network-links = { $n ->
    [one] { $n } xətt
   *[other] { $n } xətt
}
n1-heading = N-1 meyarı, { $month }: hər obyektin tək sıradan çıxması nəyi təchizatsız qoyur (ən ağırı birinci)
n1-compute = { $month } üçün hesabla
n1-too-large = Şəbəkələrdə { $links } xətt var, onları burada bir-bir söndürüb yoxlamaq üçün bu, çox saydır; `parksim n1 SCENE --month { $month }` əmrini işə salın.
n1-asset = Obyekt
n1-utility = Kommunal xidmət
n1-capacity = Gücü
n1-flow = Hazırda ötürür
n1-unserved = Sıradan çıxsa, təmin edilməyən
n1-share = Tələbatdakı payı
n1-source = mənbə
n1-link = xətt
n1-junction = qovşaq { $id }
n1-plot = torpaq sahəsi { $id }
n1-id = Ssenari faylındakı identifikator: { $id }
fact-curtailed = Təchizatın məhdudlaşdırılması
value-curtailed = ehtiyacının { $pct } %-i təmin edilir
value-curtailed-short = ehtiyacının { $pct } %-i təmin edilir: { $utility } çatışmır
panel-networks = Şəbəkələr bu sahəni necə təchiz edir
edit-expansion-nothing = genişləndirmə müəyyən qədər güc əlavə etməlidir
expansion-default-name = { $source } mənbəyinin genişləndirilməsi
panel-operations = Bu ay
legend-curtailed = kommunal xidmət çatışmır (təchizatın məhdudlaşdırılması)
legend-stopped = təchizatın kəsilməsi və ya təchizatçı səbəbindən dayanıb
legend-out-of-service = mənbə və ya xətt istismardan kənardadır
panel-network-shown = Göstərilən şəbəkələr
network-all = Bütün kommunal xidmətlər
expansion-heading = Genişləndirməni planlaşdır
expansion-planned = qərar tarixi: { $month }
expansion-on-loading = yüklənmə { $months } ay ərzində { $pct } %-dən yuxarı olduqdan sonra qərar verilir
expansion-line = { $name }: +{ $add } { $unit }, { $musd } mln ABŞ dolları, tikinti müddəti { $lead } ay, { $when }
expansion-add = Əlavə güc
expansion-capex = Dəyəri
expansion-lead = Tikinti müddəti (ay)
expansion-decided = Qərar tarixi (YYYY-MM)
expansion-add-button = Bu genişləndirməni əlavə et
expansion-hint = Dəyəri dövlət xərcidir və işlərin aparıldığı aylara bölünür; güc işlər başa çatdıqda istismara verilir. Hesablama onunla yenidən başlayır.
suffix-million-usd = { " " }mln ABŞ dolları
suffix-months = { " " }ay
fact-running = Bu ay işləyib
value-running = ayın { $pct } %-i
value-stopped = Ayın { $pct } %-i dayanıb (təchizatın kəsilməsi və ya təchizatçının dayanması)
source-out-hours = Bu ay { $hours } saat istismardan kənarda olub
edit-no-preset = "{ $id }" rejim şablonu yoxdur
regime-changed-name = { $name } (dəyişdirilib)
params-regime-own = Bu ssenarinin öz qaydaları
chart-incentives = Təşviqlər
chart-pipeline = İnvestor axını
series-observed-registered = Qeydiyyatda, faktiki
series-observed-operating = Fəaliyyətdə, faktiki
series-observed-investment = Yatırılmış investisiya, faktiki
series-observed-portfolio = Öhdəlik, faktiki
series-observed-jobs = İş yerləri, faktiki
pipeline-prospects = Daxil olmuş potensial rezidentlər
pipeline-chose-park = Bu parkı seçənlər
pipeline-named = Adı bəlli rezidentlər (ssenaridən)
pipeline-registered = Hazırda qeydiyyatda olan rezidentlər
pipeline-building = Tikintidədir
pipeline-operating = Fəaliyyətdədir
pipeline-note = Hesablamanın əvvəlindən bəri potensial rezidentlər və onların seçimi. Hazırda qeydiyyatda olan rezidentlər parkı seçənlər və adı bəlli rezidentlərdir, parkı tərk edənlər çıxılmaqla: bu zolaq yuxarıdakılardan daha geniş ola bilər.
incentives-none-yet = Hələ heç nə modelləşdirilməyib.
incentives-net = İndiyədək xalis fiskal effekt (illik { $rate } % diskont dərəcəsi ilə): rezidentlərin { $r } %-i güzəştsiz də gələrdisə, { $net } mln ABŞ dolları (bu pay { $r_high } % ilə { $r_low } % arasında olduqda { $low } ilə { $high } mln ABŞ dolları arasında).
incentives-per-job = Yaradılmış hər iş yerinə düşən vergi xərcləri: { $gross } USD (ümumi); hər əlavə iş yerinə düşən real gəlir itkisi: { $real } USD.
incentives-promised = İş yerləri: vəd edilmiş { $jobs_promised } iş yerindən { $jobs } yaradılıb. İnvestisiya: vəd edilmiş { $promised } mln ABŞ dollarından { $invested } yatırılıb.
incentives-totals = İndiyədək, mln ABŞ dolları: vergi xərcləri { $te }, ödənilmiş vergilər { $paid }, dolayı yolla yaranan vergilər (təchizatçılarınkı daxil) { $induced }, icarə haqqı { $rent }, dövlət infrastrukturu (şəbəkələrin genişləndirilməsi, sahələrin hazırlanması) { $capex }.
incentives-by-instrument = Güzəşt növləri üzrə vergi xərcləri, mln ABŞ dolları: { $lines }
ledger-resident = Rezident
ledger-anyway = Güzəştsiz də gələrdi
ledger-jobs = İş yerləri (yaradılıb / vəd edilib)
ledger-investment = İnvestisiya, mln ABŞ dolları (yatırılıb / vəd edilib)
ledger-taxes-paid = Ödənilmiş vergilər, mln ABŞ dolları
ledger-te = Vergi xərcləri, mln ABŞ dolları
ledger-te-per-job = hər iş yerinə, USD
ledger-net = Xalis effekt (diskontlaşdırılmış), mln ABŞ dolları
status-negotiating = Danışıqlar gedir (sahə onun üçün saxlanılır)
status-exited = { $month } tarixində parkı tərk edib
edit-no-asset = həmin kommunal xidmətdə "{ $id }" mənbəyi və ya şəbəkə xətti yoxdur
expansion-link-name = xətt { $id }
expansion-bottlenecks = Darboğazı genişləndir
expansion-of-bottleneck = { $utility }: bu sahə üçün darboğaz — { $asset }

## Görünüş: rənglər və mətn ölçüsü
panel-display = Görünüş
palette-standard = Standart rənglər
palette-colour-blind = Rəng korluğu üçün uyğun rənglər
display-text-size = Mətn ölçüsü

## Təqdimat rejimi
headline-residents = Rezidentlər
headline-jobs = Daimi iş yerləri
headline-investment = İndiyədək yatırılmış investisiya
headline-net-fiscal = İndiyədək xalis fiskal effekt
present-button = Təqdimat (F5)
present-button-hint = Zal üçün tam ekran: xəritə, bir qrafik və əsas göstəricilər, iri şriftlə.
sources-button = Mənbələr
sources-button-hint = Ssenarinin rəqəmləri haradan götürülüb: təxmin kimi qeyd olunmuş bütün dəyərlər, bölmələr üzrə
sources-title = Mənbələr və fərziyyələr
tag-estimate = təxmin
tag-source = mənbə
sources-intro = { $count ->
    [one] Bu ssenarinin { $count } dəyəri və ya qeydi təxmin kimi qeyd olunub
   *[other] Bu ssenarinin { $count } dəyəri və qeydi təxmin kimi qeyd olunub
} (arxasında dərc olunmuş rəqəm yoxdur və ya müəllif onu fərz edib). Qalan bütün rəqəmlər ssenari faylında dərc olunmuş mənbəyə istinad edir.
present-keys = F5 və ya Esc: çıxış · Page Down / Page Up: növbəti / əvvəlki qrafik · B: boş ekran · Boşluq: başlat və ya dayandır
present-blank = Ekran boşdur: yenidən göstərmək üçün B düyməsini basın.
key-f5 = F5
key-page-up-down = Page Up / Page Down
help-present = təqdimat rejimini aç və ya bağla (Esc də ondan çıxarır)
help-present-chart = təqdimat rejimində: növbəti / əvvəlki qrafik
help-present-blank = təqdimat rejimində: ekranı boşalt və ya yenidən göstər

## Çoxsaylı hesablamalar: hər qrafikin arxasındakı toxumlar diapazonu və sabitlənmiş baza variantı.
band-seeds = Toxum sayı:
band-progress = { $seeds } hesablamadan { $done }
legend-band = Diapazon
legend-band-filling = p10–p90 diapazonu və median: indiyədək { $seeds } toxumdan { $done }
legend-band-seeds = { $seeds } toxum üzrə p10–p90 diapazonu və median
legend-baseline = Baza variantı
legend-baseline-band = Baza variantının diapazonu
legend-baseline-named = Baza variantı (boz, qırıq xətt): { $name }
baseline-pin = Baza variantı kimi sabitlə
baseline-pin-hover = Bu ssenarini və rejimi indiki halında saxla: bundan sonra bütün qrafiklər, təşviqlər və bölünmüş xəritə etdiyiniz dəyişiklikləri eyni toxumlarla onunla müqayisə edir.
baseline-unpin = Sabitləməni götür
baseline-split-map = Bölünmüş xəritə
incentives-compared = Baza variantı ilə müqayisə: { $name }
incentives-compared-waiting = Hər iki diapazonun ilk toxumları gözlənilir…
incentives-compared-seeds = Göstərilən ayda, hər ikisi üçün hesablanmış { $seeds } toxum üzrə (toxumlar eynidir, ona görə fərq təsadüfün deyil, dəyişikliyin nəticəsidir); pul məbləğləri mln ABŞ dolları ilə, məcmu:
compared-figure = Göstərici
compared-baseline = Baza variantı, median
compared-current = İndi, median
compared-difference = İndi − baza variantı, median (p10 … p90)
compared-better = İndiki variantın daha yaxşı olduğu toxumlar
split-baseline = Baza variantı, { $month }
split-occupied = { $plots } torpaq sahəsindən { $taken } tutulub
split-current = İndi (redaktə edilmiş)

## Dil
language-label = Dil:
msg-language-not-saved = Dil dəyişdirildi, lakin növbəti sessiya üçün saxlanıla bilmədi: { $reason }

## Turlar
tours-menu = Turlar
tour-step-of = Addım { $at } / { $steps }
tour-back = ◀ Geri
tour-next = Növbəti ▶
tour-leave = Turdan çıx (Esc)
tour-keys = { $tour } · Page Down və ya →: növbəti addım, Page Up və ya ←: geri, Esc: turdan çıxıb planlaşdırıcıya qayıt
tour-left = Turdan çıxdınız: planlaşdırıcı sizin ixtiyarınızdadır, ekranda son göstərilən görünüş qalır.
tour-check-failed = "{ $step }" addımı ilk dəfə göstərildiyi kimi qayıtmadı: onun görünüşü və ya modelin vəziyyəti fərqlidir.
tour-checked = Turun hər addımı irəli və geri göstərildi və hər biri dəqiq eyni şəkildə qayıtdı ({ $steps } addım).
tour-record-new = Yeni tur yaz…
tour-record-title = Tur yazılır
tour-record-hint = Ayı, xəritənin vəziyyətini, qatı, seçimi və vərəqi təyin edin, sonra bu görünüşü addım kimi əlavə edin.
tour-record-step-title = Addımın adı:
tour-record-add = Bu görünüşü addım kimi əlavə et
tour-record-file = Adla saxla:
tour-record-save = Turu saxla
tour-recorded-name = { $park } üzrə tur
tour-recorded-step = Addım { $n }
tour-saved = Tur { $path } faylında saxlanıldı ({ $steps ->
    [one] { $steps } addım
   *[other] { $steps } addım
}).
tour-not-saved = Tur saxlanılmadı: { $reason }

## Paylama materialı (parksim report)
report-title = { $park }: paylama materialı
report-subtitle = { $runs } hesablama (toxumlar: { $first }–{ $last }), hər biri { $months } ay: { $start } – { $end }.
report-option = Variant: { $option }
report-section-park = Park
report-park-facts = Ümumi ərazi { $area } ha: { $zones } zonada { $plots } torpaq sahəsi, { $utilities } kommunal xidmət.
report-map-caption = Torpaq sahələri vəziyyətinə görə, { $month } (ssenarinin öz hesablaması, toxum { $seed }).
report-band-note = Xətlər: toxumlar üzrə median; kölgəli zolaq: p10–p90 diapazonu (on hesablamadan səkkizi bu diapazona düşür). Romblar: dərc olunmuş rəqəmlər.
report-band-note-compare = Boz, qırıq xətt: { $base }. Rəngli: { $other }. Xətlər: toxumlar üzrə median; kölgəli zolaq: p10–p90 diapazonu. Romblar: dərc olunmuş rəqəmlər.
report-section-growth = Rezidentlər, iş yerləri və investisiya
report-section-utilities = Kommunal xidmətlər: pik saatda yüklənmə
report-section-fiscal = Fiskal hesabat
report-ledger-heading = Güzəşt növləri üzrə fiskal hesabat, { $month } tarixinə: başlanğıcdan bəri mln ABŞ dolları, toxumlar üzrə median
report-col-line = Maddə
report-line-forgone = Gəlir itkisi: { $line }
report-line-supplier-taxes = Yerli təchizatçıların ödədiyi vergilər (dolayı yolla yaranan)
report-section-compare = İki variant: hər toxum üzrə müqayisə
report-compare-note = { $month } tarixinə, hər iki variant üçün hesablanmış { $runs } toxum üzrə (toxumlar eynidir, ona görə fərq təsadüfün deyil, variantların nəticəsidir): { $base } və { $other } üçün median, hər toxum üzrə onların fərqi (digər − baza) və bu fərqin p10–p90 diapazonu, habelə { $other } variantının daha yaxşı və daha pis olduğu toxumların payları (qalanlarında eynidir).
report-col-figure = Göstərici
report-col-base = Baza
report-col-other = Digər
report-col-difference = Fərq (p10 … p90)
report-col-better = Digər daha yaxşıdır
report-col-worse = Digər daha pisdir
report-fig-registered = Qeydiyyatda olan rezidentlər
report-fig-operating = Fəaliyyətdə olan rezidentlər
report-fig-jobs = Daimi iş yerləri
report-fig-investment = Yatırılmış investisiya, mln ABŞ dolları
report-fig-land = İcarəyə verilmiş torpaq, ha
report-fig-tax-expenditure = Vergi xərcləri, mln ABŞ dolları
report-fig-taxes-paid = Ödənilmiş vergilər, mln ABŞ dolları
report-fig-net-fiscal = Xalis fiskal effekt (diskontlaşdırılmış), mln ABŞ dolları
report-section-model = Model bir səhifədə
report-model-siting = Şirkətlər. Potensial investorlar ay-ay daxil olur; hər biri müəyyən şirkət növünə (arxetipə) aiddir: sektoru, torpaq sahəsinin ölçüsü, investisiyası, iş yerləri və kommunal xidmətlərə ehtiyacı. Hər biri istifadə edə biləcəyi boş torpaq sahələrini icarə haqqına, infrastrukturla təmin olunmasına, kommunal güc ehtiyatına və təklif olunan təşviqlərə görə müqayisə edir və ya onlardan birini tutur, ya da başqa yerə gedir (multinomial logit seçim modeli). Adı bəlli rezidentlər (lövbər rezidentlər) dərc olunmuş tarixlərdə gəlir.
report-model-building = Tikinti və fəaliyyət. Rezident qeydiyyata alınır, tikinti müddəti ərzində investisiyasını xərcləyərək tikinti aparır, sonra layihə gücünə və vəd etdiyi iş yerləri sayına çıxır. Qeydiyyatdan keçmiş rezidentlərin bir qismi heç vaxt tikintiyə başlamır (fəaliyyətsiz subyektlər). Torpaq sahələri və torpaq mərhələlərlə açılır.
report-model-utilities = Kommunal xidmətlər. Elektrik enerjisi, qaz, su, tullantı suları və buxar şəbəkələr vasitəsilə mənbələrdən torpaq sahələrinə çatdırılır. Model hər ay hər mənbənin və hər xəttin pik saatdakı yüklənməsini hesablayır, güc çatmadıqda rezidentlərin təchizatını məhdudlaşdırır, planlı və təsadüfi kəsilmələr zamanı obyektləri istismardan çıxarır və təchizatçısı dayanan rezidentləri dayandırır.
report-model-fiscal = Fiskal hesabat. Hər ay hər rezidentin vergiləri qüvvədə olan rejimə görə hesablanır: nə qədər ödədiyi və güzəştlər üzündən büdcənin nə qədər itirdiyi (vergi xərcləri). Diskontlaşdırılmış xalis fiskal effekt təşviqlər sayəsində gəlmiş rezidentlərin vergiləridir; bundan güzəştsiz də gələcək rezidentlərə düşən vergi xərcləri və dövlətin infrastruktura çəkdiyi xərclər çıxılır.
report-model-seeds = Çoxsaylı hesablamalar. İnvestorların nə vaxt gəldiyini, hansı torpaq sahələrini seçdiklərini və kəsilmələrin nə vaxt baş verdiyini təsadüf müəyyən edir; hər toxum dəqiq təkrarlanan bir mümkün tarixçədir. Qrafiklər toxumlar üzrə medianı və on hesablamadan səkkizinin düşdüyü diapazonu göstərir. İki variant eyni toxumlarla hesablanır, ona görə onların fərqi təsadüfün deyil, variantların özünün nəticəsidir.
report-model-limits = Məhdudiyyətlər. Model Sumqayıt üçün dərc olunmuş rəqəmlərə uyğunlaşdırılıb; ssenarinin təxmin kimi qeyd etdiyi dəyərlər son bölmədə sadalanır. Diapazon proqnoz deyil: o, modelin fərziyyələrinin nəyə imkan verdiyini göstərir.
report-section-sources = Mənbələr və fərziyyələr
report-sources-note = { $scene }: ssenarinin təxmin kimi qeyd etdiyi bütün dəyərlər ({ $count }), haradan götürüldükləri barədə ssenarinin öz izahı ilə.
report-col-section = Bölmə
report-col-where = Yeri
report-col-source = Mənbə
report-footer = parksim { $version } ilə { $scene } əsasında hazırlanıb.

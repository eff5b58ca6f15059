# Командная строка parksim — русский (ru): что команды выводят в терминал.

## parksim compare: таблица двух вариантов
cli-compare-seeds = { $seeds ->
    [one] { $seeds } зерно
    [few] { $seeds } зерна
    [many] { $seeds } зёрен
   *[other] { $seeds } зерна
}, одни и те же для обоих
cli-compare-figure = показатель
cli-compare-base-median = медиана БАЗА
cli-compare-other-median = медиана ДРУГОЙ
cli-compare-difference = ДРУГОЙ − БАЗА: медиана (p10 … p90)
cli-compare-other-better = ДРУГОЙ лучше

## parksim n1: таблица N-1 по каждому ресурсу
cli-n1-heading = N-1 на { $month }: что остаётся без снабжения при отказе каждого элемента в отдельности, при спросе этого месяца
# $demand и $short приходят уже отформатированными; $unit — единица измерения ресурса (МВт, м³/ч, т/ч).
cli-n1-utility = { $utility } ({ $unit }): спрос { $demand } { $unit }, недопоставка при всех элементах в работе { $short } { $unit }
cli-n1-pooled = (в сценарии нет сети: источники ресурса объединяют мощность в масштабах всего парка)
cli-n1-asset = элемент
cli-n1-kind = тип
cli-n1-capacity = мощность
cli-n1-flow = текущий поток
cli-n1-unserved = недопоставка при отказе
cli-n1-pct-demand = % спроса
cli-n1-source = источник
cli-n1-link = ветвь

## Все команды: ошибки и записанные файлы
# $error — причина, которую сообщает операционная система, в её собственной формулировке.
cli-error = ошибка: { $message }
cli-no-language = parksim: --lang { $code }: текстов на этом языке нет; есть: { $languages }
cli-no-planner = parksim: в этой сборке нет планировщика (она собрана без функции `gui`); сценарий { $scene } моделируется без графического интерфейса.
cli-cannot-create-folder = не удаётся создать папку для результатов { $folder }: { $error }
cli-cannot-write-in-folder = не удаётся записать файлы в папку для результатов { $folder }: { $error }
cli-cannot-write = не удаётся записать { $file }: { $error }
cli-cannot-read = не удаётся прочитать { $file }: { $error }
cli-cannot-put-files = не удаётся поместить файлы в { $folder }: { $error }
cli-cannot-format = не удаётся сформировать вывод: { $error }
cli-cannot-scratch = не удаётся создать временный файл в папке для результатов: { $error }
cli-wrote = Записано: { $file }
cli-wrote-run = Записано: { $files }
cli-wrote-export = Записано: { $file } (парк на { $month })
cli-wrote-synth = Записано: { $file } ({ $plots ->
    [one] { $plots } участок
    [few] { $plots } участка
    [many] { $plots } участков
   *[other] { $plots } участка
})
cli-progress-months = Моделирование по { $month } включительно
cli-progress-months-unit = мес.
cli-progress-seeds = Прогоны по зёрнам

## Месяц, заданный параметром --month
cli-month-range = выберите месяц от { $start } до { $last } (прогон сценария длится { $months ->
    [one] { $months } месяц
    [few] { $months } месяца
    [many] { $months } месяцев
   *[other] { $months } месяца
})
cli-month-before-run = { $month } — раньше начала прогона; { $range }
cli-month-after-run = { $month } — позже окончания прогона; { $range }
cli-not-a-month = "{ $text }" — не месяц; укажите его в формате YYYY-MM

## parksim validate
cli-sources-heading = { $file }: { $count ->
    [one] { $count } значение или запись, помеченные как оценка
    [few] { $count } значения или записи, помеченные как оценки
    [many] { $count } значений и записей, помеченных как оценки
   *[other] { $count } значения или записи, помеченные как оценки
}, по разделам (значения с опубликованным источником не перечисляются)
cli-sources-section = { $section } ({ $count })
cli-valid-tour = { $file }: ошибок нет — экскурсия "{ $tour }" ({ $park }): { $steps ->
    [one] { $steps } шаг
    [few] { $steps } шага
    [many] { $steps } шагов
   *[other] { $steps } шага
}
cli-valid = { $file }: ошибок нет — { $park }, { $plots ->
    [one] { $plots } участок
    [few] { $plots } участка
    [many] { $plots } участков
   *[other] { $plots } участка
} ({ $area_ha } га), { $utilities ->
    [one] { $utilities } ресурс
    [few] { $utilities } ресурса
    [many] { $utilities } ресурсов
   *[other] { $utilities } ресурса
}, { $archetypes ->
    [one] { $archetypes } архетип
    [few] { $archetypes } архетипа
    [many] { $archetypes } архетипов
   *[other] { $archetypes } архетипа
}, { $anchors ->
    [one] { $anchors } заданный резидент
    [few] { $anchors } заданных резидента
    [many] { $anchors } заданных резидентов
   *[other] { $anchors } заданного резидента
}

## parksim run: сводка прогона
cli-summary-none = ни один месяц не смоделирован
cli-summary-park = Парк
cli-summary-period = Период
cli-summary-period-value = { $first } – { $last } ({ $months ->
    [one] { $months } месяц
    [few] { $months } месяца
    [many] { $months } месяцев
   *[other] { $months } месяца
})
cli-summary-residents = Резиденты
cli-summary-residents-value = зарегистрировано: { $registered }, работают: { $operating }, строятся: { $building }
cli-summary-land = Земля
cli-summary-land-value = сдано в аренду { $let_ha } га из { $area_ha } га ({ $pct } %)
cli-summary-jobs = Рабочие места
cli-summary-jobs-value = постоянных: { $jobs }
cli-summary-investment = Инвестиции
cli-summary-power = Электроэнергия
cli-summary-power-value = спрос { $demand } МВт при мощности { $capacity } МВт
cli-summary-taxes = Уплачено налогов
cli-summary-tax-expenditure = Налоговые расходы
cli-summary-rent = Получено арендной платы
cli-million-usd = { $amount } млн долл. США

## parksim ledger: фискальный баланс по каждому резиденту
cli-ledger-heading = Фискальный баланс по резидентам: { $park }, на { $month } (зерно { $seed }); по каждому резиденту — с момента его регистрации
cli-ledger-firm = фирма
cli-ledger-resident = резидент
cli-ledger-anyway = и так
cli-ledger-jobs = раб. места
cli-ledger-invest = инв. млн USD
cli-ledger-rent = аренда
cli-ledger-taxes = налоги
cli-ledger-te = НР
cli-ledger-net = чист. эффект
cli-ledger-te-per-job = НР/место
cli-ledger-yes = да
cli-ledger-no = нет
cli-ledger-totals = { $residents ->
    [one] { $residents } резидент
    [few] { $residents } резидента
    [many] { $residents } резидентов
   *[other] { $residents } резидента
}: занято рабочих мест { $jobs } из { $promised } обещанных; арендная плата { $rent } млн долл. США, уплачено налогов { $taxes } млн долл. США, налоговые расходы { $te } млн долл. США ({ $te_per_job } USD на одно рабочее место на текущий момент); чистый фискальный эффект резидентов с дисконтированием: { $net } млн долл. США (суммы в млн долл. США; «и так»: пришёл бы и без льгот; «раб. места»: занято сейчас (обещано); «чист. эффект»: чистый фискальный эффект с дисконтированием; НР: налоговые расходы)

## parksim sweep, compare, merge
cli-seeds-expected = "{ $text }": зёрна нужно указать в виде A..B, например 1..100
cli-seeds-reversed = "{ $text }": первое зерно больше последнего; нужно указать A..B, где A ≤ B
cli-seeds-too-many = "{ $text }": задано зёрен: { $seeds }; серия прогонов принимает не более { $most } (разделите её на части)
cli-shard-expected = "{ $text }": часть нужно указать в виде K/N, где 0 ≤ K < N, например 0/4
cli-merge-nothing = нет частичных результатов для объединения
cli-merge-different-scenes = частичные результаты относятся к разным сценариям: { $scenes }
cli-merge-different-sweeps = частичные результаты относятся к разным сериям прогонов (у них различаются столбцы или месяцы)
cli-merge-seed-twice = зерно { $seed } встречается в двух частичных результатах или нарушен порядок зёрен: это точно части одной серии прогонов?
cli-merge-cut-short = { $file }: для зерна { $seed } значений { $values }, ожидалось { $expected }: файл обрезан
cli-merge-not-a-number = { $file }: строка { $line }: "{ $cell }" — не число
cli-compare-base = БАЗА
cli-compare-other = ДРУГОЙ

## parksim export
cli-no-origin = в сценарии парк не привязан к местности: добавьте в `park` поле `origin_lat_lon: (ШИРОТА, ДОЛГОТА)` (координаты WGS 84 в градусах для точки x 0 м, y 0 м)
cli-no-utility = нет ресурса "{ $id }"
cli-no-network = у ресурса "{ $id }" в сценарии нет сети
cli-no-water-utility = в сценарии нет ресурса водоснабжения для экспорта
cli-no-water-network = для ресурсов водоснабжения в сценарии ({ $utilities }) не задана сеть; для EPANET нужны трубопроводы
cli-not-water = ресурс "{ $id }" — не водоснабжение; EPANET моделирует только водопроводные сети
cli-not-finite = { $what } не является конечным числом ({ $value }); файл EPANET не записан
cli-what-plot-water = водопотребление участка { $id }
cli-what-link-diameter = диаметр трубы ветви { $id } (рассчитанный по её пропускной способности)
cli-what-link-length = длина ветви { $id }
cli-node-not-finite = координаты узла { $id } не являются конечными числами; файл EPANET не записан
cli-no-wgs84 = для точки парка x { $x } м, y { $y } м не удаётся определить положение в WGS 84 (исходя из origin_lat_lon { $origin })

## --help: что делает каждая команда и каждый параметр
cli-help-usage = Использование
cli-help-commands = Команды
cli-help-arguments = Аргументы
cli-help-options = Параметры
cli-help-help = Показать справку
cli-help-version = Показать версию
cli-help-help-command = Показать это сообщение или справку по указанной команде
cli-help-help-which = Команда, справку по которой нужно показать
cli-help-about = parksim — моделирование площадки и инфраструктуры индустриального парка. Без команды открывает сценарий в планировщике.
cli-help-lang = Язык сообщений и планировщика: en, ru (Русский), tg (Тоҷикӣ) или az (Azərbaycanca). По умолчанию — последний выбор в планировщике, а если его нет — LC_ALL, LC_MESSAGES или LANG.
cli-help-open-scene = Файл сценария, который нужно открыть (по умолчанию: scenes/sumgayit.ron).
cli-help-screenshot = Смоделировать --months месяцев на полной скорости, сохранить изображение окна в этот файл PNG и выйти.
cli-help-screenshot-months = Число месяцев, моделируемых перед снимком экрана.
cli-help-frame-times = Для замеров производительности: программно сдвигать и масштабировать карту в течение заданного числа кадров на паузе и стольких же во время воспроизведения, вывести процессорное время кадра планировщика и выйти.
cli-help-present = Открыть в режиме показа: полный экран, крупный текст, карта, один график и ключевые показатели (выход — F5 или Esc).
cli-help-select = С --screenshot: перед снимком выделить этот участок (по идентификатору).
cli-help-each-tab = С --screenshot: по одному снимку на каждую вкладку панели графиков (FILE-firms.png, …).
cli-help-baseline = Открыть, закрепив этот сценарий как базовый вариант: файл сценария, при необходимости с :PRESET, чтобы применить к нему режим льгот (например, scenes/sumgayit.ron:tajikistan_fez).
cli-help-split-map = С --baseline: открыть с разделённой картой, парк базового варианта — слева.
cli-help-band-seeds = Число зёрен для диапазонов на графиках (по умолчанию 100; от 10 до 1 000).
cli-help-layer = Слой карты при открытии: zones, phase, status (по умолчанию), sector, utility-loading, headroom или rent.
cli-help-sources = Открыть с окном «Источники и допущения» (все значения, которые сценарий помечает как оценки).
cli-help-scene-file = Файл сценария (.ron).
cli-help-run = Смоделировать сценарий помесячно и записать timeseries.csv и summary.json.
cli-help-run-months = Число месяцев моделирования (по умолчанию: simulation.months из сценария).
cli-help-seed = Зерно генератора случайных чисел (по умолчанию: simulation.seed из сценария).
cli-help-out-folder = Папка для результатов; создаётся, если её нет.
cli-help-all-links = Перечислить в networks.csv линии подключения всех участков, даже если в парке более 1 000 участков (тогда перечисляются только источники и ветви между ними и узлами).
cli-help-regime = Моделировать планировку с самого начала при этом режиме льгот вместо режима из сценария (готовый режим из scenes/regimes, например tajikistan_fez).
cli-help-n1 = Таблица N-1: для каждого источника ресурса и каждой ветви сети — сколько останется без снабжения при отказе только этого элемента, при спросе парка в заданном месяце.
cli-help-n1-month = Месяц, спрос которого используется, в формате YYYY-MM (по умолчанию: последний месяц прогона).
cli-help-ledger = Фискальный баланс по каждому резиденту на заданный месяц: обещанные и фактические рабочие места и инвестиции, арендная плата, уплаченные налоги, налоговые расходы по видам льгот и чистый фискальный эффект.
cli-help-ledger-month = Месяц, до которого выполняется прогон, в формате YYYY-MM (по умолчанию: последний месяц прогона).
cli-help-ledger-out = Также записать баланс в этот файл в формате CSV.
cli-help-export = Экспортировать планировку для ГИС (GeoJSON) или водопроводную сеть для гидравлических моделей (EPANET .inp) с состоянием на смоделированный месяц.
cli-help-export-format = geojson (планировка, зоны, участки с атрибутами, сети) или epanet (водопроводная сеть; водопотребление участков задаётся как базовый расход узлов).
cli-help-export-out = Файл для записи.
cli-help-export-month = Смоделированный месяц, состояние которого экспортируется, в формате YYYY-MM (по умолчанию: последний месяц прогона).
cli-help-export-utility = Для epanet: ресурс водоснабжения (по умолчанию: первый, у которого есть сеть).
cli-help-validate = Проверить файлы сценариев; выводит каждую ошибку с номером строки и столбца.
cli-help-validate-scenes = Один или несколько файлов сценариев.
cli-help-validate-sources = С --sources: вместо сводки перечислить все значения и записи, которые сценарий помечает как оценки, по разделам, с их источниками.
cli-help-synth = Записать синтетический парк из N участков (в том же формате) для проверки масштабируемости и замеров производительности.
cli-help-synth-plots = Число участков.
cli-help-synth-out = Файл сценария для записи.
cli-help-synth-seed = Зерно для планировки и для прогонов сценария.
cli-help-synth-networks = Задать каждому ресурсу сеть (магистраль вдоль рядов участков и линию подключения к каждому участку) вместо объединения мощности его источников в масштабах всего парка.
cli-help-sweep = Выполнить параллельно прогоны сценария для множества зёрен и записать помесячно p10, медиану, p90 и среднее по каждому столбцу (bands.csv), показатели каждого зерна на конец прогона (runs.csv) и их медианы с p10–p90 (summary.json).
cli-help-compare = Выполнить прогоны двух вариантов на одних и тех же зёрнах и записать диапазоны их попарной разницы (difference_bands.csv) и таблицу показателей на конец прогона (comparison.csv). Каждый вариант — файл сценария, при необходимости с :PRESET, чтобы применить к нему режим льгот, например scenes/sumgayit.ron:tajikistan_fez.
cli-help-compare-base = Вариант, с которым сравнивают.
cli-help-compare-other = Вариант, который сравнивают с ним.
cli-help-merge = Объединить частичные результаты серии прогонов (или сравнения), разделённой на части: получаются ровно те файлы, которые записала бы одна неразделённая серия (или сравнение).
cli-help-merge-parts = Папки с результатами частей.
cli-help-merge-out = Папка для объединённых результатов; создаётся, если её нет.
cli-help-report = Подготовить раздаточный материал для делегации: один файл HTML, который ничего не загружает извне (карты, графики с диапазонами по зёрнам, фискальный баланс, модель на одной странице, источники и допущения), — для отправки по электронной почте, чтения без подключения к сети и печати на A4.
cli-help-report-scene = Сценарий (scenes/NAME.ron), при необходимости с :PRESET, чтобы применить к нему готовый режим.
cli-help-report-compare = Второй вариант на тех же зёрнах: другой сценарий (можно с :PRESET) или :PRESET — тот же сценарий при другом режиме; оба варианта показываются на каждом графике, а их попарные разницы сводятся в таблицу.
cli-help-report-map-months = Месяцы, которые показывают карты, через запятую (YYYY-MM,…); по умолчанию: месяц на трети прогона, на двух третях и последний месяц.
cli-help-report-out = Файл HTML для записи (заменяется целиком: сначала записывается во временный файл, затем переименовывается).
cli-help-report-png = Также записать каждый график отдельным файлом PNG в эту папку — для слайдов.
cli-help-tour = Провести экскурсию (tours/*.ron) в планировщике в режиме показа: Page Down или → — следующий шаг, Page Up или ← — назад, Esc — выход из экскурсии.
cli-help-tour-file = Файл экскурсии (с программой поставляются tours/sumgayit_2011_2025.ron и tours/two_regimes.ron).
cli-help-tour-check = Показать каждый шаг вперёд и назад, проверить, что при возврате каждый выглядит в точности как при первом показе, и выйти (для тестов).
cli-help-tour-screenshot = Вместе с проверкой: снимок каждого шага рядом с этим файлом (FILE-01-ID.png, …).
cli-help-seeds = Зёрна, включая первое и последнее (при сравнении на каждом зерне выполняются прогоны обоих вариантов).
cli-help-runs-months = Число месяцев моделирования (по умолчанию: simulation.months из сценария; для compare — из сценария BASE).
cli-help-jobs = Число потоков (по умолчанию: по одному на ядро). Файлы получаются одинаковыми при любом числе потоков.
cli-help-shard = Выполнить только K-ю из N частей набора зёрен (K отсчитывается от 0, как номера задач в массиве заданий Slurm) и записать её частичный результат для parksim merge.
cli-months-without-screenshot = --months без команды используется только вместе с --screenshot; чтобы выполнить прогон сценария без графического интерфейса, используйте `parksim run SCENE --months N`
cli-wrote-handout = Записан раздаточный материал: { $file } ({ $kb } КБ)
cli-wrote-png = В папку { $folder } записано в формате PNG: { $count ->
    [one] { $count } график
    [few] { $count } графика
    [many] { $count } графиков
   *[other] { $count } графика
}
cli-report-bad-month = "{ $text }" — не месяц прогона: укажите месяц в формате YYYY-MM, от { $start } до { $end }
cli-report-failed = Не удалось сформировать раздаточный материал: { $reason }
cli-report-different-runs = { $base } и { $other } рассчитываются на разные месяцы (у них разные начало или длительность): сравнить их помесячно нельзя
cli-tour-no-planner = Экскурсия "{ $tour }" ({ $steps ->
    [one] { $steps } шаг
    [few] { $steps } шага
    [many] { $steps } шагов
   *[other] { $steps } шага
}) составлена без ошибок, но показать её нельзя: в этой сборке нет планировщика (она собрана без функции `gui`).
cli-no-planner-flags = в этой сборке нет планировщика (она собрана без функции `gui`), поэтому снимки экрана, замеры времени кадров и режим показа недоступны

## parksim calibrate: подбор параметров сценария и ретроспективная проверка
cli-help-calibrate = Подобрать параметры сценария по его наблюдаемым точкам до заданного месяца включительно (метод Nelder–Mead, одни и те же зёрна для каждого варианта параметров) и оценить каждую точку после этого месяца: ретроспективная проверка.
cli-help-calibrate-fit = Параметры для подбора, через запятую: park_appeal (значения всех отраслей сдвигаются вместе), park_appeal:SECTOR, rent_sensitivity, prospects_per_year:SECTOR, dormant_share.
cli-help-calibrate-until = Подбирать по наблюдаемым точкам до этого месяца включительно, в формате YYYY-MM (по умолчанию — по всем точкам); более поздние точки используются для ретроспективной проверки.
cli-help-calibrate-on = Подбирать только по этим видам наблюдаемых точек, через запятую: registered, operating, investment, portfolio, jobs, land_let, land_free, output (по умолчанию: по всем); остальные оцениваются вместе с точками после --until.
cli-help-calibrate-seeds = Зёрна, на которых рассчитывается каждый вариант параметров: от 1 до N (по умолчанию 20); критерий подбора — средняя относительная ошибка медиан по этим зёрнам.
cli-help-calibrate-iterations = Наибольшее число итераций метода Nelder–Mead (по умолчанию 60).
cli-help-calibrate-out = Записать сценарий с подобранными параметрами в этот файл.
cli-calibrate-heading = Параметры подобраны по { $points ->
    [one] { $points } наблюдаемой точке
    [few] { $points } наблюдаемым точкам
    [many] { $points } наблюдаемым точкам
   *[other] { $points } наблюдаемым точкам
} до { $until }, на зёрнах от 1 до { $seeds } (рассчитано вариантов параметров: { $candidates }):
cli-calibrate-value = { $parameter }: { $from } → { $to }
cli-calibrate-point = { $month }  { $column }: наблюдаемое значение { $observed }, медиана { $median }, ошибка { $error } %
cli-calibrate-in-sample = На точках подбора (по которым подбирались параметры): средняя ошибка { $error } %
cli-calibrate-out-of-sample = Не использованы при подборе (после этого месяца или другого вида): средняя ошибка { $error } %
cli-calibrate-none-after = Вне выборки: после этого месяца наблюдаемых точек нет.
cli-calibrate-no-points = в сценарии нет наблюдаемых точек до этого месяца, по которым можно подобрать параметры
cli-calibrate-no-sector = нет отрасли "{ $sector }" с потоком потенциальных резидентов; такие отрасли: { $sectors }
cli-calibrate-bad-parameter = "{ $text }" — не параметр для подбора; выберите из: park_appeal, park_appeal:SECTOR, rent_sensitivity, prospects_per_year:SECTOR, dormant_share
cli-calibrate-bad-kind = «{ $text }» — не вид наблюдаемой точки; выберите из: { $kinds }
cli-calibrate-source = подобрано командой parksim calibrate по наблюдаемым точкам до { $until } на { $seeds ->
    [one] { $seeds } зерне
    [few] { $seeds } зёрнах
    [many] { $seeds } зёрнах
   *[other] { $seeds } зёрнах
}

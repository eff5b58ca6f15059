# Файлы сценариев parksim — русский (ru): сообщения проверки файла сценария.
# Каждое сообщение выводится после файла, строки и столбца, к которым оно относится, например
# "park.ron:12:5: участок "P01" налагается на участок "P02"; участки не должны налагаться друг на друга".
# Не переводятся, остаются как в файле: имена полей (`{ $key }`, `{ $field }`,
# имена разделов, например park или demand), идентификаторы и названия (в кавычках), месяцы
# (YYYY-MM) и типы зон (Industrial, GreenBuffer, ...). Числа приходят отформатированными.

## Чтение файла
scene-no-such-file = файл не найден
scene-permission-denied = не удаётся прочитать файл: нет прав доступа
scene-is-folder = это папка, а не файл сценария
scene-cannot-read = не удаётся прочитать файл: { $reason }
scene-not-utf8 = это не файл сценария: текст не в кодировке UTF-8 (двоичный байт по смещению { $offset }); ожидается текстовый файл RON
scene-not-regular-file = это не файл сценария: это канал, устройство или другой специальный файл, чтение которого может не закончиться; ожидается текстовый файл RON, сохранённый на диске
# $size и $limit приходят с единицей, например "300 MiB", "256 MiB".
scene-too-large = размер файла { $size } — больше допустимых для файла сценария { $limit } (парк из 100 000 участков занимает около 23 МБ); ожидается файл сценария

## Синтаксис: файл не является сценарием в формате RON
scene-file-empty = файл пуст; ожидается сценарий: (park: (...), plots: [...], ...)
scene-truncated = файл обрывается слишком рано (обрезан?); ожидается продолжение сценария
# $place — scene-field-in или пусто; $hint — scene-did-you-mean-field или пусто;
# $expected — перечень имён полей, например "id, zone, shape".
scene-unknown-field = неизвестное поле `{ $field }`{ $place }{ $hint } (допустимые поля: { $expected })
scene-missing-field = отсутствует поле `{ $field }`{ $place }
# Где поле отсутствует или неизвестно: запись, например " в записи plot" (с пробелом в начале).
scene-field-in = {" "}в записи { $record }
scene-did-you-mean-field = ; возможно, имелось в виду `{ $field }`?
scene-expected-comma = между двумя элементами ожидается запятая `,` (не пропущена ли она в конце предыдущей строки?)
scene-expected-whole-number = здесь ожидается целое число
scene-expected-number = здесь ожидается число
scene-expected-text = здесь ожидается текст в двойных кавычках, например "P01"
scene-expected-boolean = здесь ожидается `true` или `false`
scene-expected-list = здесь ожидается список в квадратных скобках `[ ... ]`
scene-expected-list-end = ожидается `]`, закрывающая список, или запятая перед следующим элементом
scene-expected-record = здесь ожидается запись в круглых скобках `( ... )`
scene-expected-record-end = ожидается `)`, закрывающая запись, или запятая перед следующим полем
scene-inconsistent = сценарий внутренне противоречив

## Виды объектов с идентификаторами ($kind в сообщениях ниже)
scene-kind-zone = зона
scene-kind-phase = очередь
scene-kind-rent-schedule = график арендной платы
scene-kind-plot = участок
scene-kind-utility = ресурс
scene-kind-source = источник ресурса
scene-kind-sector = отрасль
scene-kind-archetype = архетип
scene-kind-anchor = заданный резидент

## Объект, к которому относится сообщение ($owner в сообщениях ниже)
scene-owner-road = дорога "{ $id }"
scene-owner-rail = железнодорожная линия "{ $id }"
scene-owner-zone = зона "{ $id }"
scene-owner-phase = очередь "{ $id }"
scene-owner-rent-schedule = график арендной платы "{ $id }"
scene-owner-plot = участок "{ $id }"
scene-owner-utility = ресурс "{ $id }"
scene-owner-source = источник "{ $id }"
scene-owner-archetype = архетип "{ $id }"
scene-owner-anchor = заданный резидент "{ $id }"
scene-owner-arrivals = поток потенциальных резидентов отрасли "{ $id }"
scene-owner-regime = режим "{ $name }"

## Идентификаторы и ссылки
scene-empty-id = { $kind }: пустой идентификатор
scene-duplicate-id = { $kind }: повторяющийся идентификатор "{ $id }"; у каждого объекта вида «{ $kind }» должен быть свой идентификатор
# $hint — scene-did-you-mean-id или пусто.
scene-not-defined = { $owner } ссылается на неопределённый объект "{ $id }" (вид: { $kind }){ $hint }
scene-did-you-mean-id = ; возможно, имелось в виду "{ $id }"?
scene-serves-not-defined = { $owner } обслуживает неопределённый объект "{ $id }" (вид: { $kind })

## Списки, необходимые сценарию ($key — имя поля списка)
scene-empty-zones = `{ $key }` пуст; в сценарии нужна хотя бы одна зона
scene-empty-rent-schedules = `{ $key }` пуст; в сценарии нужен хотя бы один график арендной платы
scene-empty-plots = `{ $key }` пуст; в сценарии нужен хотя бы один участок
scene-empty-sectors = `{ $key }` пуст; в сценарии нужна хотя бы одна отрасль
scene-empty-archetypes = `{ $key }` пуст; в сценарии нужен хотя бы один архетип предприятия
scene-empty-regimes = `{ $key }` пуст; в сценарии нужен хотя бы один режим льгот (он может не давать никаких освобождений)

## Числа и месяцы
scene-number-nan = { $owner }: `{ $key }` — не число (NaN)
scene-number-infinite = { $owner }: `{ $key }` — бесконечность
scene-number-negative = { $owner }: `{ $key }` = { $value }; значение не может быть отрицательным
scene-number-out-of-range = { $owner }: `{ $key }` = { $value }; ожидается значение от { $min } до { $max }
scene-bad-month = { $owner }: `{ $key }` = "{ $text }"; ожидается месяц в формате "YYYY-MM", например "2013-10"
scene-zero-months = { $owner }: `{ $key }` = 0; требуется не менее 1 месяца
scene-months-out-of-range = { $owner }: `{ $key }` = { $value } мес.; допустимо от { $min } до { $max } мес. (1000 лет — столько допускает параметр командной строки --months)

## Формы: граница парка, зоны, участки, линии
scene-too-few-points = { $owner }: в `{ $key }` точек: { $count }; требуется не менее { $min }
scene-coordinate-not-finite = { $owner }: в `{ $key }` есть координата, не являющаяся конечным числом метров
scene-coordinate-too-far = { $owner }: в `{ $key }` есть координата дальше { $max } м от начала координат парка (0, 0); ожидаются метры в собственной системе координат парка
scene-no-area = { $owner }: `{ $key }` не ограничивает никакой площади
scene-crosses-itself = { $owner }: `{ $key }` самопересекается; ожидается простой контур
scene-gross-area = { $owner }: в `{ $key }` указано { $stated } га, а граница охватывает { $drawn } га; расхождение должно быть не более 5 %
scene-zone-outside = { $owner } выходит за границу парка
scene-phase-order = { $owner }: открывается { $opens }, раньше очереди, указанной выше ({ $previous }); очереди перечисляются в порядке открытия
scene-phase-area-beyond = { $owner }: в `park_area_ha` указано { $stated } га, а граница с уже добавленными расширениями охватывает { $drawn } га; очередь, добавляющая землю, задаёт её в `extension_m`
scene-plot-phase-before-zone = { $owner } относится к очереди "{ $phase }", которая открывается раньше очереди его зоны "{ $zone_phase }"; участок нельзя сдать до того, как освобождена его зона
scene-anchor-before-phase = { $owner }: регистрация { $registered } на участке "{ $plot }", чья очередь "{ $phase }" открывается только { $opens }; участок нельзя сдать до открытия его очереди
scene-bad-rect = { $owner }: для Rect нужны конечные x_m и y_m и положительные width_m и height_m (в метрах)
scene-plot-outside = { $owner } лежит (частично) за границей парка
scene-plot-outside-zone = { $owner } не находится внутри своей зоны "{ $zone }"
scene-overlap = участок "{ $plot }" налагается на участок "{ $other }"; участки не должны налагаться друг на друга
# После первых наложений, перечисленных по одному: сколько пар ещё и сколько всего.
scene-overlap-more = … и ещё наложений участков: { $count } (всего пар: { $total }); участки не должны налагаться друг на друга

## Ресурсы
scene-no-sources = { $owner }: нет источников; требуется хотя бы один

## Архетипы
scene-construction-range = { $owner }: в `{ $key }` min { $min } больше max { $max }
scene-no-zone-kinds = { $owner }: `{ $key }` пуст; ожидаются типы зон, где возможно размещение, например [Industrial]

## Заданные резиденты (anchors)
scene-dates-out-of-order = { $owner }: начало работы { $operating } раньше регистрации { $registered }; нарушен порядок дат
scene-registered-before-start = { $owner }: регистрация { $registered } раньше начала моделирования ({ $start })
scene-plot-claimed-twice = { $owner } и заданный резидент "{ $other }" претендуют на один и тот же участок "{ $plot }"; на участке размещается только одно предприятие
scene-plot-too-small = { $owner }: требуется { $need } га, а площадь участка "{ $plot }" — { $have } га
scene-wrong-zone-kind = { $owner }: архетип "{ $archetype }" не может размещаться в зоне типа { $kind } (участок "{ $plot }")

## Спрос
scene-arrivals-twice = для отрасли "{ $sector }" задано больше одной записи в arrivals
scene-arrivals-no-archetype = { $owner }: потенциальные резиденты поступают, но у отрасли нет архетипа с долей больше 0

## Режимы льгот
scene-regime-order = { $owner }: начало { $from } не позже начала предыдущего режима ({ $previous }); режимы должны идти в порядке дат
scene-first-regime-late = первый режим начинается { $from }, а моделирование — { $start }; режим должен действовать с самого начала (он может не давать никаких освобождений)

## Инженерные сети
scene-kind-link = ветвь
scene-kind-network-end = источник, узел или участок
scene-owner-link = ветвь "{ $id }"
scene-owner-junction = узел "{ $id }"
scene-network-twice = у ресурса "{ $utility }" вторая сеть; у каждого ресурса должна быть одна сеть
scene-junction-id-taken = у узла "{ $id }" идентификатор источника или участка; задайте ему собственный идентификатор
scene-link-loop = ветвь "{ $id }" начинается и заканчивается в одной точке; ожидаются два разных конца
scene-network-unreached = сеть ресурса "{ $utility }" не доходит до { $count ->
    [one] { $count } участка, который обслуживают её источники ({ $plots }); соедините его с узлом или источником
    [few] { $count } участков, которые обслуживают её источники (в их числе { $plots }); соедините их с узлом или источником
    [many] { $count } участков, которые обслуживают её источники (в их числе { $plots }); соедините их с узлом или источником
   *[other] { $count } участка, которые обслуживают её источники (в их числе { $plots }); соедините их с узлом или источником
}
scene-origin-out-of-range = park: `origin_lat_lon` = ({ $lat }, { $lon }); ожидается (широта от -90 до 90, долгота от -180 до 180) в градусах
scene-voltage-not-power = { $owner }: `voltage_kv` относится только к электроэнергии; удалите его здесь
scene-voltage-missing = { $owner } входит в электрическую сеть, но `voltage_kv` не указан; требуется номинальное напряжение, например voltage_kv: 35
scene-link-voltage-mismatch = ветвь "{ $id }" соединяет { $from } кВ и { $to } кВ; ветвь между двумя уровнями напряжения должна быть помечена transformer: true
scene-transformer-one-level = ветвь "{ $id }" помечена как трансформатор, но не соединяет два разных уровня напряжения
scene-transformer-not-power = ветвь "{ $id }" помечена как трансформатор, а трансформаторы бывают только в электрической сети
scene-failures-pair = { $owner }: для случайных отказов укажите и `mtbf_years`, и `repair_hours` — или ни одного из них

## Правила работы: ограничение отпуска, отключения, связи поставок, расширения
scene-priority-zero = { $owner }: приоритет 0; приоритеты начинаются с 1 (обслуживается первым)
scene-asset-not-defined = { $owner }: для этого ресурса нет источника или ветви сети "{ $id }"{ $hint }
scene-kind-outside-supplier = внешний поставщик
scene-bad-day = { $owner }: "{ $text }" — не дата; ожидается "YYYY-MM-DD", например "2025-07-12"
scene-supplier-not-defined = связь поставок: поставщик "{ $id }" не является ни заданным резидентом (anchors), ни внешним поставщиком (outside_suppliers)
scene-coupling-self = связь поставок: "{ $id }" не может снабжать сам себя
scene-coupling-cycle = связи поставок образуют замкнутый круг через "{ $id }"; поставки сырья и пара не должны возвращаться к своему поставщику
scene-kind-expansion = расширение
scene-owner-expansion = расширение "{ $id }"
scene-trigger-bad = { $owner }: для условия по загрузке нужны above_pct больше 0 и не более 10 000 % и months от 1 до 12 000
scene-unknown-preset = нет готового режима "{ $id }"; имеются: { $known }
scene-preset-and-exemptions = { $owner }: указаны и готовый режим, и перечень освобождений; укажите что-то одно
scene-regime-no-name = у режима с { $from } нет ни названия, ни готового режима
scene-range-order = { $owner }: `{ $key }` идёт от большего значения к меньшему; укажите (нижнее, верхнее)
scene-exit-before-downsize = { $owner }: `exit_after_months` меньше, чем `downsize_after_months`; резидент сначала сокращает производство и лишь затем уходит

## Файлы экскурсий (tours/*.ron): каждый шаг проверяется по сценарию экскурсии.
tour-kind-step = шаг
tour-owner-step = шаг "{ $id }"
tour-no-steps = в экскурсии нет ни одного шага
tour-scene-invalid = не удаётся открыть сценарий экскурсии "{ $scene }" ({ $errors } { $errors ->
    [one] ошибка
    [few] ошибки
    [many] ошибок
   *[other] ошибки
}; первая: { $first })
tour-month-outside = { $owner } показывает { $month }, вне прогона сценария (с { $start } по { $end })
tour-bad-month = { $owner }: "{ $text }" — не месяц; укажите его в формате YYYY-MM
tour-select-plot-or-source = { $owner } выделяет объект, для которого нет панели сведений; выделите Plot("…") или Source("…")
tour-bad-layer = { $owner }: "{ $layer }" — не слой карты; слои: { $layers }
tour-bad-tab = { $owner }: "{ $tab }" — не вкладка; вкладки: { $tabs }
tour-bad-area = { $owner }: область Area задаётся как (запад, юг, восток, север) в метрах, восток больше запада, север больше юга
tour-bad-networks = { $owner }: "{ $networks }" — не инженерная служба сценария (для всех сетей напишите "all"){ $hint }
tour-no-english = { $owner }: нет подписи на английском языке ("en"), а она нужна каждому шагу
tour-unknown-language = { $owner }: подпись на языке "{ $language }", которого нет в планировщике (есть: { $languages })
tour-bad-advance = { $owner }: переход к следующему шагу через { $seconds } { $seconds ->
    [one] секунду
    [few] секунды
    [many] секунд
   *[other] секунды
}; допустимо от 1 до { $most } с
tour-not-defined = { $owner } ссылается на объект "{ $id }" (вид: { $kind }), которого нет в сценарии{ $hint }
tour-bad-preset = { $owner }: нет готового режима "{ $preset }"; имеются: { $presets }
tour-baseline-invalid = { $owner }: не удаётся открыть сценарий базового варианта "{ $scene }" ({ $first })

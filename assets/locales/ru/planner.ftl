# Планировщик parksim — русский (ru). Запасной язык — en-US.
# Идентификаторы сгруппированы по месту появления. Числа приходят уже отформатированными
# (например, «12.5»), перевод лишь расставляет слова вокруг них. Единицы: га, МВт, м³/ч, AZN, USD.
# Месяцы ($month, $from, $start, $end) приходят названием в именительном падеже
# («ноябрь 2021 г.»): ставьте их после двоеточия или после «на», но не после «в», «с», «до».

## Верхняя панель: управление временем
time-before = до начала ({ $month })
time-month = Месяц: { $month }
time-play = ▶ Пуск
time-pause = ⏸ Пауза
time-step = На месяц вперёд
time-speed = Скорость:
time-jump-to = Перейти к (YYYY-MM):
time-go = Перейти
time-run-ends = Конец прогона: { $month }
time-scrub-hint = Перетащите к любому месяцу прогона, назад или вперёд: при переходе назад парк моделируется заново с начала с тем же зерном, поэтому каждый месяц будет таким же, как был.
speed-fastest = максимально быстро
speed-months-per-second = { $months ->
    [one] { $months } месяц в секунду
    [few] { $months } месяца в секунду
    [many] { $months } месяцев в секунду
   *[other] { $months } месяца в секунду
}
msg-before-start = { $month } — раньше начала прогона ({ $start }).
msg-after-end = { $month } — позже окончания прогона ({ $end }).
msg-month-format = Укажите месяц в формате YYYY-MM, например 2018-06.
status-idle = Нажмите F1, чтобы увидеть сочетания клавиш.

## Левая панель: слои, легенда, сводка по парку
panel-map-layer = Слой карты
panel-legend = Легенда
panel-fit = Вписать парк в окно
panel-map-hint = Перетаскивание сдвигает карту, колесо мыши меняет масштаб; щёлкните участок или источник ресурса, чтобы просмотреть сведения.
panel-park-now = Парк сейчас
now-firms = { $registered ->
    [one] { $registered } резидент зарегистрирован
    [few] { $registered } резидента зарегистрировано
    [many] { $registered } резидентов зарегистрировано
   *[other] { $registered } резидента зарегистрировано
}, в работе: { $operating }
now-let = Сдано { $let_ha } из { $total_ha } га ({ $pct } %)
now-jobs = Постоянных рабочих мест: { $jobs }
now-power = Электроэнергия: { $demand } МВт из { $capacity } МВт

layer-zone = Зоны
layer-phase = Очередь (когда открывается земля)
layer-status = Статус участков
layer-sector = Отрасль резидента
layer-utility-loading = Загрузка сетей
layer-rent = Аренда за гектар

legend-no-resident = Нет резидента
legend-phase-start = Открыт с самого начала
legend-phase = { $phase }; открытие: { $month }
legend-phase-not-open = Бледнее: ещё не открыт
legend-not-yet-open = Ещё не открыт (его очередь откроется позже)
legend-loading-0 = Использовано 0 % мощности
legend-loading-50 = 50 %
legend-loading-100 = 100 % и более (дефицит)
legend-rent = { $rent } { $currency } за га в год

status-free = Свободен
status-reserved = Зарезервирован за заданным резидентом
status-under-construction = Строится
status-dormant = Зарегистрирован, не строится
status-operating = Работает

zone-industrial = Промышленная
zone-social = Социальная
zone-logistics = Логистическая
zone-utility = Инженерная
zone-green-buffer = Зелёная буферная

utility-power = Электроэнергия
utility-gas = Природный газ
utility-water = Вода
utility-wastewater = Водоотведение
utility-steam = Пар

## Панель сведений
panel-inspector = Сведения
panel-inspector-hint = Щёлкните на карте участок или источник ресурса.
fact-plot = Участок
fact-area = Площадь
fact-zone = Зона
fact-phase = Очередь
phase-of-zone = Очередь его зоны
fact-zone-kind = Тип
fact-zone-plots = Участки в зоне
value-zone-plots = { $plots ->
    [one] { $plots } участок
    [few] { $plots } участка
    [many] { $plots } участков
   *[other] { $plots } участка
}, { $ha } га
zone-kind-heading = Тип зоны
zone-redraw = Перерисовать контур на карте
zone-redraw-hint = Щёлкайте на карте углы нового контура; чтобы завершить, щёлкните первый угол ещё раз или нажмите Enter. Участки зоны должны остаться внутри контура.
zone-delete = Удалить зону
zone-delete-hint = Зону можно удалить, когда в ней не останется участков.
fact-serviced = Подключён к сетям
fact-rent = Арендная плата
fact-status = Статус
fact-reserved-for = Зарезервирован за
fact-resident = Резидент
fact-kind = Тип
fact-registered = Регистрация
fact-first-output = Начало выпуска
fact-full-output = Выход на проектную мощность
fact-stage = Стадия
fact-jobs = Рабочие места
fact-investment = Инвестиции
fact-output-month = Выпуск за месяц
fact-utilities-delivered = Поставлено ресурсов
fact-rent-paid = Уплачено аренды, всего
fact-taxes-paid = Уплачено налогов, всего
fact-incentives-received = Получено льгот, всего
fact-of-which = { "  " }в т. ч. { $line }
yes = да
no = нет
value-ha = { $ha } га
value-million-usd = { $amount } млн долл. США
value-rent-per-year = { $rent } { $currency } в год ({ $usd } USD)
value-reserved-for = { $name } (регистрация: { $month })
value-ramping-up = Выход на проектную мощность ({ $pct } % мощности)
value-not-building = нет: зарегистрирован, не строится
value-jobs-of = постоянных: { $now } из { $promised }
value-x-of-y = { $x } из { $y }
value-pct-of-needs = { $pct } % потребности
value-pct-of-needs-short = { $pct } % потребности: не хватает ресурса «{ $utility }»
value-utility-need = потребность { $need } { $unit } при полной мощности; сеть: { $demand } из { $capacity } { $unit }

ledger-profit-tax = налог на прибыль
ledger-property-tax = налог на имущество
ledger-land-tax = земельный налог
ledger-import-vat = НДС на ввозимое оборудование
ledger-import-duty = таможенная пошлина на ввозимое оборудование
ledger-utility-refund = возмещение оплаты коммунальных услуг

plot-tooltip-title = Участок { $id }
plot-tooltip-area = { $ha } га, { $zone }

## Графики
chart-firms = Резиденты
chart-occupancy = Заполняемость
chart-jobs = Рабочие места
chart-investment = Инвестиции
chart-utilities = Инженерные сети
chart-fiscal = Бюджет
unit-firms = предприятий
unit-pct-plot-area = % площади участков
unit-permanent-jobs = постоянных рабочих мест
unit-million-usd = млн долл. США
unit-million-usd-cum = млн долл. США, нарастающим итогом
unit-pct-capacity = % мощности
unit-mw = МВт
unit-m3-per-hour = м³/ч
unit-t-per-hour = т/ч
series-registered = Зарегистрировано
series-operating = Работают
series-occupancy = Заполняемость
series-jobs = Рабочие места
series-investment-cum = Инвестиции, нарастающим итогом
series-investment-portfolio = Инвестиции, заявленные зарегистрированными резидентами
series-utility-demand = { $utility }: час пик, % мощности ({ $unit })
series-taxes-paid = Уплаченные налоги
series-tax-expenditure = Налоговые расходы
series-rent = Арендная плата
series-infrastructure = Государственная инфраструктура (расширение сетей, подготовка площадок)

## Сценарий: файлы, отмена, зерно, граница
scene-heading = Сценарий
scene-undo = Отменить
scene-redo = Повторить
scene-unsaved = есть несохранённые изменения
scene-save-as = Сохранить как:
scene-save = Сохранить
scene-open-label = Открыть:
scene-open = Открыть
scene-save-first = Сначала сохраните (или отмените) изменения
scene-new-park = Новый парк
scene-new-park-hint = Пустой парк на основе { $template } — для разметки и сохранения
scene-site = Площадка:
scene-set-boundary = Задать границу
scene-set-boundary-hint = Прямоугольная площадка от точки (0, 0); участки должны оставаться внутри неё
scene-seed = Зерно:
scene-restart-seed = Перезапустить с этим зерном
suffix-m = { " " }м
suffix-m-wide = { " " }м в ширину
suffix-m-deep = { " " }м в глубину
msg-opened = Открыт { $path }
msg-opened-built-in = Открыт { $path }, встроенный в parksim
msg-saved = Сохранён { $path }

save-note-new-name = Сохранение запишет { $new }: запись поверх { $file } привела бы к потере: { $lost }.
save-note-built-in = { $file } встроен в parksim (такого файла здесь нет): кнопка «Сохранить» запишет ваш парк в { $new } в этой папке.
save-no-path = Укажите файл для сохранения (например, scenes/my-park.ron).
save-loss-comments = { $comments ->
    [one] { $comments } строка комментария
    [few] { $comments } строки комментариев
    [many] { $comments } строк комментариев
   *[other] { $comments } строки комментариев
}
save-loss-layout = собственное оформление файла (переносы строк, отступы, написание значений, явно указанные значения по умолчанию)
save-loss-two = { $first } и { $second }
save-loss-not-a-scene = всё содержимое ({ $lines ->
    [one] { $lines } строка
    [few] { $lines } строки
    [many] { $lines } строк
   *[other] { $lines } строки
}): это не файл сценария
overwrite-title = Перезаписать { $file }?
overwrite-loses = При записи поверх { $file } будет потеряно: { $lost }. Планировщик записывает значения сценария, но не комментарии файла (источники, примечания) и не его оформление.
overwrite-other-file = { $file } — не тот файл, из которого открыт этот сценарий: сохранение заменит его содержимое.
overwrite-lose = Перезаписать с потерей
overwrite-replace = Заменить
overwrite-save-instead = Сохранить как { $new }
overwrite-cancel = Отмена

quit-title = Несохранённые изменения
quit-question = В сценарии есть несохранённые изменения.
quit-save = Сохранить и выйти
quit-discard = Выйти без сохранения
quit-cancel = Отмена

## Параметры
params-incentives = Льготы и спрос
params-regime = { $name } (начало: { $from })
suffix-exemption-years = { " " }г. освобождения
params-rent = Аренда "{ $schedule }", { $currency } в год
prefix-first-ha = первый га{ " " }
prefix-further-ha = следующие га{ " " }
params-arrivals = { $sector }: потенциальных резидентов в год
params-sources = Источники ресурсов
params-phases = Очереди освоения земли
params-phase-opens = Открытие (год, месяц):
params-add-source = Добавить источник: { $utility }
params-new-source-name = { $utility }: новый источник { $n }

## Добавление и изменение участков
add-plot-heading = Добавить участок
prefix-west-edge = западная граница x{ " " }
prefix-south-edge = южная граница y{ " " }
prefix-width = ширина{ " " }
prefix-depth = глубина{ " " }
add-plot-button = Добавить участок
edit-heading = Изменить участок
edit-move-10m = Сдвинуть на 10 м:
edit-west = на запад
edit-east = на восток
edit-north = на север
edit-south = на юг
edit-resize = Изменить размер
edit-split-side = Разделить по ширине
edit-split-across = Разделить по глубине
edit-delete = Удалить
edit-place-firm = Разместить здесь заданное предприятие:
edit-firm-name = название
edit-archetype = { $name } ({ $ha } га)
edit-registers = регистрация
edit-place = Разместить

## Почему изменение отклонено; сохранение
edit-not-possible = Невозможно: { $reasons }
edit-no-plot = нет участка "{ $id }"
edit-no-zone = нет зоны "{ $id }"
edit-zone-has-plots = в зоне "{ $id }" ещё { $plots ->
    [one] есть { $plots } участок
    [few] есть { $plots } участка
    [many] есть { $plots } участков
   *[other] есть { $plots } участка
}: сначала перенесите или удалите участки
edit-no-source = нет источника "{ $id }"
edit-no-utility = нет ресурса "{ $id }"
edit-no-sector = для отрасли "{ $id }" потенциальные резиденты не поступают
edit-no-regime = нет режима с номером { $n }
edit-no-rent = нет графика арендной платы "{ $id }"
edit-no-phase = нет очереди "{ $id }"
edit-polygon-plot = участок "{ $id }" — многоугольник; здесь можно менять размер и делить только прямоугольные участки
edit-holds-resident = на участке "{ $id }" размещён заданный резидент { $name }; сначала уберите его
edit-cannot-split = на участке "{ $id }" размещён заданный резидент; участок нельзя разделить
edit-cannot-write = не удаётся записать сценарий: { $reason }
edit-cannot-save = не удаётся сохранить { $path }: { $reason }

## Клавиатура и мышь (F1)
help-title = Клавиатура и мышь
key-space = Пробел
key-right = Стрелка вправо
key-up = Стрелка вверх
key-plus-minus = + / -
key-f = F
key-drag = Перетаскивание мышью
key-wheel = Колесо мыши
key-ctrl-z = Ctrl+Z
key-ctrl-shift-z = Ctrl+Shift+Z
key-ctrl-s = Ctrl+S
key-f1 = F1
key-ctrl-plus-minus = Ctrl+= / Ctrl+-
key-ctrl-0 = Ctrl+0
help-play-pause = пуск или пауза
help-step-month = на месяц вперёд
help-step-year = на год вперёд
help-speed = быстрее / медленнее
help-fit = вписать парк в окно
help-pan = сдвинуть карту
help-zoom = масштаб относительно курсора
help-undo = отменить последнее изменение
help-redo = повторить
help-save = сохранить сценарий
help-help = показать или скрыть эту справку
help-text-size = крупнее / мельче текст
help-text-size-normal = обычный размер текста

## Изображения для отчётов (вывод в терминал)
msg-screenshot-saved = Окно планировщика сохранено в { $path }
msg-screenshot-failed = ошибка: не удаётся сохранить снимок экрана в { $path }: { $reason }
msg-screenshot-no-plot = предупреждение: в сценарии нет участка { $id } для выделения; снимок сделан без выделения.

## Инструменты мыши
panel-tool = Инструмент мыши
tool-inspect = Просмотр
tool-move = Перемещение
tool-draw-plot = Новый участок
tool-draw-zone = Новая зона
tool-draw-boundary = Граница
tool-inspect-hint = Щёлкните участок или источник ресурса, чтобы просмотреть сведения; перетаскивание сдвигает карту.
tool-move-hint = Перетащите источник ресурса, участок или зону вместе с её участками, чтобы переместить; перетаскивание вне зон сдвигает карту.
tool-draw-plot-hint = Растяните прямоугольник, чтобы добавить участок в зону, выбранную в разделе «Добавить участок».
tool-draw-zone-hint = Растяните прямоугольник, чтобы добавить зону; щёлкните её, чтобы задать тип, перерисовать контур или удалить.
zone-new-name = Зона { $id }
tool-redrawing-zone = Новый контур зоны { $zone }
tool-draw-boundary-hint = Щёлкайте углы площадки по порядку; чтобы замкнуть границу, щёлкните первый угол ещё раз (или нажмите Enter).
tool-corners = { $n ->
    [one] поставлен { $n } угол
    [few] поставлено { $n } угла
    [many] поставлено { $n } углов
   *[other] поставлено { $n } угла
}
tool-finish = Замкнуть границу
tool-cancel = Отмена
key-click = Щелчок
key-i = I
key-m = M
key-p = P
key-z = Z
key-b = B
key-enter = Enter
key-backspace = Backspace
key-esc = Esc
help-inspect = выбрать участок или источник ресурса
help-tool-inspect = инструмент «Просмотр» (щелчок выбирает, перетаскивание сдвигает карту)
help-tool-move = инструмент «Перемещение»: перетаскивание участков и источников
help-tool-draw-plot = инструмент «Новый участок»: растянуть прямоугольник
help-tool-draw-zone = инструмент «Новая зона»: растянуть прямоугольник
help-tool-draw-boundary = инструмент «Граница»: граница площадки по углам
help-finish-boundary = замкнуть рисуемую границу
help-undo-corner = убрать последний поставленный угол
help-cancel = прекратить рисование и вернуться к просмотру

## Источники ресурсов на карте и в сведениях
panel-sources = Источники ресурсов
fact-source = Источник
fact-utility = Ресурс
fact-capacity = Мощность
fact-in-service = Ввод в эксплуатацию
fact-built-by = Построил и владеет
fact-serves = Обслуживает
fact-plots-served = Охваченные участки
fact-location = Расположение
fact-network-now = Сеть сейчас
fact-shortage = Дефицит
source-serves-all = все участки
source-serves-listed = перечисленные участки
source-from-start = с начала прогона
source-since = введён: { $month }
source-from = ввод в эксплуатацию: { $month }
source-built-by = { $resident }, за свой счёт: { $amount } млн долл. США (его инвестиции, а не государственные расходы)
source-plots-served = { $plots ->
    [one] { $plots } участок, { $ha } га
    [few] { $plots } участка, { $ha } га
    [many] { $plots } участков, { $ha } га
   *[other] { $plots } участка, { $ha } га
}
source-at = x { $x } м, y { $y } м
source-placed = в сценарии не задано; показан у западной границы парка
source-network = используется { $demand } из { $capacity } { $unit } ({ $pct } %)
source-shortage = не поставлено { $pct } % спроса
source-edit-heading = Изменить источник
source-capacity-prefix = мощность{ " " }
source-move-hint = Чтобы переместить источник, выберите инструмент «Перемещение» и перетащите его значок.

## Ставки режима
params-regime-rates = Освобождения и скидка по аренде
params-exempt-share = { $instrument }: освобождение
params-rent-discount = скидка по аренде

## Резерв мощности и сети
layer-headroom = Резерв мощности для новой нагрузки
legend-headroom-ample = большой: свободна половина мощности узкого места или больше
legend-headroom-some = есть: свободна четверть
legend-headroom-none = нет: узкое место загружено полностью
chart-n1 = N-1
network-not-reached = не охвачен ни одним действующим источником
network-fed = питание от { $source } через { $links }; резерв мощности { $spare } { $unit } (узкое место { $bottleneck } { $unit }); поставляется { $pct } %
network-links = { $n ->
    [one] { $n } ветвь
    [few] { $n } ветви
    [many] { $n } ветвей
   *[other] { $n } ветви
}
n1-heading = N-1 на { $month }: что остаётся без снабжения при отказе каждого элемента в отдельности (сначала худшие)
n1-compute = Рассчитать на { $month }
n1-too-large = В сетях { $links ->
    [one] { $links } ветвь
    [few] { $links } ветви
    [many] { $links } ветвей
   *[other] { $links } ветви
} — слишком много, чтобы отключать их здесь по одной; выполните `parksim n1 SCENE --month { $month }`.
n1-asset = Элемент
n1-utility = Ресурс
n1-capacity = Мощность
n1-flow = Текущий поток
n1-unserved = Недопоставка при отказе
n1-share = Доля спроса
n1-source = источник
n1-link = ветвь
n1-junction = узел { $id }
n1-plot = участок { $id }
n1-id = Идентификатор в файле сценария: { $id }
fact-curtailed = Ограничение отпуска
value-curtailed = поставлено { $pct } % потребности
value-curtailed-short = поставлено { $pct } % потребности: не хватает ресурса «{ $utility }»
panel-networks = Как сети снабжают участок
edit-expansion-nothing = расширение должно добавлять мощность
expansion-default-name = Расширение: { $source }
panel-operations = В этом месяце
legend-curtailed = нехватка ресурса (ограничение отпуска)
legend-stopped = остановлен из-за отключения или остановки поставщика
legend-out-of-service = источник или линия отключены
panel-network-shown = Показанные сети
network-all = Все ресурсы
expansion-heading = Запланировать расширение
expansion-planned = решение: { $month }
expansion-on-loading = решение после { $months ->
    [one] { $months } месяца
    [few] { $months } месяцев
    [many] { $months } месяцев
   *[other] { $months } месяца
} загрузки выше { $pct } %
expansion-line = { $name }: +{ $add } { $unit }, { $musd } млн долл. США, срок строительства { $lead } мес., { $when }
expansion-add = Добавляемая мощность
expansion-capex = Стоимость
expansion-lead = Срок строительства, мес.
expansion-decided = Решение принято (YYYY-MM)
expansion-add-button = Добавить расширение
expansion-hint = Стоимость — бюджетные расходы, распределённые по месяцам работ; мощность вводится в эксплуатацию по окончании работ. Прогон перезапускается с учётом расширения.
suffix-million-usd = { " " }млн долл. США
suffix-months = { " " }мес.
fact-running = Работа в этом месяце
value-running = { $pct } % месяца
value-stopped = Простой { $pct } % месяца (отключение или остановка поставщика)
source-out-hours = Отключён { $hours } ч в этом месяце
edit-no-preset = нет готового режима "{ $id }"
regime-changed-name = { $name } (изменён)
params-regime-own = Собственные правила этого сценария
chart-incentives = Льготы
chart-pipeline = Воронка
series-observed-registered = Зарегистрировано, факт
series-observed-operating = Работают, факт
series-observed-investment = Инвестировано, факт
series-observed-portfolio = Заявлено, факт
series-observed-jobs = Рабочие места, факт
pipeline-prospects = Поступило потенциальных резидентов
pipeline-chose-park = Выбрали этот парк
pipeline-named = Заданные резиденты (из сценария)
pipeline-registered = Зарегистрированные резиденты сейчас
pipeline-building = Строятся
pipeline-operating = Работают
pipeline-note = Потенциальные резиденты и их решения с начала прогона. Зарегистрированные резиденты сейчас — это выбравшие парк и заданные в сценарии, за вычетом покинувших его, поэтому эта полоса может быть длиннее вышестоящих.
incentives-none-yet = Моделирование ещё не проводилось.
incentives-net = Чистый фискальный эффект на текущий момент при ставке дисконтирования { $rate } % в год: { $net } млн долл. США, если { $r } % резидентов пришли бы и так (от { $low } до { $high } млн долл. США при доле от { $r_high } % до { $r_low } %).
incentives-per-job = Налоговые расходы на одно занятое рабочее место: { $gross } USD (валовые); реальные потери доходов бюджета на одно дополнительное рабочее место: { $real } USD.
incentives-promised = Рабочие места: занято { $jobs }, обещано { $jobs_promised }. Инвестиции: { $invested } из обещанных { $promised } млн долл. США.
incentives-totals = На текущий момент, млн долл. США: налоговые расходы { $te }, уплачено налогов { $paid }, индуцированные налоги (включая поставщиков) { $induced }, арендная плата { $rent }, государственная инфраструктура (расширение сетей, подготовка площадок) { $capex }.
incentives-by-instrument = Налоговые расходы по видам льгот, млн долл. США: { $lines }
ledger-resident = Резидент
ledger-anyway = Пришёл бы и так
ledger-jobs = Рабочие места (занято / обещано)
ledger-investment = Инвестиции, млн долл. США (освоено / обещано)
ledger-taxes-paid = Уплачено налогов, млн долл. США
ledger-te = Налоговые расходы, млн долл. США
ledger-te-per-job = на рабочее место, USD
ledger-net = Чистый эффект (дисконт.), млн долл. США
status-negotiating = Переговоры (участок удерживается за ним)
status-exited = Покинул парк: { $month }
edit-no-asset = для этого ресурса нет источника или ветви сети "{ $id }"
expansion-link-name = линия { $id }
expansion-bottlenecks = Расширить узкое место
expansion-of-bottleneck = { $utility }: узкое место для этого участка — { $asset }

## Отображение: цвета и размер текста
panel-display = Отображение
palette-standard = Стандартные цвета
palette-colour-blind = Цвета для дальтоников
display-text-size = Размер текста

## Режим показа
headline-residents = Резиденты
headline-jobs = Постоянные рабочие места
headline-investment = Инвестировано на текущий момент
headline-net-fiscal = Чистый фискальный эффект на текущий момент
present-button = Показ (F5)
present-button-hint = Полноэкранный режим для зала: карта, один график и ключевые показатели крупным шрифтом.
sources-button = Источники
sources-button-hint = Откуда взяты числа сценария: все значения, помеченные как оценки, по разделам
sources-title = Источники и допущения
tag-estimate = оценка
tag-source = источник
sources-intro = { $count ->
    [one] { $count } значение или запись сценария помечены как оценка
    [few] { $count } значения или записи сценария помечены как оценки
    [many] { $count } значений и записей сценария помечены как оценки
   *[other] { $count } значения или записи сценария помечены как оценки
} (за ними нет опубликованных данных, или автор их предположил). Все остальные числа ссылаются в файле сценария на опубликованный источник.
present-keys = F5 или Esc: выход · Page Down / Page Up: следующий / предыдущий график · B: пустой экран · Пробел: пуск или пауза
present-blank = Экран затемнён: нажмите B, чтобы вернуть изображение.
key-f5 = F5
key-page-up-down = Page Up / Page Down
help-present = включить или выключить режим показа (выход также по Esc)
help-present-chart = в режиме показа: следующий / предыдущий график
help-present-blank = в режиме показа: затемнить экран или вернуть изображение

## Множество прогонов: диапазон по зёрнам за каждым графиком и закреплённый базовый вариант.
band-seeds = Число зёрен:
band-progress = { $done } из { $seeds ->
    [one] { $seeds } прогона
    [few] { $seeds } прогонов
    [many] { $seeds } прогонов
   *[other] { $seeds } прогона
}
legend-band = Диапазон
legend-band-filling = диапазон p10–p90 и медиана: пока { $done } из { $seeds ->
    [one] { $seeds } зерна
    [few] { $seeds } зёрен
    [many] { $seeds } зёрен
   *[other] { $seeds } зерна
}
legend-band-seeds = диапазон p10–p90 и медиана по { $seeds ->
    [one] { $seeds } зерну
    [few] { $seeds } зёрнам
    [many] { $seeds } зёрнам
   *[other] { $seeds } зёрнам
}
legend-baseline = Базовый вариант
legend-baseline-band = Диапазон базового варианта
legend-baseline-named = Базовый вариант (серый пунктир): { $name }
baseline-pin = Закрепить как базовый
baseline-pin-hover = Зафиксировать сценарий и режим в нынешнем виде: все графики, льготы и разделённая карта будут сравнивать ваши изменения с этим вариантом на тех же зёрнах.
baseline-unpin = Открепить
baseline-split-map = Две карты
incentives-compared = Сравнение с базовым вариантом: { $name }
incentives-compared-waiting = Ожидание первых зёрен обоих диапазонов…
incentives-compared-seeds = На показанный месяц, по { $seeds ->
    [one] { $seeds } зерну, прогнанному
    [few] { $seeds } зёрнам, прогнанным
    [many] { $seeds } зёрнам, прогнанным
   *[other] { $seeds } зёрнам, прогнанным
} для обоих вариантов (зёрна одни и те же, поэтому разница — следствие изменения, а не случая); суммы в млн долл. США, нарастающим итогом:
compared-figure = Показатель
compared-baseline = Базовый, медиана
compared-current = Сейчас, медиана
compared-difference = Сейчас − базовый, медиана (p10 … p90)
compared-better = Зёрна, где сейчас лучше
split-baseline = Базовый вариант, { $month }
split-occupied = Занято участков: { $taken } из { $plots }
split-current = Сейчас (с изменениями)

## Язык
language-label = Язык:
msg-language-not-saved = Язык изменён, но сохранить выбор для следующего сеанса не удалось: { $reason }

## Экскурсии
tours-menu = Экскурсии
tour-step-of = Шаг { $at } из { $steps }
tour-back = ◀ Назад
tour-next = Далее ▶
tour-leave = Выйти из экскурсии (Esc)
tour-keys = { $tour } · Page Down или →: следующий шаг, Page Up или ←: назад, Esc: выйти из экскурсии в планировщик
tour-left = Вы вышли из экскурсии: планировщик в вашем распоряжении, на экране остаётся показанный вид.
tour-check-failed = Шаг "{ $step }" при возврате к нему выглядит не так, как при первом показе: отличается его вид или состояние модели.
tour-checked = Каждый шаг экскурсии показан при движении вперёд и назад и при возврате совпал в точности ({ $steps ->
    [one] { $steps } шаг
    [few] { $steps } шага
    [many] { $steps } шагов
   *[other] { $steps } шага
}).
tour-record-new = Записать новую экскурсию…
tour-record-title = Запись экскурсии
tour-record-hint = Задайте месяц, положение карты, слой, выделение и вкладку, затем добавьте этот вид как шаг.
tour-record-step-title = Название шага:
tour-record-add = Добавить этот вид как шаг
tour-record-file = Сохранить как:
tour-record-save = Сохранить экскурсию
tour-recorded-name = Экскурсия: { $park }
tour-recorded-step = Шаг { $n }
tour-saved = Экскурсия сохранена в { $path } ({ $steps ->
    [one] { $steps } шаг
    [few] { $steps } шага
    [many] { $steps } шагов
   *[other] { $steps } шага
}).
tour-not-saved = Экскурсия не сохранена: { $reason }

## Раздаточный материал (parksim report)
report-title = { $park }: раздаточный материал
report-subtitle = { $runs ->
    [one] { $runs } прогон
    [few] { $runs } прогона
    [many] { $runs } прогонов
   *[other] { $runs } прогона
} (зёрна от { $first } до { $last }), каждый длительностью { $months ->
    [one] { $months } месяц
    [few] { $months } месяца
    [many] { $months } месяцев
   *[other] { $months } месяца
}: { $start } – { $end }
report-option = Вариант: { $option }
report-section-park = Парк
report-park-facts = Всего { $area } га: { $plots ->
    [one] { $plots } участок
    [few] { $plots } участка
    [many] { $plots } участков
   *[other] { $plots } участка
} в { $zones ->
    [one] { $zones } зоне
    [few] { $zones } зонах
    [many] { $zones } зонах
   *[other] { $zones } зонах
}, { $utilities ->
    [one] { $utilities } инженерный ресурс
    [few] { $utilities } инженерных ресурса
    [many] { $utilities } инженерных ресурсов
   *[other] { $utilities } инженерного ресурса
}.
report-map-caption = Участки по статусу на { $month } (собственный прогон сценария, зерно { $seed }).
report-band-note = Линии: медиана по зёрнам; заливка: от p10 до p90 (в эту полосу попадают восемь прогонов из десяти). Ромбы: опубликованные данные.
report-band-note-compare = Серый пунктир: { $base }. Цветом: { $other }. Линии: медиана по зёрнам; заливка: от p10 до p90. Ромбы: опубликованные данные.
report-section-growth = Резиденты, рабочие места и инвестиции
report-section-utilities = Инженерные сети: загрузка в час пик
report-section-fiscal = Фискальный баланс
report-ledger-heading = Фискальный баланс по видам льгот на { $month }: млн долл. США с начала прогона, медиана по зёрнам
report-col-line = Статья
report-line-forgone = Выпадающие доходы: { $line }
report-line-supplier-taxes = Налоги, уплаченные местными поставщиками (индуцированные)
report-section-compare = Два варианта: сравнение по каждому зерну
report-compare-note = На { $month }, по { $runs ->
    [one] { $runs } зерну, прогнанному
    [few] { $runs } зёрнам, прогнанным
    [many] { $runs } зёрнам, прогнанным
   *[other] { $runs } зёрнам, прогнанным
} для обоих вариантов (зёрна одни и те же, поэтому разница — следствие различия вариантов, а не случая): медиана для варианта «{ $base }» и для варианта «{ $other }», их попарная разница (другой − базовый) с диапазоном от p10 до p90 и доля зёрен, на которых вариант «{ $other }» лучше, и доля тех, на которых он хуже (на остальных — одинаково).
report-col-figure = Показатель
report-col-base = Базовый
report-col-other = Другой
report-col-difference = Разница (p10 … p90)
report-col-better = Другой лучше
report-col-worse = Другой хуже
report-fig-registered = Зарегистрированные резиденты
report-fig-operating = Работающие резиденты
report-fig-jobs = Постоянные рабочие места
report-fig-investment = Инвестировано, млн долл. США
report-fig-land = Сдано земли, га
report-fig-tax-expenditure = Налоговые расходы, млн долл. США
report-fig-taxes-paid = Уплачено налогов, млн долл. США
report-fig-net-fiscal = Чистый фискальный эффект (с дисконтированием), млн долл. США
report-section-model = Модель на одной странице
report-model-siting = Предприятия. Потенциальные инвесторы поступают помесячно, каждый — определённого типа (архетипа: отрасль, размер участка, инвестиции, рабочие места, потребность в инженерных ресурсах). Каждый сравнивает подходящие ему свободные участки по арендной плате, подключению к сетям, резерву мощности сетей и предлагаемым льготам и либо занимает один из них, либо уходит в другое место (выбор по мультиномиальной логит-модели). Заданные резиденты (якорные) приходят в даты, известные из опубликованных источников.
report-model-building = Строительство и работа. Резидент регистрируется, строится в течение срока строительства, осваивая свои инвестиции, затем выходит на проектную мощность и на обещанное число рабочих мест. Часть зарегистрированных резидентов так и не начинает строительство (бездействующие субъекты). Участки и земля открываются очередями.
report-model-utilities = Инженерные сети. Электроэнергия, газ, вода, водоотведение и пар поступают по сетям от источников к участкам. Каждый месяц модель рассчитывает загрузку каждого источника и каждой ветви сети в час пик, ограничивает отпуск резидентам при нехватке мощности, выводит объекты из работы при плановых и случайных отключениях и останавливает резидентов, у которых остановился поставщик.
report-model-fiscal = Фискальный баланс. Каждый месяц налоги каждого резидента рассчитываются по действующему режиму: сколько он платит и каких поступлений бюджет лишается из-за освобождений (налоговые расходы). Чистый фискальный эффект с дисконтированием — это налоги резидентов, пришедших благодаря льготам, за вычетом налоговых расходов на тех, кто пришёл бы и так, и за вычетом государственных расходов на инфраструктуру.
report-model-seeds = Множество прогонов. Случай определяет, когда приходят инвесторы, какие участки они выбирают и когда происходят отключения; каждое зерно — одна возможная история, которая воспроизводится в точности. На графиках показаны медиана по зёрнам и диапазон, в который попадают восемь прогонов из десяти. Два варианта рассчитываются на одних и тех же зёрнах, поэтому разница между ними — следствие различия вариантов, а не случая.
report-model-limits = Ограничения. Модель откалибрована по данным, опубликованным для Сумгаита; значения, которые сценарий помечает как оценки, перечислены в последнем разделе. Диапазон — не прогноз: он показывает, что допускают предположения модели.
report-section-sources = Источники и допущения
report-sources-note = { $scene }: все значения, которые сценарий помечает как оценки ({ $count }), с пояснениями сценария о том, откуда они взяты.
report-col-section = Раздел
report-col-where = Место
report-col-source = Источник
report-footer = Подготовлено программой parksim { $version } по сценарию { $scene }.

# Учебные упражнения: проверки файла упражнения, рычаги, баллы, сданные планы
# и разбор итогов для ведущего.

## Проверки файла упражнения
exercise-bad-id = идентификатор упражнения "{ $id }" может состоять только из строчных латинских букв, цифр и знака "-" (по нему сданные планы указывают, к какому упражнению они относятся)
exercise-text-missing = { $key }: текст написан не на всех языках, нет текста на языках: { $languages }
exercise-text-unknown-language = { $key }: есть тексты на языках { $languages }, которых нет в parksim (языки parksim: { $known })
exercise-too-many-seeds = в упражнении планы оцениваются не более чем по { $most } зёрнам
exercise-month-outside = { $month } — вне периода прогона сценария (с { $start } по { $end })
exercise-bad-month = "{ $text }" — не месяц; укажите его в формате YYYY-MM
exercise-no-objectives = в упражнении нет целей: баллы плана — это сумма баллов по целям
exercise-bad-points = для цели нужно число баллов, отличное от 0, и "per" больше 0
exercise-threshold-empty = пороговое условие задаётся числом at_least, at_most или обоими
exercise-bad-budget = бюджет задаётся суммой в USD, равной 0 или больше
exercise-no-levers = в упражнении нет рычагов: команде нечего было бы менять
exercise-kind-event = событие
exercise-event-not-possible = событие "{ $id }" нельзя ввести в исходный сценарий: { $why }
exercise-reference-not-possible = эталонный план не может быть составлен командой: { $why }
exercise-no-event = в этом упражнении нет события "{ $id }"
exercise-bad-bounds = { $key } задаётся как (наименьшее, наибольшее) в пределах от 0 до { $most }, наименьшее — первым
exercise-no-regime = в сценарии нет режима { $n } (всего режимов: { $regimes }; нумерация начинается с 0)
exercise-no-preset = нет готового режима "{ $id }"{ $hint }
exercise-regime-lever-empty = рычаг Regime должен открывать presets, exemption_years, exemption_share или rent_discount
exercise-no-schedule = нет графика арендной платы "{ $id }"{ $hint }
exercise-no-zones = в рычаге NewPlots должны быть указаны зоны, в которых можно размещать новые участки
exercise-bad-price = usd_per_unit должно быть больше 0 USD
exercise-expansions-need-budget = рычаг Expansions расходует бюджетные средства: задайте для упражнения budget_usd

## Рычаги словами
exercise-regime = Режим { $n } ({ $name })
exercise-part-presets = готовые режимы: { $presets }
exercise-part-years = срок освобождения { $min }–{ $max } г.
exercise-part-share = освобождаемая доля каждого налога { $min }–{ $max }
exercise-part-rent-discount = скидка по аренде { $min }–{ $max }
exercise-lever-rent = арендная плата по графику "{ $schedule }": { $min }–{ $max } { $currency } за гектар в год
exercise-lever-plots = новые участки в зонах: { $zones }
exercise-lever-phase = месяц открытия очереди "{ $phase }": с { $earliest } по { $latest }
exercise-any-asset = любой источник или ветвь сети
exercise-lever-expansions = расширение — { $utility } ({ $assets }): { $price } USD за { $unit }, от решения до ввода в эксплуатацию { $lead } мес., решение — с { $earliest } по { $latest }

## Отказы
exercise-refused-years = { $regime }: освобождение на { $years } г. выходит за пределы, допустимые в этом упражнении ({ $min }–{ $max } г.)
exercise-refused-share = { $regime }: освобождение на { $share } ({ $tax }) выходит за пределы, допустимые в этом упражнении ({ $min }–{ $max })
exercise-refused-rent-discount = { $regime }: скидка по аренде { $share } выходит за пределы, допустимые в этом упражнении ({ $min }–{ $max })
exercise-refused-regime-part = { $regime }: в этом упражнении можно менять только следующее: { $lever }
exercise-refused-rent = арендная плата { $value } { $currency } за гектар в год выходит за пределы, допустимые в этом упражнении ({ $min }–{ $max })
exercise-refused-zone = участок { $plot } находится вне зон, открытых в этом упражнении: { $lever }
exercise-refused-phase = открытие очереди "{ $phase }" ({ $month }) выходит за пределы месяцев этого упражнения (с { $earliest } по { $latest })
exercise-refused-expansion-asset = в этом упражнении нет рычага для расширения объекта { $asset }. Можно менять только следующее: { $levers }
exercise-refused-expansion-price = в этом упражнении расширение стоит { $price } USD за { $unit } при сроке от решения до ввода в эксплуатацию { $lead } мес.: это расширение должно стоить не меньше { $capex } USD
exercise-refused-expansion-month = месяц решения о расширении ({ $month }) выходит за пределы месяцев этого упражнения (с { $earliest } по { $latest })
exercise-refused-budget = расширения по плану стоят { $spent } USD, что больше бюджета ({ $budget } USD)
exercise-refused-other = в этом упражнении можно менять только следующее: { $levers }

## Решения команд в разборе, рядом друг с другом
exercise-choice-regime = режим
exercise-choice-years = срок освобождения, лет
exercise-choice-shares = освобождение от налогов
exercise-choice-rent-discount = скидка по аренде
exercise-choice-rent = Аренда "{ $schedule }" (первый / следующие гектары, в год)
exercise-choice-plots = Новые участки
exercise-plots-value = { $plots } ({ $ha } га)
exercise-choice-phase = Открытие очереди "{ $phase }"
exercise-choice-expansions = Расширения
exercise-expansion-value = { $asset } +{ $add } { $unit }, решение: { $decided } ({ $capex } млн долл. США)

## Показатели и пороговые условия
figure-producing-residents = Работающие резиденты
figure-residents = Зарегистрированные резиденты
figure-jobs = Постоянные рабочие места
figure-investment = Освоенные инвестиции
figure-net-fiscal = Чистый фискальный эффект (с дисконтированием)
figure-tax-expenditure = Налоговые расходы
figure-taxes-paid = Уплаченные налоги
figure-te-per-job = Налоговые расходы на одно рабочее место
figure-unserved-energy = Недопоставленная электроэнергия
figure-unserved-gas = Недопоставленный газ
figure-unserved-steam = Недопоставленный пар
figure-public-capex = Государственные капиталовложения в инженерные сети
figure-occupied = Сдано земли
exercise-million-usd = { $value } млн долл. США
exercise-at-least = не меньше { $value }
exercise-at-most = не больше { $value }
exercise-between = от { $low } до { $high }

## Сданные планы
submission-not-one = { $path } — не сданный план (файл не начинается с "Submission(")
submission-other-exercise = план команды «{ $team }» сдан по упражнению "{ $theirs }", а не "{ $ours }"
submission-other-version = план команды «{ $team }» составлен по другой версии упражнения "{ $exercise }" или его сценария: оцените его по тому файлу упражнения, который был у команды
submission-other-parksim = план команды «{ $team }» составлен в parksim { $theirs }; это parksim { $ours }, модель которого может оценить план иначе: оцените его в parksim { $theirs }
submission-bad-diff = план команды «{ $team }» не удаётся прочитать: { $why }
submission-outside-levers = план команды «{ $team }» выходит за рамки рычагов упражнения: { $why }
submission-team-twice = второй сданный план команды «{ $team }»: оценивается только первый

## Командная строка ведущего
cli-exercise-checked = { $exercise }: файл корректен (рычагов: { $levers }, целей: { $objectives }, зёрен: { $seeds })
cli-exercise-score-line = { $plan }: баллы { $median } (p10 { $p10 }, p90 { $p90 }), выполнено пороговых условий: { $met } из { $thresholds }
cli-exercise-reference-not-better = Эталонный план набирает не больше баллов, чем исходный сценарий.
cli-exercise-refused = Отклонён файл { $file }: { $why }
cli-exercise-nothing-to-score = Ни один сданный план не удалось оценить: разбор не записан.
cli-exercise-debrief-written = Разбор записан в { $path }
cli-exercise-no-planner = Эта сборка parksim не содержит планировщика: открыть упражнение "{ $exercise }" для команды нельзя (файл корректен).

## Разбор
debrief-title = Разбор упражнения: { $exercise }
debrief-subtitle = { $teams ->
    [one] { $teams } команда
    [few] { $teams } команды
    [many] { $teams } команд
   *[other] { $teams } команды
  }; каждый план прогнан по { $runs ->
    [one] { $runs } зерну
    [few] { $runs } зёрнам
    [many] { $runs } зёрнам
   *[other] { $runs } зёрнам
  } (от { $first } до { $last }), одним и тем же для всех планов
debrief-ranking = Итоговая таблица
debrief-ranking-note = Сначала идут планы, выполнившие все пороговые условия, затем — по убыванию баллов. Баллы — медиана по зёрнам, после неё указан диапазон p10 … p90; пороговое условие выполнено, если ему удовлетворяет медиана показателя, а в скобках указана доля зёрен, на которых оно выполняется.
debrief-team = Команда
debrief-score = Баллы
debrief-capex = Государственные капиталовложения (млн долл. США)
debrief-capex-of = { $spent } из { $budget }
debrief-share-of-seeds = ({ $share } % зёрен)
debrief-start = Исходный сценарий
debrief-reference = Эталонный план
debrief-claimed-differs = Планировщик команды «{ $team }» показывал баллы: { $claimed }; при подсчёте здесь план получает { $scored }.
debrief-objectives = Цели (медиана, p10 … p90)
debrief-objective = { $figure } на { $at }: баллы — { $points } в расчёте на { $per }
debrief-choices = Что выбрала каждая команда
debrief-choices-note = Значение каждого рычага в исходном сценарии и в каждом плане; значения, изменённые командой, выделены.
debrief-events = Введённые события
debrief-charts = К чему привели планы
debrief-charts-note = Линия — медиана каждого плана по зёрнам, заливка — его диапазон p10–p90; { $start } — серым пунктиром.
debrief-lesson = Вывод
debrief-refused = Сданные планы, которые не оценивались
debrief-footer = parksim { $version } · упражнение { $exercise } (версия { $digest })

## Справка командной строки
cli-help-exercise = Учебное упражнение: открыть его для команды (`parksim exercise FILE --team NAME`) или, для ведущего, оценить сданные командами планы и подготовить разбор (`parksim exercise score FILE SUBMISSION… --out debrief.html`) либо проверить файл упражнения (`parksim exercise check FILE`).
cli-help-exercise-file = Файл упражнения (exercises/*.ron).
cli-help-exercise-team = Название команды, как оно будет показано в разборе.
cli-help-exercise-out = Куда записывается план команды при сдаче (по умолчанию: submissions/TEAM.ron в папке, из которой запущен parksim).
cli-help-exercise-event = Событие упражнения, уже введённое к моменту открытия планировщика (по его идентификатору; можно указать несколько раз).
cli-help-exercise-screenshot = Открыть, дождаться подсчёта баллов, сохранить снимок окна в этот PNG-файл и выйти.
cli-help-exercise-score = Оценить сданные командами планы на зёрнах упражнения и записать разбор: один файл HTML с итоговой таблицей, решениями команд рядом друг с другом, диапазонами планов в сравнении с исходным сценарием, выполненными пороговыми условиями и выводом.
cli-help-exercise-submissions = Файлы сданных командами планов (submissions/*.ron).
cli-help-exercise-debrief = Файл HTML разбора.
cli-help-exercise-check = Проверить файл упражнения (каждая ошибка — с номером строки и столбца) и подсчитать баллы исходного сценария и эталонного плана.
cli-valid-exercise = { $file }: корректен — упражнение «{ $exercise }» (рычагов: { $levers }) и его сценарий

# Training exercises: the exercise file's checks, the levers, the scores, submissions
# and the trainer's debrief.

## The exercise file's checks
exercise-bad-id = the exercise's id "{ $id }" must be lower-case letters, digits and "-" (it names the exercise in submissions)
exercise-text-missing = { $key } is not written in every language: missing { $languages }
exercise-text-unknown-language = { $key } has texts in { $languages }, which are not languages of parksim ({ $known })
exercise-too-many-seeds = an exercise scores plans on at most { $most } seeds
exercise-month-outside = { $month } is outside the scene's run ({ $start } to { $end })
exercise-bad-month = "{ $text }" is not a month; write it YYYY-MM
exercise-no-objectives = the exercise has no objectives: a plan's score is the sum of their points
exercise-bad-points = an objective needs points other than 0, and "per" greater than 0
exercise-threshold-empty = a threshold needs at_least, at_most or both, as numbers
exercise-bad-budget = the budget must be a number of USD, 0 or more
exercise-no-levers = the exercise has no levers: a team could change nothing
exercise-kind-event = event
exercise-event-not-possible = event "{ $id }" cannot be released on the starting scene: { $why }
exercise-reference-not-possible = the reference plan is not a plan a team could make: { $why }
exercise-no-event = no event "{ $id }" in this exercise
exercise-bad-bounds = { $key } must be (lowest, highest), from 0 to { $most }, the lowest first
exercise-no-regime = the scene has no regime { $n } (it has { $regimes }; the first is 0)
exercise-no-preset = no regime preset "{ $id }"{ $hint }
exercise-regime-lever-empty = a Regime lever must open presets, exemption_years, exemption_share or rent_discount
exercise-no-schedule = no rent schedule "{ $id }"{ $hint }
exercise-no-zones = a NewPlots lever names the zones new plots may go in
exercise-bad-price = usd_per_unit must be more than 0 USD
exercise-expansions-need-budget = an Expansions lever spends public money: give the exercise a budget_usd

## Levers in words
exercise-regime = Regime { $n } ({ $name })
exercise-part-presets = presets { $presets }
exercise-part-years = exemption years { $min }–{ $max }
exercise-part-share = share of each tax forgone { $min }–{ $max }
exercise-part-rent-discount = rent discount { $min }–{ $max }
exercise-lever-rent = rent of schedule "{ $schedule }", { $min }–{ $max } { $currency } a hectare a year
exercise-lever-plots = new plots in { $zones }
exercise-lever-phase = the month phase "{ $phase }" opens, { $earliest } to { $latest }
exercise-any-asset = any source or link
exercise-lever-expansions = expansions of { $utility } ({ $assets }) at { $price } USD per { $unit }, { $lead } months from decision to service, decided { $earliest } to { $latest }

## Refusals
exercise-refused-years = { $regime }: an exemption of { $years } years is outside this exercise's bounds ({ $min }–{ $max } years)
exercise-refused-share = { $regime }: forgoing { $share } of { $tax } is outside this exercise's bounds ({ $min }–{ $max })
exercise-refused-rent-discount = { $regime }: a rent discount of { $share } is outside this exercise's bounds ({ $min }–{ $max })
exercise-refused-regime-part = { $regime }: this exercise lets you change only { $lever }
exercise-refused-rent = a rent of { $value } { $currency } a hectare a year is outside this exercise's bounds ({ $min }–{ $max })
exercise-refused-zone = plot { $plot } is outside the zones this exercise opens: { $lever }
exercise-refused-phase = phase "{ $phase }" opening in { $month } is outside this exercise's months ({ $earliest } to { $latest })
exercise-refused-expansion-asset = this exercise has no lever for expanding { $asset }. It lets you change only: { $levers }
exercise-refused-expansion-price = this exercise prices expansions at { $price } USD per { $unit } with { $lead } months from decision to service: this one costs at least { $capex } USD
exercise-refused-expansion-month = an expansion decided in { $month } is outside this exercise's months ({ $earliest } to { $latest })
exercise-refused-budget = the plan's expansions cost { $spent } USD, more than the budget of { $budget } USD
exercise-refused-other = this exercise lets you change only: { $levers }

## Choices, as the debrief sets them side by side
exercise-choice-regime = regime
exercise-choice-years = exemption years
exercise-choice-shares = taxes forgone
exercise-choice-rent-discount = rent discount
exercise-choice-rent = Rent "{ $schedule }" (first / further hectares, a year)
exercise-choice-plots = New plots
exercise-plots-value = { $plots } ({ $ha } ha)
exercise-choice-phase = Phase "{ $phase }" opens
exercise-choice-expansions = Expansions
exercise-expansion-value = { $asset } +{ $add } { $unit }, decided { $decided } ({ $capex } million USD)

## Figures and thresholds
figure-producing-residents = Producing residents
figure-residents = Registered residents
figure-jobs = Permanent jobs
figure-investment = Investment spent
figure-net-fiscal = Net fiscal effect (discounted)
figure-tax-expenditure = Tax expenditure
figure-taxes-paid = Taxes paid
figure-te-per-job = Tax expenditure per job
figure-unserved-energy = Electricity not delivered
figure-unserved-gas = Gas not delivered
figure-unserved-steam = Steam not delivered
figure-public-capex = Public capex on utilities
figure-occupied = Land let
exercise-million-usd = { $value } million USD
exercise-at-least = at least { $value }
exercise-at-most = at most { $value }
exercise-between = { $low } to { $high }

## Submissions
submission-not-one = { $path } is not a submission (it does not start "Submission(")
submission-other-exercise = { $team }'s submission answers exercise "{ $theirs }", not "{ $ours }"
submission-other-version = { $team }'s submission was made on another version of exercise "{ $exercise }" or of its scene: score it with the exercise file the team had
submission-other-parksim = { $team }'s submission was made with parksim { $theirs }; this is parksim { $ours }, whose model may score it differently: score it with parksim { $theirs }
submission-bad-diff = { $team }'s plan cannot be read back: { $why }
submission-outside-levers = { $team }'s plan goes beyond the exercise's levers: { $why }
submission-team-twice = a second submission of team "{ $team }": only the first is scored

## The trainer's command line
cli-exercise-checked = { $exercise }: the file is valid ({ $levers } levers, { $objectives } objectives, { $seeds } seeds)
cli-exercise-score-line = { $plan }: score { $median } (p10 { $p10 }, p90 { $p90 }), thresholds met { $met } of { $thresholds }
cli-exercise-reference-not-better = The reference plan does not score better than the starting scene.
cli-exercise-refused = Refused { $file }: { $why }
cli-exercise-nothing-to-score = No submission could be scored: no debrief written.
cli-exercise-debrief-written = Wrote the debrief to { $path }
cli-exercise-no-planner = This parksim was built without the planner: it cannot open "{ $exercise }" for a team (the file is valid).

## The debrief
debrief-title = Debrief: { $exercise }
debrief-subtitle = { $teams ->
    [one] One team
   *[other] { $teams } teams
  }, each plan run on { $runs } seeds ({ $first } to { $last }): the same seeds for every plan
debrief-ranking = Ranking
debrief-ranking-note = Plans that meet every threshold come first, then the higher score. The score is the median over the seeds, with the p10 … p90 after it; a threshold holds when the figure's median meets it, and the share of seeds in which it does follows.
debrief-team = Team
debrief-score = Score
debrief-capex = Public capex (million USD)
debrief-capex-of = { $spent } of { $budget }
debrief-share-of-seeds = ({ $share } % of seeds)
debrief-start = Starting scene
debrief-reference = Reference plan
debrief-claimed-differs = { $team }'s planner showed a score of { $claimed }; scored here, the plan scores { $scored }.
debrief-objectives = The objectives (median, p10 … p90)
debrief-objective = { $figure } in { $at }: { $points } points per { $per }
debrief-choices = What each team chose
debrief-choices-note = Each lever's value in the starting scene and in each plan; a value a team changed is highlighted.
debrief-events = Events released
debrief-charts = What the plans led to
debrief-charts-note = Each plan's median over the seeds as a line, its p10–p90 as a band; { $start } in grey, dashed.
debrief-lesson = The lesson
debrief-refused = Submissions not scored
debrief-footer = parksim { $version } · exercise { $exercise } (version { $digest })

## Command-line help
cli-help-exercise = A training exercise: open it for a team (`parksim exercise FILE --team NAME`), or, for the trainer, score the teams' submissions into a debrief (`parksim exercise score FILE SUBMISSION… --out debrief.html`) or check an exercise file (`parksim exercise check FILE`).
cli-help-exercise-file = The exercise file (exercises/*.ron).
cli-help-exercise-team = The team's name, as the debrief shows it.
cli-help-exercise-out = Where Submit writes the team's plan (default: submissions/TEAM.ron in the folder parksim was started from).
cli-help-exercise-event = An event of the exercise already released when the planner opens (by its id; may be repeated).
cli-help-exercise-screenshot = Open, wait for the score, save a picture of the window to this PNG file and exit.
cli-help-exercise-score = Score the teams' submissions on the exercise's seeds and write the debrief: one HTML file with the ranking, each team's choices side by side, the plans' bands against the starting scene, the thresholds met and the lesson.
cli-help-exercise-submissions = The teams' submission files (submissions/*.ron).
cli-help-exercise-debrief = The debrief's HTML file.
cli-help-exercise-check = Check an exercise file (every problem with its line and column) and score its starting scene and its reference plan.
cli-valid-exercise = { $file }: valid — the exercise "{ $exercise }" (levers: { $levers }) and its scene

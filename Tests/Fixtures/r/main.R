# Entry script: loads the helpers and models, then scores a CSV file.
source("R/utils.R")
source("R/models.R")
library(stats)

run <- function(path) { # @def function run
  raw <- read.csv(path)
  ledger <- Ledger$new("team") # @instantiates Ledger
  for (v in raw$score) ledger$record(v) # @calls Ledger.record
  scaled <- vapply(raw$score, normalize, numeric(1)) # @references normalize
  tally <- Counter$new(count = 0) # @instantiates Counter
  tally$bump(length(scaled)) # @calls Counter.bump
  print(ledger$report()) # @calls Ledger.report
  reset_all(list(ledger, tally)) # @calls reset_all
  eval(parse(text = "cat('done\\n')")) # @blindspot eval
  do.call("summarize_scores", list(scaled)) # @blindspot reflection
}

reset_all <- function(objects) { # @def function reset_all
  for (o in objects) o$reset() # @unresolved reset
}

run("scores.csv") # @calls run

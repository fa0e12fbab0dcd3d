library(R6)

#' A running ledger of scores (R6).
Ledger <- R6Class("Ledger", # @def class Ledger
  public = list(
    owner = "", # @def property Ledger.owner
    entries = NULL, # @def property Ledger.entries
    initialize = function(owner) { # @def constructor Ledger.initialize
      self$owner <- owner
      self$entries <- numeric(0)
    },
    record = function(value) { # @def method Ledger.record
      self$entries <- c(self$entries, clamp(value)) # @calls clamp
      invisible(self)
    },
    report = function() { # @def method Ledger.report
      summarize_scores(self$entries) # @calls summarize_scores
    },
    reset = function() { # @def method Ledger.reset
      self$entries <- numeric(0)
    }
  )
)

# A counter as a Reference Class.
Counter <- setRefClass("Counter", # @def class Counter
  fields = list(count = "numeric"), # @def property Counter.count
  methods = list(
    bump = function(by = 1) { # @def method Counter.bump
      count <<- count + by
      invisible(.self)
    },
    reset = function() { # @def method Counter.reset
      count <<- 0
    }
  )
)

# Numeric helpers shared by the analysis.

#' Scales a numeric vector to [0, 1].
normalize <- function(x) { # @def function normalize
  rng <- range(x, na.rm = TRUE)
  (x - rng[1]) / (rng[2] - rng[1])
}

clamp = function(x, lo = 0, hi = 1) pmin(pmax(x, lo), hi) # @def function clamp

summarize_scores <- function(scores) { # @def function summarize_scores
  check_numeric <- function(v) { # @def function summarize_scores.check_numeric
    if (!is.numeric(v)) stop("scores must be numeric")
  }
  check_numeric(scores) # @calls summarize_scores.check_numeric
  list(mean = mean(scores), scaled = clamp(normalize(scores))) # @calls clamp @calls normalize
}

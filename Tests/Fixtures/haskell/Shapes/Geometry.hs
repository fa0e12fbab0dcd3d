module Shapes.Geometry -- @def module Shapes.Geometry
  ( area
  , totalArea
  , largest
  , scale
  ) where

import Data.List (maximumBy)
import Data.Ord (comparing)
import Shapes.Types

-- | Area of one shape; one symbol for the signature and both equations.
area :: Shape -> Double
area (Circle r) = pi * r * r -- @def function area
area (Rect w h) = w * h

totalArea :: [Shape] -> Double
totalArea = foldr (\s acc -> area s + acc) 0 -- @def function totalArea @calls area

largest :: [Shape] -> Shape
largest = maximumBy (comparing area) -- @def function largest

scale :: Double -> Shape -> Shape
scale k shape = rebuild shape -- @def function scale @calls scale.rebuild
  where
    rebuild (Circle r) = Circle (k * r) -- @def function scale.rebuild
    rebuild (Rect w h) = Rect (k * w) (k * h)

instance Describable Shape where -- @implements Describable
  describe s = "shape of area " ++ show (area s) -- @def method Shape.describe @calls area

instance Pretty Shape where -- @implements Pretty
  pretty s = "<" ++ describe s ++ ">" -- @def method Shape.pretty @unresolved describe

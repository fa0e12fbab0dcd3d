-- | Shape types shared by the geometry modules.
module Shapes.Types -- @def module Shapes.Types
  ( Shape (..)
  , Named (..)
  , Describable (..)
  , Pretty (..)
  , Point
  , mkSquare
  ) where

-- | A plane figure.
data Shape -- @def class Shape
  = Circle Double -- @def constructor Shape.Circle
  | Rect Double Double -- @def constructor Shape.Rect
  deriving (Show, Eq)

newtype Named = Named String -- @def class Named @def constructor Named.Named

type Point = (Double, Double) -- @def type Point

-- | Things that can explain themselves.
class Describable a where -- @def interface Describable
  describe :: a -> String -- @def method Describable.describe

class Describable a => Pretty a where -- @def interface Pretty @extends Describable
  pretty :: a -> String -- @def method Pretty.pretty

instance Show Named where
  show (Named n) = n -- @def method Named.show

-- | A square is a rectangle with equal sides.
mkSquare :: Double -> Shape
mkSquare side = Rect side side -- @def function mkSquare

module Main (main) where -- @def module Main

import qualified Data.Map as M
import qualified Shapes.Geometry as G -- @imports Shapes/Geometry.hs
import Shapes.Types (Shape (..), Describable (..), mkSquare) -- @imports Shape @imports Describable @imports mkSquare

-- | Entry point: build a few shapes and report on them.
main :: IO ()
main = do -- @def function main
  let shapes = [Circle 1.0, mkSquare 2.0] -- @calls mkSquare
      byName = M.fromList (zip ["a", "b"] shapes)
  print (G.totalArea shapes, M.size byName) -- @calls totalArea
  putStrLn (describe (G.largest shapes)) -- @unresolved describe @calls largest
  report shapes -- @calls report

report :: [Shape] -> IO ()
report xs = putStrLn $ summary xs -- @def function report @calls summary

summary :: [Shape] -> String
summary xs = show (length xs) ++ " shapes" `orElse` "none" -- @def function summary @calls orElse

orElse :: String -> String -> String
orElse a b = if null a then b else a -- @def function orElse

open Shapes
open Geometry

let report shapes = (* @def function report *)
  List.iter (fun s -> print_endline (describe s)) shapes (* @calls describe *)

let () =
  let shapes = [ square 2.0; bigger unit_circle ] in (* @calls square @calls bigger *)
  report shapes; (* @calls report *)
  Printf.printf "total %g, largest %s\n" (total shapes) (describe (largest shapes)) (* @calls total @calls describe @calls largest *)

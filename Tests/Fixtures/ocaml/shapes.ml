(** Shape types shared by the geometry code. *)

(** A plane figure. *)
type shape = (* @def enum shape *)
  | Circle of float (* @def enum_member shape.Circle *)
  | Rect of float * float (* @def enum_member shape.Rect *)

type point = { x : float; y : float } (* @def class point @def property point.x @def property point.y *)

type label = string (* @def type label *)

let unit_circle = Circle 1.0 (* @def variable unit_circle *)

(** A square is a rectangle with equal sides. *)
let square side = Rect (side, side) (* @def function square *)

let describe = function (* @def function describe *)
  | Circle r -> Printf.sprintf "circle %g" r
  | Rect (w, h) -> Printf.sprintf "rect %gx%g" w h

module type MEASURE = sig (* @def interface MEASURE *)
  val measure : shape -> float (* @def method MEASURE.measure *)
end

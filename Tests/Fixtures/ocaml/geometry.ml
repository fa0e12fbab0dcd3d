open Shapes

let pi = 4.0 *. atan 1.0 (* @def variable pi *)

let area = function (* @def function area *)
  | Circle r -> pi *. r *. r
  | Rect (w, h) -> w *. h

let rec total = function (* @def function total *)
  | [] -> 0.0
  | s :: rest -> area s +. total rest (* @calls area @calls total *)

module Scale = struct (* @def module Scale *)
  let by k = function (* @def function Scale.by *)
    | Circle r -> Circle (k *. r)
    | Rect (w, h) -> Rect (k *. w, k *. h)

  let double s = by 2.0 s (* @def function Scale.double @calls Scale.by *)
end

let largest shapes = (* @def function largest *)
  List.fold_left (fun best s -> if area s > area best then s else best) unit_circle shapes (* @calls area *)

let grown shapes = List.map Scale.double shapes |> total (* @def function grown @calls total *)

let bigger s = Scale.double s (* @def function bigger @calls Scale.double *)

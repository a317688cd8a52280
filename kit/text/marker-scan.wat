;; Marker boundaries for kit/text/marker-scan.ts, in WebAssembly with 128-bit SIMD: sixteen bytes compared with the
;; markers' first bytes at once, where the JavaScript loop compared one (that loop was a quarter of the Indici tap's
;; CPU). Source of generated/wasm/marker-scan.ts (`node scripts/wasm.mjs`; the test command checks it is fresh).
(module
  (memory (export "memory") 1)
  ;; Scans bytes [start, n) of memory for two 4-byte markers given as little-endian i32s (field $f, row $r), left to
  ;; right, non-overlapping, the leftmost first, and writes one i32 per marker at $out: p for a field marker at p,
  ;; p | 0x80000000 for a row marker. A field marker is no boundary when a row marker starts within its last three
  ;; bytes (the row ends first). Only markers starting at p <= n - 7 are reported: those are the ones whose check
  ;; reads no byte past n. Returns the number of entries. Reads up to 15 bytes past n (the caller leaves room).
  (func (export "scan") (param $n i32) (param $start i32) (param $out i32) (param $f i32) (param $r i32) (result i32)
    (local $i i32) (local $bits i32) (local $p i32) (local $next i32) (local $o i32) (local $stop i32) (local $w i32)
    (local $vf v128) (local $vr v128) (local $v v128)
    (local.set $stop (i32.sub (local.get $n) (i32.const 7)))
    (local.set $o (local.get $out))
    (local.set $next (local.get $start))
    (local.set $i (local.get $start))
    (local.set $vf (i8x16.splat (local.get $f)))
    (local.set $vr (i8x16.splat (local.get $r)))
    (block $done
      (loop $blocks
        (br_if $done (i32.gt_s (local.get $i) (local.get $stop)))
        (local.set $v (v128.load (local.get $i)))
        ;; a bit per byte equal to either marker's first byte
        (local.set $bits
          (i8x16.bitmask (v128.or (i8x16.eq (local.get $v) (local.get $vf)) (i8x16.eq (local.get $v) (local.get $vr)))))
        (block $blockdone
          (loop $candidates
            (br_if $blockdone (i32.eqz (local.get $bits)))
            (local.set $p (i32.add (local.get $i) (i32.ctz (local.get $bits))))
            (local.set $bits (i32.and (local.get $bits) (i32.sub (local.get $bits) (i32.const 1))))
            (br_if $done (i32.gt_s (local.get $p) (local.get $stop)))
            ;; inside the last marker found: no match starts here
            (if (i32.ge_s (local.get $p) (local.get $next))
              (then
                (local.set $w (i32.load (local.get $p)))
                (if (i32.eq (local.get $w) (local.get $r))
                  (then
                    (i32.store (local.get $o) (i32.or (local.get $p) (i32.const 0x80000000)))
                    (local.set $o (i32.add (local.get $o) (i32.const 4)))
                    (local.set $next (i32.add (local.get $p) (i32.const 4))))
                  (else
                    (if (i32.and
                          (i32.eq (local.get $w) (local.get $f))
                          (i32.and
                            (i32.ne (i32.load offset=1 (local.get $p)) (local.get $r))
                            (i32.and
                              (i32.ne (i32.load offset=2 (local.get $p)) (local.get $r))
                              (i32.ne (i32.load offset=3 (local.get $p)) (local.get $r)))))
                      (then
                        (i32.store (local.get $o) (local.get $p))
                        (local.set $o (i32.add (local.get $o) (i32.const 4)))
                        (local.set $next (i32.add (local.get $p) (i32.const 4)))))))))
            (br $candidates)))
        (local.set $i (i32.add (local.get $i) (i32.const 16)))
        (br $blocks)))
    (i32.shr_u (i32.sub (local.get $o) (local.get $out)) (i32.const 2))))
